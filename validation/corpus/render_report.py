"""Renders docs/corpus-report.md from the corpus run's JSON (run_corpus.py writes both).

    python validation/corpus/render_report.py docs/corpus-report.json > docs/corpus-report.md
"""
import collections
import json
import pathlib
import re
import sys

import outcomes


def _models(row):
    """[(class name, result)] of a file's parity run, without the classes that are not models to run."""
    parity = row.get("parity")
    if not parity:
        return []
    return [(c, parity["results"][c]) for c in parity["classes"]
            if c in parity["results"] and parity["results"][c]["outcome"] != outcomes.NOT_A_MODEL]


def _base(row):
    """(base class name, its result) of a file's parity run, or (None, None): its first model class."""
    models = _models(row)
    return models[0] if models else (None, None)


def _heads(row):
    return [result for _, result in _models(row)[1:]]


def totals(report):
    rows = report["files"]
    tested = [r for r in rows if _base(r)[1]]
    base = collections.Counter(_base(r)[1]["outcome"] for r in tested)
    heads = collections.Counter(h["outcome"] for r in tested for h in _heads(r))
    return {
        "files": len(rows),
        "parsing": sum(r["parses"] for r in rows),
        "torchFree": sum(r["torchLeft"] == 0 for r in rows),
        "torchLeft": sum(r["torchLeft"] or 0 for r in rows),
        "importing": sum(r["imports"] for r in rows),
        "withTests": len(tested),
        "torchReferenceRuns": len(tested) - base[outcomes.HARNESS],
        "basePass": base[outcomes.PASS],
        "headPass": heads[outcomes.PASS],
        "heads": sum(heads.values()),
        "baseOutcomes": {k: base[k] for k in outcomes.ORDER},
        "headOutcomes": {k: heads[k] for k in outcomes.ORDER},
    }


def cause(evidence):
    """The evidence with what varies between files taken out (paths, line numbers, numbers, class
    names before the colon), so equal causes group together."""
    text = re.sub(r"^\w+: (?=\w+Error|harness limit|weights|numbers|no CPU)", "", outcomes.tidy(evidence))
    text = re.sub(r"\(/[^)]*\)", "", text)
    text = re.sub(r" at \S+\.py:\d+$", "", text)
    text = re.sub(r"(rel|max_abs)=\S+", r"\1=...", text)
    text = re.sub(r"the torch reference \w+ ", "the torch reference ", text)
    text = re.sub(r"(MindSpore parameter|torch key) \S+", r"\1 ...", text)
    return re.sub(r"\s+", " ", text).strip()[:160]


def top_causes(report, limit=25):
    """[(outcome, cause, classes, files)] for the failing model classes, most classes first."""
    counts = collections.Counter()
    files = collections.defaultdict(set)
    for row in report["files"]:
        for result in (row.get("parity") or {}).get("results", {}).values():
            if result["outcome"] not in (outcomes.PASS, outcomes.NOT_A_MODEL):
                key = (result["outcome"], cause(result["evidence"]))
                counts[key] += 1
                files[key].add(row["file"])
    return [(o, c, n, len(files[(o, c)])) for (o, c), n in counts.most_common(limit)]


def _percent(part, whole):
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


def totals_line(t):
    return (f"{t['files']} modeling files: {t['parsing']} parse, {t['torchFree']} torch-free, {t['importing']} import; "
            f"{t['withTests']} with parity tests: torch reference runs for {t['torchReferenceRuns']}, "
            f"base model passes {t['basePass']}, heads pass {t['headPass']}/{t['heads']}")


def _cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def _row(row):
    name, base = _base(row)
    heads = _heads(row)
    passing = sum(h["outcome"] == outcomes.PASS for h in heads)
    if base is None:
        outcome = "no test"
        evidence = row["importDetail"] if not row["imports"] else ""
    else:
        outcome = base["outcome"]
        failing = [base] if base["outcome"] != outcomes.PASS else [h for h in heads if h["outcome"] != outcomes.PASS]
        evidence = failing[0]["evidence"] if failing else ""
        if base["outcome"] != outcomes.PASS:
            evidence = f"{name}: {evidence}"
    torch_left = row["torchLeft"] if row["torchLeft"] is not None else "?"
    return (f"| {row['family']} | {row['file']} | {'yes' if row['parses'] else 'NO'} | {torch_left} | "
            f"{'yes' if row['imports'] else 'no'} | {outcome} | {f'{passing}/{len(heads)}' if base else ''} | "
            f"{_cell(outcomes.tidy(evidence)[:220])} |")


def write(report, json_path, markdown_path=None):
    """The report as JSON (and, when asked, Markdown); prints the totals line."""
    json_path.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    if markdown_path:
        markdown_path.write_text(render(report))
    print(totals_line(report["totals"]))


def remeasured_lines(report):
    """Families measured again after the whole run (merge_report.py): the rows, and so the totals,
    then come from more than one converter commit, and the header says which."""
    lines = []
    for entry in report.get("remeasured", []):
        bound = f", memory bound {entry['memoryGiB']:g} GiB per test file" if entry.get("memoryGiB") else ""
        lines += ["", f"Re-measured on {entry['generated']} at commit {entry['commit']} ({entry['seconds']:.0f} s{bound}): the rows of "
                  + ", ".join(entry["families"]) + ". The other rows, and the whole-tree conversion summary, are the "
                  "whole run's; the totals count every row."]
    return lines


def render(report):
    t = report["totals"]
    v = report["versions"]
    lines = [
        "# Corpus report: every transformers modeling file, converted and run",
        "",
        "Generated by `validation/corpus/run_corpus.py` (see [corpus.md](corpus.md) for the method and how",
        "to regenerate it); do not edit by hand. "
        f"transformers {v['transformers']}, torch {v['torch']}, MindSpore {v['mindspore']}, mindone {v['mindone']}, "
        f"Python {v['python']}; {report['machine']}; run on {report['generated']} in {report['seconds']['total']:.0f} s"
        + (f", converter at commit {report['commit']}." if report.get("commit") else "."),
        *remeasured_lines(report),
        "",
        "## Totals",
        "",
        "| measure | files | share |",
        "|---|---:|---:|",
        f"| modeling files converted (both trees) | {t['files']} | |",
        f"| output parses under CPython (`ast.parse`, both trees) | {t['parsing']} | {_percent(t['parsing'], t['files'])} |",
        f"| torch-free (no torch reference left; {t['torchLeft']} left in all) | {t['torchFree']} | {_percent(t['torchFree'], t['files'])} |",
        f"| imports without torch (mindone {v['mindone']}) | {t['importing']} | {_percent(t['importing'], t['files'])} |",
        f"| get a generated parity test | {t['withTests']} | {_percent(t['withTests'], t['files'])} |",
        f"| torch reference builds and runs (of those tested) | {t['torchReferenceRuns']} | {_percent(t['torchReferenceRuns'], t['withTests'])} |",
        f"| base model parity passes (of those tested) | {t['basePass']} | {_percent(t['basePass'], t['withTests'])} |",
        f"| head parity passes (of {t['heads']} heads) | {t['headPass']} | {_percent(t['headPass'], t['heads'])} |",
        "",
        "Outcome classes (base model class / heads): "
        + "; ".join(f"{k} {t['baseOutcomes'][k]} / {t['headOutcomes'][k]}" for k in outcomes.ORDER) + ".",
        "",
        "## Most frequent causes",
        "",
        "Failing model classes grouped by their evidence with paths, line numbers and values taken out:",
        "the work list for generalising the conversion.",
        "",
        "| outcome | cause | classes | files |",
        "|---|---|---:|---:|",
        *[f"| {o} | {_cell(c)} | {n} | {f} |" for o, c, n, f in top_causes(report)],
        "",
        "## Per modeling file",
        "",
        "Outcome is the base model class's (the first class of the generated test that has a forward: a",
        "container of models without one is skipped, as it cannot run in torch either); heads counts the other",
        "model classes that pass. Evidence: the base model's error, else the first failing head's, else the",
        "printed parity line; for a file without a test, why it does not import.",
        "",
        "| family | file | parses | torch left | imports | base outcome | heads pass | evidence |",
        "|---|---|---|---:|---|---|---:|---|",
    ]
    lines += [_row(row) for row in report["files"]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(json.loads(pathlib.Path(sys.argv[1]).read_text())), end="")
