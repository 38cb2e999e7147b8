"""The committed catalogs must be exactly what the generators produce in the pinned venv.

Why: data/runtime/ holds facts measured from the real packages (which MindSpore names exist and
run on CPU, which module provides which name). If the environment or a generator changes, the
committed data silently goes stale; regenerating here makes any drift a failure, with a diff a
person can read. Run with the venv's python (scripts/test-python.sh does).
"""
import difflib
import os
import subprocess
import sys
from importlib.metadata import version

from conftest import REPO

DIFF_LINES = 80


def regenerate(script, out):
    """Run a generator into `out` with this interpreter (the pinned venv's)."""
    proc = subprocess.run([sys.executable, os.path.join(REPO, "validation", script), "--out", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"{script} failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    return out


def assert_same(committed, regenerated):
    assert os.path.exists(committed), f"no committed catalog at {os.path.relpath(committed, REPO)}"
    with open(committed, encoding="utf-8") as f:
        old = f.read().splitlines(keepends=True)
    with open(regenerated, encoding="utf-8") as f:
        new = f.read().splitlines(keepends=True)
    if old != new:
        rel = os.path.relpath(committed, REPO)
        diff = list(difflib.unified_diff(old, new, f"{rel} (committed)", f"{rel} (regenerated)"))
        shown = "".join(diff[:DIFF_LINES])
        more = f"\n... {len(diff) - DIFF_LINES} more diff lines" if len(diff) > DIFF_LINES else ""
        raise AssertionError(f"{rel} drifted from what the generator produces now; if the change is "
                             f"intended, regenerate and commit it.\n{shown}{more}")


def test_api_catalog_is_current(tmp_path):
    committed = os.path.join(REPO, "data", "runtime", f"mindspore-{version('mindspore')}", "api_catalog.tsv")
    assert_same(committed, regenerate("gen_api_catalog.py", tmp_path / "api_catalog.tsv"))


def test_name_catalog_is_current(tmp_path):
    committed = os.path.join(REPO, "data", "runtime",
                             f"mindone-{version('mindone')}_transformers-{version('transformers')}",
                             "name_catalog.json")
    assert_same(committed, regenerate("gen_name_catalog.py", tmp_path / "name_catalog.json"))


def test_drift_is_reported_as_a_short_unified_diff(tmp_path):
    old, new = tmp_path / "old.tsv", tmp_path / "new.tsv"
    old.write_text("".join(f"row{i}\tok\n" for i in range(200)))
    new.write_text("".join(f"row{i}\t{'no-kernel' if i % 2 else 'ok'}\n" for i in range(200)))
    try:
        assert_same(str(old), str(new))
    except AssertionError as e:
        text = str(e)
    else:
        raise AssertionError("drift not detected")
    assert "-row1\tok" in text and "+row1\tno-kernel" in text and "more diff lines" in text
    assert len(text.splitlines()) < DIFF_LINES + 10


def test_public_names_are_current(tmp_path):
    committed = os.path.join(REPO, "data", "runtime", f"mindspore-{version('mindspore')}", "public_names.tsv")
    assert_same(committed, regenerate("gen_ms_names.py", tmp_path / "public_names.tsv"))


def test_target_params_are_current(tmp_path):
    committed = os.path.join(REPO, "data", "runtime", f"mindspore-{version('mindspore')}", "target_params.tsv")
    assert_same(committed, regenerate("gen_target_params.py", tmp_path / "target_params.tsv"))
