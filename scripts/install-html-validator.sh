#!/usr/bin/env bash
# Installs html-validate (an offline HTML5 validator, from the npm registry) once, into a cache
# outside the checkout; prints the path of its command on the last line. Used by
# tests/python/test_review_report.py to validate the HTML review report.
set -euo pipefail
version=9.7.1  # the last line that runs on Debian bookworm's Node.js 18.19 as well
cache=${PYCONV_CACHE_DIR:-$HOME/.cache/pyconv-tidy}
dir="$cache/html-validate-$version"
tool="$dir/node_modules/.bin/html-validate"
if [[ ! -x "$tool" ]]; then
  rm -rf "$dir.tmp"
  npm install --silent --no-save --no-audit --no-fund --prefix "$dir.tmp" "html-validate@$version" >&2
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
fi
echo "$tool"
