"""Probe recipes: how to call a MindSpore name and its torch counterpart on the same inputs.

Why: gen_api_catalog.py answers "does this name run on CPU and agree with torch" for the names
that carry most of the transformers census uses (probe_targets.tsv, census_uses column). A
recipe is one small lambda that both frameworks run: `call(f, T, r)` where
  f  the object under test (the MindSpore name, or its torch counterpart); for a Tensor method,
     a function `f(receiver, *args)` that calls that method by name on the receiver;
  T  the framework: T(ndarray) makes a tensor, T.float16 / T.int64 / T.bool are its dtypes;
  r  an input factory seeded per probe, so both sides get identical NumPy arrays.
Arguments are torch-style and positional, so a MindSpore name that takes the same call agrees
and one whose meaning differs shows it; `ms=` gives a separate MindSpore call where the mapping
table documents a different signature (e.g. ops.pad, nn.Conv2d's pad_mode). Layers are built on
both sides, torch's parameters are randomised and copied by name (`pmap` renames), then called.
Recipes are registered under MindSpore names; a name without a recipe is catalogued not-probed.
"""
import numpy as np


class Inputs:
    """Seeded NumPy inputs; two instances with the same seed give the same sequence."""

    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    def randn(self, *shape):
        return self.rng.standard_normal(shape).astype(np.float32)

    def pos(self, *shape):          # strictly positive: log, sqrt, rsqrt
        return (np.abs(self.rng.standard_normal(shape)) + 0.5).astype(np.float32)

    def ints(self, high, *shape):
        return self.rng.integers(0, high, size=shape, dtype=np.int64)

    def mask(self, *shape):
        return self.rng.random(shape) > 0.5

    def special(self, *shape):      # some inf / -inf / nan for isinf, isnan
        a = self.randn(*shape)
        a.flat[::5] = np.inf
        a.flat[1::7] = -np.inf
        a.flat[2::6] = np.nan
        return a


class Probe:
    """kind: fn (compare values), random (compare shape/dtype only), layer, method."""

    def __init__(self, torch, call, ms=None, kind="fn", pmap=None, note="", why=""):
        self.torch, self.call, self.ms_call = torch, call, ms or call
        self.kind, self.pmap = kind, pmap or {}
        self.note = note    # a condition of the probe (e.g. "eval mode"), always shown
        self.why = why      # the observed cause of a difference, shown only when it differs


RECIPES = {}          # MindSpore name -> Probe


def reg(ms_names, torch, call, **kw):
    for name in ms_names.split():
        RECIPES[name] = Probe(torch, call, **kw)


def both(stem, torch, call, ops=None, **kw):
    """Register mindspore.mint.<stem> and, unless ops is False, mindspore.ops.<ops or stem>."""
    reg(f"mindspore.mint.{stem}", torch, call, **kw)
    if ops is not False:
        reg(f"mindspore.ops.{ops or stem.split('.')[-1]}", torch, call, **kw)


# --- common call shapes ---------------------------------------------------------------------
U = lambda f, T, r: f(T(r.randn(4, 6)))                       # noqa: E731  unary
UP = lambda f, T, r: f(T(r.pos(4, 6)))                        # noqa: E731  unary, positive input
B = lambda f, T, r: f(T(r.randn(4, 6)), T(r.randn(4, 6)))     # noqa: E731  binary
SPECIAL = lambda f, T, r: f(T(r.special(4, 6)))               # noqa: E731

# --- torch.* functions (mint names and their r2.4.10 ops counterparts) ------------------------
for stem in "exp tanh sin cos sigmoid abs ceil expm1".split():
    both(stem, f"torch.{stem}", U)
for stem in "rsqrt sqrt log".split():
    both(stem, f"torch.{stem}", UP)
both("isinf", "torch.isinf", SPECIAL)
reg("mindspore.ops.isnan", "torch.isnan", SPECIAL)
for stem in "maximum minimum greater".split():
    both(stem, f"torch.{stem}", B)
both("eq", "torch.eq", lambda f, T, r: f(T(r.ints(3, 4, 6)), T(r.ints(3, 4, 6))), ops="equal")
both("logical_and", "torch.logical_and", lambda f, T, r: f(T(r.mask(4, 6)), T(r.mask(4, 6))))
both("pow", "torch.pow", lambda f, T, r: (f(T(r.randn(4, 6)), 2), f(T(r.pos(4, 6)), 0.5)))
both("div", "torch.div", lambda f, T, r: (f(T(r.randn(4, 6)), T(r.pos(4, 6))),
                                          f(T(r.randn(4, 6) * 4), T(r.pos(4, 6)), rounding_mode="floor")))
both("cat", "torch.cat", lambda f, T, r: f([T(r.randn(4, 6)), T(r.randn(4, 2))], 1))
both("concat", "torch.concat", lambda f, T, r: f([T(r.randn(4, 6)), T(r.randn(4, 2))], 1), ops=False)
both("stack", "torch.stack", lambda f, T, r: f([T(r.randn(4, 6)), T(r.randn(4, 6))], 1))
both("arange", "torch.arange", lambda f, T, r: (f(7), f(1, 10, 3), f(0.0, 1.0, 0.25)))
both("zeros", "torch.zeros", lambda f, T, r: f((2, 3)))
both("ones", "torch.ones", lambda f, T, r: f((2, 3)))
both("full", "torch.full", lambda f, T, r: f((2, 3), -1.5),
     why='ops.full infers an integer dtype from a float fill value here (int64, -1.5 -> -1)')
both("zeros_like", "torch.zeros_like", U)
both("ones_like", "torch.ones_like", U)
both("full_like", "torch.full_like", lambda f, T, r: f(T(r.randn(4, 6)), 2.5))
both("empty", "torch.empty", lambda f, T, r: f((2, 3)), ops=False, kind="random",
     why="allocates on the default (Ascend) device; mint.empty((2, 3), device='CPU') runs")
both("empty_like", "torch.empty_like", U, ops=False, kind="random")
both("eye", "torch.eye", lambda f, T, r: (f(3), f(3, 4)))
both("linspace", "torch.linspace", lambda f, T, r: f(0.0, 1.0, 5))
for stem in "rand randn".split():
    both(stem, f"torch.{stem}", lambda f, T, r: f(2, 3), kind="random")
both("rand_like", "torch.rand_like", U, kind="random")
both("normal", "torch.normal", lambda f, T, r: f(0.0, 1.0, (2, 3)), ops=False, kind="random")
reg("mindspore.ops.normal", "torch.normal", lambda f, T, r: f(0.0, 1.0, (2, 3)), kind="random",
    ms=lambda f, T, r: f((2, 3), T(np.float32(0.0)), T(np.float32(1.0))))
both("matmul", "torch.matmul", lambda f, T, r: f(T(r.randn(2, 3, 4)), T(r.randn(2, 4, 5))))
both("bmm", "torch.bmm", lambda f, T, r: f(T(r.randn(2, 3, 4)), T(r.randn(2, 4, 5))))
both("einsum", "torch.einsum", lambda f, T, r: f("bij,bjk->bik", T(r.randn(2, 3, 4)), T(r.randn(2, 4, 5))))
both("outer", "torch.outer", lambda f, T, r: f(T(r.randn(4)), T(r.randn(5))))
both("sum", "torch.sum", lambda f, T, r: (lambda x: (f(x), f(x, -1), f(x, 1, True)))(T(r.randn(4, 6))))
both("mean", "torch.mean", lambda f, T, r: (lambda x: (f(x), f(x, -1), f(x, 1, True)))(T(r.randn(4, 6))),
     ops=False)
both("prod", "torch.prod", lambda f, T, r: f(T(r.randn(4, 6)), 1))
both("cumsum", "torch.cumsum", lambda f, T, r: f(T(r.randn(4, 6)), 1))
reg("mindspore.ops.argwhere", "torch.argwhere", lambda f, T, r: f(T(r.mask(4, 6))))
reg("mindspore.ops.stop_gradient", "torch.detach", U)
reg("mindspore.ops.masked_fill", "torch.masked_fill", lambda f, T, r: f(T(r.randn(4, 6)), T(r.mask(4, 6)), -2.5))
reg("mindspore.ops.cosine_similarity", "torch.nn.functional.cosine_similarity",
    lambda f, T, r: (lambda a, b: (f(a, b), f(a, b, 0)))(T(r.randn(4, 6)), T(r.randn(4, 6))))
reg("mindspore.ops.logit", "torch.logit",
    lambda f, T, r: (lambda p: (f(p), f(p, 0.1)))(T((1 / (1 + np.exp(-r.randn(4, 6)))).astype(np.float32))))
both("max", "torch.max", lambda f, T, r: (lambda x: (f(x), f(x, 1)))(T(r.randn(4, 6))),
     why='ops.max without axis returns (value, index)')
both("min", "torch.min", lambda f, T, r: (lambda x: (f(x), f(x, 1)))(T(r.randn(4, 6))),
     why='ops.min without axis returns (value, index)')
both("argmax", "torch.argmax", lambda f, T, r: f(T(r.randn(4, 6)), 1))
both("argsort", "torch.argsort", lambda f, T, r: f(T(r.randn(4, 6)), 1), why='indices int32 in MindSpore')
both("topk", "torch.topk", lambda f, T, r: f(T(r.randn(4, 6)), 2), why='indices int32 in MindSpore')
both("all", "torch.all", lambda f, T, r: (lambda m: (f(m), f(m, 1)))(T(r.mask(4, 6))))
both("any", "torch.any", lambda f, T, r: (lambda m: (f(m), f(m, 1)))(T(r.mask(4, 6))))
both("clamp", "torch.clamp", lambda f, T, r: f(T(r.randn(4, 6)), -0.5, 0.5))
reg("mindspore.ops.clip", "torch.clip", lambda f, T, r: f(T(r.randn(4, 6)), -0.5, 0.5))
both("where", "torch.where", lambda f, T, r: f(T(r.mask(4, 6)), T(r.randn(4, 6)), T(r.randn(4, 6))))
both("split", "torch.split", lambda f, T, r: (lambda x: (f(x, 2, 1), f(x, [2, 4], 1)))(T(r.randn(4, 6))))
both("chunk", "torch.chunk", lambda f, T, r: f(T(r.randn(4, 6)), 3, 1))
both("reshape", "torch.reshape", lambda f, T, r: f(T(r.randn(4, 6)), (3, 8)))
both("unsqueeze", "torch.unsqueeze", lambda f, T, r: f(T(r.randn(4, 6)), 1))
both("flatten", "torch.flatten", lambda f, T, r: f(T(r.randn(2, 3, 4))),
     why='ops.flatten defaults to start_dim=1')
both("transpose", "torch.transpose", lambda f, T, r: f(T(r.randn(2, 3, 4)), 1, 2), ops="swapaxes")
both("broadcast_to", "torch.broadcast_to", lambda f, T, r: f(T(r.randn(1, 6)), (4, 6)))
both("repeat_interleave", "torch.repeat_interleave", lambda f, T, r: f(T(r.randn(2, 3, 4)), 2, 1))
both("roll", "torch.roll", lambda f, T, r: f(T(r.randn(4, 6)), 1, 1))
both("flip", "torch.flip", lambda f, T, r: f(T(r.randn(4, 6)), (0,)))
both("triu", "torch.triu", lambda f, T, r: f(T(r.randn(4, 6)), 1), ops=False)
both("tril", "torch.tril", lambda f, T, r: f(T(r.randn(4, 6)), -1))
both("gather", "torch.gather", lambda f, T, r: f(T(r.randn(4, 6)), 1, T(r.ints(6, 4, 3))), ops=False)
both("nonzero", "torch.nonzero", lambda f, T, r: f(T(r.mask(4, 6))))
both("unique_consecutive", "torch.unique_consecutive",
     lambda f, T, r: f(T(np.sort(r.ints(4, 12)))))
both("meshgrid", "torch.meshgrid", lambda f, T, r: f(T(r.randn(3)), T(r.randn(4)), indexing="ij"))
both("linalg.norm", "torch.linalg.norm", U, ops="norm")
reg("mindspore.ops.bucketize", "torch.bucketize",
    lambda f, T, r: f(T(r.randn(4, 6)), T(np.array([-1.0, 0.0, 1.0], np.float32))),
    ms=lambda f, T, r: f(T(r.randn(4, 6)), [-1.0, 0.0, 1.0]), why='int32 result in MindSpore')

# --- torch.nn.functional.* -------------------------------------------------------------------
F = "mindspore.mint.nn.functional."
for stem in "relu sigmoid silu softplus logsigmoid".split():
    reg(F + stem, f"torch.nn.functional.{stem}", U)
for stem in "relu sigmoid silu logsigmoid".split():
    reg(f"mindspore.ops.{stem}", f"torch.nn.functional.{stem}", U)
reg(F + "gelu mindspore.ops.gelu", "torch.nn.functional.gelu",
    lambda f, T, r: (lambda x: (f(x), f(x, approximate="tanh")))(T(r.randn(4, 6))))
reg(F + "softmax mindspore.ops.softmax", "torch.nn.functional.softmax",
    lambda f, T, r: f(T(r.randn(4, 6)), -1))
reg(F + "log_softmax mindspore.ops.log_softmax", "torch.nn.functional.log_softmax",
    lambda f, T, r: f(T(r.randn(4, 6)), -1))
reg(F + "leaky_relu mindspore.ops.leaky_relu", "torch.nn.functional.leaky_relu",
    lambda f, T, r: f(T(r.randn(4, 6)), 0.1))
reg("mindspore.ops.glu", "torch.nn.functional.glu", lambda f, T, r: f(T(r.randn(4, 6)), -1))
reg(F + "dropout mindspore.ops.dropout", "torch.nn.functional.dropout",
    lambda f, T, r: f(T(r.randn(4, 6)), 0.1, False), note="training=False")
reg(F + "pad mindspore.ops.pad", "torch.nn.functional.pad",
    lambda f, T, r: (lambda x: (f(x, (1, 2)), f(x, (1, 0, 0, 2), "constant", 0.5)))(T(r.randn(4, 6))))
reg(F + "interpolate mindspore.ops.interpolate", "torch.nn.functional.interpolate",
    lambda f, T, r: (lambda x: (f(x, None, 2.0, "nearest"), f(x, (6, 6), None, "bilinear", False)))(
        T(r.randn(1, 2, 4, 4))))
reg(F + "one_hot", "torch.nn.functional.one_hot", lambda f, T, r: f(T(r.ints(5, 4)), 5))
reg(F + "normalize", "torch.nn.functional.normalize", lambda f, T, r: f(T(r.randn(4, 6)), 2.0, -1))
reg(F + "linear mindspore.ops.dense", "torch.nn.functional.linear",
    lambda f, T, r: f(T(r.randn(3, 8)), T(r.randn(5, 8)), T(r.randn(5))))
reg("mindspore.ops.cross_entropy", "torch.nn.functional.cross_entropy",
    lambda f, T, r: f(T(r.randn(4, 6)), T(r.ints(6, 4))))
reg("mindspore.ops.conv1d", "torch.nn.functional.conv1d",
    lambda f, T, r: f(T(r.randn(1, 3, 8)), T(r.randn(4, 3, 3)), T(r.randn(4))))
reg(F + "unfold mindspore.ops.unfold", "torch.nn.functional.unfold",
    lambda f, T, r: f(T(r.randn(1, 2, 4, 4)), 2))
reg(F + "grid_sample mindspore.ops.grid_sample", "torch.nn.functional.grid_sample",
    lambda f, T, r: f(T(r.randn(1, 2, 4, 4)), T(np.tanh(r.randn(1, 3, 3, 2))), "bilinear", "zeros", False))


# --- torch.nn layers: build(cls) and inputs(T, r); the driver copies parameters by name -----
def layer(ms_names, torch, build, inputs, ms_build=None, pmap=None, note="", why=""):
    """build(cls, T) -> instance (torch-style arguments); ms_build for MindSpore's own arguments."""
    reg(ms_names, torch, (build, inputs), ms=(ms_build or build, inputs), kind="layer",
        pmap=pmap, note=note, why=why)


X38 = lambda T, r: (T(r.randn(3, 8)),)                        # noqa: E731
X46 = lambda T, r: (T(r.randn(4, 6)),)                        # noqa: E731
IMG = lambda T, r: (T(r.randn(2, 3, 6, 6)),)                  # noqa: E731
IMG4 = lambda T, r: (T(r.randn(2, 4, 5, 5)),)                 # noqa: E731
SEQ = lambda T, r: (T(r.randn(2, 3, 8)),)                     # noqa: E731
LOSS = lambda T, r: (T(r.randn(4, 6)), T(r.ints(6, 4)))      # noqa: E731
PAIR = lambda T, r: (T(r.randn(4, 6)), T(r.randn(4, 6)))      # noqa: E731
GAMMA = {"weight": "gamma", "bias": "beta"}
BN = dict(GAMMA, running_mean="moving_mean", running_var="moving_variance")
VALID = dict(pad_mode="valid", has_bias=True)

layer("mindspore.mint.nn.Linear mindspore.nn.Dense", "torch.nn.Linear", lambda c, T: c(8, 5), X38)
layer("mindspore.mint.nn.LayerNorm", "torch.nn.LayerNorm", lambda c, T: c(8), SEQ)
layer("mindspore.nn.LayerNorm", "torch.nn.LayerNorm", lambda c, T: c(8), SEQ,
      ms_build=lambda c, T: c((8,), epsilon=1e-5), pmap=GAMMA)
layer("mindspore.mint.nn.Embedding", "torch.nn.Embedding", lambda c, T: c(99, 8, padding_idx=0),
      lambda T, r: (T(r.ints(99, 3, 7)),))
layer("mindspore.mint.nn.Dropout", "torch.nn.Dropout", lambda c, T: c(0.1), X46, note="eval mode")
layer("mindspore.mint.nn.Identity mindspore.nn.Identity", "torch.nn.Identity", lambda c, T: c(), X46)
for n in "ReLU Tanh Sigmoid SiLU ELU".split():
    layer(f"mindspore.mint.nn.{n} mindspore.nn.{n}", f"torch.nn.{n}", lambda c, T: c(), X46)
layer("mindspore.mint.nn.GELU mindspore.nn.GELU", "torch.nn.GELU", lambda c, T: c(), X46,
      why='nn.GELU defaults to approximate=True (tanh); mint.nn.GELU and torch use erf')
layer("mindspore.mint.nn.Softmax", "torch.nn.Softmax", lambda c, T: c(-1), X46)
layer("mindspore.nn.Softmax", "torch.nn.Softmax", lambda c, T: c(-1), X46)
for n in "CrossEntropyLoss".split():
    layer(f"mindspore.mint.nn.{n} mindspore.nn.{n}", f"torch.nn.{n}", lambda c, T: c(), LOSS)
for n in "BCEWithLogitsLoss MSELoss".split():
    layer(f"mindspore.mint.nn.{n} mindspore.nn.{n}", f"torch.nn.{n}", lambda c, T: c(), PAIR)
layer("mindspore.mint.nn.Conv2d", "torch.nn.Conv2d", lambda c, T: c(3, 4, 3), IMG)
layer("mindspore.nn.Conv2d", "torch.nn.Conv2d", lambda c, T: c(3, 4, 3), IMG,
      ms_build=lambda c, T: c(3, 4, 3, **VALID))
layer("mindspore.nn.Conv1d", "torch.nn.Conv1d", lambda c, T: c(3, 4, 3), lambda T, r: (T(r.randn(2, 3, 9)),),
      ms_build=lambda c, T: c(3, 4, 3, **VALID), why='legacy nn.Conv1d keeps a 4-D weight (out, in, 1, k)')
layer("mindspore.mint.nn.ConvTranspose2d", "torch.nn.ConvTranspose2d", lambda c, T: c(3, 4, 3), IMG)
layer("mindspore.nn.Conv2dTranspose", "torch.nn.ConvTranspose2d", lambda c, T: c(3, 4, 3), IMG,
      ms_build=lambda c, T: c(3, 4, 3, **VALID))
layer("mindspore.nn.Conv1dTranspose", "torch.nn.ConvTranspose1d", lambda c, T: c(3, 4, 3),
      lambda T, r: (T(r.randn(2, 3, 9)),), ms_build=lambda c, T: c(3, 4, 3, **VALID),
          why='legacy nn.Conv1dTranspose keeps a 4-D weight (in, out, 1, k)')
layer("mindspore.mint.nn.BatchNorm2d", "torch.nn.BatchNorm2d", lambda c, T: c(4), IMG4, note="eval mode")
layer("mindspore.nn.BatchNorm2d", "torch.nn.BatchNorm2d", lambda c, T: c(4), IMG4, pmap=BN, note="eval mode")
layer("mindspore.mint.nn.BatchNorm1d", "torch.nn.BatchNorm1d", lambda c, T: c(6), X46, note="eval mode")
layer("mindspore.mint.nn.GroupNorm", "torch.nn.GroupNorm", lambda c, T: c(2, 4), IMG4)
layer("mindspore.nn.GroupNorm", "torch.nn.GroupNorm", lambda c, T: c(2, 4), IMG4, pmap=GAMMA)
layer("mindspore.mint.nn.AdaptiveAvgPool2d mindspore.nn.AdaptiveAvgPool2d", "torch.nn.AdaptiveAvgPool2d",
      lambda c, T: c((2, 2)), IMG)
layer("mindspore.mint.nn.AvgPool2d", "torch.nn.AvgPool2d", lambda c, T: c(2), IMG)
layer("mindspore.nn.MaxPool2d", "torch.nn.MaxPool2d", lambda c, T: c(2), IMG,
      ms_build=lambda c, T: c(kernel_size=2, stride=2))
layer("mindspore.nn.SequentialCell", "torch.nn.Sequential", lambda c, T: c(T.nn.ReLU(), T.nn.Tanh()), X46)



# --- torch.Tensor methods: f(receiver, *args) calls the method by name --------------------------
def meth(ms_names, torch, call, **kw):
    reg(" ".join(f"mindspore.Tensor.{n}" for n in ms_names.split()), f"torch.Tensor.{torch}", call,
        kind=kw.pop("kind", "method"), **kw)


def inplace(call):
    """In-place methods: compare both the returned tensor and the receiver afterwards."""
    return lambda f, T, r: (lambda x: (call(f, T, r, x), x))(T(r.randn(4, 6)))


A3 = lambda T, r: T(r.randn(2, 3, 4))                         # noqa: E731
meth("view", "view", lambda f, T, r: (lambda x: (f(x, 3, 8), f(x, -1), f(x, (8, 3))))(T(r.randn(4, 6))))
meth("transpose", "transpose", lambda f, T, r: f(A3(T, r), 1, 2))
meth("swapaxes", "transpose", lambda f, T, r: f(A3(T, r), 1, 2))
meth("to", "to", lambda f, T, r: f(T(r.randn(4, 6)), T.float16))
meth("size", "size", lambda f, T, r: (lambda x: (f(x), f(x, 1)))(A3(T, r)))
meth("shape", "size", lambda f, T, r: A3(T, r).size(), ms=lambda f, T, r: A3(T, r).shape)
meth("reshape", "reshape", lambda f, T, r: (lambda x: (f(x, 3, 8), f(x, (8, 3))))(T(r.randn(4, 6))))
meth("unsqueeze", "unsqueeze", lambda f, T, r: f(T(r.randn(4, 6)), 1))
meth("contiguous", "contiguous", U)
meth("expand", "expand", lambda f, T, r: (lambda x: (f(x, 4, 6), f(x, 4, -1), f(x, (4, 6))))(T(r.randn(1, 6))))
meth("broadcast_to", "expand", lambda f, T, r: f(T(r.randn(1, 6)), (4, 6)))
meth("permute", "permute", lambda f, T, r: (lambda x: (f(x, 2, 0, 1), f(x, (2, 0, 1))))(A3(T, r)))
meth("float", "float", lambda f, T, r: f(T(r.ints(9, 4, 6))))
meth("zero_", "zero_", inplace(lambda f, T, r, x: f(x)))
meth("squeeze", "squeeze", lambda f, T, r: (lambda x: (f(x), f(x, 1)))(T(r.randn(4, 1, 6))))
meth("sum", "sum", lambda f, T, r: (lambda x: (f(x), f(x, -1), f(x, 1, True)))(T(r.randn(4, 6))))
meth("mean", "mean", lambda f, T, r: (lambda x: (f(x), f(x, -1), f(x, 1, True)))(T(r.randn(4, 6))))
meth("normal_", "normal_", inplace(lambda f, T, r, x: f(x)), kind="random")
meth("uniform_", "uniform_", inplace(lambda f, T, r, x: f(x)), kind="random")
meth("flatten", "flatten", lambda f, T, r: (lambda x: (f(x), f(x, 1)))(A3(T, r)))
meth("fill_", "fill_", inplace(lambda f, T, r, x: f(x, 2.5)))
meth("repeat", "repeat", lambda f, T, r: f(T(r.randn(4, 6)), 2, 3))
meth("tile", "repeat", lambda f, T, r: f(T(r.randn(4, 6)), (2, 3)))
meth("dim ndimension", "dim", lambda f, T, r: f(A3(T, r)))
meth("masked_fill", "masked_fill", lambda f, T, r: f(T(r.randn(4, 6)), T(r.mask(4, 6)), -1.0))
meth("masked_fill_", "masked_fill_", inplace(lambda f, T, r, x: f(x, T(r.mask(4, 6)), 0.0)))
meth("max", "max", lambda f, T, r: (lambda x: (f(x), f(x, 1), f(x, 1, True)))(T(r.randn(4, 6))))
meth("min", "min", lambda f, T, r: (lambda x: (f(x), f(x, 1)))(T(r.randn(4, 6))))
meth("clamp", "clamp", lambda f, T, r: (lambda x: (f(x, -0.5, 0.5), f(x, min=0.0)))(T(r.randn(4, 6))))
meth("clamp_", "clamp_", inplace(lambda f, T, r, x: f(x, -0.5, 0.5)))
for m in "cos sin sigmoid exp abs".split():
    meth(m, m, U)
meth("clone", "clone", U)
meth("detach", "detach", U)
meth("type_as", "type_as", lambda f, T, r: f(T(r.randn(4, 6)), T(r.ints(3, 2))))
meth("pow", "pow", lambda f, T, r: f(T(r.randn(4, 6)), 2))
meth("split", "split", lambda f, T, r: (lambda x: (f(x, 2, 1), f(x, [2, 4], 1)))(T(r.randn(4, 6))))
meth("any", "any", lambda f, T, r: (lambda m: (f(m), f(m, 1)))(T(r.mask(4, 6))))
meth("all", "all", lambda f, T, r: (lambda m: (f(m), f(m, 1)))(T(r.mask(4, 6))))
meth("long", "long", U)
meth("int", "int", U)
meth("bool", "bool", lambda f, T, r: f(T(r.ints(3, 4, 6))))
meth("numel", "numel", lambda f, T, r: f(A3(T, r)))
meth("repeat_interleave", "repeat_interleave", lambda f, T, r: f(A3(T, r), 2, 1))
meth("cumsum", "cumsum", lambda f, T, r: f(T(r.randn(4, 6)), 1))
meth("expand_as", "expand_as", lambda f, T, r: f(T(r.randn(1, 6)), T(r.randn(4, 6))))
meth("item", "item", lambda f, T, r: f(T(r.randn(1))))
meth("copy_", "copy_", inplace(lambda f, T, r, x: f(x, T(r.randn(4, 6)))))
meth("new_zeros", "new_zeros", lambda f, T, r: f(T(r.randn(4, 6)), (2, 3)))
meth("new_ones", "new_ones", lambda f, T, r: f(T(r.randn(4, 6)), (2, 3)))
meth("tolist", "tolist", lambda f, T, r: f(T(r.ints(5, 2, 3))))
meth("t", "t", U)
meth("masked_scatter", "masked_scatter", lambda f, T, r: f(T(r.randn(4, 6)), T(r.mask(4, 6)), T(r.randn(4, 6))))
meth("gather", "gather", lambda f, T, r: f(T(r.randn(4, 6)), 1, T(r.ints(6, 4, 3))))
meth("gather_elements", "gather", lambda f, T, r: f(T(r.randn(4, 6)), 1, T(r.ints(6, 4, 3))))
meth("index_select", "index_select", lambda f, T, r: f(T(r.randn(4, 6)), 0, T(np.array([2, 0, 3]))))
meth("ne", "ne", lambda f, T, r: f(T(r.ints(3, 4, 6)), T(r.ints(3, 4, 6))))
meth("eq", "eq", lambda f, T, r: f(T(r.ints(3, 4, 6)), T(r.ints(3, 4, 6))))
meth("equal", "eq", lambda f, T, r: f(T(r.ints(3, 4, 6)), T(r.ints(3, 4, 6))))
meth("chunk", "chunk", lambda f, T, r: f(T(r.randn(4, 6)), 3, 1))
meth("argmax", "argmax", lambda f, T, r: f(T(r.randn(4, 6)), -1))
meth("nonzero", "nonzero", lambda f, T, r: f(T(r.mask(4, 6))))
meth("div", "div", lambda f, T, r: f(T(r.randn(4, 6)), T(r.pos(4, 6))))
meth("floor_", "floor_", inplace(lambda f, T, r, x: f(x)))
meth("flip", "flip", lambda f, T, r: (lambda x: (f(x, 0), f(x, (0, 1))))(T(r.randn(4, 6))),
     why='MindSpore Tensor.flip needs a tuple of dims')
meth("norm", "norm", lambda f, T, r: (lambda x: (f(x), f(x, dim=-1)))(T(r.randn(4, 6))))
meth("masked_select", "masked_select", lambda f, T, r: f(T(r.randn(4, 6)), T(r.mask(4, 6))))
meth("index_add_", "index_add_",
     inplace(lambda f, T, r, x: f(x, 0, T(np.array([2, 0])), T(r.randn(2, 6)))))
meth("softmax", "softmax", lambda f, T, r: f(T(r.randn(4, 6)), -1))
meth("prod", "prod", lambda f, T, r: f(T(r.randn(4, 6)), 1))
meth("unbind", "unbind", lambda f, T, r: f(T(r.randn(4, 6)), 1))
meth("numpy", "numpy", U)
meth("asnumpy", "numpy", U)
meth("type", "type", lambda f, T, r: f(T(r.randn(4, 6)), T.float16))
meth("std", "std", lambda f, T, r: (lambda x: (f(x), f(x, -1)))(T(r.randn(4, 6))),
     why="MindSpore Tensor.std is the population std (correction 0); torch's default is unbiased")
meth("topk", "topk", lambda f, T, r: f(T(r.randn(4, 6)), 2), why='indices int32 in MindSpore')
meth("unfold", "unfold", lambda f, T, r: f(T(r.randn(4, 6)), 1, 2, 2),
     why="MindSpore Tensor.unfold is im2col (4-D input), not torch's sliding window")
meth("rsqrt", "rsqrt", UP)
meth("log", "log", UP)
meth("roll", "roll", lambda f, T, r: f(T(r.randn(4, 6)), 1, 1))
meth("add", "add", B)
meth("mul", "mul", B)
meth("subtract", "sub", B)
meth("matmul", "matmul", lambda f, T, r: f(T(r.randn(3, 4)), T(r.randn(4, 5))))
meth("scatter_", "scatter_", inplace(lambda f, T, r, x: f(x, 1, T(r.ints(6, 4, 2)), T(r.randn(4, 2)))))
meth("new_full", "new_full", lambda f, T, r: f(T(r.randn(4, 6)), (2, 3), 1.5))
meth("reshape_as", "reshape_as", lambda f, T, r: f(T(r.randn(4, 6)), T(r.randn(3, 8))))
meth("view_as", "view_as", lambda f, T, r: f(T(r.randn(4, 6)), T(r.randn(3, 8))))

# --- late additions to cover the census top 80 ----------------------------------------------------
reg("mindspore.mint.softmax", "torch.softmax", lambda f, T, r: f(T(r.randn(4, 6)), -1))
reg("mindspore.nn.CellList", "torch.nn.ModuleList",
    lambda f, T, r: (lambda x: [m(x) for m in f([T.nn.ReLU(), T.nn.Tanh()])])(T(r.randn(4, 6))))
