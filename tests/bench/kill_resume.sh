#!/usr/bin/env bash
# Kills a migrating stratactl with SIGKILL at random moments and checks that resuming ends with
# exactly the rows of an uninterrupted run (benchmark-style, not a CTest test):
#   tests/bench/kill_resume.sh [BUILD_DIR] [KILLS] [--client-side]
# Migrates Chinook's invoice_line v1 → v2 (unit_price renamed to price by alias, quantity
# promoted to float64, which the client side computes with the column kernels) on a private
# cluster, in batches of 20 rows.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
kills=${2:-20}
mode=${3:---copy}
stratactl="$build/app/cli/stratactl"
work=$(mktemp -d /tmp/strata-kill.XXXXXX)
state="$work/cluster.env"
trap '"$here/tests/integration/pg_cluster.sh" stop "$state"; rm -rf "$work"' EXIT
"$here/tests/integration/pg_cluster.sh" start "$state" --load
# shellcheck disable=SC1090
. "$state"
psql=(/usr/lib/postgresql/15/bin/psql -X -q -t -A -h "$STRATA_PG_SOCKET" -p "$STRATA_PG_PORT" -U "$STRATA_PG_USER")

make_workspace() { # DB FILE: a workspace whose store "t" is DB's invoice_line
  cat >"$2" <<JSON
{"format": "strata-workspace/1", "name": "kill", "types": [], "overrides": [], "converters": [],
 "clusters": [], "stores": [], "profiles": [{"name": "pg", "kind": "postgres",
 "endpoint": "host=127.0.0.1 port=$STRATA_PG_PORT dbname=$1", "user": "$STRATA_PG_USER",
 "secret": "file:$STRATA_PG_PASSWORD_FILE", "tls": "disable"}]}
JSON
  "$stratactl" introspect postgres "$2" --profile pg >/dev/null
  # keep invoice_line as store "t"; add v2: unit_price renamed to price by alias, quantity float64
  jq '.stores = [.stores[] | select(.object == "public.invoice_line") | .name = "t"]
      | (.types[] | select(.name == "invoice_line") | .versions) |= (. + [.[0] | .version = "2.0.0"
      | .fields |= map(if .name == "unit_price" then .name = "price" | .aliases = ["unit_price"]
                       elif .name == "quantity" then .type = "float64" | .doc = "pg.type: double precision"
                       else . end)])' "$2" >"$2.tmp" && mv "$2.tmp" "$2"
}

digest() { "${psql[@]}" -d "$1" -c "SELECT count(*) || ':' || md5(string_agg(CAST(t AS text), E'\n' ORDER BY invoice_line_id)) FROM invoice_line AS t"; }

for db in kill_ref kill_run; do
  "${psql[@]}" -d postgres -c "CREATE DATABASE $db TEMPLATE chinook_template"
  make_workspace "$db" "$work/$db.json"
done
args=(t invoice_line-v2.0.0 "$mode" --batch-rows 20 --throttle-ms 2)
"$stratactl" migrate "$work/kill_ref.json" "${args[@]}" >/dev/null
expected=$(digest kill_ref)

landed=0 attempts=0 rounds=0 resume=()
while [ "$landed" -lt "$kills" ] && [ "$attempts" -lt $((kills * 5)) ]; do
  attempts=$((attempts + 1))
  "$stratactl" migrate "$work/kill_run.json" "${args[@]}" "${resume[@]}" >/dev/null 2>"$work/err" &
  pid=$!
  sleep "0.$(printf '%03d' $((RANDOM % 250 + 5)))"
  kill -9 "$pid" 2>/dev/null || true
  rc=0
  wait "$pid" 2>/dev/null || rc=$?
  if [ "$rc" -eq 137 ]; then
    landed=$((landed + 1))
  elif [ "$rc" -ne 0 ]; then
    cat "$work/err"; exit 1
  fi
  resume=(--resume)
  if [ "$(jq -r '.stores[0].holds' "$work/kill_run.json")" = "invoice_line-v2.0.0" ]; then
    # this round finished: check it, then start a fresh round until enough kills landed
    [ "$(digest kill_run)" = "$expected" ] || { echo "kill_resume: MISMATCH after $landed kills"; exit 1; }
    rounds=$((rounds + 1))
    [ "$landed" -ge "$kills" ] && break
    "${psql[@]}" -d postgres -c "DROP DATABASE kill_run WITH (FORCE)" \
      -c "CREATE DATABASE kill_run TEMPLATE chinook_template"
    make_workspace kill_run "$work/kill_run.json"
    resume=()
  fi
done
"$stratactl" migrate "$work/kill_run.json" "${args[@]}" --resume >/dev/null
"$stratactl" verify "$work/kill_run.json" t >/dev/null
actual=$(digest kill_run)
echo "kills landed: $landed over $((rounds + 1)) rounds, expected $expected, got $actual"
[ "$actual" = "$expected" ] && echo "kill_resume: identical rows after $landed kill -9s" || { echo "kill_resume: MISMATCH"; exit 1; }
