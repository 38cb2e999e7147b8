"""E-05 at run time: torch factories take a size as separate numbers (`torch.zeros(2, 3)`,
`torch.ones(*shape)`), MindSpore's mint factories one tuple (`mint.zeros(2, 3)` raises "zeros()
takes 1 positional argument but 2 were given", tried on 2.7.1). A function using both forms is
converted with every check and must give torch's values, shapes and dtypes; the same for the
tensor methods new_zeros/new_ones (api-tensor-new), and for torch.unflatten / Tensor.unflatten,
which MindSpore 2.7.1 lacks (api-unflatten's reshape helper)."""
import sys

import mindspore as ms
import numpy as np
import pytest
import torch

from tidy import convert_script, import_file

SCRIPT = '''\
import torch


def make(batch, length, shape):
    return (torch.zeros(batch, length), torch.ones(*shape), torch.zeros((batch, length), dtype=torch.int64),
            torch.ones(batch, 2, length, dtype=torch.float16), torch.zeros(length))


def make_like(hidden, batch, length):
    return hidden.new_zeros(batch, length), hidden.new_ones(batch, 2, length), hidden.new_zeros(length)


def split(hidden, heads):
    return torch.unflatten(hidden, -1, (heads, -1)), hidden.unflatten(1, (2, -1)), torch.unflatten(hidden, 0, [1, 3])
'''


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("sizes") / "sizes.py"
    text = convert_script(path, SCRIPT, "--unsafe-fixes", "--checks=*")
    code = "\n".join(line.split("#")[0] for line in text.splitlines())  # helpers' comments name torch
    assert "torch" not in code, text
    return import_file(path, "sizes_converted")


def assert_same_tensors(actual, expected):
    """MindSpore results equal torch's: same count, shapes, dtypes and values."""
    assert len(actual) == len(expected)
    for a, e in zip(actual, expected):
        assert tuple(a.shape) == tuple(e.shape)
        assert a.asnumpy().dtype == e.numpy().dtype
        np.testing.assert_array_equal(a.asnumpy(), e.numpy())


def test_factories_match_torch(converted):
    reference = type(sys)("sizes_torch")
    exec(SCRIPT, vars(reference))
    expected = reference.make(3, 5, [2, 4])
    actual = converted.make(3, 5, [2, 4])
    assert_same_tensors(actual, expected)


def test_tensor_methods_match_torch(converted):
    reference = type(sys)("sizes_torch")
    exec(SCRIPT, vars(reference))
    hidden = np.ones((2, 2), dtype=np.float16)
    expected = reference.make_like(torch.tensor(hidden), 3, 5)
    actual = converted.make_like(ms.tensor(hidden), 3, 5)
    assert_same_tensors(actual, expected)


def test_unflatten_helper_matches_torch(converted):
    reference = type(sys)("sizes_torch")
    exec(SCRIPT, vars(reference))
    hidden = np.arange(3 * 4 * 6, dtype=np.float32).reshape(3, 4, 6)
    expected = reference.split(torch.tensor(hidden), 3)
    actual = converted.split(ms.tensor(hidden), 3)
    assert_same_tensors(actual, expected)
