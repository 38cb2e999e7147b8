"""Generate the MindSpore public-name catalog: every name a converted file can reach through
`mindspore`, one per line with its kind.

Why: `--validate` and the api-unknown-name check must say "this MindSpore name does not exist in
the target version" without importing MindSpore at conversion time. api_catalog.tsv only covers the
names the mapping targets; this catalog covers the whole public surface of the packages a
converted file uses, so a hand edit or a wrong table row is caught too.

    <venv>/bin/python validation/gen_ms_names.py [--out FILE]

What is listed: for each module in ROOTS (kind "namespace": listed completely), every attribute
that does not start with "__" (single-underscore names are kept: the converter emits
`mindspore._no_grad`), with its kind: module, class, function, other. Other modules are not
walked, and members of classes are not listed: the check accepts any name below a class, a
function or a module that is not a namespace (`mindspore.Tensor.shape`), and reports only a name
missing from a namespace.
"""
import argparse
import importlib
import inspect
import os
import sys

os.environ.setdefault("GLOG_v", "3")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_util import REPO  # noqa: E402

# What converted code imports from; mint and its sub-namespaces are the output dialect.
ROOTS = ["mindspore", "mindspore.mint", "mindspore.mint.nn", "mindspore.mint.nn.functional",
         "mindspore.mint.special", "mindspore.mint.linalg", "mindspore.mint.optim",
         "mindspore.mint.distributed", "mindspore.ops", "mindspore.nn", "mindspore.common",
         "mindspore.common.initializer", "mindspore.amp", "mindspore.numpy", "mindspore.runtime",
         "mindspore.communication", "mindspore.train", "mindspore.context", "mindspore.dataset"]


def kind_of(value):
    if inspect.ismodule(value):
        return "module"
    if inspect.isclass(value):
        return "class"
    if callable(value):
        return "function"
    return "other"


def list_namespace(module, names):
    for attribute in sorted(dir(module)):
        if attribute.startswith("__"):
            continue
        try:
            value = getattr(module, attribute)
        except Exception:  # lazy attributes that fail to load are not usable names
            continue
        name = f"{module.__name__}.{attribute}"
        names.setdefault(name, kind_of(value))


def main():
    import mindspore
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(REPO, "data", "runtime", f"mindspore-{mindspore.__version__}",
                                                      "public_names.tsv"))
    args = parser.parse_args()
    names = {}
    for root in ROOTS:
        names[root] = "namespace"
    for root in ROOTS:
        list_namespace(importlib.import_module(root), names)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# MindSpore {mindspore.__version__} public names (validation/gen_ms_names.py): name, kind\n")
        for name in sorted(names):
            f.write(f"{name}\t{names[name]}\n")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
