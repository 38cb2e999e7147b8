#!/usr/bin/env bash
# Installs everything the tests need, builds, and runs the whole test suite (what CI runs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_BUILD_DIR:-$root/build}

bash "$root/scripts/install-build-deps.sh"
bash "$root/scripts/build.sh"
cd "$build"
ctest --output-on-failure -j 2
