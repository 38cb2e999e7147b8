"""One-off: extract the MindSpore names the mapping might target -> data/runtime/probe_targets.tsv.

Why: the API catalog (gen_api_catalog.py) must know which MindSpore names to check, but the
project may not read ../shared at run time or in CI. So this script reads the shared facts ONCE
and the committed TSV it writes is what every generator reads afterwards. It needs ../shared
(the sibling of the checkout) and only the standard library; re-run it by hand only when the
shared data changes, and commit the result:

    python3 validation/extract_probe_targets.py [--shared DIR] [--out FILE]

Sources (DIR = ../shared/data):
  mindspore_pytorch_api_mapping_en_master.tsv    official table, mint era    -> "master"
  mindspore_pytorch_api_mapping_en_r2.4.10.tsv   official table, ops/nn era  -> "r2.4.10"
  mindspore_mint_api_v2.7.0.txt                  official mint 2.7 list      -> "mint-2.7"
  transformers_4.57_tensor_method_usage.tsv      census of Tensor methods    -> "census-method"
  transformers_4.57_torch_api_usage.tsv          census of torch names (use counts; and each census
                                                 name whose same-named mindspore.mint.* exists in
                                                 the pinned MindSpore, data/runtime/.../public_names.tsv,
                                                 though the official lists omit it -> "mint-pinned")

One row per MindSpore name. torch_names: the torch names that map to it (a mint name's torch
counterpart is the same path under `torch`, a census method's is `torch.Tensor.<method>`),
most-used first. census_uses: the summed census uses of those torch names (call sites in the
368 transformers 4.57 modeling files that this target would serve); empty when none is counted.
official: per table, "consistent" when the table says exactly "Consistent", else "differs".
"""
import argparse
import collections
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PUBLIC_NAMES = os.path.join(REPO, "data", "runtime", "mindspore-2.7.1.post1", "public_names.tsv")


def read_tsv(path):
    """Rows of a shared TSV as dicts; skips the leading '# derived from ...' comment line."""
    with open(path, newline="", encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def census_counts(data):
    """torch qualified name -> census uses (API census plus torch.Tensor.<method> census)."""
    uses = {}
    for row in read_tsv(os.path.join(data, "transformers_4.57_torch_api_usage.tsv")):
        uses[row["qualified_name"]] = int(row["uses"])
    for row in read_tsv(os.path.join(data, "transformers_4.57_tensor_method_usage.tsv")):
        uses["torch.Tensor." + row["method"]] = int(row["uses"])
    return uses


def collect(data):
    """ms name -> {"torch": set, "sources": set, "official": {table: relation}}"""
    targets = collections.defaultdict(lambda: {"torch": set(), "sources": set(), "official": {}})
    for table, fname in (("master", "mindspore_pytorch_api_mapping_en_master.tsv"),
                         ("r2.4.10", "mindspore_pytorch_api_mapping_en_r2.4.10.tsv")):
        for row in read_tsv(os.path.join(data, fname)):
            t = targets[row["mindspore_api"].strip()]
            t["torch"].add(row["pytorch_api"].strip())
            t["sources"].add(table)
            rel = "consistent" if row["description"].strip() == "Consistent" else "differs"
            # a target reached from several torch names counts as differing if any row differs
            if t["official"].get(table) != "differs":
                t["official"][table] = rel
    with open(os.path.join(data, "mindspore_mint_api_v2.7.0.txt"), encoding="utf-8") as f:
        for name in (ln.strip() for ln in f):
            if name:
                t = targets[name]
                t["torch"].add("torch" + name[len("mindspore.mint"):])  # mint mirrors torch's paths
                t["sources"].add("mint-2.7")
    # mint mirrors torch's paths: a census name whose mint twin exists in the pinned MindSpore is a
    # target even where the official lists omit it (mint.nn.Conv1d, mint.nn.MaxPool2d in 2.7.1).
    with open(PUBLIC_NAMES, encoding="utf-8") as f:
        pinned = {ln.split("\t")[0] for ln in f if ln.startswith("mindspore.mint.")}
    for row in read_tsv(os.path.join(data, "transformers_4.57_torch_api_usage.tsv")):
        name = row["qualified_name"]
        twin = "mindspore.mint." + name[len("torch."):]
        if name.startswith("torch.") and twin in pinned and "mint-2.7" not in targets.get(twin, {"sources": ()})["sources"]:
            t = targets[twin]
            t["torch"].add(name)
            t["sources"].add("mint-pinned")
    for row in read_tsv(os.path.join(data, "transformers_4.57_tensor_method_usage.tsv")):
        t = targets["mindspore.Tensor." + row["method"]]
        t["torch"].add("torch.Tensor." + row["method"])
        t["sources"].add("census-method")
    return targets


SOURCE_ORDER = ["master", "r2.4.10", "mint-2.7", "mint-pinned", "census-method"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(REPO, "data", "runtime", "probe_targets.tsv"))
    args = ap.parse_args()
    uses = census_counts(args.shared)
    targets = collect(args.shared)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# MindSpore names the PyTorch->MindSpore mapping might target; one-off extraction by "
                "validation/extract_probe_targets.py from ../shared/data: the official mapping tables "
                "(mindspore-ai/docs pytorch_api_mapping.md at master@9e844dc6 and r2.4.10@41933445), "
                "the official mindspore.mint API list v2.7.0, the same-named mint names the pinned MindSpore "
                "has (data/runtime/mindspore-2.7.1.post1/public_names.tsv), and the transformers 4.57 census "
                "(transformers@3553f0bc, 368 modeling files) for use counts and Tensor methods. "
                "See ../shared/data/SOURCES.md. Do not edit by hand.\n")
        f.write("ms_name\ttorch_names\tcensus_uses\tsources\tofficial\n")
        for name in sorted(targets):
            t = targets[name]
            torch_names = sorted(t["torch"], key=lambda n: (-uses.get(n, 0), n))
            counted = [uses[n] for n in torch_names if n in uses]
            f.write("\t".join([
                name,
                ",".join(torch_names),
                str(sum(counted)) if counted else "",
                ",".join(s for s in SOURCE_ORDER if s in t["sources"]),
                ",".join(f"{k}:{v}" for k, v in sorted(t["official"].items())),
            ]) + "\n")
    print(f"wrote {len(targets)} targets to {args.out}")


if __name__ == "__main__":
    main()
