# FIX-MODE: unsafe
import numpy as np


class Pool:
    def new_zeros(self, *sizes):
        return sizes


def buffers(hidden, batch, length, shape):
    a = hidden.new_zeros(batch, length)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_zeros takes the size as one tuple [api-tensor-new]
    b = hidden.new_ones(*shape, dtype=hidden.dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_ones takes the size as one tuple [api-tensor-new]
    c = hidden.new_zeros((batch, length))
    d = hidden.new_empty(batch, 2, length)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_empty takes the size as one tuple [api-tensor-new]
    e = hidden.new_zeros(length)
    return a, b, c, d, e, Pool.new_zeros(None, 2, 3), np.zeros(2)
