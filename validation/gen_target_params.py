"""Generate the parameter names of every MindSpore name in the API catalog.

Why: the mapping table renames keyword arguments where a target spells a torch parameter
differently (`dim` is `axis` for `mindspore.ops.tensor_split`). Which targets do is a fact of the
pinned wheel, so it is read from the real signatures here, not typed by hand:

    <venv>/bin/python validation/gen_target_params.py [--out FILE]

One row per catalog name that exists: name, then its parameter names in order (a class: its
__init__'s, without self), or "?" when Python cannot tell (C builtins without a signature).
plugins/api_mapping/tools/build_api_map.py reads it.
"""
import argparse
import csv
import inspect
import os
import sys

os.environ.setdefault("GLOG_v", "3")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_util import REPO, resolve  # noqa: E402


def parameters(value):
    try:
        signature = inspect.signature(value.__init__ if inspect.isclass(value) else value)
    except (TypeError, ValueError):
        return None
    return [p for p in signature.parameters if p != "self"]


def main():
    import mindspore
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    folder = os.path.join(REPO, "data", "runtime", f"mindspore-{mindspore.__version__}")
    parser.add_argument("--out", default=os.path.join(folder, "target_params.tsv"))
    args = parser.parse_args()
    with open(os.path.join(folder, "api_catalog.tsv"), encoding="utf-8") as f:
        names = sorted(r["name"] for r in csv.DictReader((l for l in f if not l.startswith("# ")), delimiter="\t")
                       if r["exists"] == "yes" and not r["name"].startswith("mindspore.Tensor."))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# Parameter names of the API catalog's MindSpore {mindspore.__version__} names "
                "(validation/gen_target_params.py); ? = no Python signature\n")
        f.write("name\tparameters\n")
        for name in names:
            value = resolve(name)
            found = None if value is None else parameters(value)
            f.write(f"{name}\t{'?' if found is None else ','.join(found)}\n")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
