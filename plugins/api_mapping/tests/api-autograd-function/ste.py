# FIX-MODE: unsafe
import torch
from torch.autograd import Function


class round_ste(Function):
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: a torch.autograd.Function is a Cell with construct and bprop in MindSpore [api-autograd-function]
    """Straight-through estimator for torch.round()."""

    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.clone()


class Scale(torch.autograd.Function):
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: a torch.autograd.Function is a Cell with construct and bprop in MindSpore [api-autograd-function]
    @staticmethod
    def forward(ctx, x, scale):
        ctx.save_for_backward(scale)
        ctx.flag = True
        return x * scale

    @staticmethod
    def backward(ctx, grad_output):
        (scale,) = ctx.saved_tensors
        return grad_output * scale, None


def use(x, s):
    return round_ste.apply(Scale.apply(x, s))


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
    @staticmethod
    def forward(ctx):
        return torch.ones(2)

    @staticmethod
    def backward(ctx, grad_output):
        return ()
