"""torch's typed constructors at run time (api-tensor-constructor): `torch.FloatTensor(n)` and
`torch.Tensor(2, 3)` take integers as a shape, `torch.LongTensor([1, 2])` takes data. MindSpore's
Tensor reads an integer as a scalar (`ms.Tensor(768)` has shape ()), which once made a Safe fix
change meaning. A function using every form is converted with every check and must give torch's
shapes and dtypes, and torch's values wherever torch defines them (data, not shapes)."""
import sys

import numpy as np
import pytest
import torch

from tidy import convert_script, import_file

SCRIPT = '''\
import torch


def shapes(hidden_size, rows):
    return torch.FloatTensor(hidden_size), torch.Tensor(rows, 3), torch.LongTensor(rows), torch.HalfTensor()


def data(values):
    return torch.FloatTensor([1, 2, 3]), torch.LongTensor(values), torch.Tensor(values), torch.BoolTensor([True, False])
'''


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("constructors") / "constructors.py"
    text = convert_script(path, SCRIPT, "--checks=*")  # Safe fixes only
    code = "\n".join(line.split("#")[0] for line in text.splitlines())
    assert "torch" not in code, text
    return import_file(path, "constructors_converted")


@pytest.fixture(scope="module")
def reference():
    module = type(sys)("constructors_torch")
    exec(SCRIPT, vars(module))
    return module


def test_integers_are_a_shape(converted, reference):
    for actual, expected in zip(converted.shapes(768, np.int64(2)), reference.shapes(768, 2), strict=True):
        assert tuple(actual.shape) == tuple(expected.shape)
        assert actual.asnumpy().dtype == expected.numpy().dtype


def test_anything_else_is_data(converted, reference):
    for actual, expected in zip(converted.data([4, 5]), reference.data([4, 5]), strict=True):
        assert actual.asnumpy().dtype == expected.numpy().dtype
        np.testing.assert_array_equal(actual.asnumpy(), expected.numpy())
