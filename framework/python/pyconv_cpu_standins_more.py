"""More CPU stand-ins: the kernel-less operations the corpus report found next (issue 17), with
the same contract as pyconv_cpu_standins (diagnosis only, every call counted, measured against
torch in tests/python/standin_cases.py). In-place Tensor methods are their out-of-place
counterparts written back with assign_value, which runs on CPU.
"""
from mindspore import Parameter, Tensor, mint, ops
from mindspore.common import dtype as mstype


def _in_place(out_of_place):
    def method(self, *args, **kwargs):
        self.assign_value(out_of_place(self, *args, **kwargs).astype(self.dtype))
        return self
    return method


def _nonzero(original):
    def nonzero(input, *, as_tuple=False):                          # kernel NonZeroExt (as_tuple) unregistered
        indices = original(input)
        if not as_tuple:
            return indices
        return tuple(indices[:, i] for i in range(max(input.ndim, 1)))
    return nonzero


def _where(original, nonzero):
    def where(condition, input=None, other=None):                   # one argument: NonZeroExt unregistered
        if input is None and other is None:
            return nonzero(condition, as_tuple=True)
        return original(condition, input, other)
    return where


def _scatter(original):
    def scatter(input, dim, index, src=None, *, value=None, reduce=None):  # ScatterValue: no integer CPU kernel
        fill = value if src is None else src
        if isinstance(fill, (int, float, bool)) and reduce is None:
            return ops.tensor_scatter_elements(input, index, ops.full_like(index, fill, dtype=input.dtype), dim)
        return original(input, dim, index, fill) if reduce is None else original(input, dim, index, fill, reduce=reduce)
    return scatter


def _log(original):
    def log(input):                                                 # Log: no CPU kernel for integers
        return original(input if _floating(input) else input.astype(mstype.float32))
    return log


def _div(original):
    def div(input, other, *, rounding_mode=None):                   # Trunc: no CPU kernel for integers
        if rounding_mode != "trunc" or _floating(input) or _floating(other):
            return original(input, other, rounding_mode=rounding_mode)
        a, b = (x if isinstance(x, Tensor) else Tensor(x, mstype.int64) for x in (input, other))
        negative = (a < 0).astype(a.dtype) + (b < 0).astype(a.dtype) == 1
        quotient = ops.floor_div(mint.abs(a), mint.abs(b))
        return mint.where(negative, -quotient, quotient)
    return div


def _floating(x):
    if isinstance(x, Tensor):
        return x.dtype in (mstype.float16, mstype.bfloat16, mstype.float32, mstype.float64)
    return isinstance(x, float)


def _vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None):  # kernel LinalgVectorNorm unregistered
    if dtype is not None:
        x = x.astype(dtype)
    if dim is None:
        x, dim = x.reshape(-1), 0
    if ord == 2:
        return mint.sqrt(mint.sum(x * x, dim=dim, keepdim=keepdim))
    if ord == float("inf"):
        return mint.amax(mint.abs(x), dim, keepdim)
    return mint.pow(mint.sum(mint.pow(mint.abs(x), ord), dim=dim, keepdim=keepdim), 1.0 / ord)


def _logsumexp(input, dim, keepdim=False):                          # kernel LogSumExp unregistered
    peak = mint.amax(input, dim, True)
    result = mint.log(mint.sum(mint.exp(input - peak), dim=dim, keepdim=True)) + peak
    return result if keepdim else result.squeeze(dim)


def _variance(input, dim=None, *, correction=1, keepdim=False):
    if dim is None:
        input, dim = input.reshape(-1), 0
    dims = dim if isinstance(dim, (tuple, list)) else (dim,)
    count = 1
    for d in dims:
        count *= input.shape[d]
    centred = input - mint.mean(input, dim=dim, keepdim=True)
    return mint.sum(centred * centred, dim=dim, keepdim=keepdim) / max(count - correction, 0)


def _std(input, dim=None, *, correction=1, keepdim=False):         # kernel Std unregistered
    return mint.sqrt(_variance(input, dim, correction=correction, keepdim=keepdim))


def _histc(input, bins=100, min=0, max=0):                          # kernel HistcExt unregistered
    low, high = (float(min), float(max)) if (min, max) != (0, 0) else (float(input.min()), float(input.max()))
    return ops.histc(input.astype(mstype.float32), bins, low, high).astype(input.dtype)


def _rms_norm(input_x, gamma, epsilon=1e-6):                        # kernel RmsNorm unregistered (ops.rms_norm)
    dims = tuple(range(input_x.ndim - gamma.ndim, input_x.ndim))
    rstd = mint.rsqrt(mint.mean(input_x * input_x, dim=dims, keepdim=True) + epsilon)
    return input_x * rstd * gamma, rstd


def _adaptive_avg_pool1d(input, output_size):                      # kernel AdaptiveAvgPool1D unregistered
    """torch's windows: the i-th output averages [floor(i*L/n), ceil((i+1)*L/n)) of the last axis."""
    output_size = output_size[0] if isinstance(output_size, (tuple, list)) else output_size
    length = input.shape[-1]
    windows = [mint.mean(input[..., (i * length) // output_size:-((-(i + 1) * length) // output_size)], dim=-1, keepdim=True)
               for i in range(output_size)]
    return mint.cat(windows, dim=-1)


def _index_add(self, dim, index, source, *, alpha=1):                # kernel InplaceIndexAddExt unregistered
    target = Parameter(self.copy(), name="index_add")  # ops.index_add adds into a Parameter, on CPU
    ops.index_add(target, index.astype(mstype.int32), source * alpha if alpha != 1 else source, dim)
    return target.value()


def _avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
                divisor_override=None):                            # kernel AvgPool2D unregistered
    return ops.avg_pool2d(input, kernel_size, stride or kernel_size, padding, ceil_mode, count_include_pad,
                          divisor_override or 0)


def _max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                return_indices=False):                             # kernel FuncMaxPool2D unregistered
    return ops.max_pool2d(input, kernel_size, stride or kernel_size, padding, dilation, return_indices, ceil_mode)


def install():
    """Swaps the ops in. Called once, by pyconv_cpu_standins.install() (which guards against a
    second call: a wrapper must never wrap a wrapper)."""
    from pyconv_cpu_standins import _counted
    functional = mint.nn.functional
    nonzero = _nonzero(mint.nonzero)
    for name, fn in [("nonzero", nonzero), ("where", _where(mint.where, nonzero)), ("scatter", _scatter(mint.scatter)),
                     ("log", _log(mint.log)), ("acos", lambda input: ops.acos(input)), ("arccos", lambda input: ops.acos(input)),
                     ("atan2", lambda input, other: ops.atan2(input, other)),
                     ("clone", lambda input, *, memory_format=None: ops.deepcopy(input)),
                     ("logsumexp", _logsumexp), ("std", _std), ("var", _variance), ("histc", _histc),
                     ("baddbmm", lambda input, batch1, batch2, *, beta=1, alpha=1: input * beta + mint.bmm(batch1, batch2) * alpha),
                     ("floor_divide", lambda input, other: ops.floor_div(input, other)),
                     ("count_nonzero", lambda input, dim=None: mint.sum((input != 0).astype(mstype.int64), dim=dim)),
                     ("index_select", lambda input, dim, index: ops.gather(input, index, dim)),
                     ("div", _div(mint.div))]:
        setattr(mint, name, _counted(f"mint.{name}", fn))
    mint.linalg.vector_norm = _counted("mint.linalg.vector_norm", _vector_norm)
    ops.rms_norm = _counted("ops.rms_norm", _rms_norm)
    for name, fn in [("hardtanh", lambda input, min_val=-1.0, max_val=1.0, inplace=False: mint.clamp(input, min_val, max_val)),
                     ("mish", lambda input, inplace=False: input * mint.tanh(ops.softplus(input))),
                     ("l1_loss", lambda input, target, reduction="mean": _reduce(mint.abs(input - target), reduction)),
                     ("adaptive_avg_pool1d", _adaptive_avg_pool1d), ("avg_pool2d", _avg_pool2d),
                     ("max_pool2d", _max_pool2d)]:
        setattr(functional, name, _counted(f"mint.nn.functional.{name}", fn))
    from pyconv_cpu_standins import _interpolate
    upsample = lambda self, input: _interpolate(input, self.size, self.scale_factor, self.mode, self.align_corners,
                                                self.recompute_scale_factor)
    for name, construct in [("Upsample", upsample), ("Hardtanh", lambda self, input: mint.clamp(input, self.min_val, self.max_val)),
                            ("AdaptiveAvgPool1d", lambda self, input: _adaptive_avg_pool1d(input, self.output_size))]:
        getattr(mint.nn, name).construct = _counted(f"mint.nn.{name}", construct)
    Tensor.nonzero = _counted("Tensor.nonzero", lambda self, *, as_tuple=False: nonzero(self, as_tuple=as_tuple))
    Tensor.scatter = _counted("Tensor.scatter", lambda self, dim, index, src=None, **kw: mint.scatter(self, dim, index, src, **kw))
    Tensor.log = _counted("Tensor.log", lambda self: mint.log(self))
    mint.index_add = _counted("mint.index_add", lambda input, dim, index, source, *, alpha=1: _index_add(
        input, dim, index, source, alpha=alpha))
    Tensor.index_select = _counted("Tensor.index_select", lambda self, dim, index: ops.gather(self, index, dim))
    for name, out_of_place in [("zero_", lambda self: ops.zeros_like(self)),
                               ("fill_", lambda self, value: ops.full_like(self, value)),
                               ("masked_fill_", lambda self, mask, value: self.masked_fill(mask, value)),
                               ("clamp_", lambda self, min=None, max=None: mint.clamp(self, min, max)),
                               ("log_", lambda self: mint.log(self)),
                               ("scatter_", lambda self, dim, index, src=None, **kw: mint.scatter(self, dim, index, src, **kw)),
                               ("index_add_", _index_add),
                               ("index_fill_", lambda self, dim, index, value: ops.index_fill(self, dim, index.astype(mstype.int32), value))]:
        setattr(Tensor, name, _counted(f"Tensor.{name}", _in_place(out_of_place)))


def _reduce(values, reduction):
    if reduction == "mean":
        return mint.mean(values)
    return mint.sum(values) if reduction == "sum" else values
