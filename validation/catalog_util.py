"""Small, framework-free helpers shared by the catalog generators (and unit-tested).

Why a module of its own: the catalogs are committed data that CI regenerates and compares
byte for byte, so everything that turns a measurement into text (error buckets, error classes,
result comparison) must be stable and testable without importing torch or MindSpore.
"""
import csv
import importlib
import os
import re
import zlib

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS_TSV = os.path.join(REPO, "data", "runtime", "probe_targets.tsv")
# Names the converter emits beyond the official tables (structural classes, dtypes), by hand.
CURATED_TSV = os.path.join(REPO, "data", "runtime", "curated_targets.tsv")

AGREE_BAR = 1e-4   # agrees == "yes" when every output is below this relative error
# The committed catalog must come out the same on every x86-64 CPU, and rounding differs between
# them (vector width, BLAS paths: a few 1e-7 relative on these fp32 probes). So the file records
# only the verdict, never the error itself, and a verdict counts as a fact only when the error is
# far from the bar: an error inside this band could fall on either side on another machine.
UNSTABLE_BAND = (AGREE_BAR / 10, AGREE_BAR * 2)


def unstable_verdict(rel):
    """True when `rel` lies so near AGREE_BAR that another CPU could give the other verdict."""
    return rel is not None and bool(np.isfinite(rel)) and UNSTABLE_BAND[0] <= rel < UNSTABLE_BAND[1]


def probe_seed(name):
    """A per-probe seed derived from its name: adding a probe never shifts another's inputs."""
    return zlib.crc32(name.encode("utf-8")) & 0x7FFFFFFF


_NOISE = [
    (re.compile(r"0x[0-9a-fA-F]+"), "0x?"),           # addresses
    (re.compile(r"\s+"), " "),
]

# Ordered (pattern, cpu status, template): the first match classifies the failure.
_CLASSES = [
    (re.compile(r"The kernel (\w+) unregistered"), "no-kernel", "kernel {0} unregistered"),
    (re.compile(r"Create kernelmod for op (\w+) failed"), "no-kernel", "no CPU kernelmod for {0}"),
    (re.compile(r"Unsupported op \[(\w+)\] on CPU"), "no-kernel", "op {0} unsupported on CPU"),
    (re.compile(r"Not implement exception"), "no-kernel", "op not implemented on CPU (InferShape)"),
    (re.compile(r"Create device context failed"), "error", "creates an Ascend device context"),
]


def classify_error(exc_type, message):
    """(cpu status, short stable error class) for an exception raised by a probe.

    Kernel-registration failures are "no-kernel"; anything else is "error" with the exception
    type and the first line of its message, scrubbed of addresses and cut to 100 characters.
    """
    for pattern, status, template in _CLASSES:
        m = pattern.search(message)
        if m:
            return status, template.format(*m.groups())
    first = next((ln.strip() for ln in message.splitlines() if ln.strip()), "")
    for pattern, repl in _NOISE:
        first = pattern.sub(repl, first)
    first = first.split("----")[0].strip()
    text = f"{exc_type}: {first}" if first else exc_type
    return "error", text[:100].rstrip()


def rel_error(a, b):
    """||a-b|| / ||a|| in float64 (max-abs difference when a is all zeros; 0 when equal)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if np.array_equal(a, b, equal_nan=True):
        return 0.0
    diff = np.where(np.isnan(a) & np.isnan(b), 0.0, a - b)
    na = np.linalg.norm(np.nan_to_num(a))
    nd = np.linalg.norm(diff)
    return float(nd / na) if na > 0 else float(np.abs(diff).max())


def describe(v):
    """Short structural description of a normalised result, for notes (never raw values)."""
    if v[0] == "seq":
        return "(" + ", ".join(describe(e) for e in v[1]) + ")"
    if v[0] == "array":
        return f"{v[1]}{list(v[2])}"
    return v[1]


def compare(pt, ms_, values=True):
    """Compare two normalised results (see normalise in gen_api_catalog).

    Each is ("array", dtype, shape, ndarray) / ("scalar", type name, value) / ("seq", [items]).
    Returns (agrees: bool, rel: float or None, notes: list of str). values=False compares only
    structure, shapes and dtypes (random outputs).
    """
    notes = []
    if pt[0] != ms_[0]:
        return False, None, [f"torch gives {describe(pt)}, ms gives {describe(ms_)}"]
    if pt[0] == "seq":
        if len(pt[1]) != len(ms_[1]):
            return False, None, [f"torch gives {len(pt[1])} outputs, ms {len(ms_[1])}"]
        ok, worst = True, 0.0
        for i, (p, m) in enumerate(zip(pt[1], ms_[1])):
            o, r, n = compare(p, m, values)
            ok &= o
            worst = None if (worst is None or r is None) else max(worst, r)
            notes += [f"output {i}: {x}" for x in n]
        return ok, worst, notes
    if pt[0] == "scalar":
        equal = pt[2] == ms_[2] or (isinstance(pt[2], float) and isinstance(ms_[2], (int, float))
                                    and abs(pt[2] - ms_[2]) <= AGREE_BAR * max(1.0, abs(pt[2])))
        if pt[1] != ms_[1]:
            notes.append(f"type: torch {pt[1]}, ms {ms_[1]}")
        return bool(equal) or not values, None if not values else (0.0 if equal else 1.0), notes
    _, pdt, pshape, parr = pt
    _, mdt, mshape, marr = ms_
    if pshape != mshape:
        return False, None, [f"shape: torch {pshape}, ms {mshape}"]
    if pdt != mdt:
        notes.append(f"dtype: torch {pdt}, ms {mdt}")
    if not values:
        return pdt == mdt, None, notes
    rel = rel_error(parr, marr)
    return rel < AGREE_BAR and pdt == mdt, rel, notes


def _read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def read_targets(path=TARGETS_TSV, curated=CURATED_TSV):
    """The committed probe targets and the curated names not among them, sorted by name: list of
    dicts (ms_name, torch_names, census_uses, ...)."""
    rows = _read_tsv(path)
    known = {r["ms_name"] for r in rows}
    if curated and os.path.exists(curated):
        rows += [r for r in _read_tsv(curated) if r["ms_name"] not in known]
    return sorted(rows, key=lambda r: r["ms_name"])


def resolve(dotted):
    """Import the longest importable module prefix, then getattr the rest; None if absent."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except Exception:
            continue
        try:
            for p in parts[i:]:
                obj = getattr(obj, p)
            return obj
        except AttributeError:
            return None
    return None
