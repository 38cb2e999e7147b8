"""api-module-methods at run time: a torch module that walks its own parameters and submodules
with named_parameters / parameters / named_modules / named_children / children / modules is
converted with every check (Unsafe fixes on, as in tree mode) and the MindSpore Cell must walk
the same names, in the same order, with the same parameter count."""
import sys

import pytest

from tidy import convert_script, import_file

SCRIPT = '''\
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = nn.Linear(3, 4)
        self.norm = nn.LayerNorm(4)

    def forward(self, x):
        return self.norm(self.inner(x))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = Block()
        self.second = Block()
        self.head = nn.Linear(4, 2, bias=False)

    def walk(self):
        return {
            "named_parameters": [name for name, _ in self.named_parameters()],
            "own_parameters": len(list(self.head.parameters(recurse=False))),
            "parameters": sum(p.numel() for p in self.parameters()),
            "named_modules": [name for name, _ in self.named_modules()],
            "named_children": [name for name, _ in self.named_children()],
            "children": len(list(self.children())),
            "modules": len([m for m in self.modules()]),
        }
'''


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("module_methods") / "walk.py"
    text = convert_script(path, SCRIPT, "--unsafe-fixes", "--checks=*")
    for torch_only in ("named_parameters(", ".parameters(", "named_modules(", "named_children(", ".children(",
                       ".modules("):
        assert torch_only not in text, text
    return import_file(path, "walk_converted")


def test_cell_walks_like_the_torch_module(converted):
    reference = type(sys)("walk_torch")
    exec(SCRIPT, vars(reference))
    expected = reference.Net().walk()
    assert converted.Net().walk() == expected
