#!/usr/bin/env python3
"""Adds a new check to a plugin, as clang-tidy's add_new_check.py does: the check's header and
source (with its declaration), its registration in the plugin's module, its source in the plugin's
CMakeLists.txt, a doc page and a fixture that passes. Then build, run the fixtures, and make the
check do its job.

    scripts/add-check.py PLUGIN_DIR CHECK_NAME [--summary TEXT] [--phase prepare|rewrite|finish]

PLUGIN_DIR holds one <Something>Module.cpp and a CMakeLists.txt that calls pyconv_add_plugin or
pyconv_add_builtin_plugin; CHECK_NAME is kebab case (team-new-thing -> TeamNewThingCheck).
"""
import argparse
import pathlib
import re
import sys

PHASES = {"prepare": "Prepare", "rewrite": "Rewrite", "finish": "Finish"}


def fail(message):
    print(f"add-check: {message}", file=sys.stderr)
    sys.exit(2)


def class_name(check):
    return "".join(part.capitalize() for part in re.split(r"[-_]", check)) + "Check"


def module_file(plugin):
    modules = sorted(plugin.glob("*Module.cpp"))
    if len(modules) != 1:
        fail(f"{plugin} must hold exactly one *Module.cpp (found {len(modules)})")
    return modules[0]


def namespace_of(module_text):
    found = re.search(r"^namespace ([\w:]+) \{", module_text, re.M)
    return found.group(1) if found else None


def header(cls, check, namespace):
    open_ns, close_ns = (f"namespace {namespace} {{\n\n", f"\n}}  // namespace {namespace}\n") if namespace else ("", "")
    return f"""#pragma once
#include <pyconv/Check.hpp>

{open_ns}// TODO: what the check finds and what it turns it into. Doc: docs/{check}.md.
class {cls} final : public pyconv::Check {{
 public:
  using Check::Check;
  static pyconv::CheckSpec spec();
  void registerMatchers(pyconv::MatchFinder& finder) override;
  void check(const pyconv::MatchResult& result) override;
}};
{close_ns}"""


def source(cls, check, namespace, summary, phase):
    open_ns, close_ns = (f"namespace {namespace} {{\n\n", f"\n}}  // namespace {namespace}\n") if namespace else ("", "")
    return f"""#include "{cls}.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

{open_ns}pyconv::CheckSpec {cls}::spec() {{
  return {{.name = "{check}",
          .summary = "{summary}",
          .phase = pyconv::CheckPhase::{phase}}};
}}

void {cls}::registerMatchers(pyconv::MatchFinder& finder) {{
  // TODO: the construct to find. The prefilter ("replace_me") is a byte string a file must
  // contain for the query to run at all.
  finder.addQuery(*this, R"(((call function: (identifier) @f) @call (#eq? @f "replace_me")))", "replace_me");
}}

void {cls}::check(const pyconv::MatchResult& result) {{
  // TODO: report with a pyconv::Fix (title, Safe or Unsafe, edits, needs) once the rewrite is known.
  report(result.file, result.node("f"), "replace_me(...) is what {check} looks for");
}}
{close_ns}"""


def doc(check, summary):
    return f"""# {check}

## What it does
{summary}

```python
replace_me(1)   ->   (TODO: what it becomes)
```

## Why
TODO: what MindSpore does differently.

## Fix safety
TODO: Safe, Unsafe (and why), or no fix.

## Options
None.

## Limitations
TODO.
"""


FIXTURE = """replace_me(1)
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: replace_me(...) is what {check} looks for [{check}]
"""


def registered(module, cls):
    """The module's text with the check included and registered after the last ones."""
    text = module.read_text()
    includes = list(re.finditer(r'^#include "[^"]+"\n', text, re.M))
    adds = list(re.finditer(r"^(\s*)factories\.add<\w+>\(\);\n", text, re.M))
    if not includes or not adds:
        fail(f"{module.name}: no #include \"...\" line or factories.add<...>(); line to add the check after")
    text = text[:adds[-1].end()] + f"{adds[-1].group(1)}factories.add<{cls}>();\n" + text[adds[-1].end():]
    return text[:includes[-1].end()] + f'#include "{cls}.hpp"\n' + text[includes[-1].end():]


def with_source(cmake, cls):
    """The CMakeLists.txt text with the check's source after the plugin's last one."""
    text = cmake.read_text()
    call = re.search(r"pyconv_add(?:_builtin)?_plugin\(([^)]*)\)", text)
    if not call:
        fail(f"{cmake}: no pyconv_add_plugin(...) call")
    sources = list(re.finditer(r"(\s+)([\w/]+\.cpp)", call.group(1)))
    if not sources:
        fail(f"{cmake}: pyconv_add_plugin(...) lists no .cpp source")
    last = sources[-1]
    at = call.start(1) + last.end()
    return text[:at] + f"{last.group(1)}{cls}.cpp" + text[at:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plugin", type=pathlib.Path)
    parser.add_argument("check")
    parser.add_argument("--summary", default="TODO: one line on what the check does")
    parser.add_argument("--phase", choices=PHASES, default="finish")
    args = parser.parse_args()
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", args.check):
        fail(f"'{args.check}' is not a kebab-case check name with a family prefix (team-new-thing)")
    if '"' in args.summary or "\\" in args.summary or "\n" in args.summary:
        fail("the summary is one line without quotes or backslashes")
    plugin = args.plugin
    cls = class_name(args.check)
    module = module_file(plugin)
    cmake = plugin / "CMakeLists.txt"
    created = [plugin / f"{cls}.hpp", plugin / f"{cls}.cpp", plugin / "docs" / f"{args.check}.md",
               plugin / "tests" / args.check / "basic.py", plugin / "tests" / args.check / "basic.fixed.py"]
    existing = [str(p) for p in created if p.exists()]
    if existing:
        fail("already there, nothing written: " + ", ".join(existing))
    if not cmake.exists():
        fail(f"{cmake} is missing")
    namespace = namespace_of(module.read_text())
    # Every edit is worked out before anything is written: a plugin the script cannot read is left as it was.
    cmake_text, module_text = with_source(cmake, cls), registered(module, cls)
    cmake.write_text(cmake_text)
    module.write_text(module_text)
    created[0].write_text(header(cls, args.check, namespace))
    created[1].write_text(source(cls, args.check, namespace, args.summary, PHASES[args.phase]))
    for path in created[2:]:
        path.parent.mkdir(parents=True, exist_ok=True)
    created[2].write_text(doc(args.check, args.summary))
    created[3].write_text(FIXTURE.format(check=args.check))
    created[4].write_text(FIXTURE.format(check=args.check))
    print(f"add-check: {args.check} ({cls}) added to {plugin}: registered in {module.name}, listed in CMakeLists.txt, "
          f"docs/{args.check}.md and tests/{args.check}/basic.py. Next: build, then "
          f"pyconv-tidy --load <plugin.so> --test-fixtures {plugin / 'tests'}")


if __name__ == "__main__":
    main()
