# FIX-MODE: unsafe
import torch


class Tracker:
    def detach(self):
        return None

    def close(self):
        self.detach()


def scores(logits, hidden_states):
    probs = logits.softmax(-1).detach()
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    values = hidden_states[:, 0].detach().float()
    # CHECK-MESSAGES: :[[@LINE-1]]:34: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    again = probs.detach().detach()
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    # CHECK-MESSAGES: :[[@LINE-2]]:28: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    return probs, values, again, Tracker.detach(None)


def shadowed(ops, x):
    return ops, x.detach()
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
