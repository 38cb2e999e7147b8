#!/usr/bin/env bash
# Installs one pinned package from the npm registry with npm, once, into a cache outside the
# checkout (keyed by name and version), and prints the path of its executable on the last line.
#   install-npm-tool.sh PACKAGE VERSION EXECUTABLE   (EXECUTABLE relative to the install prefix)
set -euo pipefail
package=$1 version=$2 executable=$3
cache=${PYCONV_CACHE_DIR:-$HOME/.cache/pyconv-tidy}
dir="$cache/$(basename "$package")-$version"
tool="$dir/$executable"
if [[ ! -x "$tool" ]]; then
  rm -rf "$dir.tmp"
  npm install --silent --no-save --no-audit --no-fund --prefix "$dir.tmp" "$package@$version" >&2
  # npm may refuse a package's own install script, which for some only makes the binary executable.
  chmod u+x "$dir.tmp/$executable"
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
fi
echo "$tool"
