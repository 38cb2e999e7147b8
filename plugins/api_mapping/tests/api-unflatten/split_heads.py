# FIX-MODE: unsafe
import torch


def split_heads(hidden, heads):
    a = torch.unflatten(hidden, -1, (heads, -1))
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore 2.7.1 has no unflatten; call a reshape helper [api-unflatten]
    b = hidden.unflatten(2, (heads, hidden.shape[-1] // heads))
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore 2.7.1 has no unflatten; call a reshape helper [api-unflatten]
    return a, b
