#!/usr/bin/env bash
# One rename rule, three tools, the same files (issue 22): forward -> construct in Cell classes by
# pyconv-tidy's api-forward, by an ast-grep rule and by a LibCST codemod (bench/forward-rename/).
#   scripts/bench-forward-rename.sh MODELS_DIR [JOBS] [RUNS]
# MODELS_DIR: transformers/models of the pinned wheel. The input is that tree converted by
# pyconv-tidy with every check but api-forward (the classes are Cells, their methods still forward);
# each tool then rewrites a fresh copy of it in place with JOBS threads (processes for LibCST), RUNS
# times; the median wall time is printed, and each tool's output is compared file by file with
# pyconv-tidy's. ast-grep (npm) and LibCST (PyPI) are installed once into ~/.cache/pyconv-tidy.
# PYCONV_BENCH_TOOLS picks tools (default: pyconv-tidy ast-grep libcst; pyconv-tidy first, since the
# others are compared with its output); PYCONV_BENCH_INPUT keeps the converted input for the next call.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_BUILD_DIR:-$root/build}
models=${1:?usage: bench-forward-rename.sh MODELS_DIR [JOBS] [RUNS]}
jobs=${2:-1}
runs=${3:-3}
cache=${PYCONV_CACHE_DIR:-$HOME/.cache/pyconv-tidy}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

astgrep=$(bash "$root/scripts/install-npm-tool.sh" @ast-grep/cli 0.41.1 node_modules/.bin/ast-grep | tail -1)
venv=$cache/bench-libcst-1.9.0
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv.tmp" && "$venv.tmp/bin/pip" install --quiet libcst==1.9.0 && mv "$venv.tmp" "$venv"
fi

input=${PYCONV_BENCH_INPUT:-$work/input}
if [[ ! -d $input ]]; then
  "$build/bin/pyconv-tidy" --src-root "$models" --dst-root "$input" --config "{Checks: '*,-api-forward'}" -j "$jobs" \
    >/dev/null 2>&1 || true
fi
mb=$(find "$input" -name '*.py' -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}')
echo "input: $(find "$input" -name '*.py' | wc -l) Python files, $mb MB; $jobs thread(s), median of $runs runs"

# The median wall seconds of RUNS runs of "$@" on a fresh copy of the input at $work/run.
median() {
  local times=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/run" && cp -r "$input" "$work/run"
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", e - s}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Each tool on its own fresh copy; its output is kept for the comparison.
for tool in ${PYCONV_BENCH_TOOLS:-pyconv-tidy ast-grep libcst}; do
  case $tool in
    pyconv-tidy) command=("$build/bin/pyconv-tidy" --checks=-*,api-forward --fix -j "$jobs" "$work/run") ;;
    ast-grep) command=("$astgrep" scan --rule "$root/bench/forward-rename/ast-grep-rule.yml" --update-all --threads "$jobs" "$work/run") ;;
    libcst) command=("$venv/bin/python" "$root/bench/forward-rename/libcst_forward.py" --jobs "$jobs" "$work/run") ;;
  esac
  seconds=$(median "${command[@]}")
  cp -r "$work/run" "$work/out-$tool"
  changed=$({ diff -rq "$input" "$work/out-$tool" || true; } | wc -l)
  differ=$({ diff -rq "$work/out-pyconv-tidy" "$work/out-$tool" || true; } | wc -l)
  echo "$tool: $seconds s; $changed files changed; $differ files differ from pyconv-tidy's output"
done
echo "timer floor (an empty command): $(median true) s"
