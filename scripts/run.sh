#!/usr/bin/env bash
# Installs what Strata needs, builds it and opens the console on the bundled demo workspace.
# Without a display the console renders itself offscreen to a screenshot and says where.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
scripts/build.sh
if [ -x build/app/gui/strata ]; then
  exec build/app/gui/strata "$@"
fi
# A build without the console: report on the demo workspace from the command line.
demo=resources/demo/demo.strata.json
build/app/cli/stratactl validate "$demo"
