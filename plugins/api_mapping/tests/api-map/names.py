import torch
import torch as T
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import functional as G
from torch.nn import LayerNorm as Norm


def f(x: torch.Tensor) -> torch.Tensor:
# CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'torch.Tensor' is 'mindspore.Tensor' in MindSpore [api-map]
# CHECK-MESSAGES: :[[@LINE-2]]:27: warning: 'torch.Tensor' is 'mindspore.Tensor' in MindSpore [api-map]
    a = torch.cat([x, x], dim=0)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.cat' is 'mindspore.mint.cat' in MindSpore [api-map]
    b = T.matmul(a, a)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.matmul' is 'mindspore.mint.matmul' in MindSpore [api-map]
    c = F.relu(b) + G.silu(b)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.relu' is 'mindspore.mint.nn.functional.relu' in MindSpore [api-map]
    # CHECK-MESSAGES: :[[@LINE-2]]:21: warning: 'torch.nn.functional.silu' is 'mindspore.mint.nn.functional.silu' in MindSpore [api-map]
    d = torch.zeros(3, dtype=torch.long, layout=torch.strided, requires_grad=False)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.zeros' is 'mindspore.mint.zeros' in MindSpore [api-map]
    # CHECK-MESSAGES: :[[@LINE-2]]:30: warning: 'torch.long' is 'mindspore.int64' in MindSpore [api-map]
    e = Norm(8)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.LayerNorm' is 'mindspore.mint.nn.LayerNorm' in MindSpore [api-map]
    return nn.Identity()(a + b + c + d + e)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch.nn.Identity' is 'mindspore.mint.nn.Identity' in MindSpore [api-map]
