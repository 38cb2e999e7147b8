"""merge_report.py: re-measured families replace their rows, the totals count every row, and the
header says which rows come from which commit (so a partly re-measured report never passes for one
converter's)."""
import sys

import pytest

from conftest import REPO

sys.path.insert(0, f"{REPO}/validation/corpus")
import merge_report  # noqa: E402


def row(family, outcome, torch_left=0):
    return {"family": family, "file": f"modeling_{family}.py", "parses": True, "torchLeft": torch_left, "imports": True,
            "parity": {"classes": [f"{family}Model"], "results": {f"{family}Model": {"outcome": outcome, "evidence": ""}}}}


def report(rows, families="all", commit="aaaa"):
    return {"files": rows, "families": families, "commit": commit, "generated": "2026-12-05", "seconds": {"total": 9.0},
            "memoryGiB": 11.0}


def test_rows_are_replaced_and_totals_count_every_row():
    base = report([row("a", "pass"), row("b", "converter gap", 3), row("c", "pass")])
    merged = merge_report.merge(base, report([row("b", "pass")], ["b"], "bbbb"))
    assert [(r["family"], r["parity"]["results"][f"{r['family']}Model"]["outcome"]) for r in merged["files"]] == [
        ("a", "pass"), ("b", "pass"), ("c", "pass")]
    assert merged["totals"]["basePass"] == 3 and merged["totals"]["torchFree"] == 3
    assert merged["commit"] == "aaaa"
    assert merged["remeasured"] == [{"families": ["b"], "commit": "bbbb", "generated": "2026-12-05", "seconds": 9.0,
                                     "memoryGiB": 11.0}]


def test_a_later_remeasure_takes_its_families_from_the_earlier_entry():
    base = report([row("a", "pass"), row("b", "pass")])
    once = merge_report.merge(base, report([row("a", "pass"), row("b", "pass")], ["a", "b"], "bbbb"))
    twice = merge_report.merge(once, report([row("b", "converter gap")], ["b"], "cccc"))
    assert [(e["families"], e["commit"]) for e in twice["remeasured"]] == [(["a"], "bbbb"), (["b"], "cccc")]
    assert twice["totals"]["basePass"] == 1


def test_a_whole_run_is_not_merged():
    with pytest.raises(ValueError, match="whole run"):
        merge_report.merge(report([row("a", "pass")]), report([row("a", "pass")]))
