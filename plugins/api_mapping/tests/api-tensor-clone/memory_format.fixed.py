# FIX-MODE: unsafe
import copy


def snapshot(hidden_states, weights):
    kept = hidden_states.clone()
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: MindSpore tensors have no memory format; a clone is contiguous [api-tensor-clone]
    plain = weights.clone()
    return kept, plain, copy.clone(memory_format=None)
