# FIX-MODE: unsafe
from mindspore import ops


def pieces(x):
    # mindspore.ops.tensor_split spells the dimension `axis`; torch also accepts `axis` for `dim`.
    a = ops.tensor_split(x, 3, axis=1)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.tensor_split' is 'mindspore.ops.tensor_split' in MindSpore [api-map]
    b = ops.tensor_split(x, 3, axis=0)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.tensor_split' is 'mindspore.ops.tensor_split' in MindSpore [api-map]
    c = ops.tensor_split(x, 2)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.tensor_split' is 'mindspore.ops.tensor_split' in MindSpore [api-map]
    return a, b, c
