#!/usr/bin/env bash
# Starts or stops a private PostgreSQL 15 cluster for the integration tests.
#
#   pg_cluster.sh start STATE_FILE [--load]   initdb in a fresh temp dir, listen on 127.0.0.1
#                                             only (free port) and on a unix socket in that
#                                             dir; with --load, load Pagila and Chinook
#   pg_cluster.sh stop STATE_FILE             stop the cluster and remove its temp dir
#
# STATE_FILE receives shell assignments the tests read: STRATA_PG_HOST, STRATA_PG_PORT,
# STRATA_PG_SOCKET, STRATA_PG_USER, STRATA_PG_PASSWORD_FILE, STRATA_PG_DIR. The superuser
# authenticates with SCRAM over TCP; its password lives only in a 0600 file. When run as root,
# the server runs as the `postgres` OS user.
set -euo pipefail

bindir=/usr/lib/postgresql/15/bin
shared=${STRATA_SHARED_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}
action=${1:?start or stop}
state=${2:?state file}

# shellcheck source=../../scripts/pg_common.sh
source "$(dirname "$0")/../../scripts/pg_common.sh"

start() {
  local dir port user
  dir=$(mktemp -d /tmp/strata-pg.XXXXXX)
  chmod 0755 "$dir"
  user=$(if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi)
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"

  # the password is random, written once to a 0600 file, never passed on a command line
  head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"
  chmod 0600 "$dir/password"
  cp "$dir/password" "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pwfile"
  pg_as_server "$bindir/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  rm -f "$dir/pwfile"

  port=$(pg_free_port)
  # tests trade durability for speed; STRATA_PG_DURABLE=1 (the benchmark) keeps the defaults
  local fast="-c fsync=off -c synchronous_commit=off"
  [ "${STRATA_PG_DURABLE:-0}" = 1 ] && fast=""
  pg_as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $fast" start >/dev/null
  cat >"$state" <<STATE
STRATA_PG_DIR=$dir
STRATA_PG_HOST=127.0.0.1
STRATA_PG_PORT=$port
STRATA_PG_SOCKET=$dir
STRATA_PG_USER=$user
STRATA_PG_PASSWORD_FILE=$dir/password
STATE
  if [ "${1:-}" = "--load" ]; then load "$dir" "$port" "$user"; fi
  echo "postgres running on 127.0.0.1:$port (socket in $dir)"
}

load() { # loads Pagila and Chinook through the unix socket
  local dir=$1 port=$2 user=$3
  local psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U "$user")
  "${psql[@]}" -d postgres -c 'CREATE DATABASE pagila' >/dev/null
  "${psql[@]}" -d pagila -f "$shared/data/postgres/pagila-schema.sql" >/dev/null
  "${psql[@]}" -d pagila -f "$shared/data/postgres/pagila-data.sql" >/dev/null
  "${psql[@]}" -d postgres -f "$shared/data/postgres/chinook.sql" >/dev/null 2>"$dir/chinook.log"
  # tests clone this copy; nobody connects to it, so CREATE DATABASE ... TEMPLATE never waits
  "${psql[@]}" -d postgres -c 'CREATE DATABASE chinook_template TEMPLATE chinook' >/dev/null
}

stop() {
  [ -f "$state" ] || exit 0
  # shellcheck disable=SC1090
  . "$state"
  pg_as_server "$bindir/pg_ctl" -D "$STRATA_PG_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$STRATA_PG_DIR" "$state"
}

case "$action" in
  start) start "${3:-}" ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop STATE_FILE [--load]" >&2; exit 2 ;;
esac
