# FIX-MODE: unsafe
from torch import nn
import mindspore as ms
from mindspore import mint


class _WeightNormParametrization(ms.nn.Cell):
    # torch's parametrizations.weight_norm: g is original0, v is original1.
    def __init__(self, weight, dim):
        super().__init__()
        self.dim = dim
        self.original0 = ms.Parameter(_weight_norm_of(weight, dim), name="original0")
        self.original1 = ms.Parameter(weight.value().copy(), name="original1")

    def construct(self):
        return _weight_from(self.original0, self.original1, self.dim)


def _parametrized_weight_norm(module, name="weight", dim=0):
    # torch.nn.utils.parametrizations.weight_norm, under torch's parameter names.
    parametrization = _WeightNormParametrization(getattr(module, name), -1 if dim is None else dim)
    del module._params[name]
    module.parametrizations = ms.nn.CellDict({name: parametrization})
    _recompute_before_each_call(module, name, parametrization)
    return module


def _remove_weight_norm(module, name="weight"):
    # torch.nn.utils.remove_weight_norm: the weight, computed from g and v once more, is a Parameter again.
    hook, compute = module.__dict__.pop("_weight_norm_" + name)
    hook.remove()
    weight = compute()
    del module.__dict__[name]
    del module._params[name + "_g"], module._params[name + "_v"]
    setattr(module, name, ms.Parameter(weight, name=name))
    return module


def _weight_norm(module, name="weight", dim=0):
    # torch.nn.utils.weight_norm, under torch's parameter names (<name>_g, <name>_v).
    dim = -1 if dim is None else dim
    weight = getattr(module, name)
    del module._params[name]
    setattr(module, name + "_g", ms.Parameter(_weight_norm_of(weight, dim), name=name + "_g"))
    setattr(module, name + "_v", ms.Parameter(weight.value().copy(), name=name + "_v"))
    _recompute_before_each_call(module, name, lambda: _weight_from(getattr(module, name + "_g"), getattr(module, name + "_v"), dim))
    return module


def _weight_norm_of(v, dim):
    # pyconv-tidy api-weight-norm: torch's norm over every dimension but `dim` (-1: over all).
    dims = tuple(range(v.ndim)) if dim == -1 else tuple(d for d in range(v.ndim) if d != dim % v.ndim)
    norm = mint.sqrt(mint.sum(v * v, dim=dims, keepdim=True))
    return norm.reshape(()) if dim == -1 else norm


def _weight_from(g, v, dim):
    return v * (g / _weight_norm_of(v, dim))


def _recompute_before_each_call(module, name, compute):
    # The Cell's own construct reads `module.<name>`: a plain attribute, refreshed before each call.
    object.__setattr__(module, name, compute())
    hook = module.register_forward_pre_hook(lambda cell, inputs: object.__setattr__(cell, name, compute()))
    object.__setattr__(module, "_weight_norm_" + name, (hook, compute))  # for _remove_weight_norm


class PositionalConv(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv1d(config.hidden_size, config.hidden_size, kernel_size=3, padding=1)
        weight_norm = _weight_norm
        # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: MindSpore has no weight_norm that keeps torch's parameter names: the helper '_weight_norm' reparametrises the Cell as torch does [api-weight-norm]
        if True:
        # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch's weight_norm probe: the converted file has the helper [api-weight-norm]
            weight_norm = _parametrized_weight_norm
            # CHECK-MESSAGES: :[[@LINE-1]]:27: warning: MindSpore has no weight_norm that keeps torch's parameter names: the helper '_parametrized_weight_norm' reparametrises the Cell as torch does [api-weight-norm]
        self.conv = weight_norm(self.conv, name="weight", dim=2)
        # Another object's attribute of that name is not torch's.
        self.other = hasattr(config, "weight_norm")


class Vocoder(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv_pre = _weight_norm(nn.Conv1d(channels, channels, 7, padding=3))
        # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: MindSpore has no weight_norm that keeps torch's parameter names: the helper '_weight_norm' reparametrises the Cell as torch does [api-weight-norm]

    def remove_weight_norm(self):
        _remove_weight_norm(self.conv_pre)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no remove_weight_norm for the helper's weight norm: the helper '_remove_weight_norm' restores the plain weight as torch does [api-weight-norm]
