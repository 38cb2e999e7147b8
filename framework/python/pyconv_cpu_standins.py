"""CPU stand-ins for mindspore.mint operations that have no CPU kernel in PyNative mode.

Why: mindone's hand ports stop at the first mint op without a CPU kernel (see
probe_mint_ops.py), which hides every later op and the numeric result. For diagnosis only,
`install()` swaps each such op for an older `mindspore.ops` / `mindspore.nn` primitive that the
probe showed to run on CPU and to match torch, and counts every call, so a run tells exactly
which kernel-less ops a model's forward hits and what parity it would reach with them.
A result obtained this way is NOT the unmodified mindone ceiling, and is reported as such.
Must be installed before the model is built (mindone binds e.g. gelu in __init__).
"""
import collections
import functools

from mindspore import Tensor, mint, ops

HITS = collections.Counter()  # stand-in name -> number of calls during the run


def _counted(name, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        HITS[name] += 1
        return fn(*args, **kwargs)
    return wrapper


def _arange(start=0, end=None, step=1, *, dtype=None):           # kernel Arange unregistered
    return ops.arange(start, end, step, dtype=dtype)


def _gelu(input, approximate="none"):                             # kernel GeluExt unregistered
    return ops.gelu(input, approximate=approximate)


def _full(size, fill_value, *, dtype=None):                       # kernel FillScalar unregistered
    return ops.full(size, fill_value, dtype=dtype)


def _stack(tensors, dim=0):                                       # kernel StackExt unregistered
    return ops.stack(tensors, dim)


def _dropout(input, p=0.5, training=True, inplace=False):          # DropoutExt: no CPU InferShape
    assert not training, "stand-in only covers inference"
    return input


def _repeat_interleave(input, repeats, dim=None, *, output_size=None):  # RepeatInterleaveInt
    assert isinstance(repeats, int) and dim is not None and output_size is None
    return ops.repeat_elements(input, repeats, dim)


def _tensor_clone(self):                                          # kernel Clone unregistered
    return ops.deepcopy(self)


def _embedding_construct(self, input):                            # kernel Embedding unregistered
    assert self.max_norm is None
    return ops.gather(self.weight, input, 0)


def _pad(input, pad, mode="constant", value=None):                # kernel ConstantPadND unregistered
    return ops.pad(input, pad, mode=mode, value=value)


def _cross_entropy(input, target, weight=None, ignore_index=-100, reduction="mean",
                   label_smoothing=0.0):                            # LogSoftmaxExt: no CPU kernel
    return ops.cross_entropy(input, target, weight=weight, ignore_index=ignore_index,
                             reduction=reduction, label_smoothing=label_smoothing)


def _cross_entropy_loss_construct(self, input, target):          # LogSoftmaxExt: no CPU kernel
    return _cross_entropy(input, target, weight=self.weight, ignore_index=self.ignore_index,
                          reduction=self.reduction, label_smoothing=self.label_smoothing)


def _like(op):                                                    # *LikeExt / FullLike unregistered
    def like(input, *args, dtype=None, **kwargs):
        return op(input, *args, dtype=dtype)
    return like


def _tril(input, diagonal=0):                                      # kernel TrilExt unregistered
    return ops.tril(input, diagonal)


def _cumsum(input, dim, dtype=None):                               # kernel CumsumExt unregistered
    return ops.cumsum(input, dim, dtype=dtype)


def _argmax(input, dim=None, keepdim=False):                       # kernel ArgMaxExt unregistered
    return ops.argmax(input, dim, keepdim)


def _addmm(input, mat1, mat2, *, beta=1, alpha=1):                # kernel Addmm unregistered
    return ops.addmm(input, mat1, mat2, beta=beta, alpha=alpha)


def _embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,
               scale_grad_by_freq=False):                         # kernel Embedding unregistered
    assert max_norm is None  # padding_idx and scale_grad_by_freq only change the gradient
    return ops.gather(weight, input, 0)


def _layernorm_construct(self, input):                            # LayerNormExt: no CPU kernelmod
    # the pre-mint primitive; normalises over the trailing len(normalized_shape) axes
    axis = -len(self.normalized_shape)
    return ops.LayerNorm(begin_norm_axis=axis, begin_params_axis=axis,
                         epsilon=self.eps)(input, self.weight, self.bias)[0]


_installed = False


def install():
    """Swaps the ops in; a second call does nothing (a wrapper must never wrap a wrapper)."""
    global _installed
    if _installed:
        return
    _installed = True
    mint.arange = _counted("mint.arange", _arange)
    mint.full = _counted("mint.full", _full)
    mint.stack = _counted("mint.stack", _stack)
    mint.zeros_like = _counted("mint.zeros_like", _like(ops.zeros_like))
    mint.ones_like = _counted("mint.ones_like", _like(ops.ones_like))
    mint.full_like = _counted("mint.full_like", _like(ops.full_like))
    mint.tril = _counted("mint.tril", _tril)
    mint.cumsum = _counted("mint.cumsum", _cumsum)
    mint.argmax = _counted("mint.argmax", _argmax)
    mint.addmm = _counted("mint.addmm", _addmm)
    mint.repeat_interleave = _counted("mint.repeat_interleave", _repeat_interleave)
    Tensor.clone = _counted("Tensor.clone", _tensor_clone)
    mint.nn.functional.gelu = _counted("mint.nn.functional.gelu", _gelu)
    mint.nn.functional.dropout = _counted("mint.nn.functional.dropout", _dropout)
    mint.nn.functional.embedding = _counted("mint.nn.functional.embedding", _embedding)
    mint.nn.functional.pad = _counted("mint.nn.functional.pad", _pad)
    mint.nn.functional.cross_entropy = _counted("mint.nn.functional.cross_entropy", _cross_entropy)
    # mint.nn.Embedding / mint.nn.LayerNorm are mindspore.nn.EmbeddingExt / LayerNormExt
    mint.nn.Embedding.construct = _counted("mint.nn.Embedding", _embedding_construct)
    mint.nn.CrossEntropyLoss.construct = _counted("mint.nn.CrossEntropyLoss", _cross_entropy_loss_construct)
    mint.nn.LayerNorm.construct = _counted("mint.nn.LayerNorm", _layernorm_construct)
