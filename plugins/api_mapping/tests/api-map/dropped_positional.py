# FIX-MODE: unsafe
import torch.nn.functional as F


def lookup(ids, weight, padding_idx, max_norm, norm_type, scale, sparse):
    # torch's seventh positional argument, sparse, does not exist in mint: dropped.
    a = F.embedding(ids, weight, padding_idx, max_norm, norm_type, scale, sparse)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.embedding' is 'mindspore.mint.nn.functional.embedding' in MindSpore [api-map]
    b = F.embedding(ids, weight, padding_idx, sparse=sparse)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.embedding' is 'mindspore.mint.nn.functional.embedding' in MindSpore [api-map]
    c = F.embedding(ids, weight, padding_idx)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.embedding' is 'mindspore.mint.nn.functional.embedding' in MindSpore [api-map]
    return a, b, c
