#!/bin/sh
# Runs every libFuzzer target for a while, each on its own fresh corpus seeded from
# tests/fuzz/seeds/<target> when that folder exists.
#   tests/fuzz/run-all.sh [BUILD_DIR] [SECONDS_PER_TARGET]
# BUILD_DIR must be configured with CXX=clang++ -DSTRATA_FUZZ=ON (see CMakeLists.txt).
set -eu
build=${1:-build-fuzz}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
targets="fuzz_json_convert"

for target in $targets; do
  cmake --build "$build" --target "$target"
  corpus=$(mktemp -d)
  seeds="$here/seeds/$target"
  [ -d "$seeds" ] || seeds=
  echo "== $target for ${seconds}s"
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 \
    -print_final_stats=1 "$corpus" $seeds
  rm -rf "$corpus"
done
