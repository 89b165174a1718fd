// Migrations against the real server: Chinook's invoice_line through a multi-hop change on
// each path, kill -9 and resume, a broken session, hostile identifiers, verification and audit.

#include "pg_test_support.h"
#include "strata/connectors/postgres/introspect.h"
#include "strata/connectors/postgres/migrate.h"

#include <chrono>
#include <random>
#include <thread>

namespace strata::pgtest {
namespace {

using namespace strata::postgres;
using namespace std::chrono_literals;

Field* field(TypeVersion& v, const std::string& name) {
    for (Field& f : v.schema.fields)
        if (f.name == name)
            return &f;
    throw std::runtime_error("no field " + name);
}

// invoice_line v1 (introspected) → v2 (unit_price renamed to price by alias, quantity int64)
// → v3 (price numeric(12,2) without the alias, currency added with a default). No direct
// converter reaches v3 from v1: aliases are not transitive, so the path has two hops.
Workspace invoiceLineWorkspace(const std::string& db) {
    Workspace ws = workspaceFor(db, "public", "invoice_line");
    TypeVersion& v2 = addVersion(ws, "invoice_line", "1.0.0", "2.0.0");
    field(v2, "unit_price")->aliases = {"unit_price"};
    field(v2, "unit_price")->name = "price";
    field(v2, "quantity")->type = DataType::primitive(TypeKind::Int64);
    field(v2, "quantity")->doc = "pg.type: bigint";
    TypeVersion& v3 = addVersion(ws, "invoice_line", "2.0.0", "3.0.0");
    field(v3, "price")->aliases.clear();
    field(v3, "price")->type = DataType::decimal(12, 2);
    field(v3, "price")->doc = "pg.type: numeric(12,2)";
    v3.schema.fields.push_back({"currency",
                                DataType::primitive(TypeKind::String),
                                false,
                                Json("USD"),
                                {},
                                "pg.type: character varying(3)"});
    return ws;
}

// The same table with one explicit converter whose casts have on-error policies: they have no
// SQL form, so the copy runs on the client side, and the decimal → float64 cast changes values'
// text, so every row goes through the reference converter.
Workspace clientSideWorkspace(const std::string& db) {
    Workspace ws = workspaceFor(db, "public", "invoice_line");
    TypeVersion& v2 = addVersion(ws, "invoice_line", "1.0.0", "2.0.0");
    field(v2, "unit_price")->name = "price";
    field(v2, "price")->type = DataType::primitive(TypeKind::Float64);
    field(v2, "price")->doc = "pg.type: double precision";
    field(v2, "quantity")->type = DataType::primitive(TypeKind::Int64);
    field(v2, "quantity")->doc = "pg.type: bigint";
    Converter c;
    c.from = ws.types[0].versions[0].id;
    c.to = v2.id;
    c.steps.push_back({StepKind::Rename, "unit_price", "price", {}, {}, OnError::Fail, {}, 1, 0});
    c.steps.push_back({StepKind::Cast,
                       "quantity",
                       "",
                       DataType::primitive(TypeKind::Int64),
                       Json(0),
                       OnError::Default,
                       {},
                       1,
                       0});
    c.steps.push_back({StepKind::Cast,
                       "price",
                       "",
                       DataType::primitive(TypeKind::Float64),
                       Json(nullptr),
                       OnError::Null,
                       {},
                       1,
                       0});
    ws.converters.push_back(c);
    return ws;
}

std::string tableDigest(Connection& conn, const std::string& table, const std::string& key) {
    return scalar(conn,
                  "SELECT count(*) || ':' || md5(string_agg(CAST(t AS text), E'\\n' ORDER BY " +
                      key + ")) FROM " + table + " AS t");
}

std::filesystem::path saveTo(const Workspace& ws, const TempDir& dir,
                             const std::string& name = "ws.json") {
    auto path = dir.path() / name;
    if (Status s = saveWorkspace(ws, path); !s)
        throw std::runtime_error(s.error().describe());
    return path;
}

TEST(PostgresMigrate, InvoiceLineMultiHopServerSideCopyVerifiesAndAudits) {
    freshDatabase("multihop_it", "chinook_template");
    TempDir dir;
    auto path = saveTo(invoiceLineWorkspace("multihop_it"), dir);

    ChildResult plan =
        stratactl({"plan", path.string(), "t", "invoice_line-v3.0.0", "--copy", "--json"});
    ASSERT_EQ(plan.exitCode, 0) << plan.err;
    Json p = Json::parse(plan.out);
    EXPECT_EQ(p["strategy"], "copy");
    EXPECT_EQ(p["server_side"], true);
    EXPECT_EQ(p["row_estimate"], 2240);

    ChildResult run = stratactl({"migrate", path.string(), "t", "invoice_line-v3.0.0", "--copy",
                                 "--batch-rows", "300", "--by", "it-runner"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Completed, 2240 rows"), std::string::npos) << run.out;

    auto conn = connect("multihop_it");
    EXPECT_EQ(
        scalar(*conn,
               "SELECT count(*) FROM invoice_line n JOIN invoice_line__v1_0_0 o USING "
               "(invoice_line_id) "
               "WHERE n.price = o.unit_price AND n.quantity = o.quantity AND n.currency = 'USD' "
               "AND n.invoice_id = o.invoice_id AND n.track_id = o.track_id"),
        "2240");
    EXPECT_EQ(scalar(*conn, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                            "WHERE attrelid = 'invoice_line'::regclass AND attname = 'price'"),
              "numeric(12,2)");
    EXPECT_EQ(scalar(*conn, "SELECT count(*) FROM invoice_line_v1_0_0"), "2240")
        << "the old version stays readable";

    auto saved = loadWorkspace(path);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->stores[0].holds.toString(), "invoice_line-v3.0.0");

    ChildResult verify = stratactl({"verify", path.string(), "t", "--json"});
    ASSERT_EQ(verify.exitCode, 0) << verify.out << verify.err;
    Json v = Json::parse(verify.out);
    EXPECT_EQ(v["source_rows"], 2240);
    EXPECT_EQ(v["target_rows"], 2240);
    EXPECT_EQ(v["source_checksum"], v["target_checksum"]);
    EXPECT_EQ(v["ledger_checksum"], v["target_checksum"]);

    ChildResult drift = stratactl({"drift", path.string(), "t"});
    EXPECT_EQ(drift.exitCode, 0) << drift.out;

    ChildResult audit = stratactl({"audit", path.string(), "t", "--json"});
    ASSERT_EQ(audit.exitCode, 0) << audit.err;
    Json a = Json::parse(audit.out);
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[0]["action"], "verify");
    EXPECT_EQ(a[0]["outcome"], "verified");
    EXPECT_EQ(a[1]["action"], "migrate");
    EXPECT_EQ(a[1]["actor"], "it-runner");
    EXPECT_EQ(a[1]["outcome"], "Completed");
    EXPECT_EQ(a[1]["rows"], 2240);
    EXPECT_EQ(a[1]["fingerprint"], p["fingerprint"]);

    // tampering after the run is caught by the checksums
    scalar(*conn, "UPDATE invoice_line SET quantity = quantity + 1 WHERE invoice_line_id = 7");
    ChildResult again = stratactl({"verify", path.string(), "t"});
    EXPECT_EQ(again.exitCode, 1) << again.out;
}

TEST(PostgresMigrate, InvoiceLineMultiHopInPlaceRenamesAndWidens) {
    freshDatabase("inplace_it", "chinook_template");
    TempDir dir;
    Workspace ws = invoiceLineWorkspace("inplace_it");
    auto conn = connect("inplace_it");
    auto plan =
        planMigration(*conn, ws, ws.stores[0], *TypeVersionId::parse("invoice_line-v3.0.0"));
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->strategy, Strategy::InPlace);
    ASSERT_EQ(plan->path.hops.size(), 2u);
    EXPECT_EQ(plan->steps[0].sql,
              "ALTER TABLE \"public\".\"invoice_line\" RENAME COLUMN \"unit_price\" TO \"price\"");
    std::string before = tableDigest(*conn, "invoice_line", "invoice_line_id");

    ExecuteOptions options;
    options.actor = "it";
    auto out = executePlan(*conn, *plan, options);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    EXPECT_EQ(tableDigest(*conn, "invoice_line_v1_0_0", "invoice_line_id"), before);
    EXPECT_EQ(scalar(*conn, "SELECT count(*) FROM invoice_line WHERE currency = 'USD'"), "2240");
}

TEST(PostgresMigrate, ClientSideCopyRunsTheConverterWhenAStepHasNoSqlForm) {
    freshDatabase("client_it", "chinook_template");
    TempDir dir;
    auto path = saveTo(clientSideWorkspace("client_it"), dir);
    ChildResult plan = stratactl({"plan", path.string(), "t", "invoice_line-v2.0.0", "--json"});
    ASSERT_EQ(plan.exitCode, 0) << plan.err;
    Json p = Json::parse(plan.out);
    EXPECT_EQ(p["strategy"], "copy");
    EXPECT_EQ(p["server_side"], false);
    EXPECT_EQ(p["client_side_reason"],
              "cast 'quantity' has an on-error policy, which has no SQL form");

    ChildResult run =
        stratactl({"migrate", path.string(), "t", "invoice_line-v2.0.0", "--batch-rows", "400"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    auto conn = connect("client_it");
    EXPECT_EQ(scalar(*conn, "SELECT count(*) FROM invoice_line n JOIN invoice_line__v1_0_0 o USING "
                            "(invoice_line_id) "
                            "WHERE n.price = o.unit_price AND n.quantity = o.quantity"),
              "2240");
    ChildResult verify = stratactl({"verify", path.string(), "t", "--json"});
    ASSERT_EQ(verify.exitCode, 0) << verify.out << verify.err;
    EXPECT_EQ(Json::parse(verify.out)["ledger_checksum"],
              Json::parse(verify.out)["target_checksum"]);
}

// Runs a migration, killing stratactl with SIGKILL `kills` times at random moments and resuming
// each time, and returns the final table's digest.
std::string killAndResume(const std::string& db, Workspace (*build)(const std::string&),
                          const std::vector<std::string>& extra, int kills, std::mt19937& rng) {
    freshDatabase(db, "chinook_template");
    Workspace ws = build(db);
    TempDir dir;
    auto path = saveTo(ws, dir);
    std::vector<std::string> args = {
        "migrate", path.string(),   "t", ws.types[0].versions.back().id.toString(), "--batch-rows",
        "40",      "--throttle-ms", "4"};
    args.insert(args.end(), extra.begin(), extra.end());
    int killed = 0;
    for (int attempt = 0; attempt < kills + 5; ++attempt) {
        std::vector<std::string> a = args;
        if (attempt > 0)
            a.push_back("--resume");
        Child child(a);
        if (killed < kills) {
            std::this_thread::sleep_for(
                std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 250)(rng)));
            child.kill();
            ChildResult r = child.wait();
            if (r.signal == SIGKILL) {
                ++killed;
                continue;
            }
            EXPECT_EQ(r.exitCode, 0) << r.err;
            break;
        }
        ChildResult r = child.wait();
        EXPECT_EQ(r.exitCode, 0) << r.err;
        break;
    }
    if (kills > 0) {
        EXPECT_GE(killed, 1) << "no kill landed while stratactl was migrating";
    }
    EXPECT_EQ(stratactl({"verify", path.string(), "t"}).exitCode, 0);
    auto conn = connect(db);
    return tableDigest(*conn, "invoice_line", "invoice_line_id");
}

TEST(PostgresMigrate, ProgressIsReportedAndCancelLeavesAResumableCheckpoint) {
    freshDatabase("cancel_it", "chinook_template");
    Workspace ws = invoiceLineWorkspace("cancel_it");
    auto conn = connect("cancel_it");
    auto plan = planMigration(*conn, ws, ws.stores[0], *TypeVersionId::parse("invoice_line-v3.0.0"),
                              {true, false, false});
    ASSERT_TRUE(plan.ok()) << plan.error().describe();

    MigrationControl control;
    std::vector<Progress> seen;
    ExecuteOptions options;
    options.actor = "it";
    options.batchRows = 500;
    options.control = &control;
    options.progress = [&](const Progress& p) {
        seen.push_back(p);
        if (p.phase == "copy")
            control.cancel = true;
    };
    auto cancelled = executePlan(*conn, *plan, options);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().describe();
    EXPECT_EQ(cancelled->state, LifecycleState::Cancelled);
    EXPECT_EQ(cancelled->rows, 500);
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0].phase, "expand");
    EXPECT_EQ(seen[1].rowsDone, 500);
    EXPECT_EQ(seen[1].rowsTotal, 2240);
    EXPECT_GT(seen[1].bytesDone, 0);
    EXPECT_GT(seen[1].rowsPerSecond, 0);
    EXPECT_GT(seen[1].etaSeconds, 0);

    EXPECT_EQ(executePlan(*conn, *plan, options).error().code, ErrorCode::Conflict)
        << "a second start without resume is refused";
    control.cancel = false;
    seen.clear();
    options.progress = [&](const Progress& p) { seen.push_back(p); };
    options.resume = true;
    auto done = executePlan(*conn, *plan, options);
    ASSERT_TRUE(done.ok()) << done.error().describe();
    EXPECT_EQ(done->state, LifecycleState::Completed);
    EXPECT_TRUE(done->resumed);
    EXPECT_EQ(done->rows, 2240);
    EXPECT_EQ(seen.front().rowsDone, 1000);
    EXPECT_EQ(seen.back().phase, "switched");
    auto audit = readAudit(*conn);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 3u);
    EXPECT_EQ((*audit)[0].outcome, "Completed");
    EXPECT_EQ((*audit)[0].action, "resume");
    EXPECT_EQ((*audit)[1].outcome, "refused");
    EXPECT_EQ((*audit)[1].detail,
              "a run of this migration already checkpointed (phase copy); resume it with --resume");
    EXPECT_EQ((*audit)[1].rows, 0);
    EXPECT_EQ((*audit)[2].outcome, "Cancelled");
    auto verified = verifyMigration(*conn, *plan);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << verified->problems.front();
}

TEST(PostgresMigrate, KillNineAtRandomMomentsThenResumeGivesTheSameRows) {
    std::mt19937 rng(20261204);
    for (bool client : {false, true}) {
        std::string suffix = client ? "client" : "server";
        auto build = client ? clientSideWorkspace : invoiceLineWorkspace;
        std::vector<std::string> extra =
            client ? std::vector<std::string>{} : std::vector<std::string>{"--copy"};
        std::string expected = killAndResume("kill_ref_" + suffix, build, extra, 0, rng);
        EXPECT_EQ(killAndResume("kill_" + suffix, build, extra, 3, rng), expected)
            << suffix << " side";
    }
}

// A copy that switched but whose workspace never recorded it (a run killed after the switch, or
// a console run not saved): migrating again records the target instead of planning against the
// switched table, and leaves the rows alone.
TEST(PostgresMigrate, AnEarlierSwitchIsRecordedNotPlannedAgain) {
    freshDatabase("switched_it");
    auto conn = connect("switched_it");
    scalar(*conn, "CREATE TABLE t1 (id integer PRIMARY KEY, qty integer NOT NULL); "
                  "INSERT INTO t1 VALUES (1, 5), (2, 7)");
    Workspace ws = workspaceFor("switched_it", "public", "t1");
    TypeVersion& b = addVersion(ws, "t1", "1.0.0", "2.0.0");
    b.schema.fields[1].type = DataType::primitive(TypeKind::Int64);
    b.schema.fields[1].doc = "pg.type: bigint";
    auto plan = planMigration(*conn, ws, ws.stores[0], b.id, {true, false, false});
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    auto ran = executePlan(*conn, *plan, ExecuteOptions{});
    ASSERT_TRUE(ran.ok()) << ran.error().describe();
    ASSERT_EQ(ran->state, LifecycleState::Completed);

    TempDir dir;
    ASSERT_TRUE(saveWorkspace(ws, dir.path() / "ws.json").ok()); // still says t1-v1.0.0
    ChildResult r = stratactl({"migrate", (dir.path() / "ws.json").string(), "t", "t1-v2.0.0"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "public.t1:t1-v1.0.0->t1-v2.0.0: the switch already committed (phase "
                     "switched, 2 rows, plan " +
                         plan->fingerprint() +
                         "); the workspace now records that t holds t1-v2.0.0\n");
    auto reloaded = loadWorkspace(dir.path() / "ws.json");
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->stores[0].holds.toString(), "t1-v2.0.0");
    EXPECT_EQ(scalar(*conn, "SELECT string_agg(id || ':' || qty, ',' ORDER BY id) FROM t1"),
              "1:5,2:7");
}

TEST(PostgresMigrate, BrokenSessionFailsClearlyAndResumes) {
    freshDatabase("broken_it", "chinook_template");
    TempDir dir;
    auto path = saveTo(invoiceLineWorkspace("broken_it"), dir);
    Child child({"migrate", path.string(), "t", "invoice_line-v3.0.0", "--copy", "--batch-rows",
                 "50", "--throttle-ms", "40"});
    auto conn = connect("broken_it");
    for (int i = 0; i < 200; ++i) {
        auto r = conn->query("SELECT rows_copied FROM strata.migration_checkpoint");
        if (r && r->rows() == 1 && std::stoll(r->get(0, 0)) >= 200)
            break;
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_EQ(scalar(*conn, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                            "AND application_name = 'strata'"),
              "1");
    ChildResult r = child.wait();
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("connection to the server was lost"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("run again with --resume"), std::string::npos) << r.err;
    long long done =
        std::stoll(scalar(*conn, "SELECT rows_copied FROM strata.migration_checkpoint"));
    EXPECT_GE(done, 200);
    EXPECT_LT(done, 2240);

    ChildResult resumed =
        stratactl({"migrate", path.string(), "t", "invoice_line-v3.0.0", "--copy", "--resume"});
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err;
    EXPECT_NE(resumed.out.find("(resumed)"), std::string::npos);
    EXPECT_EQ(stratactl({"verify", path.string(), "t"}).exitCode, 0);
}

TEST(PostgresMigrate, HostileIdentifiersDoWhatTheySay) {
    freshDatabase("hostile_it");
    auto conn = connect("hostile_it");
    const std::string table = "x\"; DROP TABLE victim; --";
    scalar(*conn, "CREATE TABLE victim (v integer); INSERT INTO victim VALUES (42)");
    scalar(*conn, "CREATE TABLE " + qualified("public", table) + " (" + quoteIdent("id'); --") +
                      " integer PRIMARY KEY, " + quoteIdent("a\"b") + " text NOT NULL, " +
                      quoteIdent("semi;colon") + " integer)");
    for (int i = 1; i <= 120; ++i)
        scalar(*conn, "INSERT INTO " + qualified("public", table) + " VALUES ($1, $2, $3)",
               {std::to_string(i), "it's \"quoted\"; DROP TABLE victim; --\t" + std::to_string(i),
                std::to_string(i * 2)});
    std::string before = tableDigest(*conn, qualified("public", table), quoteIdent("id'); --"));

    for (bool copy : {true, false}) {
        if (!copy) { // put the original table back for the in-place run
            scalar(*conn, "DROP TABLE " + qualified("public", table) + " CASCADE; DROP VIEW " +
                              qualified("public", versionViewName(table, {1, 0, 0})) +
                              "; ALTER TABLE " +
                              qualified("public", versionedName(table, {1, 0, 0})) + " RENAME TO " +
                              quoteIdent(table));
            scalar(*conn, "DROP TABLE IF EXISTS strata.migration_checkpoint");
        }
        Workspace ws = workspaceFor("hostile_it", "public", table);
        TypeVersion& v2 = addVersion(ws, table, "1.0.0", "2.0.0");
        v2.schema.fields[1].aliases = {"a\"b"};
        v2.schema.fields[1].name = "new \"name\"; --";
        v2.schema.fields[2].type = DataType::primitive(TypeKind::Int64);
        v2.schema.fields[2].doc = "pg.type: bigint";
        v2.schema.fields.push_back({"d'); DROP TABLE victim; --",
                                    DataType::primitive(TypeKind::String),
                                    false,
                                    Json("'); DROP TABLE victim; --"),
                                    {},
                                    ""});
        auto plan = planMigration(*conn, ws, ws.stores[0], v2.id, {copy, false, false});
        ASSERT_TRUE(plan.ok()) << plan.error().describe();
        EXPECT_EQ(plan->strategy, copy ? Strategy::Copy : Strategy::InPlace);
        ExecuteOptions options;
        options.actor = "it";
        options.batchRows = 7;
        options.workspace = &ws;
        auto out = executePlan(*conn, *plan, options);
        ASSERT_TRUE(out.ok()) << out.error().describe();
        EXPECT_EQ(scalar(*conn, "SELECT v FROM victim"), "42");
        EXPECT_EQ(
            scalar(*conn,
                   "SELECT count(*) FROM " + qualified("public", table) + " WHERE " +
                       quoteIdent("d'); DROP TABLE victim; --") + " = $1 AND " +
                       quoteIdent("new \"name\"; --") + " LIKE $2",
                   {"'); DROP TABLE victim; --", "it's \"quoted\"; DROP TABLE victim; --\t%"}),
            "120");
        EXPECT_EQ(tableDigest(*conn, qualified("public", versionViewName(table, {1, 0, 0})),
                              quoteIdent("id'); --")),
                  before)
            << "the old version's view shows exactly the old rows";
    }
}

} // namespace
} // namespace strata::pgtest
