# FIX-MODE: unsafe
import torch
import mindspore as ms


class Tracker:
    def detach(self):
        return None

    def close(self):
        self.detach()


def scores(logits, hidden_states):
    probs = ms.ops.stop_gradient(logits.softmax(-1))
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    values = ms.ops.stop_gradient(hidden_states[:, 0]).float()
    # CHECK-MESSAGES: :[[@LINE-1]]:34: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    again = ms.ops.stop_gradient(ms.ops.stop_gradient(probs))
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    # CHECK-MESSAGES: :[[@LINE-2]]:28: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
    return probs, values, again, Tracker.detach(None)


def shadowed(ops, x):
    return ops, ms.ops.stop_gradient(x)
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: MindSpore tensors have no 'detach'; 'ops.stop_gradient' stops the gradient [api-tensor-detach]
