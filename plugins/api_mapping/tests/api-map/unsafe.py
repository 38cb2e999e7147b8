# FIX-MODE: unsafe
import torch


def f(x, y):
    # mint.stack has no numeric proof in the catalog: the mapping is Unsafe.
    z = torch.stack([x, y])
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.stack' is 'mindspore.mint.stack' in MindSpore [api-map]
    return torch.cat([x, y], out=z)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch.cat' is 'mindspore.mint.cat' in MindSpore [api-map]
