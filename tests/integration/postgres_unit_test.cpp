// Connector pieces that need no server: identifier quoting, COPY text, SQL compilation of
// converter steps, secret references.

#include "cli.h"
#include "copy_batch.h"
#include "copy_text.h"
#include "strata/connectors/postgres/connection.h"
#include "strata/connectors/postgres/plan.h"
#include "strata/convert/conversion_path.h"
#include "strata/model/workspace_io.h"
#include "table_extras.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace strata::postgres {
namespace {

TEST(PostgresQuoting, IdentifiersAreAlwaysQuotedWithQuotesDoubled) {
    EXPECT_EQ(quoteIdent("plain"), "\"plain\"");
    EXPECT_EQ(quoteIdent("x\"; DROP TABLE victim; --"), "\"x\"\"; DROP TABLE victim; --\"");
    EXPECT_EQ(qualified("public", "a.b"), "\"public\".\"a.b\"");
}

using ObjectParts = std::pair<std::string, std::string>;

// A store's object names one relation: a part with a dot or a quote is quoted, and reading the
// name back gives the same two parts.
TEST(PostgresObjectNames, PartsWithDotsOrQuotesAreQuotedAndReadBack) {
    EXPECT_EQ(objectName("sales", "orders"), "sales.orders");
    EXPECT_EQ(objectName("s", "a.b"), "s.\"a.b\"");
    EXPECT_EQ(objectName("s.a", "b"), "\"s.a\".b");
    EXPECT_EQ(objectName("Scr\"atch", "t"), "\"Scr\"\"atch\".t");
    EXPECT_EQ(objectName("", "t"), "\"\".t");
    for (const ObjectParts& parts :
         {ObjectParts{"sales", "orders"}, ObjectParts{"s", "a.b"}, ObjectParts{"s.a", "b"},
          ObjectParts{"my.schema", "t.x"}, ObjectParts{"Scr\"atch", "Wei\"rd; DROP TABLE x;--"},
          ObjectParts{"public", "x\".y"}}) {
        auto back = parseObjectName(objectName(parts.first, parts.second));
        ASSERT_TRUE(back.ok()) << objectName(parts.first, parts.second);
        EXPECT_EQ(*back, parts);
    }
    EXPECT_EQ(parseObjectName("orders").value(), (ObjectParts{"public", "orders"}));
    EXPECT_EQ(parseObjectName("public.\"x\"\".y\"").value(), (ObjectParts{"public", "x\".y"}));
}

// "s.a.b" could be s."a.b" or "s.a".b: refused, like an unclosed quote or an empty part,
// instead of reading one of the two tables.
TEST(PostgresObjectNames, AmbiguousOrMalformedNamesAreRefused) {
    for (const char* object : {"s.a.b", "my.schema.t.x", "s.\"a", "s..b", ".b", "s."}) {
        auto parsed = parseObjectName(object);
        ASSERT_FALSE(parsed.ok()) << object;
        EXPECT_EQ(parsed.error().where, object);
    }
    EXPECT_EQ(parseObjectName("s.a.b").error().message,
              "object name is ambiguous: 3 parts; quote the schema or table that holds a dot, "
              "as in \"a.b\".c or a.\"b.c\"");
    EXPECT_EQ(parseObjectName("s.\"a").error().message, "object name has an unclosed quote");
    EXPECT_EQ(parseObjectName("s..b").error().message, "object name has an empty part");
}

TEST(PostgresCopyText, SplitsUnescapesAndEscapesBack) {
    std::vector<std::optional<std::string>> cols;
    detail::splitCopyLine("1\tab\\tc\t\\N\t\\\\x\\n\t\\101", cols);
    ASSERT_EQ(cols.size(), 5u);
    EXPECT_EQ(cols[0], "1");
    EXPECT_EQ(cols[1], "ab\tc");
    EXPECT_EQ(cols[2], std::nullopt);
    EXPECT_EQ(cols[3], "\\x\n");
    EXPECT_EQ(cols[4], "A");

    std::string out;
    detail::appendCopyText(out, "it's\t\"a\"\\\n");
    EXPECT_EQ(out, "it's\\t\"a\"\\\\\\n");
    out.clear();
    detail::appendJsonAsCopy(out, Json(nullptr));
    detail::appendJsonAsCopy(out, Json(true));
    detail::appendJsonAsCopy(out, Json(12.0));
    detail::appendJsonAsCopy(out, Json(0.25));
    EXPECT_EQ(out, "\\Nt120.25");

    EXPECT_EQ(*detail::copyValueToJson("42", DataType::primitive(TypeKind::Int64)), Json(42));
    EXPECT_EQ(*detail::copyValueToJson("0.99", DataType::decimal(10, 2)), Json("0.99"));
    EXPECT_EQ(*detail::copyValueToJson("f", DataType::primitive(TypeKind::Bool)), Json(false));
    EXPECT_FALSE(detail::copyValueToJson("4x", DataType::primitive(TypeKind::Int32)).ok());
}

// JSON has no NaN, infinities or negative zero; COPY text must still carry them as PostgreSQL
// spells them, or a real Infinity would become NULL on the client side.
TEST(PostgresCopyText, FloatsJsonCannotHoldKeepTheirPostgresSpelling) {
    const DataType f64 = DataType::primitive(TypeKind::Float64);
    std::string out;
    for (const char* text : {"Infinity", "-Infinity", "NaN", "-0", "1e+20", "0.1", "3"}) {
        Result<Json> value = detail::copyValueToJson(text, f64);
        ASSERT_TRUE(value.ok()) << text;
        detail::appendJsonAsCopy(out, *value);
        out += '|';
    }
    EXPECT_EQ(out, "Infinity|-Infinity|NaN|-0|1e+20|0.1|3|");
}

TypeVersion version(const std::string& name, std::vector<Field> fields) {
    TypeVersion v;
    v.id = {name, {1, 0, 0}};
    v.schema.fields = std::move(fields);
    return v;
}

Field field(const std::string& name, DataType type, bool nullable = false) {
    return {name, std::move(type), nullable, std::nullopt, {}, ""};
}

TEST(PostgresCompile, EveryCompilableStepBecomesAnExpressionWithBoundValues) {
    DataType state;
    state.kind = TypeKind::Enum;
    state.name = "state";
    state.symbols = {"NEW", "DONE"};
    TypeVersion a = version("T", {field("id", DataType::primitive(TypeKind::Int32)),
                                  field("qty", DataType::primitive(TypeKind::Int32)),
                                  field("note", DataType::primitive(TypeKind::String), true),
                                  field("legacy", DataType::primitive(TypeKind::String), true),
                                  field("st", DataType::primitive(TypeKind::String))});
    TypeVersion b =
        version("T", {field("id", DataType::primitive(TypeKind::Int32)),
                      field("quantity", DataType::primitive(TypeKind::Int64)),
                      field("note", DataType::primitive(TypeKind::String), true),
                      field("st", state), field("origin", DataType::primitive(TypeKind::String))});
    Converter c;
    c.steps.push_back({StepKind::Rename, "qty", "quantity", {}, {}, OnError::Fail, {}, 1, 0});
    c.steps.push_back({StepKind::Cast,
                       "quantity",
                       "",
                       DataType::primitive(TypeKind::Int64),
                       {},
                       OnError::Fail,
                       {},
                       1,
                       0});
    c.steps.push_back(
        {StepKind::DefaultIfNull, "note", "", {}, Json("n/a"), OnError::Fail, {}, 1, 0});
    c.steps.push_back({StepKind::Drop, "legacy", "", {}, {}, OnError::Fail, {}, 1, 0});
    c.steps.push_back(
        {StepKind::MapEnum, "st", "", {}, {}, OnError::Fail, {{"OPEN", "NEW"}}, 1, 0});
    c.steps.push_back(
        {StepKind::AddWithDefault, "origin", "", {}, Json("it's"), OnError::Fail, {}, 1, 0});
    ConversionPath path;
    path.hops.push_back({c, false, true, 6});

    Params params;
    auto cols = compileToSql(path, a, b, params);
    ASSERT_TRUE(cols.ok()) << cols.error().describe();
    ASSERT_EQ(cols->size(), 5u);
    EXPECT_EQ((*cols)[0].expression, "CAST(s.\"id\" AS integer)");
    EXPECT_EQ((*cols)[1].expression, "CAST(CAST(s.\"qty\" AS bigint) AS bigint)");
    EXPECT_EQ((*cols)[2].expression, "CAST(COALESCE(s.\"note\", $1) AS text)");
    EXPECT_EQ((*cols)[3].expression, "CAST(CASE CAST(s.\"st\" AS text) WHEN $2 THEN $3 ELSE "
                                     "CAST(s.\"st\" AS text) END AS \"state\")");
    EXPECT_EQ((*cols)[4].expression, "CAST($4 AS text)");
    EXPECT_EQ(params, (Params{"n/a", "OPEN", "NEW", "it's"}));
}

TEST(PostgresCompile, CastsPostgresWouldRoundStayOnTheClient) {
    TypeVersion a = version("T", {field("price", DataType::decimal(10, 2))});
    TypeVersion b = version("T", {field("price", DataType::primitive(TypeKind::Int64))});
    Converter c;
    c.steps.push_back({StepKind::Cast,
                       "price",
                       "",
                       DataType::primitive(TypeKind::Int64),
                       {},
                       OnError::Fail,
                       {},
                       1,
                       0});
    ConversionPath path;
    path.hops.push_back({c, false, false, 1});
    Params params;
    auto cols = compileToSql(path, a, b, params);
    ASSERT_FALSE(cols.ok());
    EXPECT_EQ(cols.error().message,
              "cast 'price' from decimal(10,2) would round or parse differently in SQL");

    c.steps[0] = {
        StepKind::Cast, "price", "", DataType::decimal(12, 2), {}, OnError::Null, {}, 1, 0};
    path.hops[0].converter = c;
    b.schema.fields[0].type = DataType::decimal(12, 2);
    cols = compileToSql(path, a, b, params);
    ASSERT_FALSE(cols.ok());
    EXPECT_EQ(cols.error().message, "cast 'price' has an on-error policy, which has no SQL form");
}

// The reference rows for COPY text `lines`: split, read as JSON, applyConverter, written back.
std::string referenceRows(const Converter& c, const TypeVersion& a, const TypeVersion& b,
                          const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) {
        std::vector<std::optional<std::string>> cols;
        detail::splitCopyLine(line, cols);
        Json record = Json::object();
        for (size_t i = 0; i < cols.size(); ++i)
            record[a.schema.fields[i].name] =
                cols[i] ? *detail::copyValueToJson(*cols[i], a.schema.fields[i].type) : Json();
        auto converted = applyConverter(c, record);
        if (!converted)
            return "error: " + converted.error().describe();
        for (size_t i = 0; i < b.schema.fields.size(); ++i) {
            if (i)
                out += '\t';
            detail::appendJsonAsCopy(out, (*converted)[b.schema.fields[i].name]);
        }
        out += '\n';
    }
    return out;
}

TEST(PostgresCopyText, PassThroughMatchesTheReferenceConverterWhenNoValueChanges) {
    TypeVersion a = version("T", {field("id", DataType::primitive(TypeKind::Int32)),
                                  field("note", DataType::primitive(TypeKind::String), true),
                                  field("amount", DataType::decimal(10, 2)),
                                  field("legacy", DataType::primitive(TypeKind::String), true)});
    TypeVersion b = version("T", {field("id", DataType::primitive(TypeKind::Int64)),
                                  field("amount", DataType::decimal(12, 2)),
                                  field("comment", DataType::primitive(TypeKind::String), true),
                                  field("currency", DataType::primitive(TypeKind::String))});
    b.schema.fields[3].defaultValue = Json("EUR");
    Converter c;
    auto step = [&c](StepKind kind, const char* name) {
        ConverterStep s;
        s.kind = kind;
        s.field = name;
        c.steps.push_back(s);
        return &c.steps.back();
    };
    step(StepKind::Rename, "note")->newName = "comment";
    step(StepKind::Cast, "id")->toType = DataType::primitive(TypeKind::Int64);
    step(StepKind::Cast, "amount")->toType = DataType::decimal(12, 2);
    step(StepKind::Drop, "legacy");
    step(StepKind::AddWithDefault, "currency")->value = Json("EUR");
    ConversionPath path;
    path.hops.push_back({c, false, true, 5});

    auto sources = detail::passThroughColumns(path, a, b);
    ASSERT_TRUE(sources.has_value());
    std::vector<std::string_view> scratch;
    for (std::string line : {"1\tit's a\\tab\\n\t10.50\tx", "2\t\\N\t-3.00\t\\N"}) {
        std::string fast;
        detail::appendPassThrough(fast, line, *sources, scratch);

        EXPECT_EQ(fast, referenceRows(c, a, b, {line})) << line;
    }

    step(StepKind::ScaleOffset, "amount")->scale = 100;
    path.hops[0].converter = c;
    EXPECT_FALSE(detail::passThroughColumns(path, a, b).has_value())
        << "scale/offset changes values";
}

TEST(PostgresCopyBatch, ColumnKernelsGiveTheReferenceConvertersRows) {
    DataType status = DataType::primitive(TypeKind::Enum);
    status.name = "status";
    status.symbols = {"new", "paid", "shipped"};
    DataType status2 = status;
    status2.symbols = {"created", "paid", "shipped", "unknown"};
    TypeVersion a =
        version("T", {field("id", DataType::primitive(TypeKind::Int64)),
                      field("qty", DataType::primitive(TypeKind::Int32), true),
                      field("weight", DataType::primitive(TypeKind::Float32), true),
                      field("note", DataType::primitive(TypeKind::String), true),
                      field("status", status, true), field("price", DataType::decimal(10, 2), true),
                      field("big", DataType::primitive(TypeKind::Int64), true),
                      field("flag", DataType::primitive(TypeKind::Bool), true)});
    TypeVersion b =
        version("T", {field("id", DataType::primitive(TypeKind::Int64)),
                      field("qty", DataType::primitive(TypeKind::Int64)),
                      field("weight", DataType::primitive(TypeKind::Float64), true),
                      field("comment", DataType::primitive(TypeKind::String)),
                      field("status", status2), field("price", DataType::decimal(10, 2), true),
                      field("big", DataType::primitive(TypeKind::Float64), true),
                      field("flag", DataType::primitive(TypeKind::Bool)),
                      field("currency", DataType::primitive(TypeKind::String))});
    Converter c;
    auto step = [&c](StepKind kind, const char* name) {
        ConverterStep s;
        s.kind = kind;
        s.field = name;
        c.steps.push_back(s);
        return &c.steps.back();
    };
    step(StepKind::Cast, "qty")->toType = DataType::primitive(TypeKind::Int64);
    step(StepKind::DefaultIfNull, "qty")->value = Json(-7);
    step(StepKind::Cast, "weight")->toType = DataType::primitive(TypeKind::Float64);
    step(StepKind::Rename, "note")->newName = "comment";
    step(StepKind::DefaultIfNull, "comment")->value = Json("(none) \xc3\xa9\t");
    step(StepKind::MapEnum, "status")->symbolMap = {{"new", "created"}};
    step(StepKind::DefaultIfNull, "status")->value = Json("unknown");
    step(StepKind::ScaleOffset, "big")->scale = 0.5;
    c.steps.back().offset = 1;
    step(StepKind::DefaultIfNull, "flag")->value = Json(false);
    step(StepKind::AddWithDefault, "currency")->value = Json("EUR");
    ConversionPath path;
    path.hops.push_back({c, false, true, 10});

    auto batch = detail::BatchConverter::compile(path, a, b, {"id"});
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    EXPECT_EQ(batch->describe(),
              "id: copied, qty: kernels, weight: kernels, comment: kernels, status: kernels, "
              "price: copied, big: kernels, flag: kernels, currency: constant");
    std::vector<std::string> lines = {
        "1\t2147483647\t0.1\tit's a\\tab\\nand \\\\ back\tnew\t12345678.90\t9007199254740993\tt",
        "2\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N",
        "3\t-2147483648\t3.4028235e+38\tnon-ASCII: \xe4\xb8\xad\xe6\x96\x87 "
        "\xf0\x9f\x98\x80\tpaid\t"
        "-0.01\t-9223372036854775808\tf",
        "9223372036854775807\t0\t1.17549435e-38\t\tshipped\t0.00\t3\tt"};
    std::string text;
    for (const std::string& l : lines)
        text += l + "\n";
    std::string converted;
    ASSERT_TRUE(batch->convert(text, converted).ok());
    EXPECT_EQ(converted, referenceRows(c, a, b, lines));
    EXPECT_NE(converted.find("2\t-7\t\\N\t(none) \xc3\xa9\\t\tunknown\t\\N\t\\N\tf\tEUR\n"),
              std::string::npos)
        << converted;
}

TEST(PostgresCopyBatch, FailuresNameTheRowKey) {
    TypeVersion a = version("T", {field("id", DataType::primitive(TypeKind::Int32)),
                                  field("n", DataType::primitive(TypeKind::Int64), true),
                                  field("s", DataType::primitive(TypeKind::String), true)});
    TypeVersion b = version("T", {field("id", DataType::primitive(TypeKind::Int32)),
                                  field("n", DataType::primitive(TypeKind::Int32), true),
                                  field("s", DataType::primitive(TypeKind::String), true)});
    Converter c;
    c.steps.push_back({StepKind::Cast, "n", "", DataType::primitive(TypeKind::Int32)});
    ConversionPath path;
    path.hops.push_back({c, false, true, 1});
    auto batch = detail::BatchConverter::compile(path, a, b, {"id"});
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    std::string out;
    Status narrowed = batch->convert("1\t5\tx\n2\t\\N\ty\n3\t2147483648\tz\n4\t9\tw\n", out);
    ASSERT_FALSE(narrowed.ok());
    EXPECT_EQ(narrowed.error().describe(),
              "row with key (id)=(3): value 2147483648 of n is outside int32 range");
    Status utf8 = batch->convert("1\t5\tok\n7\t1\tbad \xc3\x28\n", out);
    ASSERT_FALSE(utf8.ok());
    EXPECT_EQ(utf8.error().describe(), "row with key (id)=(7): ill-formed UTF-8 in 's' at byte 4");

    c.steps.push_back({StepKind::Cast, "s", "", DataType::decimal(5, 1), {}, OnError::Null});
    b.schema.fields[2].type = DataType::decimal(5, 1);
    path.hops[0].converter = c;
    auto mixed = detail::BatchConverter::compile(path, a, b, {"id"});
    ASSERT_TRUE(mixed.ok());
    EXPECT_EQ(mixed->describe(), "id: copied, n: kernels, s: reference (cast has no kernel here)");
    std::string rows;
    ASSERT_TRUE(mixed->convert("1\t5\t2.25\n2\t\\N\tabc\n", rows).ok());
    EXPECT_EQ(rows, referenceRows(c, a, b, {"1\t5\t2.25", "2\t\\N\tabc"}));
}

TEST(PostgresCarryOver, RenamesComposeAcrossHopsAndRewriteOnlyColumnIdentifiers) {
    TypeVersion a = version("T", {field("id", DataType::primitive(TypeKind::Int32)),
                                  field("album_id", DataType::primitive(TypeKind::Int32)),
                                  field("legacy", DataType::primitive(TypeKind::String))});
    Converter first, second;
    first.steps.push_back({StepKind::Rename, "album_id", "album"});
    second.steps.push_back({StepKind::Rename, "album", "Album Ref"});
    second.steps.push_back({StepKind::Drop, "legacy"});
    ConversionPath path;
    path.hops = {{first, false, true, 1}, {second, false, true, 2}};
    detail::ColumnRenames renames = detail::columnRenames(path, a);
    EXPECT_EQ(renames.renamed, (std::map<std::string, std::string>{{"album_id", "Album Ref"}}));
    EXPECT_EQ(renames.dropped, (std::set<std::string>{"legacy"}));

    bool dropped = false;
    EXPECT_EQ(detail::renameIdentifiers("CHECK ((album_id > 0) AND (\"ALBUM_ID\" <> 1) AND "
                                        "(note <> 'album_id') AND other.album_id IS NULL "
                                        "AND album_id(id) = ALBUM_ID)",
                                        renames, dropped),
              "CHECK ((\"Album Ref\" > 0) AND (\"ALBUM_ID\" <> 1) AND (note <> 'album_id') AND "
              "other.album_id IS NULL AND album_id(id) = \"Album Ref\")");
    EXPECT_FALSE(dropped);
    EXPECT_EQ(detail::renameIdentifiers(" USING btree (legacy, id)", renames, dropped),
              " USING btree (legacy, id)");
    EXPECT_TRUE(dropped);
}

TEST(PostgresCli, VerbsCheckTheirArgumentsBeforeConnecting) {
    auto run = [](std::vector<std::string> args, std::string& err) {
        std::ostringstream out, errs;
        int code = cli::run(args, out, errs);
        err = errs.str();
        return code;
    };
    std::string err;
    EXPECT_EQ(run({"plan", "ws.json"}, err), cli::kUsage);
    EXPECT_NE(err.find("expected WORKSPACE STORE Name-vX.Y.Z"), std::string::npos) << err;
    EXPECT_EQ(run({"migrate", "ws.json", "t", "T-v2.0.0", "--batch-rows", "0"}, err), cli::kUsage);
    EXPECT_EQ(run({"introspect", "postgres", "ws.json"}, err), cli::kUsage);
    EXPECT_EQ(run({"drift", "/nonexistent/ws.json", "t"}, err), cli::kUnreadable);
    EXPECT_EQ(run({"inventory", "ws.json", "--profile", "p"}, err), cli::kUsage);
}

// A type or version that is not in the workspace is missing input (exit 3, as in every other
// command), found before connecting: the profile's port has no server.
TEST(PostgresCli, MigrateAndPlanOfAMissingVersionExitThreeBeforeConnecting) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("strata-notfound-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    Workspace ws;
    ws.name = "offline";
    TypeDef type;
    type.name = "t1";
    type.policy = CompatPolicy::None;
    type.versions.push_back(
        *parseTypeVersion(Json::parse(R"({"name":"t1","version":"1.0.0","fields":[]})"), "t"));
    ws.types.push_back(type);
    ws.stores.push_back({"t", StoreKind::Postgres, "public.t1", type.versions[0].id, "p"});
    ConnectionProfile profile;
    profile.name = "p";
    profile.endpoint = "host=127.0.0.1 port=1 dbname=none";
    ws.profiles.push_back(profile);
    const std::string path = (dir / "ws.json").string();
    ASSERT_TRUE(saveWorkspace(ws, path).ok());

    for (const std::string verb : {"migrate", "plan"}) {
        std::ostringstream out, err;
        EXPECT_EQ(cli::run({verb, path, "t", "t1-v2.0.0"}, out, err), cli::kUnreadable);
        EXPECT_EQ(err.str(), "stratactl " + verb + ": " + path + ": no version t1-v2.0.0\n");
        std::ostringstream out2, err2;
        EXPECT_EQ(cli::run({verb, path, "t", "Other-v1.0.0"}, out2, err2), cli::kUnreadable);
        EXPECT_EQ(err2.str(), "stratactl " + verb + ": " + path + ": no type 'Other'\n");
    }
    std::filesystem::remove_all(dir);
}

// A secret that cannot be resolved names what it looked for (a variable, a file, a keychain
// entry: none of them is secret), never the secret; connecting fails before any network use.
TEST(PostgresSecrets, AnUnresolvableSecretNamesWhatWasLookedFor) {
    ::unsetenv("STRATA_DEMO_PGPASSWORD");
    auto env = resolveSecret("env:STRATA_DEMO_PGPASSWORD");
    ASSERT_FALSE(env.ok());
    EXPECT_EQ(env.error().code, ErrorCode::NotFound);
    EXPECT_EQ(env.error().describe(), "environment variable STRATA_DEMO_PGPASSWORD is not set");

    ConnectionProfile profile;
    profile.name = "local-postgres";
    profile.endpoint = "host=127.0.0.1 port=1 dbname=none";
    profile.secret = "env:STRATA_DEMO_PGPASSWORD";
    auto conn = Connection::open(profile);
    ASSERT_FALSE(conn.ok());
    EXPECT_EQ(conn.error().describe(), "profile local-postgres secret: environment variable "
                                       "STRATA_DEMO_PGPASSWORD is not set");

    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("strata-secrets-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string missing = (dir / "missing").string();
    profile.secret = "file:" + missing;
    conn = Connection::open(profile);
    ASSERT_FALSE(conn.ok());
    EXPECT_EQ(conn.error().code, ErrorCode::NotFound);
    EXPECT_EQ(conn.error().describe(),
              "profile local-postgres secret: secret file " + missing + " does not exist");

    const std::string loose = (dir / "loose").string();
    std::ofstream(loose) << "hunter2\n";
    ASSERT_EQ(::chmod(loose.c_str(), 0644), 0);
    auto refused = resolveSecret("file:" + loose);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().describe(),
              "secret file " + loose + " is accessible by group or others; chmod 600 it");
    std::filesystem::remove_all(dir);

    profile.secret = "keychain:pg-demo";
    conn = Connection::open(profile);
    ASSERT_FALSE(conn.ok());
    EXPECT_EQ(conn.error().code, ErrorCode::Unsupported);
    EXPECT_EQ(conn.error().describe(), "profile local-postgres secret: keychain entry pg-demo: no "
                                       "keychain provider is installed; use an env: or file: "
                                       "reference");
    setKeychainProvider([](std::string_view) -> Result<std::string> {
        return makeError(ErrorCode::NotFound, "no such entry");
    });
    auto absent = resolveSecret("keychain:pg-demo");
    setKeychainProvider({});
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().code, ErrorCode::NotFound);
    EXPECT_EQ(absent.error().describe(), "keychain entry pg-demo: no such entry");
}

} // namespace
} // namespace strata::postgres
