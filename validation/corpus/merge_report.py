"""Re-measured families into the corpus report, when a whole run does not fit.

    python validation/corpus/merge_report.py --report docs/corpus-report.json --update slice.json \
        [--markdown docs/corpus-report.md]

`slice.json` is a run_corpus.py run over some families (`--families`). Their rows replace the
report's rows of those families; the totals are recomputed over every row; the report's header
keeps the commit of the whole run and lists, under `remeasured`, which families were measured
again at which commit and when, so nobody reads the totals as one converter's. The whole-tree
conversion summary stays the whole run's. A whole run (scripts/corpus-report.sh) replaces all of it.
"""
import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import render_report  # noqa: E402


def merge(report, update):
    families = update["families"]
    if families == "all" or not families:
        raise ValueError("the update is a whole run: commit it as the report instead")
    families = sorted(families)
    rows = [row for row in report["files"] if row["family"] not in families] + update["files"]
    merged = dict(report, files=sorted(rows, key=lambda row: (row["family"], row["file"])))
    earlier = [entry for entry in report.get("remeasured", []) if set(entry["families"]) - set(families)]
    for entry in earlier:
        entry["families"] = sorted(set(entry["families"]) - set(families))
    merged["remeasured"] = earlier + [{"families": families, "commit": update["commit"], "generated": update["generated"],
                                       "seconds": update["seconds"]["total"], "memoryGiB": update.get("memoryGiB")}]
    merged["totals"] = render_report.totals(merged)
    return merged


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=pathlib.Path, required=True)
    parser.add_argument("--update", type=pathlib.Path, required=True)
    parser.add_argument("--markdown", type=pathlib.Path)
    args = parser.parse_args(argv)
    merged = merge(json.loads(args.report.read_text()), json.loads(args.update.read_text()))
    render_report.write(merged, args.report, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
