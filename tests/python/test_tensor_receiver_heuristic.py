"""The api-tensor-* receiver heuristic (TensorReceivers.hpp) against measured ground truth
(issue 9): the torch models of the dev files ran on tiny inputs under a tracer
(validation/trace_tensor_receivers.py) that recorded the receiver type at every call site of
`.size(...)`, `.detach()` and other tensor methods. On that labelled set each check must rewrite
no site whose receiver was not a tensor, and at least 90% of the tensor sites. The trace is
regenerated and compared with the committed table, so a changed model file or torch shows up here."""
import csv
import json
import pathlib
import subprocess
import sys

import pytest

from conftest import REPO
from tidy import DEV_FILES, copy_models, run

TRACE = pathlib.Path(REPO) / "data" / "runtime" / "transformers-4.57.1" / "tensor_receivers.tsv"


def table_rows(path):
    """The table without its header comment (which names the interpreter's patch version)."""
    return [line for line in path.read_text().splitlines() if not line.startswith("#")]


def test_trace_is_current(tmp_path):
    fresh = tmp_path / "tensor_receivers.tsv"
    script = pathlib.Path(REPO) / "validation" / "trace_tensor_receivers.py"
    subprocess.run([sys.executable, str(script), str(fresh)], check=True, capture_output=True, timeout=600)
    assert table_rows(fresh) == table_rows(TRACE), "regenerate with validation/trace_tensor_receivers.py"


def traced_sites(method):
    """{(file, line): set of receiver labels} for one method."""
    sites = {}
    for row in csv.DictReader(table_rows(TRACE), delimiter="\t"):
        if row["method"] == method:
            sites[(row["file"], int(row["line"]))] = set(row["receivers"].split(","))
    return sites


def rewritten_sites(tmp_path, check):
    """(file, line) of every finding of `check` that carries a fix, on unmodified copies."""
    root = copy_models(tmp_path, DEV_FILES)
    result = run(f"--checks=-*,{check}", "--output-format=json", root)
    assert result.returncode in (0, 1), result.stderr[-3000:]
    return {(pathlib.Path(f["file"]).relative_to(root).as_posix(), f["start"]["line"])
            for f in json.loads(result.stdout) if "fix" in f}


# (method, its check, the fewest traced sites that make the measure mean something)
MEASURED = [("size", "api-tensor-size", 30), ("detach", "api-tensor-detach", 3)]


@pytest.mark.parametrize("method, check, fewest", MEASURED)
def test_no_false_rewrites_and_recall(tmp_path, method, check, fewest):
    sites = traced_sites(method)
    tensor_sites = {s for s, receivers in sites.items() if receivers == {"tensor"}}
    other_sites = set(sites) - tensor_sites
    assert len(tensor_sites) >= fewest, f"the trace covers too few .{method} sites to measure anything"
    rewritten = rewritten_sites(tmp_path, check)
    false_rewrites = sorted(rewritten & other_sites)
    assert not false_rewrites, f"rewrote non-tensor receivers: {false_rewrites}"
    missed = sorted(tensor_sites - rewritten)
    recall = 1 - len(missed) / len(tensor_sites)
    assert recall >= 0.9, f"recall {recall:.3f}; missed {missed}"
