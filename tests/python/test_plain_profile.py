"""Profile `mindspore` (issue 8): plain PyTorch model code outside transformers, converted with
`Target: mindspore`, every check and Unsafe fixes (as tree mode applies them). The output imports
MindSpore (and numpy) only, never mindone or transformers; the training loop is reported, not
converted; and the model part computes torch's result with torch's weights copied by name."""
import re
import subprocess
import sys

import pytest

from tidy import findings, run

SCRIPT = '''\
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


class Classifier(nn.Module):
    def __init__(self, features, classes):
        super().__init__()
        self.hidden = nn.Linear(features, 16)
        self.out = nn.Linear(16, classes)

    def forward(self, x, mask):
        scores = self.out(torch.relu(self.hidden(x)))
        scores = scores.masked_fill(~mask, torch.finfo(scores.dtype).min)
        return torch.softmax(scores, dim=-1)


def train(model, batches):
    model = model.to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, mask, labels in batches:
        optimizer.zero_grad()
        loss = nn.functional.nll_loss(torch.log(model(x.to(device), mask)), labels)
        loss.backward()
        optimizer.step()
'''


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("plain") / "classifier.py"
    path.write_text(SCRIPT)
    result = run("--fix", "--unsafe-fixes", "--config", "{Target: mindspore}", path)
    assert result.returncode == 1, result.stdout + result.stderr  # the training loop is left, reported
    return path, path.read_text(), result.stdout


def test_imports_are_mindspore_only_but_for_the_reported_loop(converted):
    _, text, _ = converted
    modules = set(re.findall(r"^(?:from|import) ([\w.]+)", text, re.M))
    assert "mindspore" in modules and modules <= {"mindspore", "numpy", "torch"}, (modules, text)
    # torch stays imported for the training loop only: every torch use left is torch.optim.
    assert re.findall(r"\btorch\.\w+", text) == ["torch.optim"], text


def test_training_loop_is_reported_not_converted(converted):
    _, text, out = converted
    reported = {check for check, _ in findings(out)}
    assert "api-training-loop" in reported, out
    for construct in ("torch.optim.SGD(", "optimizer.zero_grad()", "loss.backward()"):
        assert construct in text, f"{construct} was converted or dropped:\n{text}"


# Run in a fresh interpreter: the converted script sets the MindSpore device at import
# (ms.set_device), which MindSpore refuses once an earlier test has run a kernel in this process.
PARITY = '''\
import sys
import types

import mindspore as ms
import numpy as np
import torch

converted_path, original = sys.argv[1], sys.argv[2]
converted = types.ModuleType("classifier_converted")
exec(compile(open(converted_path).read(), converted_path, "exec"), vars(converted))
reference = types.ModuleType("classifier_torch")
exec(open(original).read(), vars(reference))
torch.manual_seed(0)
pt_model = reference.Classifier(6, 3).eval()
ms_model = converted.Classifier(6, 3)
ms_params = dict(ms_model.parameters_and_names())
assert set(ms_params) == set(pt_model.state_dict()), (set(ms_params), set(pt_model.state_dict()))
for name, value in pt_model.state_dict().items():
    ms_params[name].set_data(ms.tensor(value.numpy()))
rng = np.random.default_rng(1)
x = rng.standard_normal((5, 6)).astype(np.float32)
mask = rng.random((5, 3)) > 0.3
mask[:, 0] = True
expected = pt_model(torch.tensor(x), torch.tensor(mask)).detach().numpy()
actual = ms_model(ms.tensor(x), ms.tensor(mask)).asnumpy()
np.testing.assert_allclose(actual, expected, rtol=1e-6, atol=1e-7)
print("max abs error", float(np.abs(actual - expected).max()))
'''


def test_model_matches_torch(converted, tmp_path):
    path, text, _ = converted
    assert "mindone" not in text and "transformers" not in text, text
    original = tmp_path / "original.py"
    original.write_text(SCRIPT)
    driver = tmp_path / "parity.py"
    driver.write_text(PARITY)
    proc = subprocess.run([sys.executable, str(driver), str(path), str(original)], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert "max abs error" in proc.stdout
