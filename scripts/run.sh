#!/usr/bin/env bash
# Installs what Strata needs, builds it and opens the console on the demo workspace, with a
# private PostgreSQL 15 instance holding Chinook behind its "local-postgres" profile (see
# scripts/demo_db.sh); the instance stops when the console exits. If PostgreSQL cannot start,
# the console opens on the bundled demo and its status bar says why. Without a display the
# console renders itself offscreen to a screenshot and says where.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
scripts/build.sh
if [ -x build/app/gui/strata ]; then
  # shellcheck source=scripts/demo_db.sh
  . scripts/demo_db.sh
  trap demo_db_stop EXIT INT TERM
  workspace=()
  if demo_db_start "${XDG_RUNTIME_DIR:-/tmp}/strata-demo.$$.strata.json"; then
    workspace=("${XDG_RUNTIME_DIR:-/tmp}/strata-demo.$$.strata.json")
    trap 'demo_db_stop; rm -f "${workspace[0]}"' EXIT INT TERM
  else
    export STRATA_DEMO_DB_ERROR="$DEMO_DB_ERROR"
  fi
  status=0
  build/app/gui/strata "${workspace[@]}" "$@" || status=$?
  exit "$status"
fi
# A build without the console: report on the demo workspace from the command line.
demo=resources/demo/demo.strata.json
build/app/cli/stratactl validate "$demo"
