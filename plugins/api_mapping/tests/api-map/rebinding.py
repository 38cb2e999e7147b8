# FIX-MODE: unsafe
# A Safe fix (nn.Module -> nn.Cell) would import MindSpore's nn in place of torch's; it waits until
# the Unsafe Embedding fix rewrites the other use, or the third argument would mean use_one_hot.
import torch
from torch import nn


class M(nn.Module):
# CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.Module' is 'mindspore.nn.Cell' in MindSpore [api-map]
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4, 0)
        # CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'torch.nn.Embedding' is 'mindspore.mint.nn.Embedding' in MindSpore [api-map]
