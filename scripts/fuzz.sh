#!/usr/bin/env bash
# Runs the engine fuzzer (docs/fuzzing.md) of the sanitizer build tree, then replays what it ran
# through CPython (scripts/fuzz-replay-cpython.py).
#
#   scripts/fuzz.sh [--seconds N] [--every K] [--fresh] [-- LIBFUZZER_ARGS...]
#
# --seconds N  libFuzzer's -max_total_time (default 600). The seeds all run first, whatever N says.
# --every K    seed from every K-th transformers model only (default 1: all of them, ~5000 seeds).
# --fresh      keep the inputs the run finds in a temporary folder (CI: the same work every run)
#              instead of the corpus kept between runs.
#
# The build tree is $PYCONV_ASAN_BUILD_DIR (default build-asan/, made by scripts/test-sanitizers.sh).
# Seeds come from the transformers of the pinned validation environment and are written outside the
# checkout (third-party source is never committed), under $PYCONV_CACHE_DIR/fuzz-corpus (default
# ~/.cache/pyconv-tidy/fuzz-corpus): seeds-K/ (written again each run), grown/ (what runs found),
# artifacts/ (crash-*, timeout-*, leak-*, oom-* inputs, to reproduce a finding).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PYCONV_ASAN_BUILD_DIR:-$root/build-asan}
corpus=${PYCONV_CACHE_DIR:-$HOME/.cache/pyconv-tidy}/fuzz-corpus
seconds=600 every=1 fresh=0
while (($#)); do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --every) every=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --) shift; break ;;
    *) echo "fuzz: unknown argument $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
fuzzer=$build/bin/pyconv-fuzz-engine
[[ -x "$fuzzer" ]] || { echo "fuzz: no $fuzzer; build it with scripts/test-sanitizers.sh" >&2; exit 2; }

ulimit -s 32768  # ASan's larger stack frames (scripts/test-sanitizers.sh says more)

venv=$(bash "$root/scripts/setup-validation-env.sh" | tail -n 1)
models=$(echo "$venv"/lib/python3*/site-packages/transformers/models)
[[ -d "$models" ]] || { echo "fuzz: no transformers models in $venv" >&2; exit 2; }
seeds=$corpus/seeds-$every
rm -rf "$seeds"
# 4096 bytes: under ASan the engine takes ~0.1 s per KB, so larger seeds would slow every mutation.
max_len=4096
count=$(python3 "$root/scripts/fuzz-seeds.py" "$models" "$seeds" --every "$every" --max-bytes "$max_len")
mkdir -p "$corpus/artifacts"
grown=$corpus/grown
((fresh)) && grown=$(mktemp -d)
mkdir -p "$grown"
log=$(mktemp)
trap 'rm -f "$log"; if ((fresh)); then rm -rf "$grown"; fi' EXIT
echo "fuzz: $count seeds in $seeds, new inputs in $grown, findings in $corpus/artifacts/" >&2

# -timeout: every input of an hour-long run here took under a second; 30 s is a hang, not a slow
# input. New inputs go to the first folder, so the seeds stay as fuzz-seeds.py wrote them.
start=$SECONDS
rc=0
"$fuzzer" -max_total_time="$seconds" -max_len="$max_len" -timeout=30 -dict="$root/fuzz/python.dict" \
  -artifact_prefix="$corpus/artifacts/" -print_final_stats=1 "$@" "$grown" "$seeds" 2>&1 | tee "$log" || rc=$?
last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
echo "fuzz: libFuzzer exit $rc after $((SECONDS - start)) s; last status: ${last:-none}" >&2
((rc == 0)) || exit "$rc"

python3 "$root/scripts/fuzz-replay-cpython.py" "$build/bin/pyconv-tidy" "$seeds" "$grown"
