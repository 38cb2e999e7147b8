# FIX-MODE: unsafe
import mindspore as ms
from mindspore import mint, nn


class Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed_positions = mint.nn.Embedding(8, 4)
        self.embed_positions.requires_grad_(False)
        # CHECK-MESSAGES: :[[@LINE-1]]:30: warning: MindSpore's Cell has no 'requires_grad_'; call the helper _requires_grad [api-module-helpers]
        self.layers = nn.SequentialCell()
        for i in range(config.depth):
            self.layers.add_module(f"layer{i}", mint.nn.Linear(4, 4))
            # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: MindSpore's Cell has no 'add_module'; call the helper _add_module [api-module-helpers]
        self.layers.add_module(name="last", module=mint.nn.ReLU())
        # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: MindSpore's Cell has no 'add_module'; call the helper _add_module [api-module-helpers]

    def freeze(self):
        for parameter in self.layers.get_parameters():
            parameter.requires_grad_(requires_grad=False)
            # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: MindSpore's Cell has no 'requires_grad_'; call the helper _requires_grad [api-module-helpers]
        return ms.requires_grad_
