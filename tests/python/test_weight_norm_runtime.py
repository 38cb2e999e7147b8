"""torch's weight normalisation at run time (api-weight-norm): a torch module using
`nn.utils.parametrizations.weight_norm` (and the older `nn.utils.weight_norm`) is converted with
every check; the converted Cell (run with the CPU stand-ins: mint's Conv1d has no CPU kernel) must have torch's parameter names, take torch's weights by name,
and give torch's outputs, also after its g and v change (the weight is recomputed each call)."""
import sys

import mindspore as ms
import numpy as np
import pytest
import torch

from tidy import convert_with_standins

SCRIPT = '''\
from torch import nn


class PositionalConv(nn.Module):
    def __init__(self, channels, kernel, groups):
        super().__init__()
        self.conv = nn.Conv1d(channels, channels, kernel_size=kernel, padding=kernel // 2, groups=groups)
        weight_norm = nn.utils.weight_norm
        if hasattr(nn.utils.parametrizations, "weight_norm"):
            weight_norm = nn.utils.parametrizations.weight_norm
        self.conv = weight_norm(self.conv, name="weight", dim=2)

    def forward(self, hidden_states):
        return self.conv(hidden_states)


class LegacyConv(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.utils.weight_norm(nn.Conv1d(channels, channels, 3, padding=1))

    def forward(self, hidden_states):
        return self.conv(hidden_states)

    def remove_weight_norm(self):
        nn.utils.remove_weight_norm(self.conv)
'''


@pytest.fixture(scope="module")
def modules(tmp_path_factory):
    # mint's Conv1d has no CPU kernel (as test_upstream_evidence.py)
    _, converted = convert_with_standins(tmp_path_factory.mktemp("weight_norm"), "weight_norm_converted", SCRIPT)
    reference = type(sys)("weight_norm_torch")
    exec(SCRIPT, vars(reference))
    return reference, converted


def run_both(torch_module, ms_module, scale_g):
    torch.manual_seed(0)
    ms_params = dict(ms_module.parameters_and_names())
    torch_params = dict(torch_module.named_parameters())
    assert sorted(ms_params) == sorted(torch_params)
    with torch.no_grad():
        for name, value in torch_params.items():
            if name.endswith(("original0", "weight_g")):
                value.mul_(scale_g)  # g no longer the norm of v: the weight must follow g
            ms_params[name].set_data(ms.tensor(value.detach().numpy()))
    x = np.random.default_rng(3).standard_normal((2, 8, 11)).astype(np.float32)
    expected = torch_module(torch.tensor(x)).detach().numpy()
    actual = ms_module(ms.tensor(x)).asnumpy()
    return float(np.abs(expected - actual).max() / np.abs(expected).max())


def test_parametrized_weight_norm_matches_torch(modules):
    reference, converted = modules
    ms.set_seed(0)
    assert run_both(reference.PositionalConv(8, 5, 2).eval(), converted.PositionalConv(8, 5, 2), 1.5) < 1e-5


@pytest.mark.filterwarnings("ignore:`torch.nn.utils.weight_norm` is deprecated:FutureWarning")  # torch's own
def test_legacy_weight_norm_matches_torch(modules):
    reference, converted = modules
    assert run_both(reference.LegacyConv(8).eval(), converted.LegacyConv(8), 0.5) < 1e-5


@pytest.mark.filterwarnings("ignore:`torch.nn.utils.weight_norm` is deprecated:FutureWarning")  # torch's own
def test_removed_weight_norm_leaves_the_weight_of_the_loaded_g_and_v(modules):
    """As vocoders do: weights loaded into g and v, then remove_weight_norm; the plain weight that
    stays is the one g and v gave, under torch's name, and later changes of it are used as they are."""
    reference, converted = modules
    torch_module, ms_module = reference.LegacyConv(8).eval(), converted.LegacyConv(8)
    run_both(torch_module, ms_module, 0.5)  # loads torch's g (scaled) and v into the Cell
    torch_module.remove_weight_norm()
    ms_module.remove_weight_norm()
    ms_params = dict(ms_module.parameters_and_names())
    assert sorted(ms_params) == sorted(dict(torch_module.named_parameters())) == ["conv.bias", "conv.weight"]
    np.testing.assert_allclose(ms_params["conv.weight"].asnumpy(), torch_module.conv.weight.detach().numpy(), rtol=1e-5,
                               atol=1e-6)
    x = np.random.default_rng(4).standard_normal((2, 8, 11)).astype(np.float32)
    with torch.no_grad():
        torch_module.conv.weight.mul_(2.0)
    ms_params["conv.weight"].set_data(ms.tensor(torch_module.conv.weight.detach().numpy()))
    expected = torch_module(torch.tensor(x)).detach().numpy()
    actual = ms_module(ms.tensor(x)).asnumpy()
    assert float(np.abs(expected - actual).max() / np.abs(expected).max()) < 1e-5
