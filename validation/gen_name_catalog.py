"""Generate the name catalog: module -> exported names, for mindone.transformers and transformers.

Why: for `from ...X import a, b` in a converted transformers modeling file the converter must
decide, per name, whether mindone.transformers.X provides it (the import stays relative), only
HF transformers.X does (it moves to `from transformers.X import ...`), or neither (reported).
That decision must come from the real, pinned packages, so this script
introspects them and writes committed, deterministic JSON:

    <venv>/bin/python validation/gen_name_catalog.py [--out FILE]

Which modules: every module that the installed transformers' PyTorch modeling files
(models/*/modeling_*.py, TF/Flax files excluded) import from, found by an `ast` scan of those
files, plus the infrastructure modules converted files import from. Each is recorded under its path relative
to the package root ("modeling_utils", "models.llama.modeling_llama") for both packages;
`pytorch_utils` is looked up in mindone as `mindspore_utils`. A module that fails to import is
recorded with its error. Names: what `from M import name` would find, minus names that merely
pass through from other libraries (typing, numpy, torch, mindspore, logging objects).
Decorators used in the modeling files are recorded with their signatures and how each package's
own modeling files call them (bare `@d` or called `@d(...)`), since some differ.

Imports run on CPU only: CUDA is hidden from torch and MindSpore is set to the CPU device before
mindone is imported.
"""
import argparse
import ast
import collections
import functools
import glob
import importlib
import importlib.util
import inspect
import json
import os
import pkgutil
import re
import sys
import warnings

os.environ.setdefault("GLOG_v", "3")              # MindSpore: errors only
os.environ["CUDA_VISIBLE_DEVICES"] = ""           # never touch a GPU, even if one exists
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from catalog_util import REPO  # noqa: E402

# Infrastructure a converted file imports from, whether or not the scan sees it.
CORE = ["activations", "cache_utils", "configuration_utils", "generation", "integrations",
        "masking_utils", "modeling_attn_mask_utils", "modeling_flash_attention_utils",
        "modeling_layers", "modeling_outputs", "modeling_rope_utils", "modeling_utils",
        "processing_utils", "pytorch_utils", "utils", "utils.deprecation", "utils.generic"]
MINDONE_RENAMES = {"pytorch_utils": "mindspore_utils"}   # torch-specific module -> mindone's
ROOTS = {"transformers": ("transformers",), "mindone": ("mindone", "transformers")}


def package_dir(name):
    spec = importlib.util.find_spec(name)
    return os.path.dirname(spec.origin)


def modeling_files(pkg_dir):
    """PyTorch modeling files of a transformers-like tree (TF and Flax ones excluded)."""
    files = glob.glob(os.path.join(pkg_dir, "models", "*", "modeling_*.py"))
    return sorted(f for f in files if not re.search(r"modeling_(tf|flax)_", os.path.basename(f)))


def model_folder_files(pkg_dir):
    """Every Python file of the model folders but the TF and Flax ones: the siblings a modeling file
    is converted with (generation_*, processing_*, ...) import from the package too."""
    files = glob.glob(os.path.join(pkg_dir, "models", "*", "*.py"))
    return sorted(f for f in files if not re.search(r"(modeling|generation)_(tf|flax)_", os.path.basename(f)))


def absolute(node, package):
    """Absolute module of an ImportFrom node inside `package` (e.g. transformers.models.bert)."""
    if not node.level:
        return node.module or ""
    base = package.split(".")
    base = base[:len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


@functools.lru_cache(maxsize=None)
def parsed(path):
    """A file's syntax tree, parsed once however many scans read it."""
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read())


def imported_modules(files, root):
    """Counter of the package's modules (relative to `root`) that `files` import from."""
    modules = collections.Counter()
    for path in files:
        package = f"{root}.models.{os.path.basename(os.path.dirname(path))}"
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.ImportFrom):
                mod = absolute(node, package)
                if mod.startswith(root + "."):
                    modules[mod[len(root) + 1:]] += 1
    return modules


def scan(pkg_dir, root):
    """ast scan: (Counter of imported modules relative to `root`, decorator usage Counter).

    Decorator usage is keyed (relative module, name, "bare"|"called") and counts only decorators
    imported from inside the package, resolved through each file's own imports.
    """
    decorators = collections.Counter()
    for path in modeling_files(pkg_dir):
        package = f"{root}.models.{os.path.basename(os.path.dirname(path))}"
        tree = parsed(path)
        origin = {}                                   # local name -> relative module it comes from
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                mod = absolute(node, package)
                for prefix in (root + ".", "transformers."):   # mindone files also import HF transformers
                    if mod.startswith(prefix):
                        rel = mod[len(prefix):]
                        for alias in node.names:
                            origin[alias.asname or alias.name] = (prefix.rstrip("."), rel, alias.name)
                        break
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                for dec in node.decorator_list:
                    target = dec.func if isinstance(dec, ast.Call) else dec
                    if isinstance(target, ast.Name) and target.id in origin:
                        pkg, rel, name = origin[target.id]
                        shape = "called" if isinstance(dec, ast.Call) else "bare"
                        decorators[(pkg, rel, name, shape)] += 1
    return imported_modules(modeling_files(pkg_dir), root), decorators


def names_mindone_takes_from_transformers(pkg_dir):
    """Every name some file of mindone.transformers imports from the transformers package (any
    module of it): mindone's own evidence that the name works without torch."""
    names = set()
    for path in sorted(glob.glob(os.path.join(pkg_dir, "**", "*.py"), recursive=True)):
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.ImportFrom) and not node.level and node.module and (
                    node.module == "transformers" or node.module.startswith("transformers.")):
                names.update(alias.name for alias in node.names if alias.name != "*")
    return sorted(names)


def scrub(text):
    text = re.sub(r" at 0x[0-9a-fA-F]+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def error_text(exc):
    first = next((ln for ln in str(exc).splitlines() if ln.strip()), "")
    return scrub(f"{type(exc).__name__}: {first}")[:200]


def kind_and_origin(obj):
    if inspect.ismodule(obj):
        return "module", obj.__name__
    if inspect.isclass(obj):
        return "class", getattr(obj, "__module__", "") or ""
    if inspect.isfunction(obj) or inspect.isbuiltin(obj) or inspect.ismethod(obj):
        return "function", getattr(obj, "__module__", "") or ""
    module = type(obj).__module__
    return "value", ("" if module == "builtins" else module)   # plain constants are the module's own


def exported(mod, roots):
    """name -> kind for what `from mod import name` finds, minus pass-through foreign names."""
    names = {}
    for name in sorted(set(dir(mod))):
        if name.startswith("__"):
            continue
        try:
            obj = getattr(mod, name)
        except Exception as e:                  # a lazy attribute whose import fails
            names[name] = "unresolved: " + error_text(e)
            continue
        kind, origin = kind_and_origin(obj)
        # Pass-through foreign names are left out, except typing constructs (`Unpack` from
        # processing_utils): framework-neutral, and modeling files import them from there.
        if origin and not origin.split(".")[0] in roots and origin.split(".")[0] not in ("typing", "typing_extensions"):
            continue
        names[name] = kind
    if hasattr(mod, "__path__"):                # submodules are importable names too
        for info in pkgutil.iter_modules(mod.__path__):
            names.setdefault(info.name, "module")
    return names


def describe_module(full, roots):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            mod = importlib.import_module(full)
    except ModuleNotFoundError as e:
        if e.name and (full == e.name or full.startswith(e.name + ".")):
            return {"module": full, "status": "missing"}
        return {"module": full, "status": "import-error", "error": error_text(e)}
    except BaseException as e:                  # noqa: BLE001  SystemExit, OSError, ... are facts
        if isinstance(e, KeyboardInterrupt):
            raise
        return {"module": full, "status": "import-error", "error": error_text(e)}
    return {"module": full, "status": "ok", "names": exported(mod, roots)}


FUNC_LIKE = re.compile(r"^(f|fn|func\w*|function|\w*_forward|forward|method|obj|cls|klass)$")


def call_shape(obj):
    """How a decorator is meant to be applied, as far as its signature tells.

    bare: its first parameter takes the decorated function and nothing else is required;
    bare-or-called: that parameter defaults to None (both @d and @d(...) work);
    called: a factory (@d(...)); unknown: the signature does not say. The usage counts in the
    catalog are the stronger evidence; this is what introspection alone can tell.
    """
    if inspect.isclass(obj):
        return "class", ""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "unknown", ""
    params = list(sig.parameters.values())
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = [p for p in params
                if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    first = positional[0] if positional else None
    if first is None or first.annotation in (str, int, float, bool):
        shape = "called"                        # @d(...): a factory returning the decorator
    elif FUNC_LIKE.match(first.name):
        if first.default is first.empty:
            shape = "bare" if len(required) == 1 else "unknown"
        else:
            shape = "bare-or-called" if first.default is None else "unknown"
    else:
        shape = "called" if len(required) != 1 else "unknown"
    return shape, scrub(str(sig))


def decorators(usage):
    """usage: Counter (user package, imported from, relative module, name, bare|called)."""
    out = {}
    for rel, name in sorted({(k[2], k[3]) for k in usage}):
        entry = {"module": rel}
        for side, full_root in (("transformers", "transformers"), ("mindone", "mindone.transformers")):
            rel_side = MINDONE_RENAMES.get(rel, rel) if side == "mindone" else rel
            used = collections.Counter()
            for (user, source, r, n, shape), count in usage.items():
                if user == side and (r, n) == (rel, name):
                    used[f"{shape} (from {source})" if side == "mindone" else shape] += count
            info = {"used_in_modeling_files": dict(sorted(used.items()))}
            try:
                obj = getattr(importlib.import_module(f"{full_root}.{rel_side}"), name)
            except Exception:
                info["provided"] = False
            else:
                shape, sig = call_shape(obj)
                info.update(provided=True, shape=shape, signature=sig,
                            defined_in=getattr(obj, "__module__", ""))
            entry[side] = info
        out[f"{rel}.{name}"] = entry
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out")
    args = ap.parse_args()

    import mindspore as ms
    ms.set_device("CPU")                        # before mindone builds anything
    import mindone
    import transformers
    out = args.out or os.path.join(REPO, "data", "runtime",
                                   f"mindone-{mindone.__version__}_transformers-{transformers.__version__}",
                                   "name_catalog.json")

    hf_modules, hf_decos = scan(package_dir("transformers"), "transformers")
    mo_modules, mo_decos = scan(package_dir("mindone.transformers"), "mindone.transformers")
    usage = collections.Counter()
    for user, decos in (("transformers", hf_decos), ("mindone", mo_decos)):
        for (pkg, rel, name, shape), n in decos.items():
            source = "mindone" if pkg == "mindone.transformers" else "transformers"
            usage[(user, source, rel, name, shape)] += n

    # the package infrastructure the siblings import (generation.*, utils.*); another model's
    # modules only as the modeling files name them
    hf_folder_modules = collections.Counter({
        rel: n for rel, n in imported_modules(model_folder_files(package_dir("transformers")), "transformers").items()
        if not rel.startswith("models.")})
    rels = sorted((set(hf_modules) | set(hf_folder_modules) | set(CORE)) - {""})
    modules = {}
    for rel in rels:
        modules[rel] = {
            "imported_by_hf_modeling_files": hf_modules.get(rel, 0),
            "imported_by_hf_model_folder_files": hf_folder_modules.get(rel, 0),
            "transformers": describe_module(f"transformers.{rel}", ROOTS["transformers"]),
            "mindone": describe_module(f"mindone.transformers.{MINDONE_RENAMES.get(rel, rel)}",
                                       ROOTS["mindone"]),
        }
    models_dir = os.path.join(package_dir("mindone.transformers"), "models")
    catalog = {
        "about": "Generated by validation/gen_name_catalog.py from the installed packages; do not edit. "
                 "modules: path relative to the package root (every module transformers' modeling files "
                 "import, and every module outside models/ the other files of the model folders import) -> "
                 "for each package the module imported, "
                 "its status (ok | missing | import-error) and exported names (name -> kind). "
                 "decorators: decorators imported by the PyTorch modeling files, their call shape "
                 "(bare | called | bare-or-called | class) from the signature, and bare/called counts "
                 "in each package's own modeling files. mindone_takes_from_transformers: every name "
                 "a file of mindone.transformers imports from the transformers package.",
        "versions": {"mindone": mindone.__version__, "transformers": transformers.__version__,
                     "mindspore": ms.__version__},
        "scan": {"transformers_modeling_files": len(modeling_files(package_dir("transformers"))),
                 "mindone_modeling_files": len(modeling_files(package_dir("mindone.transformers")))},
        "modules": modules,
        "decorators": decorators(usage),
        "mindone_takes_from_transformers": names_mindone_takes_from_transformers(package_dir("mindone.transformers")),
        "mindone_model_packages": sorted(i.name for i in pkgutil.iter_modules([models_dir]) if i.ispkg),
    }
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(catalog, f, indent=1, sort_keys=True, ensure_ascii=True)
        f.write("\n")
    ok = sum(m[s]["status"] == "ok" for m in modules.values() for s in ("transformers", "mindone"))
    print(f"gen_name_catalog: {len(modules)} modules ({ok} of {2 * len(modules)} imports ok), "
          f"{len(catalog['decorators'])} decorators -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
