#!/usr/bin/env bash
# The console demo's private PostgreSQL 15 instance: sourced by scripts/run.sh.
#
#   demo_db_start WORKSPACE_OUT   initdb under ${XDG_RUNTIME_DIR:-/tmp}/strata-demo-pg.XXXXXX as
#                                 the postgres OS user when run as root, listen on 127.0.0.1
#                                 only (a free port) and on a unix socket in that dir, load
#                                 Chinook, and write a copy of the demo workspace whose profile
#                                 "local-postgres" points at it. The password lives in a 0600
#                                 file and reaches the console through STRATA_DEMO_PGPASSWORD
#                                 (the profile's secret is env:STRATA_DEMO_PGPASSWORD), never
#                                 on a command line. Returns non-zero with the reason in
#                                 DEMO_DB_ERROR when the instance cannot start.
#   demo_db_stop                  stops the instance and removes its directory.

demo_bindir=/usr/lib/postgresql/15/bin
demo_dir=""
DEMO_DB_ERROR=""

# shellcheck source=pg_common.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg_common.sh"

demo_fail() {
  DEMO_DB_ERROR=$1
  echo "strata demo: $1" >&2
  return 1
}

demo_db_start() {
  local out=$1 shared=${STRATA_SHARED_DIR:-../shared} user port psql
  [ -x "$demo_bindir/initdb" ] || { demo_fail "PostgreSQL 15 is not installed ($demo_bindir)"; return 1; }
  [ -f "$shared/data/postgres/chinook.sql" ] ||
    { demo_fail "Chinook not found at $shared/data/postgres/chinook.sql"; return 1; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    demo_fail "no postgres OS user to run the server as"
    return 1
  fi
  demo_dir=$(mktemp -d "${XDG_RUNTIME_DIR:-/tmp}/strata-demo-pg.XXXXXX") ||
    { demo_fail "cannot create a directory under ${XDG_RUNTIME_DIR:-/tmp}"; return 1; }
  chmod 0755 "$demo_dir"
  user=$(if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi)
  [ "$(id -u)" -eq 0 ] && chown postgres "$demo_dir"
  head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$demo_dir/password"
  chmod 0600 "$demo_dir/password"
  cp "$demo_dir/password" "$demo_dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres "$demo_dir/pwfile"
  if ! pg_as_server "$demo_bindir/initdb" -D "$demo_dir/data" -U "$user" --pwfile="$demo_dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$demo_dir/initdb.log" 2>&1; then
    demo_fail "initdb failed: $(tail -n 1 "$demo_dir/initdb.log")"
    return 1
  fi
  rm -f "$demo_dir/pwfile"
  port=$(pg_free_port)
  if ! pg_as_server "$demo_bindir/pg_ctl" -D "$demo_dir/data" -l "$demo_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $demo_dir" start >/dev/null; then
    demo_fail "the server did not start: $(tail -n 1 "$demo_dir/server.log")"
    return 1
  fi
  psql=("$demo_bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$demo_dir" -p "$port" -U "$user")
  if ! "${psql[@]}" -d postgres -f "$shared/data/postgres/chinook.sql" >/dev/null 2>"$demo_dir/chinook.log"; then
    demo_fail "loading Chinook failed: $(tail -n 1 "$demo_dir/chinook.log")"
    return 1
  fi
  # the demo workspace says public.invoice holds Invoice-v1.1.0, which added `currency`
  if ! "${psql[@]}" -d chinook -c "ALTER TABLE invoice ADD COLUMN currency text NOT NULL DEFAULT 'USD'" \
    >/dev/null 2>>"$demo_dir/chinook.log"; then
    demo_fail "preparing Chinook for the demo failed: $(tail -n 1 "$demo_dir/chinook.log")"
    return 1
  fi
  jq --arg endpoint "host=127.0.0.1 port=$port dbname=chinook" --arg user "$user" '
      .profiles |= map(if .name == "local-postgres"
                       then .endpoint = $endpoint | .user = $user | .tls = "disable"
                          | .secret = "env:STRATA_DEMO_PGPASSWORD"
                       else . end)' resources/demo/demo.strata.json >"$out.tmp" &&
    mv "$out.tmp" "$out" || { demo_fail "cannot write the demo workspace $out"; return 1; }
  STRATA_DEMO_PGPASSWORD=$(cat "$demo_dir/password")
  export STRATA_DEMO_PGPASSWORD
  echo "strata demo: PostgreSQL 15 with Chinook on 127.0.0.1:$port (data in $demo_dir)"
}

demo_db_stop() {
  [ -n "$demo_dir" ] || return 0
  if [ -d "$demo_dir/data" ]; then
    pg_as_server "$demo_bindir/pg_ctl" -D "$demo_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$demo_dir"
  demo_dir=""
}
