from torch.nn import LayerNorm as Norm
import mindspore as ms
from mindspore import mint


def f(x: ms.Tensor) -> ms.Tensor:
# CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'torch.Tensor' is 'mindspore.Tensor' in MindSpore [api-map]
# CHECK-MESSAGES: :[[@LINE-2]]:27: warning: 'torch.Tensor' is 'mindspore.Tensor' in MindSpore [api-map]
    a = mint.cat([x, x], dim=0)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.cat' is 'mindspore.mint.cat' in MindSpore [api-map]
    b = mint.matmul(a, a)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.matmul' is 'mindspore.mint.matmul' in MindSpore [api-map]
    c = mint.nn.functional.relu(b) + mint.nn.functional.silu(b)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.functional.relu' is 'mindspore.mint.nn.functional.relu' in MindSpore [api-map]
    # CHECK-MESSAGES: :[[@LINE-2]]:21: warning: 'torch.nn.functional.silu' is 'mindspore.mint.nn.functional.silu' in MindSpore [api-map]
    d = mint.zeros(3, dtype=ms.int64)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.zeros' is 'mindspore.mint.zeros' in MindSpore [api-map]
    # CHECK-MESSAGES: :[[@LINE-2]]:30: warning: 'torch.long' is 'mindspore.int64' in MindSpore [api-map]
    e = Norm(8)
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'torch.nn.LayerNorm' is 'mindspore.mint.nn.LayerNorm' in MindSpore [api-map]
    return mint.nn.Identity()(a + b + c + d + e)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch.nn.Identity' is 'mindspore.mint.nn.Identity' in MindSpore [api-map]
