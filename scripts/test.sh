#!/usr/bin/env bash
# Installs what Strata needs, builds it and runs the whole test suite: unit, integration and
# GUI tests (offscreen), the engine tests again under AddressSanitizer + UBSan, and each
# libFuzzer target briefly. Ends with one line "summary: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
passed=0
failed=0

count() { # adds the counts of a ctest log to the totals
  local line total bad
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -n 1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  total=$(echo "$line" | sed -E 's/.* out of ([0-9]+).*/\1/')
  bad=$(echo "$line" | sed -E 's/.* ([0-9]+) tests? failed.*/\1/')
  passed=$((passed + total - bad))
  failed=$((failed + bad))
}

packaging/install-deps.sh || exit 1

echo "== build (RelWithDebInfo)"
scripts/build.sh || exit 1

echo "== tests"
(cd build && ctest --output-on-failure -j"$jobs" --timeout 600) 2>&1 | tee build/ctest.log
count build/ctest.log

echo "== engine tests under AddressSanitizer + UBSan"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSTRATA_SANITIZE=ON \
  -DSTRATA_BUILD_GUI=OFF -DSTRATA_BUILD_BENCH=OFF >/dev/null || exit 1
cmake --build build-asan -j"$jobs" || exit 1
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 STRATA_PROPERTY_PAIRS=1000 \
  LSAN_OPTIONS=suppressions="$PWD/../tests/lsan.supp" \
  ctest --output-on-failure -j"$jobs" -L engine --timeout 900) 2>&1 | tee build-asan/ctest.log
count build-asan/ctest.log

if [ -f tests/fuzz/run-all.sh ]; then
  echo "== fuzz targets (clang, libFuzzer, ASan + UBSan)"
  if STRATA_FUZZ_BUILD_DIR="$PWD/build-fuzz" tests/fuzz/run-all.sh 15; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi

echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
