# FIX-MODE: unsafe
import math


def scores(hidden, lengths, table):
    a = hidden.new_tensor(lengths)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor has no new_tensor: a tensor of the data in x's dtype [api-tensor-new]
    b = hidden.new_tensor([0.5, 1.5], dtype=table.dtype, requires_grad=False)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor has no new_tensor: a tensor of the data in x's dtype [api-tensor-new]
    c = table[0].new_tensor(data=lengths)
    # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: MindSpore's Tensor has no new_tensor: a tensor of the data in x's dtype [api-tensor-new]
    # A literal is never a tensor.
    d = "text".new_tensor(lengths)
    return a, b, c, d, math.pi
