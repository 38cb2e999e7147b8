#!/usr/bin/env bash
# The sanitizer build (issue 22; docs/fuzzing.md): its own build tree ($PYCONV_ASAN_BUILD_DIR,
# default build-asan/) made with clang, every target under ASan and UBSan, plus the engine fuzzer.
# Builds it (ccache keeps the objects for the next run), runs the C++ test suite there, then the
# fuzzer for a short fixed time ($PYCONV_FUZZ_SECONDS, default 60) on a seed corpus small enough to
# run first, and the CPython replay of what it ran.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_ASAN_BUILD_DIR:-$root/build-asan}
seconds=${PYCONV_FUZZ_SECONDS:-60}

start=$SECONDS
PYCONV_BUILD_DIR="$build" bash "$root/scripts/build.sh" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DPYCONV_SANITIZERS=address,undefined -DPYCONV_BUILD_FUZZER=ON
built=$SECONDS
# ASan's stack frames are ~3x larger: 1,400 chained calls (the e2e test of deep nesting) need 24 MB
# of stack under ASan, less than the default 8 MB without. 32 MB for these programs and their
# threads (glibc sizes thread stacks by this limit too); the normal build tests the default.
ulimit -s 32768
# A sanitizer report aborts the program that made it: a test that runs the tool sees a signal, which
# it cannot take for the tool's own exit code 1.
(cd "$build" && ASAN_OPTIONS=abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:abort_on_error=1 \
  ctest --output-on-failure -j 2)
tested=$SECONDS
# Every 40th model: ~280 seeds with the fixtures, which take ~20 s before the mutations start.
PYCONV_ASAN_BUILD_DIR="$build" bash "$root/scripts/fuzz.sh" --seconds "$seconds" --every 40 --fresh
echo "test-sanitizers: build $((built - start)) s, tests $((tested - built)) s, fuzzing and replay $((SECONDS - tested)) s" >&2
