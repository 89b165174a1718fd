#!/usr/bin/env bash
# Helpers shared by the private PostgreSQL instances of the demo (scripts/demo_db.sh) and of the
# integration tests (tests/integration/pg_cluster.sh). Sourced, not run.

pg_as_server() { # runs a command as the server's OS user (postgres when we are root)
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() { # a random high loopback port nothing listens on (bash's /dev/tcp connect fails)
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}
