# FIX-MODE: unsafe
import numpy as np
import torch
from torch import nn


def layer_norm(x, eps):
    mean = x.mean(axis=2, keepdim=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: MindSpore takes 'dim', not torch's alias 'axis' [api-dim-keyword]
    var = torch.mean((x - mean) ** 2, axis=2, keepdim=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:39: warning: MindSpore takes 'dim', not torch's alias 'axis' [api-dim-keyword]
    total = torch.sum(x, axis=-1) + x.sum(axis=-1)
    # CHECK-MESSAGES: :[[@LINE-1]]:26: warning: MindSpore takes 'dim', not torch's alias 'axis' [api-dim-keyword]
    # CHECK-MESSAGES: :[[@LINE-2]]:43: warning: MindSpore takes 'dim', not torch's alias 'axis' [api-dim-keyword]
    stacked = np.stack([np.ones(2), np.zeros(2)], axis=0)
    return (x - mean) / torch.sqrt(var + eps), total, stacked, np.mean(stacked, axis=0)


class Head(nn.Module):
    def pick(self, logits):
        return logits.argmax(axis=-1), logits.reshape(axis=3)
        # CHECK-MESSAGES: :[[@LINE-1]]:30: warning: MindSpore takes 'dim', not torch's alias 'axis' [api-dim-keyword]
