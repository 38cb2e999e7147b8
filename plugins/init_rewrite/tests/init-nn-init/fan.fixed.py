import math


def _calculate_fan_in_and_fan_out(tensor):
    if tensor.ndim < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    receptive_field_size = 1
    for size in tensor.shape[2:]:
        receptive_field_size *= size
    return tensor.shape[1] * receptive_field_size, tensor.shape[0] * receptive_field_size


def variance_scaling(tensor, scale=1.0):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: MindSpore has no in-place initialisers: 'torch.nn.init._calculate_fan_in_and_fan_out' becomes the helper '_calculate_fan_in_and_fan_out' [init-nn-init]
    return math.sqrt(scale / fan_in), fan_out
