# FIX-MODE: unsafe
import numpy as np
import torch
from torch import nn


class Gate(nn.Module):
# CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch.nn.Module' is 'mindspore.nn.Cell' in MindSpore [api-map]
    def __init__(self):
        super().__init__()
        self.glu = nn.GLU(dim=-1)
        # CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'torch.nn.GLU' is 'mindspore.mint.nn.GLU' in MindSpore [api-map]

    def forward(self, scores):
        weights = torch.softmax(scores, dim=-1)
        # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'torch.softmax' is 'mindspore.mint.softmax' in MindSpore [api-map]
        bias = torch.as_tensor(np.ones(4), dtype=torch.float32, device=scores.device)
        # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'torch.as_tensor' is 'mindspore.tensor' in MindSpore [api-map]
        # CHECK-MESSAGES: :[[@LINE-2]]:50: warning: 'torch.float32' is 'mindspore.float32' in MindSpore [api-map]
        return self.glu(weights + bias)
