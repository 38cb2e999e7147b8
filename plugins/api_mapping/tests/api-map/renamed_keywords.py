# FIX-MODE: unsafe
import torch


def pieces(x):
    # mindspore.ops.tensor_split spells the dimension `axis`; torch also accepts `axis` for `dim`.
    a = torch.tensor_split(x, 3, dim=1)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.tensor_split' is 'mindspore.ops.tensor_split' in MindSpore [api-map]
    b = torch.tensor_split(x, 3, axis=0)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.tensor_split' is 'mindspore.ops.tensor_split' in MindSpore [api-map]
    c = torch.tensor_split(x, 2)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.tensor_split' is 'mindspore.ops.tensor_split' in MindSpore [api-map]
    return a, b, c
