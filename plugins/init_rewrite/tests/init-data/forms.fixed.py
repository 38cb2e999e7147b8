import mindspore as ms
import numpy as np
from mindspore.common.initializer import Constant, Normal, initializer

def _copy_data(tensor, value):
    # torch's `tensor.data.copy_(value)` (pyconv-tidy init-data): value in tensor's dtype and shape.
    value = value.broadcast_to(tensor.shape).astype(tensor.dtype)
    if isinstance(tensor, ms.Parameter):
        tensor.set_data(value)
    else:
        tensor.assign_value(value)
    return tensor


def _init_values(tensor, value):
    if hasattr(tensor, "set_data"):
        tensor.set_data(value)
    else:
        tensor.assign_value(value if value.init is None else value.init_data())
    return tensor


def constant_(tensor, val):
    return _init_values(tensor, initializer(Constant(val), tensor.shape, tensor.dtype))


def normal_(tensor, mean=0.0, std=1.0):
    # MindSpore's Normal takes the standard deviation first.
    return _init_values(tensor, initializer(Normal(sigma=std, mean=mean), tensor.shape, tensor.dtype))


def uniform_(tensor, a=0.0, b=1.0):
    # MindSpore's Uniform is symmetric around 0; torch's bounds are [a, b).
    return _init_values(tensor, ms.Tensor(np.random.uniform(a, b, tensor.shape), dtype=tensor.dtype))


def _init_weights(self, module):
    if isinstance(module, Linear):
        normal_(module.weight, mean=0.0, std=self.config.initializer_range)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place '.normal_()': the helper 'normal_' initialises the parameter [init-data]
        if module.bias is not None:
            constant_(module.bias, 0.0)
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore has no in-place '.zero_()': the helper 'constant_' initialises the parameter [init-data]
    elif isinstance(module, Embedding):
        uniform_(module.weight, -0.1, 0.1)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place '.uniform_()': the helper 'uniform_' initialises the parameter [init-data]
        if module.padding_idx is not None:
            module.weight[module.padding_idx] = 0.0
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: in-place 'zero_' on a slice of '.data' is an item assignment in MindSpore [init-data]
    elif isinstance(module, LayerNorm):
        constant_(module.weight, 1.0)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place '.fill_()': the helper 'constant_' initialises the parameter [init-data]
        _copy_data(module.bias, self.initial_bias)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '.data.copy_(t)' copies into a parameter or buffer: the helper _copy_data [init-data]
    self.scale.set_data(compute_scale())
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '.data = t' replaces a parameter's data: set_data in MindSpore [init-data]
    kept = module.weight.data.clone()
