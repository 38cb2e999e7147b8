#!/usr/bin/env bash
# The plugin SDK as a team outside this repository uses it (issue 20): install the build into a
# fresh prefix, build examples/custom_plugin against it with find_package(PyconvTidy), run its
# fixtures with the installed tool, check its README table, then add a check with
# scripts/add-check.py and build and test again. Usage: test-installed-sdk.sh BUILD_DIR SOURCE_DIR CXX GENERATOR
set -euo pipefail
build=$1 src=$2 cxx=$3 generator=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test-installed-sdk: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
tidy=$work/prefix/bin/pyconv-tidy
cp -r "$src/examples/custom_plugin" "$work/team"
configure() { cmake -S "$work/team" -B "$work/team-build" -G "$generator" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; fail "configure failed"; }; }
compile() { cmake --build "$work/team-build" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build failed"; }; }
configure
compile
plugin=$work/team-build/team_checks.so
[[ -f $plugin ]] || fail "no $plugin"

# The fixtures pass with the installed tool, the docs travel with the plugin, the table is current.
"$tidy" --load "$plugin" --test-fixtures "$work/team/tests" --python python3 || fail "the example's fixtures fail"
"$tidy" --load "$plugin" --explain team-helper-port | grep -q '^## Options' || fail "--explain does not find the plugin's doc"
python3 "$src/scripts/update-check-tables.py" --check --tidy "$tidy" --load "$plugin" \
  --readme "$src/examples/custom_plugin/README.md" || fail "examples/custom_plugin/README.md's table is stale"

# A team's file is converted by the team's checks and the built-in ones together (device-parameter
# takes the device parameter and its argument away; the import nothing uses goes).
printf 'import torch\nfrom teamlib.torch_utils import to_device\n\n\ndef f(x, device):\n    return to_device(x, device).cuda()\n' >"$work/model.py"
"$tidy" --load "$plugin" --fix "$work/model.py" >/dev/null 2>&1 || true
printf '\n\ndef f(x):\n    return x\n' >"$work/expected.py"
cmp -s "$work/model.py" "$work/expected.py" || { cat "$work/model.py"; fail "the team's file is not converted as expected"; }

# The snippets of docs/writing-a-plugin.md (module, check, CMakeLists.txt) build as they stand.
mkdir "$work/snippet"
python3 - "$src/docs/writing-a-plugin.md" "$work/snippet" <<'PY'
import pathlib, re, sys
doc, out = pathlib.Path(sys.argv[1]).read_text(), pathlib.Path(sys.argv[2])
module, check = re.findall(r"```cpp\n(.*?)```", doc, re.S)[:2]
cmake = re.findall(r"```cmake\n(.*?)```", doc, re.S)[0]
(out / "TeamModule.cpp").write_text(module)
(out / "TeamRenameCheck.hpp").write_text("#pragma once\n" + check)
(out / "CMakeLists.txt").write_text(cmake.replace(" TeamRenameCheck.cpp", "").replace(" DOCS docs", ""))
PY
cmake -S "$work/snippet" -B "$work/snippet-build" -G "$generator" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" >"$work/snippet.log" 2>&1 && cmake --build "$work/snippet-build" >>"$work/snippet.log" 2>&1 \
  || { cat "$work/snippet.log"; fail "the snippets of docs/writing-a-plugin.md do not build"; }
"$tidy" --load "$work/snippet-build/team_checks.so" --list-checks --checks='-*,team-*' | grep -q 'team-rename' \
  || fail "the documented plugin does not register team-rename"

# A new check from the scaffold builds, registers and passes its fixture as it stands.
python3 "$src/scripts/add-check.py" "$work/team" team-new-thing --phase prepare --summary "finds replace_me calls" >/dev/null
compile
"$tidy" --load "$plugin" --list-checks --checks='-*,team-*' | grep -q 'team-new-thing' || fail "the new check is not registered"
out=$("$tidy" --load "$plugin" --test-fixtures "$work/team/tests" --python python3) || { echo "$out"; fail "fixtures fail after add-check"; }
grep -q '^PASS team-new-thing/basic.py$' <<<"$out" || { echo "$out"; fail "the new check's fixture did not run"; }
echo "test-installed-sdk: passed"
