import torch
from mindspore import nn

from ...modeling_layers import GradientCheckpointingLayer
from ...modeling_utils import PreTrainedModel


class Block(nn.Module):
    def forward(self, x):
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: a Cell's forward method is 'construct' in MindSpore [api-forward]
        return x

    def eager_attention_forward(self, x):
        return self.forward(x)
        # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: a Cell's forward method is 'construct' in MindSpore [api-forward]


class Layer(GradientCheckpointingLayer):
    def forward(self, x):
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: a Cell's forward method is 'construct' in MindSpore [api-forward]
        return super().forward(x)
        # CHECK-MESSAGES: :[[@LINE-1]]:24: warning: a Cell's forward method is 'construct' in MindSpore [api-forward]


class Derived(Block):
    @staticmethod
    def forward(x):
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: a Cell's forward method is 'construct' in MindSpore [api-forward]
        return x


class Model(PreTrainedModel):
    def forward(self, x):
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: a Cell's forward method is 'construct' in MindSpore [api-forward]
        return x


class StillTorch(torch.nn.Module):
    # A torch Module calls forward: renamed only once api-map made the base a Cell.
    def forward(self, x):
        return x


class NotACell:
    def forward(self, x):
        return apply_chunking_to_forward(self.forward, x)
