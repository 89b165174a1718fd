#!/usr/bin/env bash
# Installs every Debian package Strata builds, runs or tests with. Idempotent: safe to re-run.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (it calls apt-get)" >&2
  exit 2
fi

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang clang-format libclang-rt-14-dev git
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  libqt6opengl6-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl-dev
  qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk
  # engine libraries
  nlohmann-json3-dev libsimdjson-dev libxsimd-dev xtl-dev libpqxx-dev libpq-dev
  librdkafka-dev libgraphviz-dev graphviz
  # packaging: cpack's DEB generator (dpkg-shlibdeps, file) and the desktop/AppStream checks
  dpkg-dev file desktop-file-utils appstream
  # tests and benchmarks
  libbenchmark-dev googletest postgresql postgresql-contrib kcat spin jq xvfb xauth
)
# the machine image may ship its own Node.js with npm; Debian's would conflict with it
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# avsc (JavaScript Avro) is the independent implementation the differential test compares with.
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -d "$here/tests/differential/node_modules/avsc" ]; then
  (cd "$here/tests/differential" && npm ci --no-audit --no-fund --loglevel=error)
fi
