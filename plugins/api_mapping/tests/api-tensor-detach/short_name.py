# FIX-MODE: unsafe
from torch import nn


class Head(nn.Module):
    def forward(self, hidden_states):
        pooled = hidden_states.mean(1)
        return pooled, pooled.detach()
        # CHECK-MESSAGES: :[[@LINE-1]]:31: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
