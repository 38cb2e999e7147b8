#!/usr/bin/env bash
# Throughput of pyconv-tidy in report mode next to a parse-only run over the same tree, in one
# session. Usage: scripts/bench-throughput.sh TREE [CHECKS]   (default checks: -*,device-cuda)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_BUILD_DIR:-$root/build}
tree=${1:?usage: bench-throughput.sh TREE [CHECKS]}
checks=${2:--*,device-cuda}
mb=$(find "$tree" -name '*.py' -not -path '*/.*' -printf '%s\n' | awk '{s+=$1} END {printf "%.2f", s/1e6}')
files=$(find "$tree" -name '*.py' -not -path '*/.*' | wc -l)
echo "tree: $tree ($files files, $mb MB)"
"$build/bin/pyconv-parse-bench" "$tree" >/dev/null  # warm the page cache
for run in 1 2 3; do
  echo "parse-only run $run: $("$build/bin/pyconv-parse-bench" "$tree")"
  start=$(date +%s.%N)
  "$build/bin/pyconv-tidy" --checks="$checks" "$tree" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v mb="$mb" -v f="$files" -v run="$run" -v c="$checks" \
    'BEGIN {t=e-s; printf "report run %d (--checks=%s): %.3f s: %.1f MB/s, %.0f files/s\n", run, c, t, mb/t, f/t}'
done
