"""Generate the API catalog: which MindSpore names exist, run on CPU and agree with torch.

Why: every rule that maps a torch name to a MindSpore name, and every parity test, rests on
three facts per target name: does it exist in the pinned mindspore, does it have a CPU kernel
in PyNative mode, and does it compute what the torch counterpart computes. This script measures
them for every name in data/runtime/probe_targets.tsv (the names the mapping tables might
target) and writes a deterministic TSV that is committed and re-checked in CI:

    <venv>/bin/python validation/gen_api_catalog.py [--out FILE] [--only NAME ...] [-v]

Existence is introspection. Names with a recipe in api_probes.py are also run on small seeded
random inputs against torch; the rest are marked not-probed. All probes run in this one process:
kernels are launched synchronously (mindspore.runtime.launch_blocking()), so a failing kernel
raises at its own call and a per-probe try/except attributes it correctly. Only verdicts are
written, never the errors behind them (rounding differs between CPUs); a probe whose error lies
near the agreement bar stops the generator (catalog_util.UNSTABLE_BAND), since its verdict would
not be the same on every machine: change that probe's inputs. `-v` prints every error measured.
"""
import argparse
import os
import sys
import time

os.environ.setdefault("GLOG_v", "3")        # MindSpore: errors only on stderr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


import numpy as np  # noqa: E402
import torch  # noqa: E402

import mindspore as ms  # noqa: E402

import api_probes  # noqa: E402
from catalog_util import AGREE_BAR, unstable_verdict  # noqa: E402
from catalog_util import REPO, classify_error, compare, probe_seed, read_targets, resolve  # noqa: E402

DEFAULT_OUT = os.path.join(REPO, "data", "runtime", f"mindspore-{ms.__version__}", "api_catalog.tsv")
COLUMNS = ["name", "exists", "kind", "cpu", "agrees", "error", "meaning", "torch",
           "census_uses", "note"]

# Hand-written explanations for Tensor methods whose meaning differs from torch; the probe
# columns show the measured effect, these say what it means for a rewrite.
MEANING_NOTES = {
    "mindspore.Tensor.size": "size is an int property (number of elements), not a method; "
                             "x.size() -> x.shape, x.size(i) -> x.shape[i] (R-17)",
    "mindspore.Tensor.shape": "property; the target of x.size()",
}


class Framework:
    """T in the recipes: T(ndarray) -> tensor; T.float16 etc. -> dtype; T.nn -> layer namespace."""

    def __init__(self, name):
        self.name = name

    def __call__(self, a):
        return torch.tensor(a) if self.name == "torch" else ms.tensor(a)

    def __getattr__(self, attr):
        if attr == "nn":
            return torch.nn if self.name == "torch" else ms.mint.nn
        if self.name == "mindspore" and attr == "bool":
            return ms.bool_
        return getattr(torch if self.name == "torch" else ms, attr)


TORCH, MS = Framework("torch"), Framework("mindspore")


def kind_of(owner, attr, obj):
    """Coarse, stable kind from introspection: module / class / property / function / attribute."""
    import inspect
    if inspect.ismodule(obj):
        return "module"
    if inspect.isclass(obj):
        return "class"
    if owner is not None and inspect.isclass(owner):
        raw = inspect.getattr_static(owner, attr, None)
        if isinstance(raw, property) or type(raw).__name__ == "getset_descriptor":
            return "property"
    if not callable(obj):
        return "attribute"
    return "method" if owner is not None and inspect.isclass(owner) else "function"


def exists(name):
    """(exists, kind) by introspection of the installed mindspore."""
    owner_name, _, attr = name.rpartition(".")
    obj = resolve(name)
    if obj is None and not hasattr(resolve(owner_name) or object(), attr):
        return False, ""
    return True, kind_of(resolve(owner_name), attr, obj)


def normalise(x):
    """Framework result -> ("array", dtype, shape, ndarray) | ("scalar", type, value) | ("seq", [..])."""
    if isinstance(x, torch.Tensor):
        x = x.detach()
        return ("array", str(x.dtype).replace("torch.", ""), tuple(x.shape), x.numpy())
    if isinstance(x, ms.Tensor):
        dt = str(x.dtype).lower().replace("bool_", "bool")
        return ("array", dt, tuple(x.shape), x.asnumpy())
    if isinstance(x, np.ndarray):
        return ("array", str(x.dtype), x.shape, x)
    if isinstance(x, (tuple, list)):
        if _has_tensor(x):
            return ("seq", [normalise(e) for e in x])
        return ("scalar", "sequence", tuple(_plain(e) for e in x))
    if isinstance(x, np.generic):
        x = x.item()
    return ("scalar", type(x).__name__, x)


def _has_tensor(x):
    if isinstance(x, (tuple, list)):
        return any(_has_tensor(e) for e in x)
    return isinstance(x, (torch.Tensor, ms.Tensor, np.ndarray))


def _plain(e):
    return tuple(_plain(i) for i in e) if isinstance(e, (tuple, list)) else e


def method_caller(attr):
    return lambda recv, *a, **k: getattr(recv, attr)(*a, **k)


def randomise(module, rng):
    """Give a torch module deterministic non-trivial parameters and buffers (norms: positive var)."""
    with torch.no_grad():
        for key, t in sorted(module.state_dict().items()):
            if not t.is_floating_point():
                continue
            a = rng.pos(*t.shape) if "var" in key else rng.randn(*t.shape) * 0.5
            t.copy_(torch.tensor(a))


def copy_into(ms_cell, torch_module, pmap):
    """Copy torch's state_dict into MindSpore parameters of the same (or pmap-renamed) name."""
    params = dict(ms_cell.parameters_and_names())
    notes, filled = [], set()
    for key, t in sorted(torch_module.state_dict().items()):
        if key.endswith("num_batches_tracked"):
            continue
        head, _, leaf = key.rpartition(".")
        ms_key = (head + "." if head else "") + pmap.get(leaf, leaf)
        if ms_key not in params:
            notes.append(f"no ms parameter for torch {key}")
            continue
        value = t.detach().numpy()
        if tuple(params[ms_key].shape) != value.shape:
            notes.append(f"{key} shape torch {value.shape} ms {tuple(params[ms_key].shape)}")
            continue
        params[ms_key].set_data(ms.tensor(value, dtype=params[ms_key].dtype))
        filled.add(ms_key)
    notes += [f"ms parameter {k} not filled" for k in sorted(set(params) - filled)]
    if pmap:
        notes.append("parameter names " + ", ".join(f"{k}->{v}" for k, v in sorted(pmap.items())))
    return notes


def run_side(probe, fw, target, name, seed):
    """Run one side of a probe; returns (result, notes)."""
    call = probe.call if fw is TORCH else probe.ms_call
    r = api_probes.Inputs(seed)
    if probe.kind == "layer":
        build, inputs = call
        cell = build(target, fw)
        notes = []
        if fw is TORCH:
            randomise(cell, api_probes.Inputs(seed + 1))
            cell.eval()
            run_side.last_torch_module = cell
        else:
            notes = copy_into(cell, run_side.last_torch_module, probe.pmap)
            cell.set_train(False)
        with torch.no_grad():
            return cell(*inputs(fw, r)), notes
    if probe.torch.startswith("torch.Tensor."):     # a Tensor method: call it by this side's name
        target = method_caller(name.rsplit(".", 1)[1])
    with torch.no_grad():
        return call(target, fw, r), []


def probe_one(name, probe):
    """Run a recipe; returns dict of catalog fields (cpu, agrees, error, note) and the measured
    relative error under "rel" (not written: it differs between CPUs)."""
    seed = probe_seed(name)
    torch_obj = resolve(probe.torch) if not probe.torch.startswith("torch.Tensor.") else None
    try:
        pt, _ = run_side(probe, TORCH, torch_obj, probe.torch, seed)
        pt = normalise(pt)
    except Exception as e:                       # a recipe bug, not a MindSpore fact: say so loudly
        print(f"gen_api_catalog: torch side of {name} failed: {type(e).__name__}: {e}", file=sys.stderr)
        return dict(cpu="error", agrees="n-a", error="recipe fails on torch", note="")
    try:
        out, notes = run_side(probe, MS, resolve(name), name, seed)
        out = normalise(out)
    except Exception as e:
        cpu, err = classify_error(type(e).__name__, str(e))
        why = [probe.why] if probe.why and cpu == "error" else []
        return dict(cpu=cpu, agrees="n-a", error=err, note="; ".join([probe.note] * bool(probe.note) + why))
    ok, rel, cmp_notes = compare(pt, out, values=probe.kind != "random")
    notes = ([probe.note] if probe.note else []) + notes + cmp_notes
    if probe.kind == "random":
        notes.append("random: shape and dtype compared")
    agrees = ("yes" if ok and not any("not filled" in n or "no ms parameter" in n for n in notes)
              else "no")
    if agrees == "no" and probe.why:
        notes.append(probe.why)
    return dict(cpu="ok", agrees="n-a" if probe.kind == "random" and ok else agrees,
                rel=rel, error="", note="; ".join(notes))


def meaning(name, fields):
    """For Tensor methods: does the torch-style call mean the same thing in MindSpore?"""
    if not name.startswith("mindspore.Tensor.") or fields["cpu"] == "not-probed":
        return ""
    if name in MEANING_NOTES and name != "mindspore.Tensor.shape":
        return "differs"
    if fields["cpu"] == "no-kernel" or fields["error"] == "recipe fails on torch":
        return "unknown"
    if fields["cpu"] == "error" or fields["agrees"] == "no":
        return "differs"
    return "same"


def catalog_rows(targets, only=None, verbose=False, unstable=None):
    """One row per target; probes whose verdict is not machine-independent go to `unstable`."""
    rows = []
    unstable = [] if unstable is None else unstable
    for t in targets:
        name = t["ms_name"]
        if only and name not in only:
            continue
        present, kind = exists(name)
        probe = api_probes.RECIPES.get(name)
        fields = dict(cpu="not-probed", agrees="n-a", error="", note="")
        torch_name = probe.torch if probe else t["torch_names"].split(",")[0]
        if not present:
            fields["note"] = "name not found in installed mindspore"
        elif probe:
            start = time.perf_counter()
            fields = probe_one(name, probe)
            if verbose:
                print(f"{time.perf_counter() - start:7.3f}s {name}: {fields}", file=sys.stderr)
            if unstable_verdict(fields.get("rel")):
                unstable.append(f"{name} (relative error {fields['rel']:.2e}, bar {AGREE_BAR:g})")
        m = meaning(name, fields)
        note = "; ".join(x for x in (MEANING_NOTES.get(name, ""), fields.get("note", "")) if x)
        rows.append(dict(name=name, exists="yes" if present else "no", kind=kind, cpu=fields["cpu"],
                         agrees=fields["agrees"],
                         error=fields["error"], meaning=m, torch=torch_name,
                         census_uses=t["census_uses"], note=note))
    return rows


def header():
    return (f"# API catalog: mindspore {ms.__version__}, torch {torch.__version__.split('+')[0]}, "
            f"numpy {np.__version__}; CPU, PyNative, launch_blocking. Generated by "
            "validation/gen_api_catalog.py from data/runtime/probe_targets.tsv; do not edit. "
            "cpu: ok | no-kernel | error | not-probed. agrees: yes | no | n-a (random, failed, "
            f"not probed; yes = every output within relative error {AGREE_BAR:g} of torch).\n")


def write(rows, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header())
        f.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            f.write("\t".join(str(row[c]).replace("\t", " ").replace("\n", " ") for c in COLUMNS) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--only", nargs="*", help="catalogue only these names (debugging)")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-probe timing on stderr")
    args = ap.parse_args()
    start = time.perf_counter()
    ms.set_context(mode=ms.PYNATIVE_MODE)
    ms.set_device("CPU")
    ms.runtime.launch_blocking()    # synchronous kernels: a failure raises at its own call
    torch.set_num_threads(1)        # fixed reduction order in torch
    unstable = []
    rows = catalog_rows(read_targets(), set(args.only) if args.only else None, args.verbose, unstable)
    if unstable:
        print("gen_api_catalog: these probes measure an error too near the agreement bar for their verdict "
              "to be the same on every CPU; change their inputs (api_probes.py): " + "; ".join(unstable),
              file=sys.stderr)
        sys.exit(1)
    write(rows, args.out)
    probed = [r for r in rows if r["cpu"] != "not-probed"]
    count = lambda key, val: sum(r[key] == val for r in probed)  # noqa: E731
    print(f"gen_api_catalog: {len(rows)} names, {sum(r['exists'] == 'yes' for r in rows)} exist, "
          f"{len(probed)} probed: {count('cpu', 'ok')} ok, {count('cpu', 'no-kernel')} no-kernel, "
          f"{count('cpu', 'error')} error, {count('agrees', 'no')} disagree; "
          f"{time.perf_counter() - start:.1f} s -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
