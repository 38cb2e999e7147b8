#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus: small real inputs, one file each, named by content hash.

    fuzz-seeds.py MODELS_DIR OUT_DIR [--max-bytes N] [--every K]

Why small: the engine takes seconds for a whole modeling file under ASan, and libFuzzer mutates
best what it can run many times a second. So each seed is one top-level class or function of a
transformers modeling file (MODELS_DIR/*/modeling_*.py, the torch ones) preceded by that file's
top-level imports, which the checks need to know what `nn` or `torch` is; whole files small enough
are seeds too. The project's own check fixtures (plugins/*/tests/*/*.py) are added: each aims at one
check. Every K-th model (by name) is used, so the corpus stays small enough for a short CI run.
Deterministic for a given MODELS_DIR; the files are written outside the checkout (third-party
source is never committed). Prints the number of seeds written.
"""
import argparse
import ast
import hashlib
import os
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent


def model_files(models_dir, every):
    files = sorted(p for p in pathlib.Path(models_dir).glob("*/modeling_*.py")
                   if not p.name.startswith(("modeling_tf_", "modeling_flax_")))
    return files[::every]


def chunks(text):
    """The file's top-level imports, then each top-level definition (with its decorators) after them."""
    try:
        module = ast.parse(text)
    except (SyntaxError, ValueError):
        return []
    lines = text.splitlines(keepends=True)
    imports = "".join("".join(lines[node.lineno - 1:node.end_lineno]) for node in module.body
                      if isinstance(node, (ast.Import, ast.ImportFrom)))
    result = []
    for node in module.body:
        if not isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        result.append(imports + "\n\n" + "".join(lines[first - 1:node.end_lineno]))
    return result


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("models_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--max-bytes", type=int, default=4096)
    parser.add_argument("--every", type=int, default=1)
    args = parser.parse_args(argv[1:])

    seeds = []
    for path in model_files(args.models_dir, args.every):
        text = path.read_text(encoding="utf-8")
        seeds.extend([text] + chunks(text))
    seeds.extend(p.read_text(encoding="utf-8") for p in sorted(REPO.glob("plugins/*/tests/*/*.py")))

    os.makedirs(args.out_dir, exist_ok=True)
    written = set()
    for seed in seeds:
        data = seed.encode("utf-8")
        if len(data) > args.max_bytes:
            continue
        name = hashlib.sha1(data).hexdigest()  # libFuzzer's own naming: a seed is never stored twice
        if name not in written:
            (pathlib.Path(args.out_dir) / name).write_bytes(data)
            written.add(name)
    print(len(written))
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
