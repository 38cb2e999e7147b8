"""The corpus run: the pinned wheel's whole transformers/models tree converted and measured.

Run it with the validation environment's interpreter (it imports the installed transformers to
find the tree, and runs the parity tests there):

    python validation/corpus/run_corpus.py --tidy build/bin/pyconv-tidy --work /tmp/corpus \
        --json docs/corpus-report.json --markdown docs/corpus-report.md [--families bert,vit]

Steps (each one a real run of the built tool, nothing simulated):
1. copy transformers/models (or the chosen family folders, whole) to WORK/src/transformers/models;
2. convert it in tree mode twice, every check with Unsafe fixes: as a mindone-relative tree
   (WORK/rel) and with absolute mindone imports (WORK/abs);
3. per modeling file (modeling_*.py, not the TensorFlow/Flax ones): CPython's `ast.parse` of both
   outputs; the torch references left (`--validate`'s count, the conversion summary's count); the
   import of the absolute output without torch (`--validate --python`);
4. `--emit-tests` over the absolute modeling files, and every generated test file run in its own
   interpreter with a timeout, two at a time; each model class gets an outcome class by rule
   (outcomes.py) from its error.
The JSON has every measurement; the Markdown report is rendered from it (render_report.py).
"""
import argparse
import ast
import datetime
import json
import os
import pathlib
import platform
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import parity_runs  # noqa: E402
import render_report  # noqa: E402

MODELING = re.compile(r"^modeling_(?!tf_|flax_).+\.py$")
ABSOLUTE = "{CheckOptions: {api-imports.AbsoluteImports: 'true'}}"


def transformers_models():
    import transformers
    return pathlib.Path(transformers.__file__).parent / "models", transformers.__version__


def copy_tree(models, dest, families):
    root = dest / "src" / "transformers" / "models"
    if root.exists():
        shutil.rmtree(dest / "src")
    ignore = shutil.ignore_patterns("__pycache__")
    if families is None:
        shutil.copytree(models, root, ignore=ignore)
    else:
        root.mkdir(parents=True)
        shutil.copy(models / "__init__.py", root / "__init__.py")
        for family in families:
            if not (models / family).is_dir():
                sys.exit(f"run_corpus: error: no model folder {family!r} in {models}")
            shutil.copytree(models / family, root / family, ignore=ignore)
    return root


def converter_commit():
    """The checkout's commit the run measured ("+ changes" when the tree differs from it), so a
    report says which converter it describes; empty outside a git checkout."""
    repo = pathlib.Path(__file__).resolve().parents[2]
    try:
        head = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""
    return head + (" + changes" if dirty else "")


def convert(tidy, work, name, extra, jobs):
    """Tree-mode conversion of WORK/src into WORK/<name>; returns the tool's summary lines."""
    dest = work / name
    if dest.exists():
        shutil.rmtree(dest)
    args = [str(tidy), "--src-root", str(work / "src"), "--dst-root", str(dest), "--unsafe-fixes", "-j", str(jobs), *extra]
    started = time.monotonic()
    proc = subprocess.run(args, capture_output=True, text=True, timeout=3600)
    if proc.returncode not in (0, 1):
        sys.exit(f"run_corpus: error: conversion into {dest} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    summary = [line for line in proc.stderr.splitlines() if line.startswith("pyconv-tidy:")]
    return summary, time.monotonic() - started


def cpython_parses(path):
    try:
        ast.parse(path.read_bytes(), filename=str(path))
        return True, ""
    except (SyntaxError, ValueError) as error:
        return False, f"{type(error).__name__}: {error}"


def validate(tidy, files, python, jobs):
    """{file: validate record} from one `--validate --output-format=json` run."""
    args = [str(tidy), "--validate", "--output-format=json", "-j", str(jobs)]
    if python:
        args += ["--python", python]
    proc = subprocess.run(args + [str(f) for f in files], capture_output=True, text=True, timeout=7200)
    if proc.returncode not in (0, 1):
        sys.exit(f"run_corpus: error: --validate failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return {pathlib.Path(r["file"]).resolve(): r for r in json.loads(proc.stdout)["files"]}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tidy", required=True, type=pathlib.Path, help="the built pyconv-tidy")
    parser.add_argument("--work", required=True, type=pathlib.Path, help="a scratch folder (replaced)")
    parser.add_argument("--families", help="comma-separated model folders (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=900, help="seconds per generated test file")
    parser.add_argument("--memory-gib", type=float, default=11,
                        help="resident memory one test file may reach before it is stopped (0: no limit)")
    parser.add_argument("--json", type=pathlib.Path, required=True)
    parser.add_argument("--markdown", type=pathlib.Path)
    args = parser.parse_args(argv)
    started = time.monotonic()
    commit = converter_commit()  # now: the checkout may change while the run goes on
    tidy = args.tidy.resolve()
    if not os.access(tidy, os.X_OK):
        sys.exit(f"run_corpus: error: {tidy} is not an executable pyconv-tidy")
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    families = sorted(set(args.families.split(","))) if args.families else None
    models, transformers_version = transformers_models()
    copy_tree(models, work, families)

    rel_summary, rel_seconds = convert(tidy, work, "rel", [], args.jobs)
    abs_summary, abs_seconds = convert(tidy, work, "abs", ["--config", ABSOLUTE], args.jobs)
    src_root = work / "src" / "transformers" / "models"
    sources = sorted(p.relative_to(src_root) for p in src_root.glob("*/*.py") if MODELING.match(p.name))
    rel_files = [work / "rel" / "transformers" / "models" / s for s in sources]
    abs_files = [work / "abs" / "transformers" / "models" / s for s in sources]
    rel_checks = validate(tidy, rel_files, None, args.jobs)
    abs_checks = validate(tidy, abs_files, sys.executable, args.jobs)

    tests_dir = work / "tests"
    if tests_dir.exists():
        shutil.rmtree(tests_dir)
    emitted = subprocess.run([str(tidy), "--emit-tests", str(tests_dir), *map(str, abs_files)],
                             capture_output=True, text=True, timeout=600)
    if emitted.returncode != 0:
        sys.exit(f"run_corpus: error: --emit-tests failed: {emitted.stderr[-2000:]}")
    parity_seconds = time.monotonic()
    results = parity_runs.run_all(tests_dir, work / "abs", args.jobs, args.timeout, int(args.memory_gib * 2**30))
    parity_seconds = time.monotonic() - parity_seconds

    rows = []
    for source, rel_file, abs_file in zip(sources, rel_files, abs_files):
        rel_parses, rel_error = cpython_parses(rel_file)
        abs_parses, abs_error = cpython_parses(abs_file)
        checked = abs_checks.get(abs_file.resolve(), {})
        rows.append({
            "family": source.parts[0], "file": source.name,
            "parses": rel_parses and abs_parses, "parseError": rel_error or abs_error,
            "torchLeft": checked.get("torchLeft"), "torchLeftRelative": rel_checks.get(rel_file.resolve(), {}).get("torchLeft"),
            "imports": checked.get("import") == "imported", "importDetail": checked.get("importDetail", ""),
            "unknownMindSporeNames": checked.get("unknownMindSporeNames"),
            "parity": results.get(abs_file.resolve()),
        })
    report = {
        "generated": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "commit": commit,
        "memoryGiB": args.memory_gib,
        "versions": parity_runs.versions(transformers_version),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "families": families or "all",
        "seconds": {"convertRelative": round(rel_seconds, 1), "convertAbsolute": round(abs_seconds, 1),
                    "parity": round(parity_seconds, 1), "total": round(time.monotonic() - started, 1)},
        "conversionSummary": {"relative": rel_summary, "absolute": abs_summary},
        "files": rows,
    }
    report["totals"] = render_report.totals(report)
    render_report.write(report, args.json, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
