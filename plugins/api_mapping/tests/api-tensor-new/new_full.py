# FIX-MODE: unsafe
import torch


def pad_like(hidden, shape, pad_id):
    a = hidden.new_full((hidden.shape[0], 4), pad_id)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_full runs on Ascend only: mint.full in x's dtype [api-tensor-new]
    b = hidden.new_full(shape, -1.0, dtype=torch.long, device=hidden.device, requires_grad=False)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_full runs on Ascend only: mint.full in x's dtype [api-tensor-new]
    c = hidden.new_full(size=shape, fill_value=0)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore's Tensor.new_full runs on Ascend only: mint.full in x's dtype [api-tensor-new]
    return a, b, c
