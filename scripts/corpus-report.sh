#!/usr/bin/env bash
# Regenerates the corpus report (docs/corpus-report.md and .json) from a full corpus run:
# every transformers modeling file of the pinned wheel converted in tree mode, validated,
# imported and parity-tested (validation/corpus/run_corpus.py; docs/corpus.md has the method).
#
#   scripts/corpus-report.sh [--timeout S]   (seconds per generated test file; default 900)
#
# The committed report is always the whole tree: for a slice, run run_corpus.py --families yourself.
#
# Needs a built pyconv-tidy (scripts/build.sh) and takes about 100 minutes on 2 cores (6161 s on 2026-12-05);
# it is not part of CI, which reruns a fixed slice and compares it with the committed report.
set -euo pipefail
for arg in "$@"; do
    [[ "$arg" != --families* ]] || { echo "corpus-report: the report covers every family; use run_corpus.py for a slice" >&2; exit 2; }
done
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$("$repo/scripts/setup-validation-env.sh" | tail -n 1)"
tidy="${PYCONV_BUILD_DIR:-$repo/build}/bin/pyconv-tidy"
[[ -x "$tidy" ]] || { echo "corpus-report: build pyconv-tidy first ($tidy is missing)" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/pyconv-corpus.XXXXXX")"
trap 'rm -rf "$work"' EXIT
start=$SECONDS
"$venv/bin/python" "$repo/validation/corpus/run_corpus.py" --tidy "$tidy" --work "$work/run" \
    --json "$repo/docs/corpus-report.json" --markdown "$repo/docs/corpus-report.md" "$@"
echo "corpus-report: done in $((SECONDS - start)) s" >&2
