import torch


def mask(scores, dtype):
    low = torch.finfo(dtype).min
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: torch.finfo(dtype).min is mindone's dtype_to_min(dtype) [api-finfo]
    high = torch.finfo(scores.dtype).max
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch.finfo(dtype).max is mindone's dtype_to_max(dtype) [api-finfo]
    eps = torch.finfo(dtype).eps
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: torch.finfo(...).eps has no rule yet; use numpy.finfo by hand [api-finfo]
    return scores.masked_fill(scores < 0, low), high, eps
