#!/usr/bin/env bash
# Places a reference pair in examples/reference/: a transformers 4.57.1 modeling file and
# mindone 0.5.0's hand port of it, both from the pinned wheels of the validation environment
# (never committed):
#   examples/reference/torch/transformers/models/<family>/modeling_<family>.py   (the torch original)
#   examples/reference/mindone/transformers/models/<family>/modeling_<family>.py (mindone's port)
# The torch side keeps transformers' layout, so the plans (plans/*.yaml) convert it in tree mode
# and --emit-tests finds the module it came from.
#
#   scripts/fetch-reference-pair.sh [family]   (default: bert)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
family=${1:-bert}
if [[ ! "$family" =~ ^[a-z0-9_]+$ ]]; then
  echo "fetch-reference-pair: error: '$family' is not a model folder name" >&2
  exit 2
fi
venv="$("$repo/scripts/setup-validation-env.sh" | tail -n 1)"
site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
for side in torch:transformers mindone:mindone/transformers; do
  name=${side%%:*}
  package=${side#*:}
  from="$site/$package/models/$family/modeling_$family.py"
  if [[ ! -f "$from" ]]; then
    echo "fetch-reference-pair: error: $package has no models/$family/modeling_$family.py" >&2
    exit 2
  fi
  to="$repo/examples/reference/$name/transformers/models/$family"
  mkdir -p "$to"
  cp "$from" "$to/"
done
echo "$repo/examples/reference"
