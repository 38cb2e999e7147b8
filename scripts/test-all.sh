#!/usr/bin/env bash
# Installs everything the tests need, builds, and runs the whole test suite (what CI runs):
# the C++ suite (unit, fixture and end-to-end tests) with ctest, then the Python suite in the
# pinned validation environment (cached outside the checkout, keyed by validation/requirements.lock).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_BUILD_DIR:-$root/build}

bash "$root/scripts/install-build-deps.sh"
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
fi
bash "$root/scripts/build.sh"
(cd "$build" && ctest --output-on-failure -j 2)
bash "$root/scripts/test-python.sh"
