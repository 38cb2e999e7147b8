"""api-autograd-function at run time (issue 8, E-19): a script with two custom torch.autograd
Functions (a straight-through round and a scale with saved tensors) is converted with every
check, imported under MindSpore without torch, and its values and gradients are compared with
torch's on the same inputs."""
import sys

import mindspore as ms
import numpy as np
import pytest
import torch

from tidy import convert_script, import_file

SCRIPT = '''\
import torch
from torch.autograd import Function


class RoundSte(Function):
    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output  # Tensor.clone has no CPU kernel in MindSpore 2.7 (docs/runtime-on-cpu.md)


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.save_for_backward(scale)
        return x * scale

    @staticmethod
    def backward(ctx, grad_output):
        (scale,) = ctx.saved_tensors
        return grad_output * scale * 10, None


def use(x, s):
    return RoundSte.apply(Scale.apply(x, s)).sum()
'''

X = np.array([0.3, 1.6, -2.2], np.float32)
S = np.array([2.0, 3.0, 0.5], np.float32)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("autograd") / "ste.py"
    text = convert_script(path, SCRIPT, "--unsafe-fixes", "--checks=*")
    assert "torch" not in text and "ctx" not in text and ".apply(" not in text, text
    module = import_file(path, "ste_converted")
    assert "torch" not in vars(module)
    return module


def torch_reference(module):
    torch_module = type(sys)("ste_torch")
    exec(SCRIPT, vars(torch_module))
    x = torch.tensor(X, requires_grad=True)
    value = torch_module.use(x, torch.tensor(S))
    value.backward()
    return value.item(), x.grad.numpy()


def test_values_and_gradients_match_torch(converted):
    expected_value, expected_grad = torch_reference(converted)
    value, grad = ms.value_and_grad(converted.use, grad_position=0)(ms.Tensor(X), ms.Tensor(S))
    assert value.asnumpy().item() == pytest.approx(expected_value)
    # The custom backward (scale * 10) must be the one used, not the autodiff of round (zero).
    np.testing.assert_allclose(grad.asnumpy(), expected_grad, rtol=1e-6)
    np.testing.assert_allclose(expected_grad, S * 10)
