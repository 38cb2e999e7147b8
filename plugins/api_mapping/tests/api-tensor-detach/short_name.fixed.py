# FIX-MODE: unsafe
from torch import nn
from mindspore import ops


class Head(nn.Module):
    def forward(self, hidden_states):
        pooled = hidden_states.mean(1)
        return pooled, ops.stop_gradient(pooled)
        # CHECK-MESSAGES: :[[@LINE-1]]:31: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
