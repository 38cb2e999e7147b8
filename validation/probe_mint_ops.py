"""Probe mindspore.mint operations on CPU in PyNative mode against torch.

Why: the converter emits `mindspore.mint` calls; before any parity test can mean anything we
must know which of those calls have a CPU kernel at all, and how close they are to torch.
The list is the brief's ops (matmul, softmax, Linear, LayerNorm, gelu, arange, cat) plus the
mint ops that mindone's bert/llama/cohere2 ports call (see ceiling_parity.py), plus a few
non-mint `mindspore.ops` / `mindspore.nn` counterparts, to see what could stand in on CPU.
Each probe feeds the same random NumPy input to both frameworks and prints either the relative
error ||pt-ms||/||pt|| and max-abs error, or the exact exception.

Run with the pinned venv:
  "$(scripts/setup-validation-env.sh | tail -1)/bin/python" validation/probe_mint_ops.py [NAME...]
"""
import subprocess
import sys
import traceback

import numpy as np
import torch
import torch.nn.functional as F

import mindspore as ms
from mindspore import mint, nn, ops

rng = np.random.default_rng(42)


def rand(*shape):
    return rng.standard_normal(shape).astype(np.float32)


T, M = torch.tensor, ms.tensor  # short names for the tables below


def with_weights(pt_layer, ms_layer, names=("weight", "bias")):
    """Copy torch's (random or explicitly set) parameters into the MindSpore layer by name."""
    for n in names:
        getattr(ms_layer, n).set_data(M(getattr(pt_layer, n).detach().numpy()))
    return pt_layer, ms_layer


def p_linear():
    tl, ml = with_weights(torch.nn.Linear(8, 5), mint.nn.Linear(8, 5))
    x = rand(3, 8)
    return tl(T(x)), ml(M(x))


def p_layernorm(legacy=False):
    tl = torch.nn.LayerNorm(8, eps=1e-12)
    tl.weight.data, tl.bias.data = T(rand(8)), T(rand(8))  # non-trivial affine parameters
    if legacy:  # mindspore.nn.LayerNorm (pre-mint) names its parameters gamma/beta
        ml = nn.LayerNorm((8,), epsilon=1e-12)
        ml.gamma.set_data(M(tl.weight.detach().numpy()))
        ml.beta.set_data(M(tl.bias.detach().numpy()))
    else:
        tl, ml = with_weights(tl, mint.nn.LayerNorm((8,), eps=1e-12))
    x = rand(3, 7, 8)
    return tl(T(x)), ml(M(x))


def p_embedding():
    te = torch.nn.Embedding(99, 8, padding_idx=0)
    te, me = with_weights(te, mint.nn.Embedding(99, 8, padding_idx=0), ("weight",))
    ids = rng.integers(0, 99, size=(3, 7))
    return te(T(ids)), me(M(ids))


x1, x2, w8 = rand(4, 7), rand(4, 7), rand(7)
a3, b3 = rand(3, 5, 8), rand(3, 8, 4)
mask = rng.random((4, 7)) > 0.5

# name -> zero-argument function returning (torch result, mindspore result)
PROBES = {
    # the brief's ops
    "matmul": lambda: (torch.matmul(T(a3), T(b3)), mint.matmul(M(a3), M(b3))),
    "softmax": lambda: (F.softmax(T(x1), dim=-1), mint.nn.functional.softmax(M(x1), dim=-1)),
    "nn.Linear": p_linear,
    "nn.LayerNorm": p_layernorm,
    "gelu": lambda: (F.gelu(T(x1)), mint.nn.functional.gelu(M(x1))),
    "gelu_tanh": lambda: (F.gelu(T(x1), approximate="tanh"),
                          mint.nn.functional.gelu(M(x1), approximate="tanh")),
    "arange": lambda: (torch.arange(7), mint.arange(7)),
    "arange_f32": lambda: (torch.arange(0, 7, 2, dtype=torch.float32),
                           mint.arange(0, 7, 2, dtype=ms.float32)),
    "cat": lambda: (torch.cat([T(x1), T(x2)], dim=0), mint.cat([M(x1), M(x2)], dim=0)),
    # further mint ops used by mindone's bert / llama / cohere2 ports
    "nn.Embedding": p_embedding,
    "silu": lambda: (F.silu(T(x1)), mint.nn.functional.silu(M(x1))),
    "relu": lambda: (F.relu(T(x1)), mint.nn.functional.relu(M(x1))),
    "tanh": lambda: (torch.tanh(T(x1)), mint.tanh(M(x1))),
    "sigmoid": lambda: (torch.sigmoid(T(x1)), mint.sigmoid(M(x1))),
    "erf": lambda: (torch.erf(T(x1)), mint.erf(M(x1))),
    "pow": lambda: (torch.pow(T(x1), 2), mint.pow(M(x1), 2)),
    "rsqrt": lambda: (torch.rsqrt(T(x1).abs() + 1), mint.rsqrt(M(x1).abs() + 1)),
    "sqrt": lambda: (torch.sqrt(T(x1).abs()), mint.sqrt(M(x1).abs())),
    "mean": lambda: (T(x1).mean(-1, keepdim=True), mint.mean(M(x1), -1, keepdim=True)),
    "mul": lambda: (T(x1) * T(w8), mint.mul(M(x1), M(w8))),
    "cos": lambda: (torch.cos(T(x1)), mint.cos(M(x1))),
    "sin": lambda: (torch.sin(T(x1)), mint.sin(M(x1))),
    "where": lambda: (torch.where(T(mask), T(x1), T(x2)), mint.where(M(mask), M(x1), M(x2))),
    "zeros": lambda: (torch.zeros(2, 3), mint.zeros((2, 3))),
    "ones": lambda: (torch.ones(2, 3), mint.ones((2, 3))),
    "full": lambda: (torch.full((2, 3), -3.5), mint.full((2, 3), -3.5)),
    "triu": lambda: (torch.triu(T(x1), 1), mint.triu(M(x1), 1)),
    "transpose": lambda: (T(a3).transpose(1, 2), mint.transpose(M(a3), 1, 2)),
    "stack": lambda: (torch.stack([T(x1), T(x2)]), mint.stack([M(x1), M(x2)])),
    "repeat_interleave": lambda: (T(a3).repeat_interleave(2, dim=1),
                                  mint.repeat_interleave(M(a3), 2, dim=1)),
    "max": lambda: (T(x1).max(), mint.max(M(x1))),
    "clamp": lambda: (T(x1).clamp(-0.5, 0.5), mint.clamp(M(x1), -0.5, 0.5)),
    "logical_and": lambda: (T(mask) & T(~mask[::-1].copy()),
                            mint.logical_and(M(mask), M(~mask[::-1].copy()))),
    "isinf": lambda: (torch.isinf(T(x1) / 0), mint.isinf(M(x1) / 0)),
    "dropout_eval": lambda: (F.dropout(T(x1), 0.1, training=False),
                             mint.nn.functional.dropout(M(x1), 0.1, training=False)),
    # non-mint counterparts: can they stand in on CPU?
    "ops.gelu": lambda: (F.gelu(T(x1)), ops.gelu(M(x1), approximate="none")),
    "ops.arange": lambda: (torch.arange(7), ops.arange(7)),
    "ops.gather(embedding)": lambda: (T(x1)[T(np.array([2, 0, 3]))],
                                      ops.gather(M(x1), M(np.array([2, 0, 3])), 0)),
    "nn.LayerNorm(legacy)": lambda: p_layernorm(legacy=True),
}


def compare(pt, msv):
    """Relative (Frobenius) and max-abs error of a MindSpore result against torch."""
    a = pt.detach().numpy().astype(np.float64)
    b = msv.asnumpy().astype(np.float64)
    if a.shape != b.shape:
        return f"SHAPE MISMATCH torch {a.shape} vs ms {b.shape}"
    rel = np.linalg.norm(a - b) / max(np.linalg.norm(a), 1e-30)
    return f"rel={rel:.3e} max_abs={np.abs(a - b).max():.3e} ({msv.dtype})"


def run_one(name):
    ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
    try:
        pt, msv = PROBES[name]()
        print(f"OK    {name:22s} {compare(pt, msv)}")
    except Exception as e:  # report the exact failure: type, message head, where it surfaced
        lines = [ln.strip() for ln in str(e).splitlines() if ln.strip() and not ln.startswith("-")]
        where = traceback.extract_tb(e.__traceback__)[-1]
        print(f"FAIL  {name:22s} {type(e).__name__}: {' | '.join(lines[:2])}  "
              f"[surfaced at {where.filename.split('site-packages/')[-1]}:{where.lineno}]")


if __name__ == "__main__":
    # PyNative launches kernels asynchronously: a failed kernel is reported at the next
    # synchronisation (often a later op's .asnumpy()), which would blame the wrong probe.
    # So each probe runs in a fresh interpreter of its own.
    if len(sys.argv) == 2 and sys.argv[1] in PROBES:
        run_one(sys.argv[1])
        sys.exit(0)
    print(f"mindspore {ms.__version__}  torch {torch.__version__}  numpy {np.__version__}")
    for name in sys.argv[1:] or PROBES:
        out = subprocess.run([sys.executable, __file__, name], capture_output=True, text=True)
        print(out.stdout.strip() or f"CRASH {name} exit={out.returncode} "
              f"{out.stderr.strip().splitlines()[-1:]}", flush=True)
