#include "strata/io/avro.h"
#include "strata/model/json_locate.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>

using namespace strata;
namespace fs = std::filesystem;

namespace {

const std::string kOrders = std::string(STRATA_TEST_DATA_DIR) + "/orders.strata.json";

std::string ordersText() {
    return *readFile(kOrders);
}

// The orders workspace with one JSON pointer's value replaced (by a JSON-pointer patch).
std::string patched(const std::string& pointer, const Json& value) {
    Json j = Json::parse(ordersText());
    j[Json::json_pointer(pointer)] = value;
    return j.dump(2);
}

fs::path tempDir() {
    fs::path dir = fs::temp_directory_path() /
                   ("strata-test-" + std::to_string(::getpid()) + "-" +
                    ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST(Workspace, LoadsTheOrdersWorkspace) {
    auto ws = loadWorkspace(kOrders);
    ASSERT_TRUE(ws.ok()) << ws.error().describe();
    ASSERT_EQ(ws->types.size(), 2u);
    EXPECT_EQ(ws->types[1].name, "Order");
    EXPECT_EQ(ws->types[1].policy, CompatPolicy::BackwardTransitive);
    ASSERT_EQ(ws->types[1].versions.size(), 2u);
    EXPECT_EQ(ws->types[1].versions[1].schema.fields[2].aliases, std::vector<std::string>{"qty"});
    EXPECT_EQ(ws->converters[0].steps.size(), 3u);
    EXPECT_EQ(ws->clusters[0].nodes[1].role, NodeRole::Reader);
    EXPECT_EQ(ws->profiles[0].secret, "env:PGPASSWORD");
    const TypeVersion* latest = ws->resolve("Order", std::nullopt);
    ASSERT_NE(latest, nullptr);
    EXPECT_EQ(latest->id.toString(), "Order-v1.1.0");
}

TEST(Workspace, RoundTripIsLossless) {
    auto ws = loadWorkspace(kOrders);
    ASSERT_TRUE(ws.ok());
    std::string once = serializeWorkspace(*ws);
    auto again = parseWorkspace(once);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(*again, *ws);
    EXPECT_EQ(serializeWorkspace(*again), once);
}

TEST(Workspace, ErrorsNameThePointerAndLine) {
    struct Case {
        std::string pointer;
        Json value;
        std::string message;
        std::string where;
    };
    std::vector<Case> cases = {
        {"/types/1/versions/0/fields/2/type", "int33", "unknown type 'int33'",
         "/types/1/versions/0/fields/2/type"},
        {"/types/1/versions/1/version", "1.0.0", "declared twice", "/types/1/versions/1/version"},
        {"/format", "strata-workspace/9", "unsupported workspace format", "/format"},
        {"/stores/0/holds", "Order-v9.0.0", "unknown version Order-v9.0.0", "/stores/0"},
        {"/profiles/0/secret", "hunter2", "never the secret itself", "/profiles/0/secret"},
        {"/profiles/0/endpoint", "postgresql://u:hunter2@127.0.0.1/db", "carries a password",
         "/profiles/0/endpoint"},
        {"/clusters/0/nodes/0/supports/Order/max", "0.9.0", "below min",
         "/clusters/0/nodes/0/supports/Order"},
        {"/types/1/policy", "SIDEWAYS", "unknown compatibility mode", "/types/1/policy"},
        {"/converters/0/steps/0/op", "teleport", "unknown converter step",
         "/converters/0/steps/0/op"},
    };
    for (const Case& c : cases) {
        std::string text = patched(c.pointer, c.value);
        auto ws = parseWorkspace(text, "orders.json");
        ASSERT_FALSE(ws.ok()) << c.pointer;
        EXPECT_NE(ws.error().message.find(c.message), std::string::npos) << ws.error().describe();
        EXPECT_NE(ws.error().where.find("(at " + c.where + ")"), std::string::npos)
            << ws.error().where;
        TextPosition pos = locateJsonPointer(text, c.where);
        EXPECT_NE(ws.error().where.find("orders.json:" + std::to_string(pos.line) + ":"),
                  std::string::npos)
            << ws.error().where;
    }
}

TEST(Workspace, InlinePasswordIsRefused) {
    Json j = Json::parse(ordersText());
    j["profiles"][0]["password"] = "hunter2";
    auto ws = parseWorkspace(j.dump());
    ASSERT_FALSE(ws.ok());
    EXPECT_NE(ws.error().message.find("passwords are never stored"), std::string::npos);
    EXPECT_EQ(ws.error().message.find("hunter2"), std::string::npos);
}

TEST(Workspace, SyntaxErrorNamesLineAndColumn) {
    std::string text = "{\n  \"format\": \"strata-workspace/1\",\n  \"types\": [,]\n}\n";
    auto ws = parseWorkspace(text, "broken.json");
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Parse);
    EXPECT_EQ(ws.error().where, "broken.json:3:13");
}

// A number too large for a double is not a syntax error to the JSON parser but an exception of
// its own kind; it must still come back as a parse error naming where it is (found by fuzzing).
TEST(Workspace, NumberTooLargeForADoubleIsAParseErrorWithItsPosition) {
    std::string text = "{\n  \"format\": 1E8888\n}\n";
    auto ws = parseWorkspace(text, "huge.json");
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Parse);
    EXPECT_EQ(ws.error().message, "number out of range: 1E8888");
    EXPECT_EQ(ws.error().where, "huge.json:2:13");

    auto avro = importAvro("{\"type\": \"record\", \"size\": -9e999}", "huge.avsc");
    ASSERT_FALSE(avro.ok());
    EXPECT_EQ(avro.error().code, ErrorCode::Parse);
    EXPECT_EQ(avro.error().message, "not valid JSON: number out of range: -9e999");
    EXPECT_EQ(avro.error().where, "huge.avsc:1:28");
}

TEST(Workspace, LocatesPointers) {
    std::string text = "{\n \"a\": [1,\n  {\"b/c\": true}]\n}";
    TextPosition pos = locateJsonPointer(text, "/a/1/b~1c");
    EXPECT_EQ(pos.line, 3u);
    EXPECT_EQ(pos.column, 11u);
    EXPECT_EQ(locateJsonPointer(text, "/nope").line, 0u);
}

TEST(Workspace, SaveIsAtomicAndLeavesNoTempFiles) {
    fs::path dir = tempDir();
    fs::path file = dir / "ws.json";
    auto ws = loadWorkspace(kOrders);
    ASSERT_TRUE(saveWorkspace(*ws, file).ok());
    auto reloaded = loadWorkspace(file);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(*reloaded, *ws);
    size_t entries = std::distance(fs::directory_iterator(dir), fs::directory_iterator());
    EXPECT_EQ(entries, 1u);

    // A failing save (target is a directory) leaves the original file untouched.
    std::string before = *readFile(file);
    fs::create_directories(dir / "blocked");
    EXPECT_FALSE(saveWorkspace(*ws, dir / "blocked").ok());
    EXPECT_EQ(*readFile(file), before);
    fs::remove_all(dir);
}

TEST(Workspace, DanglingReferencesLoadForTheGraphToReport) {
    std::string text = patched("/types/1/versions/0/fields/1/type/target", "Nobody");
    EXPECT_TRUE(parseWorkspace(text).ok());
}

// A rollout started in the console is saved with its cluster and read back exactly; files
// written before rollouts were saved still load.
TEST(Workspace, RolloutStateRoundTrips) {
    auto old = loadWorkspace(kOrders);
    ASSERT_TRUE(old.ok()) << old.error().describe();
    EXPECT_FALSE(old->clusters[0].rollout.has_value());

    const std::string text = patched(
        "/clusters/0/rollout", {{"target", "Order-v1.1.0"}, {"state", "paused"}, {"upgraded", 1}});
    auto ws = parseWorkspace(text);
    ASSERT_TRUE(ws.ok()) << ws.error().describe();
    ASSERT_TRUE(ws->clusters[0].rollout.has_value());
    const RolloutRecord& record = *ws->clusters[0].rollout;
    EXPECT_EQ(record.target.toString(), "Order-v1.1.0");
    EXPECT_EQ(record.state, LifecycleState::Paused);
    EXPECT_EQ(record.upgraded, 1u);
    EXPECT_EQ(record.failure, "");

    const std::string once = serializeWorkspace(*ws);
    EXPECT_EQ(Json::parse(once)["clusters"][0]["rollout"].dump(),
              R"({"state":"paused","target":"Order-v1.1.0","upgraded":1})");
    auto again = parseWorkspace(once);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(*again, *ws);
    EXPECT_EQ(serializeWorkspace(*again), once);

    ws->clusters[0].rollout =
        RolloutRecord{record.target, LifecycleState::Failed, 0, "node api-1 failed: disk full"};
    auto failed = parseWorkspace(serializeWorkspace(*ws));
    ASSERT_TRUE(failed.ok()) << failed.error().describe();
    EXPECT_EQ(failed->clusters[0].rollout, ws->clusters[0].rollout);
}

TEST(Workspace, BadRolloutStateIsRefusedWithItsPointer) {
    struct Case {
        Json rollout;
        std::string message;
        std::string where;
    };
    const std::vector<Case> cases = {
        {{{"target", "Order-v1.1.0"}, {"state", "paused"}, {"upgraded", 1}, {"paused_by", "x"}},
         "unknown key \"paused_by\"",
         "/clusters/0/rollout"},
        {{{"target", "Order-v1.1.0"}, {"state", "Paused"}},
         "state must be created, running",
         "/clusters/0/rollout/state"},
        {{{"target", "Order-v1.1.0"}, {"state", "running"}, {"upgraded", -1}},
         "upgraded must be a whole number",
         "/clusters/0/rollout/upgraded"},
        {{{"target", "Order-v7.0.0"}, {"state", "running"}},
         "rollout target Order-v7.0.0 is not in the workspace",
         "/clusters/0/rollout/target"},
    };
    for (const Case& c : cases) {
        auto ws = parseWorkspace(patched("/clusters/0/rollout", c.rollout), "orders.json");
        ASSERT_FALSE(ws.ok()) << c.rollout.dump();
        EXPECT_NE(ws.error().message.find(c.message), std::string::npos) << ws.error().describe();
        EXPECT_NE(ws.error().where.find("(at " + c.where + ")"), std::string::npos)
            << ws.error().where;
    }
}

// A repeated key used to be accepted with its last value: "policy": "FULL", "policy": "NONE"
// silently dropped the FULL policy and its violation. Every JSON reader refuses it at the
// repeated key.
TEST(Workspace, ARepeatedKeyIsAParseErrorAtItsSecondOccurrence) {
    std::string text = ordersText();
    const std::string policy = "\"policy\": \"BACKWARD_TRANSITIVE\",";
    ASSERT_NE(text.find(policy), std::string::npos);
    text.replace(text.find(policy), policy.size(), "\"policy\": \"FULL\", \"policy\": \"NONE\",");

    auto ws = parseWorkspace(text, "orders.json");
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Parse);
    EXPECT_EQ(ws.error().message, "duplicate key \"policy\"");
    EXPECT_EQ(ws.error().where, "orders.json:18:25");
}

TEST(Workspace, ARepeatedKeyInAnAvroSchemaIsRefused) {
    std::string avsc = "{\"type\": \"record\", \"name\": \"A\",\n"
                       " \"fields\": [{\"name\": \"x\", \"type\": \"int\", \"type\": \"string\"}]}";
    auto imported = importAvro(avsc, "a.avsc");
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::Parse);
    EXPECT_EQ(imported.error().message, "not valid JSON: duplicate key \"type\"");
    EXPECT_EQ(imported.error().where, "a.avsc:2:42");
}

TEST(JsonText, ARepeatedKeyIsFoundInNestedObjectsAndThroughEscapes) {
    struct Case {
        std::string text;
        std::string message;
        std::string where;
    };
    std::vector<Case> cases = {
        {"{\"a\": {\"b\": [1, {\"c\": 1,\n  \"c\": 2}]}}", "duplicate key \"c\"", "t.json:2:3"},
        {"{\"a\": {\"x\": 1}, \"b\": 2, \"a\": 3}", "duplicate key \"a\"", "t.json:1:25"},
        {"{\"a\": 1, \"\\u0061\": 2}", "duplicate key \"a\"", "t.json:1:10"},
        {"{\"q\\\"\\\\\": 1, \"q\\\"\\\\\": 2}", "duplicate key \"q\\\"\\\\\"", "t.json:1:14"},
        {"{\"\": 1, \"\": 2}", "duplicate key \"\"", "t.json:1:9"},
    };
    for (const Case& c : cases) {
        Result<Json> parsed = parseJsonText(c.text, "t.json");
        ASSERT_FALSE(parsed.ok()) << c.text;
        EXPECT_EQ(parsed.error().code, ErrorCode::Parse) << c.text;
        EXPECT_EQ(parsed.error().message, c.message) << c.text;
        EXPECT_EQ(parsed.error().where, c.where) << c.text;
    }
}

TEST(JsonText, TheSameKeyInDifferentObjectsIsFine) {
    std::string text = "{\"name\": \"outer\", \"inner\": {\"name\": \"inner\", \"inner\": "
                       "{\"name\": 3}}, \"list\": [{\"name\": 1}, {\"name\": 2}]}";
    Result<Json> parsed = parseJsonText(text, "t.json");
    ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
    EXPECT_EQ((*parsed)["name"], "outer");
    EXPECT_EQ((*parsed)["inner"]["name"], "inner");
    EXPECT_EQ((*parsed)["inner"]["inner"]["name"], 3);
    EXPECT_EQ((*parsed)["list"][1]["name"], 2);
}
