#pragma once

// Running a migration plan (DESIGN §7) with checkpoints, resume, verification and audit.
//
// Two tables in the target database's `strata` schema record the work:
//   strata.migration_checkpoint: one row per migration id — plan fingerprint, phase
//     (copy | switched | contracted), the key of the last row copied, rows, bytes and a running
//     checksum. Every batch commits in the same transaction as the checkpoint update that
//     describes it, so a run killed at any moment resumes exactly after the last committed batch.
//   strata.migration_audit: who ran which plan (by fingerprint), when, and how it ended. A run
//     holds a session advisory lock on its migration id while it lives, so an entry left
//     "running" by a run that died (kill -9) is recognised and marked "interrupted".

#include "strata/cluster/lifecycle.h"
#include "strata/connectors/postgres/plan.h"

#include <atomic>
#include <functional>

namespace strata::postgres {

struct Progress {
    std::string phase;
    long long rowsDone = 0;
    long long rowsTotal = 0; // the plan's estimate
    long long bytesDone = 0;
    double rowsPerSecond = 0;
    double etaSeconds = -1; // -1 when unknown
};
using ProgressFn = std::function<void(const Progress&)>;

// Lets another thread pause or cancel a running migration between batches. The flags are
// lock-free atomics, so a signal handler may set them too.
struct MigrationControl {
    std::atomic<bool> pause{false};
    std::atomic<bool> cancel{false};
    // The process is being stopped (SIGINT, SIGTERM): stop like cancel, but record the run as
    // "interrupted".
    std::atomic<bool> interrupt{false};

    bool stopping() const { return cancel || interrupt; }
};

using ConnectionFactory = std::function<Result<std::unique_ptr<Connection>>()>;

struct ExecuteOptions {
    bool resume = false;             // continue from the stored checkpoint
    bool confirmDestructive = false; // allow destructive steps (drops, contract)
    long long batchRows = 10000;
    int throttleMs = 0;  // pause between batches, to limit the load on the server
    std::string actor;   // recorded in the audit table
    ProgressFn progress; // called after every batch
    MigrationControl* control = nullptr;
    ConnectionFactory openReader;         // client side: a second session streams the source
    const Workspace* workspace = nullptr; // client side: converters run against it
};

struct Outcome {
    LifecycleState state = LifecycleState::Created;
    long long rows = 0; // rows copied in total, across resumed runs
    long long bytes = 0;
    bool resumed = false;
    bool alreadyDone = false; // the checkpoint said the switch had happened
    bool interrupted = false; // stopped between batches by MigrationControl::interrupt
};

struct Checkpoint {
    std::string migrationId;
    std::string fingerprint;
    std::string phase;
    std::vector<std::string> lastKey; // empty before the first batch
    long long rows = 0;
    long long bytes = 0;
    std::string checksum;
    std::string fromVersion;
    std::string toVersion;
    std::string sourceTable;
    std::string targetTable;
};

// Creates the strata schema, the checkpoint and the audit tables when missing.
Status ensureMigrationTables(Connection& conn);

// The checkpoint of a migration id, or nullopt when none is stored.
Result<std::optional<Checkpoint>> readCheckpoint(Connection& conn, const std::string& migrationId);

// The most recent checkpoint of a table ("schema.table"), whichever versions it moved between.
Result<std::optional<Checkpoint>> latestCheckpoint(Connection& conn, const std::string& table);

// Runs `plan`. Refuses blocked plans, unconfirmed destructive plans, a migration another session
// is running, and a second start of a migration that has a checkpoint unless `resume` is set;
// a resume refuses a changed plan. Every run and every refusal leaves an audit entry.
Result<Outcome> executePlan(Connection& conn, const Plan& plan, const ExecuteOptions& options);

struct Verification {
    std::string runFingerprint; // the plan fingerprint of the run the checkpoint belongs to
    long long sourceRows = 0;
    long long targetRows = 0;
    std::string targetChecksum;
    std::string ledgerChecksum; // accumulated by the batches in the checkpoint
    std::string sourceChecksum; // server-side plans: the source recomputed through the SQL
    std::vector<std::string> problems;
    bool ok() const { return problems.empty(); }
};

// Compares row counts and checksums of the source and target of a copy migration.
Result<Verification> verifyMigration(Connection& conn, const Plan& plan);

struct AuditEntry {
    long long id = 0;
    std::string migrationId;
    std::string fingerprint;
    std::string actor;
    std::string action;
    std::string startedAt;
    std::string finishedAt;
    std::string outcome;
    std::string detail;
    long long rows = 0;
    std::string detectedAt; // a run found dead ("interrupted"): when a reader found it
};

// Marks the "running" audit entries (of ids starting with `migrationPrefix`) whose run is dead
// — its session no longer holds the migration's advisory lock — as "interrupted", with when
// this was detected; returns how many it marked.
Result<int> markInterruptedRuns(Connection& conn, const std::string& migrationPrefix = {});

// Audit entries, newest first; `migrationPrefix` filters by migration id prefix. Entries of
// dead runs are marked "interrupted" first (markInterruptedRuns).
Result<std::vector<AuditEntry>> readAudit(Connection& conn,
                                          const std::string& migrationPrefix = {});

// One audit entry of an action that is not a run: a dry run, a verification, a refusal.
struct AuditNote {
    std::string migrationId;
    std::string fingerprint; // the plan's; empty when no plan could be made
    std::string actor;
    std::string action; // dry-run | verify | migrate | resume
    std::string outcome;
    std::string detail;
    long long rows = 0;
};

// Records `note` as a finished audit entry.
Status recordAudit(Connection& conn, const AuditNote& note);

// Records one audit entry for `plan` with no rows (a dry run).
Status recordAudit(Connection& conn, const Plan& plan, const std::string& actor,
                   const std::string& action, const std::string& outcome,
                   const std::string& detail);

// Records a verification: the verified run's fingerprint, the target rows checked, and
// "verified" or "mismatch" with the first problem.
Status recordVerification(Connection& conn, const Plan& plan, const Verification& v,
                          const std::string& actor);

} // namespace strata::postgres
