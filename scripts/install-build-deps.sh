#!/usr/bin/env bash
# Installs what building and testing pyconv-tidy needs on Debian bookworm (as root): the packages
# listed in scripts/build-deps.txt. Idempotent and quick when everything is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

missing=()
while read -r package command _; do
  [[ -z "$package" || "$package" == \#* ]] && continue
  [[ -n "${command:-}" ]] && command -v "$command" >/dev/null && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done < "$root/scripts/build-deps.txt"
if ((${#missing[@]})); then
  echo "install-build-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
