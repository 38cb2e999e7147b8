import math

import torch
from torch import nn
from torch.nn import init


def _init_weights(module):
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight, gain=1.0)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.xavier_uniform_' becomes the helper 'xavier_uniform_' [init-nn-init]
        torch.nn.init.zeros_(module.bias)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.zeros_' becomes the helper 'zeros_' [init-nn-init]
    elif isinstance(module, nn.Conv2d):
        init.kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.kaiming_normal_' becomes the helper 'kaiming_normal_' [init-nn-init]
        nn.init.dirac_(module.weight)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.init.dirac_' has no MindSpore helper yet; port it by hand [init-nn-init]
        bound = 1 / math.sqrt(module.weight.shape[1])
        nn.init.uniform_(module.bias, -bound, bound)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.uniform_' becomes the helper 'uniform_' [init-nn-init]
    elif isinstance(module, nn.Embedding):
        nn.init.normal_(module.weight, std=0.02)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place initialisers: 'torch.nn.init.normal_' becomes the helper 'normal_' [init-nn-init]
