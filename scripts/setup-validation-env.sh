#!/usr/bin/env bash
# Creates (once) the pinned Python validation environment and prints its path.
#
#   scripts/setup-validation-env.sh            -> last line of stdout: the virtualenv's path
#
# The virtualenv lives outside the checkout, in
#   ${PYCONV_VENV_CACHE:-$HOME/.cache/pyconv-tidy/venv}/<first 16 hex of sha256(validation/requirements.lock)>
# so a changed lock gets a new venv and an unchanged one is reused (a warm run takes seconds).
# It is built in a temporary sibling directory and renamed into place only when the install
# and its checks have succeeded: an existing directory at the final path is always complete.
#
# Environment: PYCONV_VENV_CACHE (cache root), PYTHON (interpreter, default python3; must be 3.11
# because the lock pins cp311 wheels). All progress goes to stderr; stdout carries only the path.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lock="$repo/validation/requirements.lock"
python="${PYTHON:-python3}"
cache="${PYCONV_VENV_CACHE:-$HOME/.cache/pyconv-tidy/venv}"

[[ -f "$lock" ]] || { echo "setup-validation-env: no lock file at $lock" >&2; exit 1; }
key="$(sha256sum "$lock" | cut -c1-16)"
venv="$cache/$key"

# Fast path: the final directory only ever appears by the atomic rename below.
if [[ -x "$venv/bin/python" ]]; then
    echo "$venv"
    exit 0
fi

pyver="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ "$pyver" != "3.11" ]]; then
    echo "setup-validation-env: $python is Python $pyver; the lock pins CPython 3.11 wheels" >&2
    exit 1
fi

mkdir -p "$cache"
# One builder per key at a time (two CI jobs or shells racing would otherwise download twice).
exec 9>"$cache/.$key.lock"
flock 9
if [[ -x "$venv/bin/python" ]]; then      # another process finished it while we waited
    echo "$venv"
    exit 0
fi
# Leftovers of a build that was killed (SIGKILL skips our trap); safe to delete under the lock.
rm -rf "$cache/.$key.tmp."*

tmp="$(mktemp -d "$cache/.$key.tmp.XXXXXX")"
# Interrupted (Ctrl-C, CI timeout): stop the running step and its subprocesses too (venv runs
# ensurepip, pip may spawn helpers), or orphans would keep writing into the temp dir while
# holding the lock; then remove the temp dir. Each step runs in its own process group.
child=
run() { setsid -w "$@" & child=$!; wait "$child"; child=; }
on_signal() {
    if [[ -n "$child" ]]; then
        kill -- -"$child" 2>/dev/null || kill "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    exit 130
}
trap on_signal INT TERM HUP
trap 'rm -rf "$tmp" 2>/dev/null || { sleep 2; rm -rf "$tmp"; } || true' EXIT
chmod 755 "$tmp"                          # mktemp makes it 0700; a venv is normally world-readable

start=$SECONDS
echo "setup-validation-env: building $venv (in $tmp)" >&2
run "$python" -m venv "$tmp" >&2
# --no-deps: the lock lists every transitive dependency, so pip resolves nothing.
# --only-binary: never build an sdist here (no compilers or build deps needed, reproducible).
run "$tmp/bin/python" -m pip install --no-deps --only-binary=:all: --progress-bar off \
    --disable-pip-version-check -r "$lock" >&2
# The lock must be self-consistent, and the core packages must import.
run "$tmp/bin/python" -m pip check >&2
run "$tmp/bin/python" -c 'import numpy, scipy, torch, transformers, mindspore, mindone, pytest' >&2

# venv writes its own absolute path into console-script shebangs (bin/pip, bin/pytest, ...),
# the activate scripts and pyvenv.cfg; point them at the final path before the rename.
# (The bin/python symlink and .pyc files need no change: CPython fixes co_filename on load.)
while IFS= read -r -d '' f; do
    if grep -Iq -F "$tmp" "$f"; then
        sed -i "s|$tmp|$venv|g" "$f"
    fi
done < <(find "$tmp/bin" "$tmp/pyvenv.cfg" -maxdepth 1 -type f -print0)

mv -T "$tmp" "$venv"
trap - EXIT
echo "setup-validation-env: done in $((SECONDS - start)) s" >&2
echo "$venv"
