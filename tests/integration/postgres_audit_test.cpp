// The audit trail of stratactl migrate and verify: every refused run leaves an entry saying
// "refused" and why, a verification records the rows it checked under the verified run's
// fingerprint, and names that do not exist exit 3 without an entry.

#include "pg_test_support.h"
#include "strata/connectors/postgres/migrate.h"

namespace strata::pgtest {
namespace {

using namespace strata::postgres;

// t1 (id, col1 NOT NULL) with two rows, and versions that the migrate command refuses:
//   2.0.0 renames col1 without an alias, NOT NULL: blocked (a NOT NULL column, no default)
//   3.0.0 the same rename, nullable: destructive with --contract (col1 is dropped)
//   4.0.0 adds a NOT NULL field without a default: no conversion path for a copy
//   5.0.0 adds a nullable field: runs
Workspace refusalWorkspace(const std::string& db) {
    auto conn = connect(db);
    scalar(*conn, "CREATE TABLE t1 (id integer PRIMARY KEY, col1 text NOT NULL); "
                  "INSERT INTO t1 VALUES (1, 'a'), (2, 'b')");
    Workspace ws = workspaceFor(db, "public", "t1");
    addVersion(ws, "t1", "1.0.0", "2.0.0").schema.fields[1].name = "new_col1";
    TypeVersion& v3 = addVersion(ws, "t1", "2.0.0", "3.0.0");
    v3.schema.fields[1].nullable = true;
    addVersion(ws, "t1", "1.0.0", "4.0.0")
        .schema.fields.push_back({"sku", DataType::primitive(TypeKind::String), false});
    addVersion(ws, "t1", "1.0.0", "5.0.0")
        .schema.fields.push_back({"note", DataType::primitive(TypeKind::String), true});
    return ws;
}

std::string fingerprintOf(Connection& conn, const Workspace& ws, const std::string& to,
                          const PlanOptions& options) {
    auto plan = planMigration(conn, ws, ws.stores[0], *TypeVersionId::parse(to), options);
    if (!plan)
        throw std::runtime_error(plan.error().describe());
    return plan->fingerprint();
}

struct Entry {
    std::string migrationId, fingerprint, action, outcome, detail;
    long long rows;
    bool operator==(const Entry&) const = default;
};

void PrintTo(const Entry& e, std::ostream* os) {
    *os << e.migrationId << " | " << e.fingerprint << " | " << e.action << " | " << e.outcome
        << " | " << e.detail << " | " << e.rows;
}

// The table's audit entries, newest first, without times and actors.
std::vector<Entry> entries(Connection& conn) {
    auto audit = readAudit(conn);
    if (!audit)
        throw std::runtime_error(audit.error().describe());
    std::vector<Entry> out;
    for (const AuditEntry& e : *audit)
        out.push_back({e.migrationId, e.fingerprint, e.action, e.outcome, e.detail, e.rows});
    return out;
}

TEST(PostgresAudit, EveryRefusedRunIsAuditedWithItsReason) {
    freshDatabase("refusals_it");
    Workspace ws = refusalWorkspace("refusals_it");
    TempDir dir;
    const std::string path = (dir.path() / "ws.json").string();
    ASSERT_TRUE(saveWorkspace(ws, path).ok());
    auto conn = connect("refusals_it");
    ASSERT_TRUE(ensureMigrationTables(*conn).ok());
    const std::string id = "public.t1:t1-v1.0.0->t1-v";

    ChildResult blocked = stratactl({"migrate", path, "t", "t1-v2.0.0"});
    EXPECT_EQ(blocked.exitCode, 1) << blocked.err;
    ChildResult destructive = stratactl({"migrate", path, "t", "t1-v3.0.0", "--contract"});
    EXPECT_EQ(destructive.exitCode, 1) << destructive.err;
    ChildResult noPath = stratactl({"migrate", path, "t", "t1-v4.0.0", "--copy"});
    EXPECT_EQ(noPath.exitCode, 1) << noPath.err;
    scalar(*conn, "SELECT pg_advisory_lock(hashtextextended($1, 0))", {id + "5.0.0"});
    ChildResult locked = stratactl({"migrate", path, "t", "t1-v5.0.0", "--by", "second"});
    EXPECT_EQ(locked.exitCode, 1) << locked.err;
    scalar(*conn, "SELECT pg_advisory_unlock(hashtextextended($1, 0))", {id + "5.0.0"});

    const std::string v2 = fingerprintOf(*conn, ws, "t1-v2.0.0", {});
    const std::string v3 = fingerprintOf(*conn, ws, "t1-v3.0.0", {false, false, true});
    const std::string v5 = fingerprintOf(*conn, ws, "t1-v5.0.0", {});
    EXPECT_EQ(entries(*conn),
              (std::vector<Entry>{
                  {id + "5.0.0", v5, "migrate", "refused",
                   "another session is running this migration right now; wait for it or stop it "
                   "first",
                   0},
                  {id + "4.0.0", "", "migrate", "refused",
                   "t1-v1.0.0 -> t1-v4.0.0: no conversion path: no chain of converters leads "
                   "from t1-v1.0.0 to t1-v4.0.0: no version on the way can read the data and no "
                   "explicit converter bridges the gap",
                   0},
                  {id + "3.0.0", v3, "migrate", "refused",
                   "the plan is destructive and needs explicit confirmation: column col1 is not "
                   "in t1-v3.0.0: contract drops it with its data (if it was renamed, declare the "
                   "old name as an alias of the new field)",
                   0},
                  {id + "2.0.0", v2, "migrate", "refused",
                   "the plan is blocked: new_col1: adding a NOT NULL column to a non-empty table "
                   "(2 rows) needs a default or a backfill first",
                   0},
              }));
    EXPECT_EQ(scalar(*conn, "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                            "information_schema.columns WHERE table_name = 't1'"),
              "id,col1")
        << "nothing ran";
}

TEST(PostgresAudit, ACheckpointConflictIsARefusalOfThatRun) {
    freshDatabase("conflict_it", "chinook_template");
    const Workspace ws = widenedQuantityWorkspace("conflict_it");
    TempDir dir;
    const std::string path = (dir.path() / "ws.json").string();
    ASSERT_TRUE(saveWorkspace(ws, path).ok());
    auto conn = connect("conflict_it");
    auto plan = planMigration(*conn, ws, ws.stores[0], *TypeVersionId::parse("invoice_line-v2.0.0"),
                              {true, false, false});
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    MigrationControl control;
    ExecuteOptions options;
    options.actor = "it";
    options.batchRows = 500;
    options.control = &control;
    options.progress = [&](const Progress& p) { control.cancel = p.phase == "copy"; };
    auto cancelled = executePlan(*conn, *plan, options);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().describe();
    ASSERT_EQ(cancelled->rows, 500);

    ChildResult again = stratactl({"migrate", path, "t", "invoice_line-v2.0.0", "--copy"});
    EXPECT_EQ(again.exitCode, 1) << again.err;
    ChildResult changed = stratactl({"migrate", path, "t", "invoice_line-v2.0.0", "--resume"});
    EXPECT_EQ(changed.exitCode, 1) << changed.err;
    const std::string inPlace =
        fingerprintOf(*conn, ws, "invoice_line-v2.0.0", {false, false, false});
    const std::string id = plan->migrationId;
    EXPECT_EQ(
        entries(*conn),
        (std::vector<Entry>{
            {id, inPlace, "resume", "refused",
             "the plan changed since the checkpoint (" + plan->fingerprint() + " vs " + inPlace +
                 "); resume with the options of the interrupted run: it was copying the "
                 "table (add --copy)",
             0},
            {id, plan->fingerprint(), "migrate", "refused",
             "a run of this migration already checkpointed (phase copy); resume it with "
             "--resume",
             0},
            {id, plan->fingerprint(), "migrate", "Cancelled", "", 500},
        }));
}

TEST(PostgresAudit, VerifyRecordsTheRowsItCheckedUnderTheRunsFingerprint) {
    freshDatabase("verify_audit_it", "chinook_template");
    const Workspace ws = widenedQuantityWorkspace("verify_audit_it");
    TempDir dir;
    const std::string path = (dir.path() / "ws.json").string();
    ASSERT_TRUE(saveWorkspace(ws, path).ok());
    auto conn = connect("verify_audit_it");
    const std::string fingerprint =
        fingerprintOf(*conn, ws, "invoice_line-v2.0.0", {true, false, false});
    ChildResult run = stratactl({"migrate", path, "t", "invoice_line-v2.0.0", "--copy"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    ChildResult verified = stratactl({"verify", path, "t"});
    EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
    scalar(*conn, "DELETE FROM invoice_line WHERE invoice_line_id = 7");
    ChildResult mismatch = stratactl({"verify", path, "t"});
    EXPECT_EQ(mismatch.exitCode, 1) << mismatch.out;
    // a workspace that lacks the version the checkpoint moved to: missing input, exit 3
    const std::string older = (dir.path() / "older.json").string();
    ASSERT_TRUE(
        saveWorkspace(workspaceFor("verify_audit_it", "public", "invoice_line"), older).ok());
    ChildResult lacking = stratactl({"verify", older, "t"});
    EXPECT_EQ(lacking.exitCode, 3) << lacking.out;
    EXPECT_EQ(lacking.err, "stratactl verify: invoice_line-v2.0.0: version not in the workspace\n");

    const std::string id = "public.invoice_line:invoice_line-v1.0.0->invoice_line-v2.0.0";
    EXPECT_EQ(entries(*conn), (std::vector<Entry>{
                                  {id, fingerprint, "verify", "mismatch",
                                   "row counts differ: source 2240, target 2239", 2239},
                                  {id, fingerprint, "verify", "verified", "", 2240},
                                  {id, fingerprint, "migrate", "Completed", "", 2240},
                              }));
}

TEST(PostgresAudit, NamesThatDoNotExistExitThreeWithoutAnEntry) {
    freshDatabase("notfound_it");
    Workspace ws = refusalWorkspace("notfound_it");
    TempDir dir;
    const std::string path = (dir.path() / "ws.json").string();
    ASSERT_TRUE(saveWorkspace(ws, path).ok());
    auto conn = connect("notfound_it");
    ASSERT_TRUE(ensureMigrationTables(*conn).ok());

    struct Case {
        std::vector<std::string> args;
        std::string err;
    };
    const std::vector<Case> cases = {
        {{"migrate", path, "t", "t1-v9.0.0"},
         "stratactl migrate: " + path + ": no version t1-v9.0.0\n"},
        {{"migrate", path, "t", "Nope-v1.0.0", "--resume"},
         "stratactl migrate: " + path + ": no type 'Nope'\n"},
        {{"migrate", path, "nostore", "t1-v5.0.0"},
         "stratactl migrate: " + path + ": no store named 'nostore'\n"},
        {{"plan", path, "t", "t1-v9.0.0"}, "stratactl plan: " + path + ": no version t1-v9.0.0\n"},
        {{"introspect", "postgres", path, "--profile", "nope"},
         "stratactl introspect postgres: no connection profile named 'nope'\n"},
        {{"inventory", path, "--profile", "nope", "--cluster", "c"},
         "stratactl inventory: no connection profile named 'nope'\n"},
    };
    for (const Case& c : cases) {
        ChildResult r = stratactl(c.args);
        EXPECT_EQ(r.exitCode, 3) << c.args[0] << " " << c.args[2];
        EXPECT_EQ(r.err, c.err);
    }
    EXPECT_EQ(entries(*conn), std::vector<Entry>{});
}

} // namespace
} // namespace strata::pgtest
