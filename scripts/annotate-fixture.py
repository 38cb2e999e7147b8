#!/usr/bin/env python3
"""Drafts a fixture for a plugin author: runs one check over an input file and writes the file
back with a `# CHECK-MESSAGES: :[[@LINE-1]]:col: warning: ... [check]` line after every line
that has a finding, then writes `<name>.fixed.py` from `--fix` on the annotated text.

Both files are drafts of what the check does now, not proof that it is right: read them and
correct them by hand before committing (a fixture that merely records the output tests nothing).

Usage: scripts/annotate-fixture.py CHECK FILE [--unsafe] [--option Key=Value ...] [--load PLUGIN.so ...]
                                    [--tidy PATH]
A team's check comes from its plugin file (--load). Nothing is written unless both runs of the
tool succeed: an unknown check, a bad option or an engine error is the tool's message and exit 2.
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TIDY = pathlib.Path(os.environ.get("PYCONV_TIDY", ROOT / "build" / "bin" / "pyconv-tidy"))
FINDING = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>warning|error): (?:\[\*\] )?(?P<message>.*) \[(?P<check>[a-z0-9_-]+)\]$")


def config_for(options):
    globals_ = {k: v for k, v in options.items() if "." not in k}
    local = {k: v for k, v in options.items() if "." in k}
    parts = [f"{k}: '{v}'" for k, v in globals_.items()]
    if local:
        parts.append("CheckOptions: {" + ", ".join(f"'{k}': '{v}'" for k, v in local.items()) + "}")
    return "{" + ", ".join(parts) + "}"


def run(tidy, check, path, options, loads, extra):
    """The tool's stdout; its error (exit code 2, or any code but 0 and 1) ends this script, writing nothing."""
    args = [str(tidy), f"--checks=-*,{check}", "--config", config_for(options)]
    args += [a for plugin in loads for a in ("--load", str(plugin))] + [*extra, str(path)]
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.stderr.write(result.stderr)
        print(f"annotate-fixture: pyconv-tidy failed (exit {result.returncode}); nothing written", file=sys.stderr)
        sys.exit(2)
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("check")
    parser.add_argument("file", type=pathlib.Path)
    parser.add_argument("--unsafe", action="store_true")
    parser.add_argument("--option", action="append", default=[])
    parser.add_argument("--load", action="append", default=[], type=pathlib.Path, help="a plugin file with the check")
    parser.add_argument("--tidy", type=pathlib.Path, default=TIDY)
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
        for out in run(args.tidy, args.check, draft, options, args.load, []).splitlines():
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
        draft.write_text("".join(annotated))
        run(args.tidy, args.check, draft, options, args.load, ["--fix"] + (["--unsafe-fixes"] if args.unsafe else []))
        fixed = args.file.with_name(args.file.stem + ".fixed.py")
        args.file.write_text("".join(annotated))
        shutil.copy(draft, fixed)
    count = sum(len(v) for v in findings.values())
    print(f"drafted {args.file} ({count} findings of {args.check}) and {fixed}: review both before committing",
          file=sys.stderr)
    if count == 0:
        print(f"annotate-fixture: {args.check} found nothing in {args.file}; is that the fixture you meant?", file=sys.stderr)


if __name__ == "__main__":
    main()
