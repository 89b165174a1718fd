#pragma once

// Migration plans for a PostgreSQL table holding version A, to version B (DESIGN §7), shown in
// full before anything runs. Two strategies:
//
// - In place: every change is one PostgreSQL can make on the table itself — a rename recorded
//   by an alias (RENAME COLUMN, C19), a widening (ALTER COLUMN TYPE, never DROP + ADD, C18), a
//   scale limit removed (numeric, not numeric(p), C21), a column added with a default or as
//   nullable. A view per version keeps A readable until contract.
// - Copy (expand/contract): a new table T__vB beside T, filled in key order by batches of
//   INSERT … SELECT compiled from the converters (server side) or by COPY out → convert →
//   COPY in (client side), then one transaction renames T to T__vA and T__vB to T.
//
// Narrowing changes are pre-scanned: offending rows block the plan with a row report (C21).
// Destructive steps (drops, contract) need explicit confirmation.

#include "strata/connectors/postgres/connection.h"
#include "strata/convert/conversion_path.h"

namespace strata::postgres {

enum class Strategy { InPlace, Copy };
enum class Phase { Expand, Copy, Switch, Contract };

struct PlanStep {
    Phase phase = Phase::Expand;
    std::string title;
    std::string sql;
    Params params;              // values bound to $1, $2, ... of `sql`
    long long rowEstimate = -1; // rows the step touches, -1 when not applicable
    bool destructive = false;
};

// A row that stops a narrowing change, with the key that finds it.
struct Blocker {
    std::string column;
    std::string reason;
    std::vector<std::string> rows; // "key=value" descriptions, at most 20
};

// One column of the copy target: its name, PostgreSQL type and the SQL that computes it from
// a source row (aliased "s"), with the parameters that SQL binds.
struct TargetColumn {
    std::string name;
    std::string type;
    std::string expression;
};

struct Plan {
    std::string store;
    std::string schema;
    std::string table;
    TypeVersionId from;
    TypeVersionId to;
    Strategy strategy = Strategy::InPlace;
    bool serverSide = true;                    // Copy: every converter step compiled to SQL
    std::string clientSideReason;              // Copy, client side: the step that did not compile
    std::string migrationId;                   // "schema.table:A->B"
    std::string newTable;                      // Copy: T__vB
    std::string oldTable;                      // Copy: T__vA after the switch
    std::vector<std::string> switchStatements; // Copy: run after the tail copy, in one transaction
    std::vector<std::string> keyColumns;
    std::vector<std::string> sourceColumns;  // Copy: A's columns in order
    std::vector<TargetColumn> targetColumns; // Copy: B's columns in order
    Params expressionParams;                 // bound by the target column expressions
    ConversionPath path;
    long long rowEstimate = 0;
    std::vector<PlanStep> steps;
    std::vector<std::string> notes;       // lint a reader should know (renames, inbound keys)
    std::vector<std::string> destructive; // why confirmation is needed
    std::vector<Blocker> blockers;

    bool blocked() const { return !blockers.empty(); }
    bool needsConfirmation() const { return !destructive.empty(); }
    // A stable hash of what the plan will do (strategy, SQL, parameters), not of estimates.
    std::string fingerprint() const;
};

struct PlanOptions {
    bool forceCopy = false;  // copy even when the change could run in place
    bool clientSide = false; // copy through the client even when the steps compile
    bool contract = false;   // include the contract steps (drop what only A needs)
};

// Plans migrating the table behind `store` from the version it holds to `target`.
Result<Plan> planMigration(Connection& conn, const Workspace& ws, const StoreObject& store,
                           const TypeVersionId& target, const PlanOptions& options = {});

// The id of migrating `schema`.`table` from `from` to `to`: the key of its checkpoint and audit
// entries ("public.orders:Order-v1.0.0->Order-v2.0.0").
std::string migrationIdFor(const std::string& schema, const std::string& table,
                           const TypeVersionId& from, const TypeVersionId& to);

// The relation a foreign key to the type `typeName` points at, named as introspection names
// types ("table", or "schema.table" outside public): the object of the PostgreSQL store that holds
// a version of that type, else `typeName` itself.
std::string referencedRelation(const Workspace& ws, const std::string& typeName);

// The migration plan without a server: the copy columns and expressions only (used to verify).
Result<Plan> planCopyOffline(const Workspace& ws, const std::string& schema,
                             const std::string& table, const TypeVersionId& from,
                             const TypeVersionId& to, bool clientSide);

// Compiles a converter chain into one SQL expression per target field, or says which step has
// no SQL form. Parameters are appended to `params`; "s" aliases the source row.
Result<std::vector<TargetColumn>> compileToSql(const ConversionPath& path,
                                               const TypeVersion& source, const TypeVersion& target,
                                               Params& params);

std::string planToText(const Plan& plan);
Json planToJson(const Plan& plan);
const char* toString(Strategy strategy);
const char* toString(Phase phase);

// "T__v2_0_0" for table T and version 2.0.0.
std::string versionedName(const std::string& table, const SemVer& version);
// "T_v2_0_0": the view exposing one version.
std::string versionViewName(const std::string& table, const SemVer& version);

} // namespace strata::postgres
