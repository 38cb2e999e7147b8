# FIX-MODE: unsafe
from mindspore import mint


def buffers(batch, length, shape, dtype):
    a = mint.zeros((batch, length), dtype=dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.zeros' is 'mindspore.mint.zeros' in MindSpore [api-map]
    b = mint.ones((*shape,))
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.ones' is 'mindspore.mint.ones' in MindSpore [api-map]
    c = mint.zeros((batch, length))
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.zeros' is 'mindspore.mint.zeros' in MindSpore [api-map]
    d = mint.empty((batch, 4, 8))
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.empty' is 'mindspore.mint.empty' in MindSpore [api-map]
    e = mint.randn(shape)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.randn' is 'mindspore.mint.randn' in MindSpore [api-map]
    f = mint.ones(3)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.ones' is 'mindspore.mint.ones' in MindSpore [api-map]
    return a, b, c, d, e, f
