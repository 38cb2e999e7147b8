# FIX-MODE: unsafe
import torch
from torch import nn


class Observer(nn.Module):
    def __init__(self, momentum, track=True):
        super().__init__()
        self.register_buffer("shift", torch.zeros(1), persistent=False)
        self.momentum = momentum
        if track:
            self.register_buffer("x_min", torch.zeros(1))
            self.x_min -= 1e-5
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore's Cell refuses a Tensor assigned to the registered buffer 'x_min'; register it again [api-buffer-assign]

    def forward(self, x, shift):
        self.shift = torch.max(self.shift, shift)  # keep the largest
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore's Cell refuses a Tensor assigned to the registered buffer 'shift'; register it again [api-buffer-assign]
        self.x_min = self.x_min * self.momentum + x.min() * (1 - self.momentum)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore's Cell refuses a Tensor assigned to the registered buffer 'x_min'; register it again [api-buffer-assign]
        self.shift += shift
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore's Cell refuses a Tensor assigned to the registered buffer 'shift'; register it again [api-buffer-assign]
        self.x_min *= 2 if self.momentum else 1
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore's Cell refuses a Tensor assigned to the registered buffer 'x_min'; register it again [api-buffer-assign]
        self.momentum = 0.5
        return x

    class Inner(nn.Module):
        def reset(self):
            self.shift = None


class Unrelated:
    def update(self):
        self.shift = 3
