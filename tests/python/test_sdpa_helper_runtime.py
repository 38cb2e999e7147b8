"""api-sdpa at run time (issue 9, R-21): a function calling F.scaled_dot_product_attention is
converted with every check (Unsafe fixes on, as in tree mode), and the helper the check writes
into the file must give torch's result over random shapes, boolean and additive masks, causal and
not, explicit scales and grouped-query attention, dropout off. No CPU stand-in is installed: the
helper uses operations that run on MindSpore's CPU as they are."""
import itertools
import sys

import mindspore as ms
import numpy as np
import pytest
import torch

from tidy import convert_script, import_file

SCRIPT = '''\
import torch.nn.functional as F


def attend(query, key, value, mask, is_causal, scale, enable_gqa):
    return F.scaled_dot_product_attention(query, key, value, attn_mask=mask, is_causal=is_causal, scale=scale,
                                          enable_gqa=enable_gqa)
'''


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("sdpa") / "sdpa.py"
    text = convert_script(path, SCRIPT, "--unsafe-fixes", "--checks=*")
    assert "torch" not in text.replace("torch.nn.functional.scaled_dot_product_attention written", ""), text
    assert "training=True" in text, text
    return import_file(path, "sdpa_converted")


def cases():
    rng = np.random.default_rng(7)
    for mask_kind, is_causal, scale, gqa in itertools.product(["none", "bool", "additive"], [False, True],
                                                              [None, 0.3], [False, True]):
        if mask_kind != "none" and is_causal:
            continue  # torch rejects an explicit mask together with is_causal
        batch, heads, length, source, dim = (int(v) for v in rng.integers(1, 5, size=5))
        length, source, dim = length + 1, source + 2, 2 * dim
        kv_heads = 1 if gqa else heads
        heads = heads * 2 if gqa else heads
        yield mask_kind, is_causal, scale, gqa, (batch, heads, kv_heads, length, source, dim)


@pytest.mark.parametrize("mask_kind,is_causal,scale,gqa,shape", list(cases()))
def test_helper_matches_torch(converted, mask_kind, is_causal, scale, gqa, shape):
    batch, heads, kv_heads, length, source, dim = shape
    rng = np.random.default_rng(abs(hash((mask_kind, is_causal, scale, gqa))) % 2**32)
    q = rng.standard_normal((batch, heads, length, dim)).astype(np.float32)
    k = rng.standard_normal((batch, kv_heads, source, dim)).astype(np.float32)
    v = rng.standard_normal((batch, kv_heads, source, dim)).astype(np.float32)
    mask = None
    if mask_kind == "bool":
        mask = rng.random((batch, 1, length, source)) > 0.3
        mask[..., 0] = True  # no fully masked row: there torch gives NaN and the helper uniform weights
    elif mask_kind == "additive":
        mask = (rng.standard_normal((batch, 1, length, source)) * 3).astype(np.float32)
    reference = type(sys)("sdpa_torch")
    exec(SCRIPT, vars(reference))
    expected = reference.attend(torch.tensor(q), torch.tensor(k), torch.tensor(v),
                                None if mask is None else torch.tensor(mask), is_causal, scale, gqa).numpy()
    actual = converted.attend(ms.tensor(q), ms.tensor(k), ms.tensor(v), None if mask is None else ms.tensor(mask),
                              is_causal, scale, gqa).asnumpy()
    np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-5)
