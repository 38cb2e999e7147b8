#!/usr/bin/env python3
"""One-off: builds plugins/api_mapping/data/api_map.tsv from facts.

Inputs: the official PyTorch->MindSpore mapping tables (../shared/data, master = mint era and
r2.4.10 = ops/nn era), the official mint 2.7 list, the hand-written curated_map.tsv, and the API
catalog of the pinned MindSpore (data/runtime/.../api_catalog.tsv: exists, runs on CPU, agrees
with torch). Needs ../shared, so it is run by hand when a source changes; its outputs are
committed and checked in CI (tests/python/test_api_map.py).

Choice of target per torch name (first that applies, target must exist in the catalog):
  (a class maps to a class and a function to a function, whatever a row says)
  curated row > master "Consistent" row > same-name mindspore.mint.* in the 2.7 list >
  r2.4.10 "Consistent" row > same-name mindspore.mint.* the pinned MindSpore has though the 2.7
  list omits it (mint before a differing row: mint mirrors torch's signatures, the older nn/ops
  classes often do not, e.g. nn.MaxPool2d's `padding`) > master/r2.4.10 row that differs (Unsafe).
Not mapped at all: torch.optim.* (optimizers and schedulers). A MindSpore training loop has another
shape (ms.value_and_grad, then optimizer(grads)), so renaming the constructor alone gives code
that does not train; api-training-loop reports the loop for a person instead.
Keyword renames (rename_kwargs, "torch:mindspore,..."): from the target's parameter names in
data/runtime/.../target_params.tsv (generated in the validation environment): `dim` -> `axis` and
`keepdim` -> `keep_dims` where the target has the second spelling and not the first.
Safety: Safe only for a curated row, or an official consistent (or same-name mint) mapping whose
target the catalog probed and found to agree with torch, or that is a plain attribute or module
(no numbers involved); everything else is Unsafe. Tensor methods (torch.Tensor.*) are left to the tensor-method checks.

Also writes consistent_rows.tsv: every official "Consistent" row with what became of it.
"""
import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(PLUGIN))
CATALOG = os.path.join(REPO, "data", "runtime", "mindspore-2.7.1.post1", "api_catalog.tsv")
PARAMS = os.path.join(REPO, "data", "runtime", "mindspore-2.7.1.post1", "target_params.tsv")
# torch parameter -> the older MindSpore spelling of the same parameter. A row renames the keyword
# when its target has the MindSpore spelling and not torch's (read from the real signatures).
KEYWORD_SPELLINGS = {"dim": "axis", "keepdim": "keep_dims"}


def torch_parameters(torch_name):
    """The parameter names of a torch callable, in order ([] when it has no Python signature). The
    tool runs in the validation environment, which has the pinned torch."""
    import importlib
    import inspect
    module_name, _, attribute = torch_name.rpartition(".")
    try:
        target = getattr(importlib.import_module(module_name), attribute)
        return [p for p in inspect.signature(target).parameters if p != "self"]
    except (ImportError, AttributeError, TypeError, ValueError):
        return []


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def is_consistent(description):
    d = description.lower()
    return d == "consistent" or d.startswith("consistent") or "functions are consistent" in d


TRAINING_LOOP = "torch.optim."


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "data"))
    args = ap.parse_args()
    catalog = {r["name"]: r for r in read_tsv(CATALOG)}
    master = read_tsv(os.path.join(args.shared, "mindspore_pytorch_api_mapping_en_master.tsv"))
    old = read_tsv(os.path.join(args.shared, "mindspore_pytorch_api_mapping_en_r2.4.10.tsv"))
    with open(os.path.join(args.shared, "mindspore_mint_api_v2.7.0.txt"), encoding="utf-8") as f:
        mint27 = {l.strip() for l in f if l.strip()}
    curated = read_tsv(os.path.join(PLUGIN, "data", "curated_map.tsv"))

    def exists(name):
        return catalog.get(name, {}).get("exists") == "yes"

    def same_kind(torch_name, target):
        # A torch class (CamelCase by torch's naming) maps to a class, a function to a function: an
        # official row that pairs them otherwise (nn.Flatten -> mint.flatten) is skipped.
        kind = catalog.get(target, {}).get("kind")
        torch_class = torch_name.rsplit(".", 1)[-1][:1].isupper()
        return kind not in ("class", "function") or (kind == "class") == torch_class

    def proven(name):
        # Numbers are involved unless the target is a plain attribute (a dtype) or a module:
        # otherwise only a probe that agreed with torch proves the mapping.
        row = catalog.get(name, {})
        return row.get("agrees") == "yes" or row.get("kind") in ("attribute", "module")

    rows = {}
    for r in curated:
        assert exists(r["target"]), f"curated target {r['target']} is not in the catalog"
        rows[r["torch_api"]] = dict(r, source="curated")
    candidates = {}  # torch name -> list of (source, target, consistent, diff_doc)
    for table, name in ((master, "master"), (old, "r2.4.10")):
        for r in table:
            candidates.setdefault(r["pytorch_api"], []).append((name, r["mindspore_api"], is_consistent(r["description"]), r["diff_doc"]))
    census = set()
    for torch_name, options in sorted(candidates.items()):
        if not torch_name.startswith("torch.") or torch_name.startswith("torch.Tensor.") or torch_name in rows:
            continue
        if torch_name.startswith(TRAINING_LOOP):
            continue
        census.add(torch_name)
        same_mint = "mindspore.mint." + torch_name[len("torch."):]
        ordered = [o for o in options if o[0] == "master" and o[2]]
        ordered += [("mint-2.7", same_mint, False, "")] if same_mint in mint27 else []
        ordered += [o for o in options if o[0] == "r2.4.10" and o[2]]
        ordered += [("mint-pinned", same_mint, False, "")] if same_mint not in mint27 else []
        ordered += [o for o in options if not o[2]]
        for source, target, consistent, diff_doc in ordered:
            if not exists(target) or not same_kind(torch_name, target):
                continue
            safe = (consistent or source in ("mint-2.7", "mint-pinned")) and proven(target)
            if source == "mint-2.7":
                note = "mint-2.7: the same name in the official mint 2.7 list (no table row)"
            elif source == "mint-pinned":
                note = "mint-pinned: the same name in mint of the pinned MindSpore (mint first)"
            elif consistent:
                note = source + ": official consistent mapping"
            else:
                note = source + ": differs from torch; see " + (diff_doc or "the official table")
            rows[torch_name] = {"torch_api": torch_name, "target": target, "safety": "safe" if safe else "unsafe",
                                "drop_kwargs": "", "note": note, "source": source}
            break

    params = {r["name"]: r["parameters"].split(",") for r in read_tsv(PARAMS) if r["parameters"] != "?"}
    for row in rows.values():
        names = params.get(row["target"], [])
        row["rename_kwargs"] = ",".join(f"{t}:{m}" for t, m in KEYWORD_SPELLINGS.items()
                                        if m in names and t not in names)
        # torch's `inplace=` flag (activations, dropout) is only a memory hint where the result is
        # used: a target without the parameter gets the call without it (api-map makes the fix
        # Unsafe unless the flag is False, since an aliased input would no longer change).
        torch_params = torch_parameters(row["torch_api"])
        if row["target"] in params and "inplace" in torch_params and "inplace" not in names:
            position = torch_params.index("inplace")
            row["drop_kwargs"] = ",".join(k for k in (row.get("drop_kwargs") or "").split(",") if k)
            row["drop_kwargs"] += ("," if row["drop_kwargs"] else "") + f"inplace@{position}"

    columns = ["torch_api", "target", "safety", "drop_kwargs", "rename_kwargs", "source", "note"]
    with open(os.path.join(PLUGIN, "data", "api_map.tsv"), "w", newline="", encoding="utf-8") as f:
        f.write("# Generated by plugins/api_mapping/tools/build_api_map.py; do not edit (edit curated_map.tsv).\n")
        w = csv.DictWriter(f, columns, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for name in sorted(rows):
            w.writerow(rows[name])

    # What became of every official consistent row.
    with open(os.path.join(PLUGIN, "data", "consistent_rows.tsv"), "w", newline="", encoding="utf-8") as f:
        f.write("# Every official 'Consistent' row and what api_map.tsv does with it; generated by "
                "tools/build_api_map.py.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["table", "pytorch_api", "official_target", "status", "reason"])
        for table, name in ((master, "master"), (old, "r2.4.10")):
            for r in table:
                if not is_consistent(r["description"]):
                    continue
                torch_name, target = r["pytorch_api"], r["mindspore_api"]
                mapped = rows.get(torch_name)
                if mapped and mapped["target"] == target:
                    status, reason = "mapped", ""
                elif mapped:
                    status, reason = "excluded", f"api_map uses {mapped['target']} ({mapped['source']})"
                elif torch_name.startswith(TRAINING_LOOP):
                    status, reason = "excluded", "training loop: reported by api-training-loop, not converted"
                elif torch_name.startswith("torch.Tensor."):
                    status, reason = "excluded", "a Tensor method: left to the tensor-method checks"
                elif not torch_name.startswith("torch."):
                    status, reason = "excluded", "not a torch name (torchvision, torchaudio, ...)"
                elif not exists(target):
                    status, reason = "excluded", "the target does not exist in the pinned MindSpore"
                else:
                    status, reason = "excluded", "no row chosen"
                w.writerow([name, torch_name, target, status, reason])
    print(f"build_api_map: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
