#!/usr/bin/env python3
"""Drafts a fixture for a plugin author: runs one check over an input file and writes the file
back with a `# CHECK-MESSAGES: :[[@LINE-1]]:col: warning: ... [check]` line after every line
that has a finding, then writes `<name>.fixed.py` from `--fix` on the annotated text.

Both files are drafts of what the check does now, not proof that it is right: read them and
correct them by hand before committing (a fixture that merely records the output tests nothing).

Usage: scripts/annotate-fixture.py CHECK FILE [--unsafe] [--option Key=Value ...]
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TIDY = ROOT / "build" / "bin" / "pyconv-tidy"
FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>warning|error): (?P<message>.*) \[(?P<check>[a-z0-9-]+)\]$")


def config_for(options):
    globals_ = {k: v for k, v in options.items() if "." not in k}
    local = {k: v for k, v in options.items() if "." in k}
    parts = [f"{k}: '{v}'" for k, v in globals_.items()]
    if local:
        parts.append("CheckOptions: {" + ", ".join(f"'{k}': '{v}'" for k, v in local.items()) + "}")
    return "{" + ", ".join(parts) + "}"


def run(check, path, options, extra):
    args = [str(TIDY), f"--checks=-*,{check}", *extra, str(path)]
    if options:
        args[1:1] = ["--config", config_for(options)]
    return subprocess.run(args, capture_output=True, text=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("check")
    parser.add_argument("file", type=pathlib.Path)
    parser.add_argument("--unsafe", action="store_true")
    parser.add_argument("--option", action="append", default=[])
    args = parser.parse_args()
    lines = args.file.read_text().splitlines(keepends=True)
    # Options written in the fixture, then those given here.
    options = dict(m.groups() for m in (re.search(r"#\s*OPTION:\s*([^=\s]+)\s*=\s*(.*?)\s*$", l) for l in lines) if m)
    options.update(o.split("=", 1) for o in args.option)
    header = []
    if args.unsafe and not any("FIX-MODE: unsafe" in l for l in lines):
        header.append("# FIX-MODE: unsafe\n")
    header += [f"# OPTION: {k}={v}\n" for k, v in options.items() if not any(f"OPTION: {k}=" in l for l in lines)]
    lines = header + [l for l in lines if "CHECK-MESSAGES" not in l]
    with tempfile.TemporaryDirectory() as tmp:
        draft = pathlib.Path(tmp) / args.file.name
        draft.write_text("".join(lines))
        findings = {}
        for out in run(args.check, draft, options, []).stdout.splitlines():
            m = FINDING.match(out)
            if m and m["check"] == args.check:
                findings.setdefault(int(m["line"]), []).append(m)
        annotated = []
        for number, line in enumerate(lines, start=1):
            annotated.append(line)
            indent = re.match(r"\s*", line).group(0)
            for k, m in enumerate(findings.get(number, [])):
                # The k-th note stands k+1 lines below the code it is about.
                annotated.append(f"{indent}# CHECK-MESSAGES: :[[@LINE-{k + 1}]]:{m['col']}: "
                                 f"{m['severity']}: {m['message']} [{m['check']}]\n")
        args.file.write_text("".join(annotated))
        shutil.copy(args.file, draft)
        run(args.check, draft, options, ["--fix"] + (["--unsafe-fixes"] if args.unsafe else []))
        fixed = args.file.with_name(args.file.stem + ".fixed.py")
        shutil.copy(draft, fixed)
    print(f"drafted {args.file} and {fixed}: review both before committing", file=sys.stderr)


if __name__ == "__main__":
    main()
