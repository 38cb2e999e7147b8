"""api-einops at run time (R-22): functions calling einops.rearrange / repeat with literal patterns
are converted with every check and must compute what einops computes (on numpy arrays), under
MindSpore on CPU: splits, merges, transposes, new axes, grouped sizes."""
import sys

import einops
import mindspore as ms
import numpy as np
import pytest

from tidy import convert_script, import_file

SCRIPT = '''\
from einops import rearrange, repeat


def split_heads(qkv, heads):
    return rearrange(qkv, "b n (h d) -> b h n d", h=heads)


def merge_heads(q):
    return rearrange(q, "b h n d -> b n (h d)")


def transpose(x):
    return rearrange(x, "b c h w -> b h w c")


def patches(images, p):
    return rearrange(images, "b c (h p1) (w p2) -> b (h w) (p1 p2 c)", p1=p, p2=p)


def tile(x, n):
    return repeat(x, "b d -> b n d", n=n)


def tile_groups(x, r):
    return repeat(x, "b h n d -> b (h r) n d", r=r)
'''

CASES = [
    ("split_heads", (2, 5, 12), {"heads": 3}),
    ("merge_heads", (2, 3, 5, 4), {}),
    ("transpose", (2, 3, 4, 5), {}),
    ("patches", (2, 3, 8, 12), {"p": 4}),
    ("tile", (3, 4), {"n": 5}),
    ("tile_groups", (2, 2, 3, 4), {"r": 3}),
]


@pytest.fixture(scope="module")
def modules(tmp_path_factory):
    path = tmp_path_factory.mktemp("einops") / "patterns.py"
    text = convert_script(path, SCRIPT, "--checks=*")
    code = "\n".join(line.split("#")[0] for line in text.splitlines())  # the originals stay as comments
    assert "rearrange" not in code and "repeat" not in code and "einops" not in code, text
    reference = type(sys)("patterns_einops")
    exec(SCRIPT, vars(reference))
    return import_file(path, "patterns_converted"), reference


@pytest.mark.parametrize("name,shape,sizes", CASES, ids=[c[0] for c in CASES])
def test_pattern_matches_einops(modules, name, shape, sizes):
    converted, reference = modules
    x = np.random.default_rng(0).standard_normal(shape).astype(np.float32)
    expected = getattr(reference, name)(x, **sizes)
    actual = getattr(converted, name)(ms.tensor(x), **sizes).asnumpy()
    assert actual.shape == expected.shape
    np.testing.assert_array_equal(actual, expected)
