"""A module that replaces its own children at run time, as transformers' DETR family freezes its
backbone's batch norms: buffers filled with `.data.copy_` (init-data's _copy_data: a buffer is a
plain tensor in MindSpore, with no set_data) and the new child stored with `m._modules[name] = new`
(api-module-helpers' _add_module, so a SequentialCell also runs it). Converted with every check;
the MindSpore model must hold the new children, in place, and compute torch's outputs. Run with
the CPU stand-ins (mint's Conv2d has no CPU kernel in MindSpore 2.7.1)."""
import sys

import mindspore as ms
import numpy as np
import pytest
import torch

from tidy import convert_with_standins

SCRIPT = '''\
import torch
from torch import nn


class Frozen(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.register_buffer("weight", torch.ones(n))
        self.register_buffer("bias", torch.zeros(n))

    def forward(self, x):
        return x * self.weight.reshape(1, -1, 1, 1) + self.bias.reshape(1, -1, 1, 1)


def replace_batch_norm(model):
    for name, module in model.named_children():
        if isinstance(module, nn.BatchNorm2d):
            new_module = Frozen(module.num_features)
            new_module.weight.data.copy_(module.weight)
            new_module.bias.data.copy_(module.bias)
            model._modules[name] = new_module
        if len(list(module.children())) > 0:
            replace_batch_norm(module)


def build(gamma, beta):
    model = nn.Sequential(nn.Sequential(nn.BatchNorm2d(4), nn.ReLU()), nn.BatchNorm2d(4))
    for norm in (model[0][0], model[1]):
        norm.weight = nn.Parameter(torch.tensor(gamma))
        norm.bias = nn.Parameter(torch.tensor(beta))
    replace_batch_norm(model)
    return model
'''


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    text, module = convert_with_standins(tmp_path_factory.mktemp("module_registry"), "module_registry_converted", SCRIPT)
    assert "_modules" not in text and ".set_data(" not in text.split("def _copy_data")[0], text
    reference = type(sys)("module_registry_torch")
    exec(SCRIPT, vars(reference))
    return reference, module


def test_replaced_children_are_in_place_and_compute_torchs_outputs(converted):
    reference, module = converted
    gamma = np.array([2.0, 0.5, -1.0, 3.0], dtype=np.float32)
    beta = np.array([0.5, 0.0, 1.5, -2.0], dtype=np.float32)
    torch_model = reference.build(gamma, beta).eval()
    ms_model = module.build(gamma, beta)
    ms_model.set_train(False)
    assert [type(c).__name__ for c in ms_model.cell_list] == ["SequentialCell", "Frozen"]
    assert [type(c).__name__ for c in ms_model.cell_list[0].cell_list] == ["Frozen", "ReLU"]
    np.testing.assert_array_equal(ms_model.cell_list[1].weight.asnumpy(), gamma)  # copied into a buffer
    x = np.random.default_rng(2).standard_normal((2, 4, 3, 3)).astype(np.float32)
    expected = torch_model(torch.tensor(x)).detach().numpy()
    np.testing.assert_allclose(ms_model(ms.tensor(x)).asnumpy(), expected, rtol=1e-6, atol=1e-6)
