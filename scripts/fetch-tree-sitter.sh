#!/usr/bin/env bash
# Fetches the pinned tree-sitter core and tree-sitter-python grammar with the npm client, checks
# each tarball against its SHA-256 and unpacks it into DEST. Third-party source is never committed:
# the build calls this (or takes -DPYCONV_TREE_SITTER_SOURCE_DIR for offline builds).
# Layout of DEST afterwards: DEST/tree-sitter/lib/{include,src}, DEST/tree-sitter-python/src.
set -euo pipefail

dest=${1:?usage: fetch-tree-sitter.sh DEST}
core_pkg=tree-sitter@0.25.1
core_sha=07aeba8dd71630e7e72b2d4ca3bd2680c3471824100cc5ebff44e78a6ed0b6d3
grammar_pkg=tree-sitter-python@0.25.0
grammar_sha=63b76b3fa8181fd79eaad4abcdb21e2babcb504dbfc7710a89934fa456d26096

if [[ -f "$dest/.complete" ]]; then exit 0; fi
command -v npm >/dev/null || { echo "fetch-tree-sitter: npm is required (apt-get install npm)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { # package sha256 -> unpacked package folder in $work/<name>
  local pkg=$1 want=$2 name=${1%@*}
  local tarball
  tarball=$(cd "$work" && npm pack --silent "$pkg" | tail -n 1)
  local got
  got=$(sha256sum "$work/$tarball" | cut -d' ' -f1)
  if [[ "$got" != "$want" ]]; then
    echo "fetch-tree-sitter: checksum mismatch for $pkg: expected $want, got $got" >&2
    exit 2
  fi
  mkdir -p "$work/$name"
  tar -xzf "$work/$tarball" -C "$work/$name" --strip-components=1
}

fetch "$core_pkg" "$core_sha"
fetch "$grammar_pkg" "$grammar_sha"

# Assemble next to DEST and rename, so an interrupted fetch never looks complete.
staging="$dest.partial.$$"
rm -rf "$staging"
mkdir -p "$staging/tree-sitter" "$staging/tree-sitter-python"
cp -r "$work/tree-sitter/vendor/tree-sitter/lib" "$staging/tree-sitter/lib"
cp -r "$work/tree-sitter-python/src" "$staging/tree-sitter-python/src"
cp "$work/tree-sitter/LICENSE" "$staging/tree-sitter/LICENSE" 2>/dev/null || true
cp "$work/tree-sitter-python/LICENSE" "$staging/tree-sitter-python/LICENSE"
echo "$core_pkg $grammar_pkg" > "$staging/.complete"
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
mv "$staging" "$dest"
