"""The corpus report stays the project's scoreboard (issue 17): the suite reruns the corpus run on a
fixed slice of model families and requires the same outcomes as the committed report
(docs/corpus-report.json). A change that moves any of them, better or worse, fails here until the
report is regenerated (scripts/corpus-report.sh) and committed with the change.

The slice covers every rule family (device, api, init, grad-checkpoint and tokenizer checks all
fire on its source, asserted below) and every input kind of the harness (text encoder, decoder,
encoder-decoder, grouped-query attention, per-layer attention types, images, raw audio)."""
import json
import pathlib
import subprocess
import sys

import pytest

from conftest import REPO
from tidy import TIDY, findings, run

SLICE = ["bert", "clvp", "gemma2", "gpt2", "mistral", "t5", "vit", "wav2vec2"]
REPORT = pathlib.Path(REPO) / "docs" / "corpus-report.json"
RULE_FAMILIES = ["device-", "api-", "init-", "grad-checkpoint-", "tokenizer-"]


@pytest.fixture(scope="module")
def slice_run(tmp_path_factory):
    work = tmp_path_factory.mktemp("corpus")
    out = work / "slice.json"
    proc = subprocess.run([sys.executable, str(pathlib.Path(REPO) / "validation" / "corpus" / "run_corpus.py"),
                           "--tidy", str(TIDY), "--work", str(work / "run"), "--families", ",".join(SLICE),
                           "--json", str(out)], capture_output=True, text=True, timeout=2400)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return work / "run", json.loads(out.read_text())


def _outcomes(row):
    parity = row.get("parity") or {"results": {}}
    return {cls: result["outcome"] for cls, result in sorted(parity["results"].items())}


def test_slice_covers_every_rule_family(slice_run):
    work, _ = slice_run
    checks = {check for check, _ in findings(run(work / "src" / "transformers" / "models").stdout)}
    missing = [family for family in RULE_FAMILIES if not any(c.startswith(family) for c in checks)]
    assert not missing, f"no check of {missing} fires on the slice {SLICE}"


def test_slice_matches_the_committed_report(slice_run):
    _, measured = slice_run
    committed = {(r["family"], r["file"]): r for r in json.loads(REPORT.read_text())["files"]}
    differences = []
    assert len(measured["files"]) >= len(SLICE), measured["files"]
    for row in measured["files"]:
        key = (row["family"], row["file"])
        if key not in committed:
            differences.append(f"{key}: not in the committed report")
            continue
        before = committed[key]
        for field in ("parses", "torchLeft", "imports"):
            if row[field] != before[field]:
                differences.append(f"{key[1]}: {field} {before[field]} -> {row[field]}")
        now, then = _outcomes(row), _outcomes(before)
        for cls in sorted(set(now) | set(then)):
            if now.get(cls) != then.get(cls):
                evidence = (row.get("parity") or {}).get("results", {}).get(cls, {}).get("evidence", "")
                differences.append(f"{key[1]} {cls}: {then.get(cls)} -> {now.get(cls)} ({evidence[:160]})")
    assert not differences, ("the slice no longer matches docs/corpus-report.json; regenerate it with "
                             "scripts/corpus-report.sh:\n" + "\n".join(differences))
