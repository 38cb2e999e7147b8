"""forward -> construct in Cell classes, as a LibCST codemod: a class whose bases name a Cell, HF's
PreTrainedModel (any prefix) or GradientCheckpointingLayer, or another class of the same file that is
one; `def forward` and `self.forward` / `super().forward` inside it. Rewrites the files in place.

    python libcst_forward.py --jobs N DIR
"""
import argparse
import multiprocessing
import pathlib
import re
import sys

import libcst as cst

CELL_BASE = re.compile(r"(Cell|PreTrainedModel|GradientCheckpointingLayer)$")


def base_name(expression):
    """The last dotted part of a base class expression (`nn.Cell` -> `Cell`), or None."""
    if isinstance(expression, cst.Name):
        return expression.value
    if isinstance(expression, cst.Attribute):
        return expression.attr.value
    return None


def cell_classes(module):
    """The names of the module's classes that are Cells, directly or through another such class."""
    bases = {}
    for statement in module.body:
        if isinstance(statement, cst.ClassDef):
            bases[statement.name.value] = [base_name(a.value) for a in statement.bases]
    cells, grew = set(), True
    while grew:
        grew = False
        for name, names in bases.items():
            if name not in cells and any(n and (CELL_BASE.search(n) or n in cells) for n in names):
                cells.add(name)
                grew = True
    return cells


class Rename(cst.CSTTransformer):
    def __init__(self, cells):
        self.cells, self.depth = cells, 0

    def visit_ClassDef(self, node):
        self.depth += node.name.value in self.cells

    def leave_ClassDef(self, original, updated):
        self.depth -= original.name.value in self.cells
        return updated

    def leave_FunctionDef(self, original, updated):
        if self.depth and updated.name.value == "forward":
            return updated.with_changes(name=cst.Name("construct"))
        return updated

    def leave_Attribute(self, original, updated):
        if not self.depth or updated.attr.value != "forward":
            return updated
        obj = updated.value
        is_self = isinstance(obj, cst.Name) and obj.value == "self"
        is_super = isinstance(obj, cst.Call) and isinstance(obj.func, cst.Name) and obj.func.value == "super"
        return updated.with_changes(attr=cst.Name("construct")) if is_self or is_super else updated


def convert(path):
    text = path.read_text(encoding="utf-8")
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError:
        return 0
    new = module.visit(Rename(cell_classes(module))).code
    if new != text:
        path.write_text(new, encoding="utf-8")
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("dir", type=pathlib.Path)
    args = parser.parse_args()
    files = sorted(args.dir.rglob("*.py"))
    with multiprocessing.Pool(args.jobs) as pool:
        changed = sum(pool.map(convert, files, chunksize=8))
    print(f"libcst_forward: {changed} of {len(files)} files changed", file=sys.stderr)


if __name__ == "__main__":
    main()
