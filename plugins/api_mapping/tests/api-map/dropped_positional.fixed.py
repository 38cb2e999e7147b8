# FIX-MODE: unsafe
from mindspore import mint


def lookup(ids, weight, padding_idx, max_norm, norm_type, scale, sparse):
    # torch's seventh positional argument, sparse, does not exist in mint: dropped.
    a = mint.nn.functional.embedding(ids, weight, padding_idx, max_norm, norm_type, scale)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.embedding' is 'mindspore.mint.nn.functional.embedding' in MindSpore [api-map]
    b = mint.nn.functional.embedding(ids, weight, padding_idx)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.embedding' is 'mindspore.mint.nn.functional.embedding' in MindSpore [api-map]
    c = mint.nn.functional.embedding(ids, weight, padding_idx)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.embedding' is 'mindspore.mint.nn.functional.embedding' in MindSpore [api-map]
    return a, b, c
