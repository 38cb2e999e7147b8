import torch
from torch import autocast


def make(shape, device, dtype):
    a = torch.zeros(shape, dtype=dtype, device=device)
    # CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'device=' places data on a device; MindSpore uses its context [device-keyword]
    b = torch.arange(
        0,
        10,
        device=device,  # on the input's device
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'device=' places data on a device; MindSpore uses its context [device-keyword]
    )
    c = torch.full((2, 2), 1.0, device=device,)
    # CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'device=' places data on a device; MindSpore uses its context [device-keyword]
    with torch.autocast(device_type="cuda", enabled=False):
    # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'device_type=' places data on a device; MindSpore uses its context [device-keyword]
        pass
    with autocast(device.type, enabled=False):
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: the device type of 'torch.autocast' has no MindSpore meaning [device-keyword]
        pass
    d = helper(shape, device=device)
    # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'device=' places data on a device; MindSpore uses its context [device-keyword]
    e = other_library.build(shape, device=device)
    # CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'device=' places data on a device; MindSpore uses its context [device-keyword]
    return a, b, c, d, e


def helper(shape, device=None):
    return shape
