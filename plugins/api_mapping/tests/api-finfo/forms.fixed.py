import torch
from mindone.transformers.mindspore_adapter import dtype_to_max, dtype_to_min


def mask(scores, dtype):
    low = float(dtype_to_min(dtype))
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: torch.finfo(dtype).min is mindone's dtype_to_min(dtype) [api-finfo]
    high = float(dtype_to_max(scores.dtype))
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch.finfo(dtype).max is mindone's dtype_to_max(dtype) [api-finfo]
    eps = torch.finfo(dtype).eps
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: torch.finfo(...).eps has no rule yet; use numpy.finfo by hand [api-finfo]
    return scores.masked_fill(scores < 0, low), high, eps
