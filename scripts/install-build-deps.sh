#!/usr/bin/env bash
# Installs what building pyconv-tidy needs on Debian bookworm (as root). Idempotent and quick
# when everything is already there.
set -euo pipefail

packages=(g++ cmake ninja-build pkg-config ccache
          libboost-dev libboost-program-options-dev libfmt-dev librange-v3-dev
          libgtest-dev libgmock-dev libre2-dev libgit2-dev libyaml-cpp-dev nlohmann-json3-dev)
command -v npm >/dev/null || packages+=(npm)  # npm fetches the pinned tree-sitter sources

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-build-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
