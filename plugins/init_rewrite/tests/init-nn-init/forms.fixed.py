import math

from torch import nn
import mindspore as ms
import numpy as np
from mindspore.common.initializer import HeNormal, Normal, XavierUniform, Zero, initializer


def _init_values(tensor, value):
    if hasattr(tensor, "set_data"):
        tensor.set_data(value)
    else:
        tensor.assign_value(value if value.init is None else value.init_data())
    return tensor


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    init = HeNormal(negative_slope=a, mode=mode, nonlinearity=nonlinearity)
    return _init_values(tensor, initializer(init, tensor.shape, tensor.dtype))


def normal_(tensor, mean=0.0, std=1.0):
    # MindSpore's Normal takes the standard deviation first.
    return _init_values(tensor, initializer(Normal(sigma=std, mean=mean), tensor.shape, tensor.dtype))


def uniform_(tensor, a=0.0, b=1.0):
    # MindSpore's Uniform is symmetric around 0; torch's bounds are [a, b).
    return _init_values(tensor, ms.Tensor(np.random.uniform(a, b, tensor.shape), dtype=tensor.dtype))


def xavier_uniform_(tensor, gain=1.0):
    return _init_values(tensor, initializer(XavierUniform(gain=gain), tensor.shape, tensor.dtype))


def zeros_(tensor):
    return _init_values(tensor, initializer(Zero(), tensor.shape, tensor.dtype))


def _init_weights(module):
    if isinstance(module, nn.Linear):
        xavier_uniform_(module.weight, gain=1.0)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.xavier_uniform_' becomes the helper 'xavier_uniform_' [init-nn-init]
        zeros_(module.bias)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.zeros_' becomes the helper 'zeros_' [init-nn-init]
    elif isinstance(module, nn.Conv2d):
        kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.kaiming_normal_' becomes the helper 'kaiming_normal_' [init-nn-init]
        nn.init.dirac_(module.weight)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.init.dirac_' has no MindSpore helper yet; port it by hand [init-nn-init]
        bound = 1 / math.sqrt(module.weight.shape[1])
        uniform_(module.bias, -bound, bound)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.uniform_' becomes the helper 'uniform_' [init-nn-init]
    elif isinstance(module, nn.Embedding):
        normal_(module.weight, std=0.02)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.normal_' becomes the helper 'normal_' [init-nn-init]
