#!/usr/bin/env bash
# Whether cost grows with input size and no faster (issue 22). Times pyconv-tidy with all checks on
#   - the tree at 1x, 2x and 4x (copies of MODELS_DIR side by side), report mode, JOBS threads;
#   - one file of about 1, 4 and 16 MB made of MODELS_DIR's modeling files one after another,
#     in report mode and with --fix --unsafe-fixes on a fresh copy;
#   - a chain of N `.cuda()` calls (N = 350, 700, 1400; deeper chains CPython refuses), with --fix.
# Prints seconds and seconds per unit for each, so a superlinear step shows as a growing ratio.
#   scripts/bench-linearity.sh MODELS_DIR [JOBS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tool=${PYCONV_BUILD_DIR:-$root/build}/bin/pyconv-tidy
models=${1:?usage: bench-linearity.sh MODELS_DIR [JOBS]}
jobs=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Wall seconds of "$@" (its output and exit status do not matter here: findings exit 1).
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}'
}
megabytes() { find "$1" -name '*.py' -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}'; }

echo "tree copies, report mode, all checks, $jobs thread(s):"
for copies in 1 2 4; do
  tree=$work/tree$copies
  mkdir -p "$tree"
  for i in $(seq "$copies"); do cp -r "$models" "$tree/copy$i"; done
  mb=$(megabytes "$tree")
  t=$(seconds "$tool" -j "$jobs" "$tree")
  echo "  ${copies}x: $mb MB in $t s ($(awk -v t="$t" -v m="$mb" 'BEGIN {printf "%.3f", t/m}') s/MB)"
  rm -rf "$tree"
done

echo "one file, all checks:"
mapfile -t modeling < <(find "$models" -name 'modeling_*.py' | sort)
for target in 1 4 16; do
  big=$work/big$target.py
  : >"$big"
  for f in "${modeling[@]}"; do
    cat "$f" >>"$big"
    printf '\n' >>"$big"
    (($(stat -c %s "$big") >= target * 1000000)) && break
  done
  mb=$(awk -v b="$(stat -c %s "$big")" 'BEGIN {printf "%.1f", b/1e6}')
  report=$(seconds "$tool" "$big")
  cp "$big" "$work/fix.py"
  fix=$(seconds "$tool" --fix --unsafe-fixes --timeout-per-file 0 "$work/fix.py")
  echo "  $mb MB: report $report s ($(awk -v t="$report" -v m="$mb" 'BEGIN {printf "%.3f", t/m}') s/MB)," \
    "fix $fix s ($(awk -v t="$fix" -v m="$mb" 'BEGIN {printf "%.3f", t/m}') s/MB)"
done

echo "a chain of .cuda() calls, --fix:"
for calls in 350 700 1400; do
  chain=$work/chain.py
  { printf 'import torch\n\nx = torch.zeros(1)'; for _ in $(seq "$calls"); do printf '.cuda()'; done; printf '\n'; } >"$chain"
  t=$(seconds "$tool" --fix --timeout-per-file 0 "$chain")
  echo "  $calls calls: $t s ($(awk -v t="$t" -v n="$calls" 'BEGIN {printf "%.2f", 1000*t/n}') ms per call)"
done
