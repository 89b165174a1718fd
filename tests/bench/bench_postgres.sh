#!/usr/bin/env bash
# Side-by-side PostgreSQL migration benchmark on a private cluster (never a CTest test):
#   tests/bench/bench_postgres.sh [BUILD_DIR] [--rows N] [--sample N] [--batch-rows N]
# Starts a cluster with tests/integration/pg_cluster.sh (durable settings), generates the table, runs the
# server-side copy, the client-side copy and row-by-row INSERTs on a sample, prints the figures,
# and stops the cluster.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
shift || true
state=$(mktemp /tmp/strata-bench-pg.XXXXXX)
trap '"$here/tests/integration/pg_cluster.sh" stop "$state"' EXIT
# a server with its default durability (fsync, synchronous commit), as in production
STRATA_PG_DURABLE=1 "$here/tests/integration/pg_cluster.sh" start "$state"
"$build/tests/bench/bench_postgres" "$state" "$@"
