import torch
from torch import nn


def f(x):
    note = "torch.cat in a string is text"  # so is torch.cat in a comment
    y = torch.nn.functional.scaled_dot_product_attention(x, x, x)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: torch reference left for a person: 'torch.nn.functional.scaled_dot_product_attention' [api-residual]
    return nn.utils.rnn.pad_sequence(y), torch
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch reference left for a person: 'torch.nn.utils.rnn.pad_sequence' [api-residual]
    # CHECK-MESSAGES: :[[@LINE-2]]:42: warning: torch reference left for a person: 'torch' [api-residual]


def g(torch):
    return torch.cat
