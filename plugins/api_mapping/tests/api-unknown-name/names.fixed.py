import mindspore as ms
import mindspore.mint.nn.functional as F
from mindspore import Tensor, mint, nn, ops
from mindspore.mint import nn as mnn, no_such_layer
# CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'mindspore.mint.no_such_layer' does not exist in MindSpore 2.7.1.post1 [api-unknown-name]
from mindspore.ops.operations import AnyPrimitive


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.proj = mint.nn.Linear(4, 4)
        self.norm = mnn.LayerNorm(4)
        self.act = mint.nn.Gelu()
        # CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'mindspore.mint.nn.Gelu' does not exist in MindSpore 2.7.1.post1 [api-unknown-name]

    def construct(self, x: ms.Tensor) -> Tensor:
        x = F.softmax(self.proj(x), dim=-1)
        x = ops.stop_gradient(x) + ms.Tensor.shape_of(x) + AnyPrimitive()(x)
        y = mint.scaled_dot_product_attention(x, x, x)
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'mindspore.mint.scaled_dot_product_attention' does not exist in MindSpore 2.7.1.post1 [api-unknown-name]
        with ms._no_grad():
            z = ms.mint.nn.functional.gelu(x)
        return ms.ops.not_a_function(x) + y + z + ms.Parameter(x).dtype
        # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'mindspore.ops.not_a_function' does not exist in MindSpore 2.7.1.post1 [api-unknown-name]
