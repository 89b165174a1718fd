// stratactl migrate asked to stop by SIGINT or SIGTERM: it stops at the next batch boundary,
// keeps the checkpoint, audits the run as interrupted with the rows copied so far, says how to
// resume and exits 130; a second signal ends it at once.

#include "pg_test_support.h"

#include <chrono>
#include <csignal>
#include <thread>

namespace strata::pgtest {
namespace {

using namespace std::chrono_literals;

// widenedQuantityWorkspace() saved in `dir`: a server-side copy of invoice_line.
std::filesystem::path widenedQuantity(const std::string& db, const TempDir& dir) {
    const Workspace ws = widenedQuantityWorkspace(db);
    auto path = dir.path() / "ws.json";
    if (Status s = saveWorkspace(ws, path); !s)
        throw std::runtime_error(s.error().describe());
    return path;
}

// Waits until the migration's checkpoint counts at least `rows` rows; returns what it counts.
long long waitForCheckpoint(postgres::Connection& conn, long long rows) {
    long long seen = -1;
    for (int i = 0; i < 500 && seen < rows; ++i) {
        auto r = conn.query("SELECT rows_copied FROM strata.migration_checkpoint");
        seen = r && r->rows() == 1 ? std::stoll(r->get(0, 0)) : -1;
        if (seen < rows)
            std::this_thread::sleep_for(10ms);
    }
    return seen;
}

std::vector<std::string> migrateArgs(const std::filesystem::path& ws, const std::string& throttle,
                                     bool resume) {
    std::vector<std::string> args = {"migrate", ws.string(),     "t",     "invoice_line-v2.0.0",
                                     "--copy",  "--by",          "it",    "--batch-rows",
                                     "50",      "--throttle-ms", throttle};
    if (resume)
        args.push_back("--resume");
    return args;
}

TEST(PostgresInterrupt, SigintStopsAtABatchBoundaryAuditsTheRowsAndTheRunResumes) {
    freshDatabase("sigint_it", "chinook_template");
    TempDir dir;
    auto ws = widenedQuantity("sigint_it", dir);
    auto conn = connect("sigint_it");
    Child child(migrateArgs(ws, "40", false));
    ASSERT_GE(waitForCheckpoint(*conn, 50), 50);
    child.signal(SIGINT);
    ChildResult r = child.wait();

    EXPECT_EQ(r.exitCode, 130) << r.err;
    const std::string target =
        scalar(*conn, "SELECT target_table FROM strata.migration_checkpoint");
    const long long rows =
        std::stoll(scalar(*conn, "SELECT rows_copied FROM strata.migration_checkpoint"));
    EXPECT_EQ(rows % 50, 0) << "stopped inside a batch";
    EXPECT_LT(rows, 2240);
    EXPECT_EQ(scalar(*conn, "SELECT count(*) FROM " + target), std::to_string(rows));
    EXPECT_EQ(r.err, "interrupted after " + std::to_string(rows) +
                         " rows; run the same command with --resume to resume\n");
    EXPECT_EQ(r.out, "");

    ChildResult audit = stratactl({"audit", ws.string(), "t", "--json"});
    ASSERT_EQ(audit.exitCode, 0) << audit.err;
    Json entries = Json::parse(audit.out);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["action"], "migrate");
    EXPECT_EQ(entries[0]["actor"], "it");
    EXPECT_EQ(entries[0]["outcome"], "interrupted");
    EXPECT_EQ(entries[0]["detail"], "stopped between batches on request; the checkpoint is kept");
    EXPECT_EQ(entries[0]["rows"], rows);
    EXPECT_EQ(entries[0]["fingerprint"],
              scalar(*conn, "SELECT plan_fingerprint FROM strata.migration_checkpoint"));
    EXPECT_EQ(entries[0]["finished_at"].get<std::string>().size(), 20u);
    EXPECT_EQ(entries[0]["detected_at"], "");

    ChildResult resumed = stratactl(migrateArgs(ws, "0", true));
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err;
    EXPECT_NE(resumed.out.find("Completed, 2240 rows (resumed)"), std::string::npos) << resumed.out;
    EXPECT_EQ(scalar(*conn, "SELECT count(*) FROM invoice_line"), "2240");
    EXPECT_EQ(scalar(*conn, "SELECT count(*) FROM invoice_line n JOIN invoice_line__v1_0_0 o "
                            "USING (invoice_line_id) WHERE n.invoice_id = o.invoice_id AND "
                            "n.track_id = o.track_id AND n.unit_price = o.unit_price AND "
                            "n.quantity = o.quantity"),
              "2240");
    EXPECT_EQ(scalar(*conn, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                            "WHERE attrelid = 'invoice_line'::regclass AND attname = 'quantity'"),
              "bigint");
    EXPECT_EQ(stratactl({"verify", ws.string(), "t"}).exitCode, 0);
}

TEST(PostgresInterrupt, ASecondSignalEndsTheRunAtOnceAndSigtermStopsLikeSigint) {
    freshDatabase("sigterm_it", "chinook_template");
    TempDir dir;
    auto ws = widenedQuantity("sigterm_it", dir);
    auto conn = connect("sigterm_it");

    // the run sleeps 3 s after each batch: the first signal waits for the boundary, the second
    // does not
    Child child(migrateArgs(ws, "3000", false));
    ASSERT_GE(waitForCheckpoint(*conn, 50), 50);
    child.signal(SIGTERM);
    std::this_thread::sleep_for(300ms);
    child.signal(SIGINT);
    ChildResult killed = child.wait();
    EXPECT_EQ(killed.signal, SIGINT) << "exit " << killed.exitCode << ": " << killed.err;
    EXPECT_EQ(killed.exitCode, -1);

    // a resume (the stored checkpoint says 50 rows) stopped by SIGTERM alone
    Child resumed(migrateArgs(ws, "1000", true));
    ASSERT_GE(waitForCheckpoint(*conn, 100), 100);
    resumed.signal(SIGTERM);
    ChildResult r = resumed.wait();
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_EQ(r.err, "interrupted after 100 rows; run the same command to resume\n");

    ChildResult audit = stratactl({"audit", ws.string(), "t", "--json"});
    ASSERT_EQ(audit.exitCode, 0) << audit.err;
    Json entries = Json::parse(audit.out);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0]["action"], "resume");
    EXPECT_EQ(entries[0]["outcome"], "interrupted");
    EXPECT_EQ(entries[0]["rows"], 100);
    EXPECT_EQ(entries[1]["action"], "migrate");
    EXPECT_EQ(entries[1]["outcome"], "interrupted") << "the killed run, found dead";
    EXPECT_EQ(entries[1]["finished_at"], "");

    ChildResult done = stratactl(migrateArgs(ws, "0", true));
    ASSERT_EQ(done.exitCode, 0) << done.err;
    EXPECT_EQ(scalar(*conn, "SELECT count(*) FROM invoice_line"), "2240");
    EXPECT_EQ(stratactl({"verify", ws.string(), "t"}).exitCode, 0);
}

} // namespace
} // namespace strata::pgtest
