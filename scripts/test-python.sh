#!/usr/bin/env bash
# Runs the Python tests (tests/python) in the pinned validation environment.
#
#   scripts/test-python.sh [pytest args...]
#
# The venv comes from scripts/setup-validation-env.sh (built once, then cached by lock-file hash).
# The tests regenerate the committed catalogs in data/runtime/ and fail on any drift.
# pytest's exit 5 ("no tests collected") is turned into a failure: CI must never pass by
# silently running nothing (a moved directory or a bad -k would otherwise look green).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$("$repo/scripts/setup-validation-env.sh" | tail -n 1)"
cd "$repo"
start=$SECONDS
rc=0
"$venv/bin/python" -m pytest tests/python -q -p no:cacheprovider "$@" || rc=$?
if [[ $rc -eq 5 ]]; then
    echo "test-python: pytest collected no tests in tests/python (exit 5); treating as a failure" >&2
    exit 1
fi
echo "test-python: pytest exit $rc in $((SECONDS - start)) s" >&2
exit "$rc"
