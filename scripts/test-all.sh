#!/usr/bin/env bash
# Installs everything the tests need, builds, and runs the whole test suite (what CI runs):
# the C++ suite (unit, fixture and end-to-end tests) with ctest, then the Python suite in the
# pinned validation environment (cached outside the checkout, keyed by validation/requirements.lock),
# then the sanitizer build: the C++ suite again under ASan and UBSan, and a short fuzz run
# (scripts/test-sanitizers.sh, docs/fuzzing.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_BUILD_DIR:-$root/build}

bash "$root/scripts/install-build-deps.sh"
bash "$root/scripts/build.sh"
(cd "$build" && ctest --output-on-failure -j 2)
bash "$root/scripts/test-python.sh"
bash "$root/scripts/test-sanitizers.sh"
