import math

from torch.nn.init import _calculate_fan_in_and_fan_out


def variance_scaling(tensor, scale=1.0):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: MindSpore has no in-place initialisers: 'torch.nn.init._calculate_fan_in_and_fan_out' becomes the helper '_calculate_fan_in_and_fan_out' [init-nn-init]
    return math.sqrt(scale / fan_in), fan_out
