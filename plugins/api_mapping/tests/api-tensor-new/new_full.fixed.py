# FIX-MODE: unsafe
import torch
from mindspore import mint


def pad_like(hidden, shape, pad_id):
    a = mint.full((hidden.shape[0], 4), pad_id, dtype=hidden.dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_full runs on Ascend only: mint.full in x's dtype [api-tensor-new]
    b = mint.full(shape, -1.0, dtype=torch.long)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_full runs on Ascend only: mint.full in x's dtype [api-tensor-new]
    c = hidden.new_full(size=shape, fill_value=0)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_full runs on Ascend only: mint.full in x's dtype [api-tensor-new]
    return a, b, c
