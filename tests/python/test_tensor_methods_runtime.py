"""api-tensor-size and api-tensor-detach at run time (issue 9): a torch function using `.size()`,
`.size(i)`, `.size(dim=i)` and `.detach()` is converted with every check (Unsafe fixes on, as in
tree mode), run under MindSpore, and its value and gradient are compared with torch's."""
import sys

import mindspore as ms
import numpy as np
import pytest
import torch

from tidy import convert_script, import_file

SCRIPT = '''\
import torch


def weighted(x):
    batch, length = x.size()
    scale = x.size(-1) * x.size(dim=0)
    # The gradient flows through the second factor only.
    return torch.sum(x.detach() * x) * scale / (batch * length)
'''

X = np.random.default_rng(0).standard_normal((3, 5)).astype(np.float32)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("methods") / "methods.py"
    text = convert_script(path, SCRIPT, "--unsafe-fixes", "--checks=*")
    assert "torch" not in text and ".size(" not in text and ".detach(" not in text, text
    return import_file(path, "methods_converted")


def test_value_and_gradient_match_torch(converted):
    reference = type(sys)("methods_torch")
    exec(SCRIPT, vars(reference))
    x = torch.tensor(X, requires_grad=True)
    expected = reference.weighted(x)
    expected.backward()
    value, grad = ms.value_and_grad(converted.weighted)(ms.Tensor(X))
    assert value.asnumpy().item() == pytest.approx(expected.item(), rel=1e-6)
    np.testing.assert_allclose(grad.asnumpy(), x.grad.numpy(), rtol=1e-6)
    # detach kept its meaning: d/dx sum(stop(x) * x) is x, not 2x.
    np.testing.assert_allclose(x.grad.numpy(), X, rtol=1e-6)


def test_matmul_operator_needs_no_rewrite():
    """E-03 (`a @ b` -> `mint.matmul(a, b)`) is version dependent: on MindSpore 2.7.1 `@` runs on CPU
    and gives torch's result, batched and matrix-vector, so no rule rewrites it."""
    rng = np.random.default_rng(3)
    a = rng.standard_normal((2, 3, 4)).astype(np.float32)
    b = rng.standard_normal((2, 4, 5)).astype(np.float32)
    v = rng.standard_normal(4).astype(np.float32)
    np.testing.assert_allclose((ms.Tensor(a) @ ms.Tensor(b)).asnumpy(), (torch.tensor(a) @ torch.tensor(b)).numpy(),
                               rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose((ms.Tensor(a) @ ms.Tensor(v)).asnumpy(), (torch.tensor(a) @ torch.tensor(v)).numpy(),
                               rtol=1e-6, atol=1e-6)
