# FIX-MODE: unsafe
import copy

import torch


def snapshot(hidden_states, weights):
    kept = hidden_states.clone(memory_format=torch.contiguous_format)
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: MindSpore tensors have no memory format; a clone is contiguous [api-tensor-clone]
    plain = weights.clone()
    return kept, plain, copy.clone(memory_format=None)
