"""The api-function-helper helpers at run time: a torch script calling pad_sequence and isin is
converted with every check, and the converted functions give torch's values, dtype and shape. Run
with the CPU stand-ins (mint.nn.functional.pad has no CPU kernel in MindSpore 2.7.1), as the
parity tests are."""
import mindspore as ms
import numpy as np
import pytest
import torch

from tidy import convert_with_standins

SCRIPT = '''\
import torch
from torch.nn.utils.rnn import pad_sequence


def pad(sequences, batch_first, padding_value, padding_side):
    return pad_sequence(sequences, batch_first=batch_first, padding_value=padding_value, padding_side=padding_side)


def member(elements, test_elements, invert=False):
    return torch.isin(elements, test_elements, invert=invert)
'''


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    return convert_with_standins(tmp_path_factory.mktemp("function_helpers"), "function_helpers_converted", SCRIPT)[1]


@pytest.mark.parametrize("batch_first", [True, False])
@pytest.mark.parametrize("padding_side", ["right", "left"])
@pytest.mark.parametrize("trailing", [(), (3,)])
def test_pad_sequence_matches_torch(converted, batch_first, padding_side, trailing):
    rng = np.random.default_rng(7)
    arrays = [rng.standard_normal((length,) + trailing).astype(np.float32) for length in (4, 1, 6)]
    expected = torch.nn.utils.rnn.pad_sequence([torch.tensor(a) for a in arrays], batch_first=batch_first,
                                               padding_value=-1.5, padding_side=padding_side).numpy()
    actual = converted.pad([ms.tensor(a) for a in arrays], batch_first, -1.5, padding_side).asnumpy()
    assert actual.dtype == expected.dtype
    np.testing.assert_array_equal(actual, expected)


def test_pad_sequence_keeps_integer_dtype(converted):
    rows = [np.array([3, 4, 5], dtype=np.int64), np.array([7], dtype=np.int64)]
    expected = torch.nn.utils.rnn.pad_sequence([torch.tensor(r) for r in rows], batch_first=True, padding_value=-1)
    actual = converted.pad([ms.tensor(r) for r in rows], True, -1, "right").asnumpy()
    assert actual.dtype == np.int64
    np.testing.assert_array_equal(actual, expected.numpy())


@pytest.mark.parametrize("invert", [False, True])
@pytest.mark.parametrize("tests", ["tensor", "matrix", "number"])
def test_isin_matches_torch(converted, invert, tests):
    ids = np.random.default_rng(5).integers(0, 9, size=(3, 7), dtype=np.int64)
    test_elements = {"tensor": np.array([2, 5, 11], dtype=np.int64), "matrix": np.array([[1, 4], [4, 8]], dtype=np.int64),
                     "number": 5}[tests]
    as_torch = torch.tensor(test_elements) if isinstance(test_elements, np.ndarray) else test_elements
    as_ms = ms.tensor(test_elements) if isinstance(test_elements, np.ndarray) else test_elements
    expected = torch.isin(torch.tensor(ids), as_torch, invert=invert).numpy()
    actual = converted.member(ms.tensor(ids), as_ms, invert=invert).asnumpy()
    assert actual.dtype == np.bool_ and actual.shape == expected.shape
    np.testing.assert_array_equal(actual, expected)
