"""The init_rewrite helpers against torch's own initialisers (issue 10): a torch script calling
every nn.init function is converted by pyconv-tidy (init-* checks), the converted module is
imported, and each helper's samples are compared with torch's on the same shapes: mean and std
within 5 standard errors, exact bounds where torch has them, a two-sample KS test (p > 1e-3),
gain and fan on 2-D and 4-D shapes, orthogonality within 1e-4."""
import math

import mindspore as ms
import numpy as np
import pytest
import torch
from scipy import stats

from tidy import convert_script, import_file

SCRIPT = '''\
import math

from torch import nn
from torch.nn import init


def normal(t):
    nn.init.normal_(t, mean=0.5, std=2.0)


def uniform(t):
    init.uniform_(t, a=-1.0, b=3.0)


def trunc_normal(t):
    nn.init.trunc_normal_(t, mean=0.2, std=1.5, a=-1.0, b=2.0)


def constant(t):
    nn.init.constant_(t, 0.75)


def zeros(t):
    nn.init.zeros_(t)


def ones(t):
    nn.init.ones_(t)


def xavier_uniform(t):
    nn.init.xavier_uniform_(t, gain=2.0)


def xavier_normal(t):
    nn.init.xavier_normal_(t, gain=2.0)


def kaiming_uniform(t):
    nn.init.kaiming_uniform_(t, a=math.sqrt(5))


def kaiming_normal(t):
    nn.init.kaiming_normal_(t, mode="fan_out", nonlinearity="relu")


def orthogonal(t):
    nn.init.orthogonal_(t)


def eye(t):
    nn.init.eye_(t)


def fans(t):
    return nn.init._calculate_fan_in_and_fan_out(t)
'''

TORCH = {
    "normal": lambda t: torch.nn.init.normal_(t, mean=0.5, std=2.0),
    "uniform": lambda t: torch.nn.init.uniform_(t, a=-1.0, b=3.0),
    "trunc_normal": lambda t: torch.nn.init.trunc_normal_(t, mean=0.2, std=1.5, a=-1.0, b=2.0),
    "xavier_uniform": lambda t: torch.nn.init.xavier_uniform_(t, gain=2.0),
    "xavier_normal": lambda t: torch.nn.init.xavier_normal_(t, gain=2.0),
    "kaiming_uniform": lambda t: torch.nn.init.kaiming_uniform_(t, a=math.sqrt(5)),
    "kaiming_normal": lambda t: torch.nn.init.kaiming_normal_(t, mode="fan_out", nonlinearity="relu"),
}


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("init")
    path = folder / "inits.py"
    text = convert_script(path, SCRIPT, "--checks=-*,init-*")
    # Every call went to a helper, and the torch imports went with them.
    assert "from torch" not in text and "import torch" not in text and "init." not in text, text
    return import_file(path, "inits")


def ms_samples(converted, name, shape):
    np.random.seed(0)  # MindSpore's initializers draw from numpy: seeded, every run sees the same samples
    ms.set_seed(0)
    param = ms.Parameter(ms.Tensor(np.zeros(shape, np.float32)), name="p")
    getattr(converted, name)(param)
    return param.asnumpy().astype(np.float64)


def torch_samples(name, shape):
    torch.manual_seed(0)
    t = torch.empty(shape)
    TORCH[name](t)
    return t.numpy().astype(np.float64)


def assert_same_distribution(a, b):
    # Two samples of n: the difference of their means has a standard error of sigma*sqrt(2/n), that
    # of their standard deviations about sigma*sqrt(1/n) (normal case; smaller for uniform).
    n = a.size
    assert n >= 10**6
    sigma = b.std()
    assert abs(a.mean() - b.mean()) < 5 * sigma * math.sqrt(2 / n), (a.mean(), b.mean())
    assert abs(a.std() - b.std()) < 5 * sigma * math.sqrt(1 / n), (a.std(), b.std())
    p = stats.ks_2samp(a.ravel(), b.ravel()).pvalue
    assert p > 1e-3, f"KS p = {p}"


@pytest.mark.parametrize("name", ["normal", "uniform", "trunc_normal"])
def test_distributions_match_torch(converted, name):
    shape = (1000, 1000)  # 10^6 samples
    a, b = ms_samples(converted, name, shape), torch_samples(name, shape)
    assert_same_distribution(a, b)


def test_exact_bounds(converted):
    u = ms_samples(converted, "uniform", (1000, 1000))
    assert u.min() >= -1.0 and u.max() < 3.0
    t = ms_samples(converted, "trunc_normal", (1000, 1000))
    assert t.min() >= -1.0 and t.max() <= 2.0


@pytest.mark.parametrize("name, value", [("constant", 0.75), ("zeros", 0.0), ("ones", 1.0)])
def test_constants(converted, name, value):
    assert np.all(ms_samples(converted, name, (7, 5)) == np.float32(value))


@pytest.mark.parametrize("name", ["xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal"])
@pytest.mark.parametrize("shape", [(1000, 1000), (256, 160, 5, 5)])  # a linear and a conv weight, >= 10^6 each
def test_gain_and_fan_match_torch(converted, name, shape):
    a, b = ms_samples(converted, name, shape), torch_samples(name, shape)
    assert_same_distribution(a, b)


@pytest.mark.parametrize("shape", [(256, 512), (512, 256)])
def test_orthogonal(converted, shape):
    q = ms_samples(converted, "orthogonal", shape)
    small = q @ q.T if shape[0] < shape[1] else q.T @ q
    assert np.abs(small - np.eye(small.shape[0])).max() < 1e-4


def test_eye(converted):
    assert np.array_equal(ms_samples(converted, "eye", (4, 6)), np.eye(4, 6))


@pytest.mark.parametrize("shape", [(7, 5), (16, 8, 3, 3), (4, 2, 5)])
def test_fan_computation_is_torchs(converted, shape):
    param = ms.Parameter(ms.Tensor(np.zeros(shape, np.float32)), name="p")
    assert converted.fans(param) == torch.nn.init._calculate_fan_in_and_fan_out(torch.empty(shape))
    with pytest.raises(ValueError):
        converted.fans(ms.Parameter(ms.Tensor(np.zeros((3,), np.float32)), name="q"))


@pytest.mark.parametrize("name", ["constant", "trunc_normal", "uniform"])
def test_a_plain_tensor_is_initialised_in_place(converted, name):
    # transformers passes cast copies (`p.data.to(torch.float32)`), which are Tensors, not Parameters.
    np.random.seed(0)
    ms.set_seed(0)
    tensor = ms.Tensor(np.zeros((64, 64), np.float32))
    getattr(converted, name)(tensor)
    values = tensor.asnumpy()
    if name == "constant":
        assert np.all(values == 0.75)
    else:
        assert values.std() > 0.1, values
        low, high = {"trunc_normal": (-1.0, 2.0), "uniform": (-1.0, 3.0)}[name]
        assert values.min() >= low and values.max() <= high
