# FIX-MODE: unsafe
import torch
from torch.autograd import Function


class round_ste(Function):
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: a torch.autograd.Function is a Cell with construct and bprop in MindSpore [api-autograd-function]
    """Straight-through estimator for torch.round()."""

    def construct(self, x):
        return torch.round(x)

    def bprop(self, x, out, grad_output):
        return grad_output.clone()


class Scale(torch.autograd.Function):
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: a torch.autograd.Function is a Cell with construct and bprop in MindSpore [api-autograd-function]
    def construct(self, x, scale):
        self.saved_tensors = (scale,)
        self.flag = True
        return x * scale

    def bprop(self, x, scale, out, grad_output):
        (scale,) = self.saved_tensors
        return grad_output * scale, None


def use(x, s):
    return round_ste()(Scale()(x, s))


class NeedsGrad(torch.autograd.Function):
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: a torch.autograd.Function is a Cell with construct and bprop in MindSpore [api-autograd-function]
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad_output):
        if ctx.needs_input_grad[0]:
            return grad_output * 2
        return None


class SetupStyle(torch.autograd.Function):
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: a torch.autograd.Function is a Cell with construct and bprop in MindSpore [api-autograd-function]
    @staticmethod
    def forward(x):
        return x * 3

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * 3


class Const(torch.autograd.Function):
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: a torch.autograd.Function is a Cell with construct and bprop in MindSpore [api-autograd-function]
    def construct(self):
        return torch.ones(2)

    def bprop(self, out, grad_output):
        return ()
