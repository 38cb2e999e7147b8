#!/usr/bin/env bash
# Installs Microsoft's SARIF multitool (its `validate` command checks a log against the SARIF
# 2.1.0 schema and the spec's rules) from the npm registry, once, into a cache outside the
# checkout; prints the path of the executable on its last line. Used by
# tests/python/test_output_formats.py.
set -euo pipefail
version=5.7.0
cache=${PYCONV_CACHE_DIR:-$HOME/.cache/pyconv-tidy}
dir="$cache/sarif-multitool-$version"
tool="$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ ! -x "$tool" ]]; then
  rm -rf "$dir.tmp"
  npm install --silent --no-save --no-audit --no-fund --prefix "$dir.tmp" "@microsoft/sarif-multitool@$version" >&2
  # npm may refuse the package's own install script, which only makes the binary executable.
  chmod u+x "$dir.tmp/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
fi
echo "$tool"
