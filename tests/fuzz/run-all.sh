#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a short time from
# its seed corpus. Fails on any crash, leak, timeout or sanitizer report.
#   tests/fuzz/run-all.sh [SECONDS_PER_TARGET]   (default 20)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-20}
build=${STRATA_FUZZ_BUILD_DIR:-$root/build-fuzz}
shared=${STRATA_SHARED_DIR:-$root/../shared}

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSTRATA_FUZZ=ON -DSTRATA_BUILD_GUI=OFF -DSTRATA_BUILD_BENCH=OFF >/dev/null
fi
# Every target registered with strata_add_fuzzer in CMakeLists.txt.
mapfile -t targets < <(grep -oE '^strata_add_fuzzer\([A-Za-z0-9_]+' "$here/CMakeLists.txt" |
  sed 's/^strata_add_fuzzer(//')
cmake --build "$build" -j2 --target "${targets[@]}"

# Extra read-only seed folders per target: real inputs from the repository and shared/.
declare -A extra=(
  [fuzz_workspace]="$root/tests/data"
  [fuzz_avro]="$shared/data/avro"
)

failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
for t in "${targets[@]}"; do
  corpus="$work/$t"
  mkdir -p "$corpus"
  cp "$here/corpus/$t/"* "$corpus/" 2>/dev/null || true
  seeds=()
  [ -n "${extra[$t]:-}" ] && [ -d "${extra[$t]}" ] && seeds+=("${extra[$t]}")
  echo "== $t: ${seconds}s"
  if ! ("$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 \
          -artifact_prefix="$artifacts/$t-" \
          -rss_limit_mb=2048 -print_final_stats=1 "$corpus" "${seeds[@]}" \
          >"$work/$t.log" 2>&1); then
    echo "FAILED: $t (log follows)"
    tail -n 60 "$work/$t.log"
    echo "reproducer kept in $artifacts"
    failed=1
  else
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$work/$t.log" | tail -n 2
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "fuzz: FAILED"
  exit 1
fi
echo "fuzz: all targets ran ${seconds}s without a crash, leak or sanitizer report"
