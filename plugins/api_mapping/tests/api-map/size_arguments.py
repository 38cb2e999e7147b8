# FIX-MODE: unsafe
import torch


def buffers(batch, length, shape, dtype):
    a = torch.zeros(batch, length, dtype=dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.zeros' is 'mindspore.mint.zeros' in MindSpore [api-map]
    b = torch.ones(*shape)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.ones' is 'mindspore.mint.ones' in MindSpore [api-map]
    c = torch.zeros((batch, length))
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.zeros' is 'mindspore.mint.zeros' in MindSpore [api-map]
    d = torch.empty(batch, 4, 8)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.empty' is 'mindspore.mint.empty' in MindSpore [api-map]
    e = torch.randn(shape)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.randn' is 'mindspore.mint.randn' in MindSpore [api-map]
    f = torch.ones(3)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.ones' is 'mindspore.mint.ones' in MindSpore [api-map]
    return a, b, c, d, e, f
