#pragma once

// Drift: the live catalog of a table against the type version the workspace says it holds,
// reported with the diff's vocabulary (older = the workspace version, newer = the live table).
// Besides the diff's own changes, a different PostgreSQL column type (varchar(128) against
// varchar(200)) is a type change and a different server default a default change.

#include "strata/connectors/postgres/connection.h"
#include "strata/diff/diff.h"

namespace strata::postgres {

// Compares the live table behind `store` with the version it holds; no changes means no drift.
Result<SchemaDiff> detectDrift(Connection& conn, const Workspace& ws, const StoreObject& store);

} // namespace strata::postgres
