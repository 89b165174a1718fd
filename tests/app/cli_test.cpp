// stratactl commands run in-process: exit codes, human output and --json output.

#include "../engine/test_support.h"
#include "cli.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <new>
#include <regex>
#include <sstream>

using namespace strata;
namespace fs = std::filesystem;

namespace {

struct CliRun {
    int code;
    std::string out;
    std::string err;
};

CliRun stratactl(std::vector<std::string> args) {
    std::ostringstream out, err;
    int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

class Cli : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("strata-cli-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
        Json c1 = test::fieldReport("C1");
        write("c1old.json", c1["input"]["old"].dump());
        write("c1new.json", c1["input"]["new"].dump());
        fs::copy_file(std::string(STRATA_TEST_DATA_DIR) + "/orders.strata.json",
                      m_dir / "orders.json");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(m_dir / name) << text;
    }

    fs::path m_dir;
};

const std::string kAvro = std::string(STRATA_SHARED_DIR) + "/data/avro/";

// A workspace with one type "Big" (policy NONE) whose version 1.k.0 has the nullable fields
// f0..fk without defaults: every pair is write-compatible only.
std::string growingWorkspace(int versions) {
    Json fields = Json::array();
    Json list = Json::array();
    for (int k = 0; k < versions; ++k) {
        fields.push_back(
            {{"name", "f" + std::to_string(k)}, {"type", "int32"}, {"nullable", true}});
        list.push_back({{"version", "1." + std::to_string(k) + ".0"}, {"fields", fields}});
    }
    Json type = {{"name", "Big"}, {"policy", "NONE"}, {"versions", list}};
    return Json{{"format", "strata-workspace/1"}, {"name", "big"}, {"types", {type}}}.dump();
}

// Bytes allocated through operator new and not yet freed, and their high-water mark since
// resetPeak(): lets a test bound what a command holds at its peak, independent of the allocator.
std::atomic<size_t> g_liveBytes{0};
std::atomic<size_t> g_peakBytes{0};

void resetPeak() {
    g_peakBytes = g_liveBytes.load();
}

// Peak heap bytes above the start while stratactl runs `args`, its output discarded.
size_t peakHeapOf(const std::vector<std::string>& args) {
    struct Discard : std::streambuf {
        int overflow(int c) override { return c; }
    } sink;
    std::ostream discard(&sink);
    const size_t start = g_liveBytes;
    resetPeak();
    const int code = cli::run(args, discard, discard);
    EXPECT_EQ(code, cli::kOk);
    return g_peakBytes - start;
}

} // namespace

void* operator new(size_t size) {
    void* p = std::malloc(size == 0 ? 1 : size);
    if (!p)
        throw std::bad_alloc();
    const size_t live = g_liveBytes += malloc_usable_size(p);
    size_t peak = g_peakBytes;
    while (live > peak && !g_peakBytes.compare_exchange_weak(peak, live)) {
    }
    return p;
}

void* operator new[](size_t size) {
    return operator new(size);
}

void operator delete(void* p) noexcept {
    if (p)
        g_liveBytes -= malloc_usable_size(p);
    std::free(p);
}

void operator delete[](void* p) noexcept {
    operator delete(p);
}

void operator delete(void* p, size_t) noexcept {
    operator delete(p);
}

void operator delete[](void* p, size_t) noexcept {
    operator delete(p);
}

TEST_F(Cli, C1_CheckForwardRejectsAnAddedEnumSymbol) {
    CliRun r = stratactl({"check", path("c1old.json"), path("c1new.json"), "--mode", "FORWARD"});
    EXPECT_EQ(r.code, cli::kIncompatible);
    EXPECT_NE(r.out.find("INCOMPATIBLE under FORWARD"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("writer symbol 'ELECTRIC' is unknown"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(R"({"fuel":"ELECTRIC","plate":"x"})"), std::string::npos) << r.out;

    CliRun backward = stratactl({"check", path("c1old.json"), path("c1new.json")});
    EXPECT_EQ(backward.code, cli::kOk) << backward.out;
}

TEST_F(Cli, CheckJsonCarriesTheDocumentedKeys) {
    CliRun r =
        stratactl({"check", path("c1old.json"), path("c1new.json"), "--json", "--mode", "FULL"});
    EXPECT_EQ(r.code, cli::kIncompatible);
    Json j = Json::parse(r.out);
    EXPECT_EQ(j["read_compatible"], true);
    EXPECT_EQ(j["write_compatible"], false);
    EXPECT_EQ(j["full"], false);
    EXPECT_EQ(j["findings"].size(), 1u);
    EXPECT_EQ(j["counterexamples"]["write"]["record"]["fuel"], "ELECTRIC");
}

TEST_F(Cli, ExitCodesForUsageAndUnreadableInput) {
    EXPECT_EQ(stratactl({}).code, cli::kUsage);
    EXPECT_EQ(stratactl({"frobnicate"}).code, cli::kUsage);
    CliRun format = stratactl({"export", "json", "ws.json", "T-v1.0.0"});
    EXPECT_EQ(format.code, cli::kUsage);
    EXPECT_EQ(format.err, "stratactl: 'export json' is not a command; export takes: 'export avro' "
                          "(see stratactl --help)\n");
    EXPECT_EQ(stratactl({"check", path("c1old.json")}).code, cli::kUsage);
    EXPECT_EQ(
        stratactl({"check", path("c1old.json"), path("c1new.json"), "--mode", "SIDEWAYS"}).code,
        cli::kUsage);
    EXPECT_EQ(stratactl({"check", path("c1old.json"), path("c1new.json"), "--bogus"}).code,
              cli::kUsage);
    CliRun missing = stratactl({"check", path("nope.json"), path("c1new.json")});
    EXPECT_EQ(missing.code, cli::kUnreadable);
    EXPECT_NE(missing.err.find("nope.json: no such file"), std::string::npos) << missing.err;
    write("broken.json", "{\"name\": \"T\", \"version\": \"1.0.0\", \"fields\": [");
    EXPECT_EQ(stratactl({"check", path("broken.json"), path("c1new.json")}).code, cli::kUnreadable);
    EXPECT_EQ(stratactl({"--help"}).code, cli::kOk);
}

TEST_F(Cli, WorkspaceVersionArguments) {
    CliRun r = stratactl({"check", path("orders.json") + ":Order-v1.0.0",
                          path("orders.json") + ":Order-v1.1.0", "--mode", "FULL"});
    EXPECT_EQ(r.code, cli::kIncompatible);
    EXPECT_NE(r.out.find("read-compatible (new reads old): yes"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("write-compatible (old reads new): no"), std::string::npos) << r.out;
    CliRun unknown =
        stratactl({"check", path("orders.json") + ":Order-v9.0.0", path("c1new.json")});
    EXPECT_EQ(unknown.code, cli::kUnreadable);
}

// Without --mode, a version from a workspace is checked against its type's policy, as
// validate and add do: Track is FULL in the demo, and v1.1.0 breaks it.
TEST_F(Cli, CheckUsesTheTypesPolicyForWorkspaceVersions) {
    const std::string demo = std::string(STRATA_SOURCE_DIR) + "/resources/demo/demo.strata.json";
    CliRun r = stratactl({"check", demo + ":Track-v1.0.0", demo + ":Track-v1.1.0"});
    EXPECT_EQ(r.code, cli::kIncompatible) << r.out;
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
              "Track-v1.0.0 -> Track-v1.1.0: INCOMPATIBLE under FULL (the type's policy)");
    CliRun json = stratactl({"check", demo + ":Track-v1.0.0", demo + ":Track-v1.1.0", "--json"});
    EXPECT_EQ(Json::parse(json.out)["mode"], "FULL");
    EXPECT_EQ(Json::parse(json.out)["mode_from"], "type policy");
    CliRun asked =
        stratactl({"check", demo + ":Track-v1.0.0", demo + ":Track-v1.1.0", "--mode", "BACKWARD"});
    EXPECT_EQ(asked.code, cli::kOk) << asked.out;
}

TEST_F(Cli, DiffNamesEveryChange) {
    CliRun r = stratactl({"diff", path("orders.json") + ":Order-v1.0.0",
                          path("orders.json") + ":Order-v1.1.0", "--json"});
    ASSERT_EQ(r.code, cli::kOk) << r.err;
    Json j = Json::parse(r.out);
    std::vector<std::string> kinds;
    for (const Json& c : j["changes"])
        kinds.push_back(c["kind"].get<std::string>() + " " + c["path"].get<std::string>());
    EXPECT_EQ(kinds,
              (std::vector<std::string>{"field-renamed quantity", "type-changed quantity",
                                        "enum-symbols-added state", "enum-default-changed state",
                                        "field-added price", "doc-changed (record)"}));
}

TEST_F(Cli, MatrixAndValidate) {
    CliRun m = stratactl({"matrix", path("orders.json"), "Order", "--json"});
    ASSERT_EQ(m.code, cli::kOk) << m.err;
    Json j = Json::parse(m.out);
    ASSERT_EQ(j["cells"].size(), 1u);
    EXPECT_EQ(j["cells"][0]["read_compatible"], true);
    EXPECT_EQ(j["cells"][0]["write_compatible"], false);

    CliRun v = stratactl({"validate", path("orders.json")});
    EXPECT_EQ(v.code, cli::kOk) << v.out;
    EXPECT_EQ(v.out, "ok: 2 types, 3 versions, 0 overrides\n");
}

TEST_F(Cli, MatrixHoldsBytesPerPairNotVerdicts) {
    write("big.json", growingWorkspace(200));
    CliRun json = stratactl({"matrix", path("big.json"), "Big", "--json"});
    ASSERT_EQ(json.code, cli::kOk) << json.err;
    EXPECT_EQ(json.out, Json::parse(json.out).dump(2) + "\n");
    const Json j = Json::parse(json.out);
    ASSERT_EQ(j["cells"].size(), 19900u);
    EXPECT_EQ(j["cells"][19899], (Json{{"older", "1.198.0"},
                                       {"newer", "1.199.0"},
                                       {"read_compatible", false},
                                       {"write_compatible", true}}));
    CliRun text = stratactl({"matrix", path("big.json"), "Big"});
    ASSERT_EQ(text.code, cli::kOk) << text.err;
    EXPECT_EQ(std::count(text.out.begin(), text.out.end(), 'W'), 19900 + 1); // + the legend

    // 19 900 pairs within 2 MiB of the peak of loading and validating the workspace: at most
    // ~100 bytes a pair, where keeping each pair's verdict with its findings took over 20 KiB
    const size_t loaded = peakHeapOf({"validate", path("big.json")});
    const size_t jsonPeak = peakHeapOf({"matrix", path("big.json"), "Big", "--json"});
    const size_t textPeak = peakHeapOf({"matrix", path("big.json"), "Big"});
    EXPECT_LT(jsonPeak, loaded + 2 * 1024 * 1024) << "validate peaks at " << loaded << " bytes";
    EXPECT_LT(textPeak, loaded + 2 * 1024 * 1024) << "validate peaks at " << loaded << " bytes";
}

TEST_F(Cli, MatrixJsonKeepsTheLayoutOfEmptyAndFilledArrays) {
    const std::string demo = std::string(STRATA_SOURCE_DIR) + "/resources/demo/demo.strata.json";
    CliRun rental = stratactl({"matrix", demo, "Rental", "--json"});
    ASSERT_EQ(rental.code, cli::kOk) << rental.err;
    EXPECT_EQ(rental.out, Json::parse(rental.out).dump(2) + "\n");
    EXPECT_EQ(Json::parse(rental.out)["transitivity_breaks"], (Json{{"1.0.0", "1.1.0", "1.2.0"}}));
    CliRun single = stratactl({"matrix", path("orders.json"), "Customer", "--json"});
    ASSERT_EQ(single.code, cli::kOk) << single.err;
    EXPECT_EQ(single.out, "{\n  \"cells\": [],\n  \"transitivity_breaks\": [],\n  \"type\": "
                          "\"Customer\",\n  \"versions\": [\n    \"1.0.0\"\n  ]\n}\n");
}

TEST_F(Cli, AddRefusesPolicyViolationsUnlessOverridden) {
    // Order is BACKWARD_TRANSITIVE; a version without `id` and a new required field fails.
    write("order2.json", R"J({"name":"Order","version":"2.0.0","fields":[
        {"name":"ref","type":"string","nullable":false}]})J");
    std::string before = *readFile(path("orders.json"));
    CliRun refused = stratactl({"add", path("orders.json"), path("order2.json")});
    EXPECT_EQ(refused.code, cli::kIncompatible);
    EXPECT_NE(refused.err.find("violates BACKWARD_TRANSITIVE"), std::string::npos) << refused.err;
    EXPECT_EQ(*readFile(path("orders.json")), before);

    CliRun overridden = stratactl(
        {"add", path("orders.json"), path("order2.json"), "--override", "reset", "--by", "ana"});
    EXPECT_EQ(overridden.code, cli::kOk) << overridden.err;
    auto ws = loadWorkspace(path("orders.json"));
    ASSERT_TRUE(ws.ok());
    ASSERT_EQ(ws->overrides.size(), 1u);
    EXPECT_EQ(ws->overrides[0].version.toString(), "Order-v2.0.0");
    EXPECT_EQ(ws->overrides[0].by, "ana");
    EXPECT_EQ(ws->overrides[0].reason, "reset");
    // when it was granted, as ISO-8601 UTC
    EXPECT_TRUE(std::regex_match(ws->overrides[0].at,
                                 std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")))
        << ws->overrides[0].at;
    EXPECT_EQ(stratactl({"validate", path("orders.json")}).code, cli::kOk);

    // an override says why and who, on one line
    CliRun noReason =
        stratactl({"add", path("orders.json"), path("order2.json"), "--override", ""});
    EXPECT_EQ(noReason.code, cli::kUsage);
    EXPECT_NE(noReason.err.find("--override needs a reason"), std::string::npos) << noReason.err;
    CliRun twoLines = stratactl(
        {"add", path("orders.json"), path("order2.json"), "--override", "x", "--by", "a\nb"});
    EXPECT_EQ(twoLines.code, cli::kUsage);
}

TEST_F(Cli, ImportAndExportAvro) {
    CliRun imported = stratactl({"import", "avro", kAvro + "order.avsc", kAvro + "customer.avsc",
                                 kAvro + "orderenriched.avsc", "-o", path("avro.json")});
    ASSERT_EQ(imported.code, cli::kOk) << imported.err;
    EXPECT_NE(imported.out.find("imported 4 versions"), std::string::npos) << imported.out;
    EXPECT_EQ(stratactl({"validate", path("avro.json")}).code, cli::kOk);
    CliRun exported =
        stratactl({"export", "avro", path("avro.json"),
                   "io.confluent.examples.streams.avro.microservices.Customer-v1.0.0"});
    ASSERT_EQ(exported.code, cli::kOk) << exported.err;
    Json avsc = Json::parse(exported.out);
    EXPECT_EQ(avsc["type"], "record");
    EXPECT_EQ(avsc["fields"].size(), 6u);
    EXPECT_EQ(avsc["fields"][5]["default"], "bronze");

    // A broken file aborts the whole import and leaves the workspace as it was.
    write("broken.avsc",
          R"({"type": "record", "name": "X", "fields": [{"name": "a", "type": "nope"}]})");
    std::string before = *readFile(path("avro.json"));
    CliRun broken = stratactl(
        {"import", "avro", kAvro + "customer.avsc", path("broken.avsc"), "-o", path("avro.json")});
    EXPECT_EQ(broken.code, cli::kUnreadable);
    EXPECT_EQ(*readFile(path("avro.json")), before);
}

// A schema file with a number too large for a double is refused like any malformed input (exit
// 3) with its position, never an uncaught exception.
TEST_F(Cli, SchemaWithANumberTooLargeForADoubleIsRefusedWithItsPosition) {
    write("huge.json", "{\"name\": \"T\", \"version\": \"1.0.0\",\n \"fields\": [], \"x\": 1e999}");
    CliRun r = stratactl({"check", path("huge.json"), path("c1new.json")});
    EXPECT_EQ(r.code, 3);
    EXPECT_NE(r.err.find(path("huge.json") + ":2:21: number out of range: 1e999"),
              std::string::npos)
        << r.err;
}

// `add` through a symlinked workspace rewrites the file the link names, keeps the link, and
// keeps the workspace file's permissions.
TEST_F(Cli, AddThroughASymlinkKeepsTheLinkAndTheFileMode) {
    fs::rename(m_dir / "orders.json", m_dir / "real-ws.json");
    ASSERT_EQ(::chmod(path("real-ws.json").c_str(), 0640), 0);
    fs::create_symlink("real-ws.json", m_dir / "link-ws.json");
    TypeVersion next = loadWorkspace(path("real-ws.json"))->types[1].versions[1];
    next.id.version = SemVer{1, 2, 0};
    write("order2.json", typeVersionToJson(next).dump());

    CliRun r = stratactl({"add", path("link-ws.json"), path("order2.json")});
    ASSERT_EQ(r.code, cli::kOk) << r.err;
    EXPECT_TRUE(fs::is_symlink(m_dir / "link-ws.json"));
    auto ws = loadWorkspace(path("real-ws.json"));
    ASSERT_TRUE(ws.ok()) << ws.error().describe();
    EXPECT_EQ(ws->types[1].versions.back().id.toString(), "Order-v1.2.0");
    EXPECT_EQ(fs::status(m_dir / "real-ws.json").permissions(),
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(Cli, ValidateRefusesAWorkspaceThatRepeatsAKey) {
    std::string text = *readFile(path("orders.json"));
    const std::string policy = "\"policy\": \"BACKWARD_TRANSITIVE\",";
    text.replace(text.find(policy), policy.size(), "\"policy\": \"FULL\", \"policy\": \"NONE\",");
    write("dup.json", text);

    CliRun r = stratactl({"validate", path("dup.json")});
    EXPECT_EQ(r.code, cli::kUnreadable);
    EXPECT_NE(r.err.find(path("dup.json") + ":18:25: duplicate key \"policy\""), std::string::npos)
        << r.err;
}
