#!/usr/bin/env bash
# Configures and builds pyconv-tidy into build/ (or $PYCONV_BUILD_DIR). The pinned tree-sitter
# sources are fetched once into a cache outside the checkout and reused by later builds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_BUILD_DIR:-$root/build}
cache=${PYCONV_CACHE_DIR:-$HOME/.cache/pyconv-tidy}
ts_dir="$cache/tree-sitter-0.25.1-python-0.25.0"

bash "$root/scripts/fetch-tree-sitter.sh" "$ts_dir"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPYCONV_TREE_SITTER_SOURCE_DIR="$ts_dir" "${launcher[@]}" "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
