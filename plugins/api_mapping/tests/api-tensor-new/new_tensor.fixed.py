# FIX-MODE: unsafe
import math
import mindspore as ms


def scores(hidden, lengths, table):
    a = ms.tensor(lengths, dtype=hidden.dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor has no new_tensor: a tensor of the data in x's dtype [api-tensor-new]
    b = ms.tensor([0.5, 1.5], dtype=table.dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor has no new_tensor: a tensor of the data in x's dtype [api-tensor-new]
    c = ms.tensor(lengths, dtype=table[0].dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: MindSpore's Tensor has no new_tensor: a tensor of the data in x's dtype [api-tensor-new]
    # A literal is never a tensor.
    d = "text".new_tensor(lengths)
    return a, b, c, d, math.pi
