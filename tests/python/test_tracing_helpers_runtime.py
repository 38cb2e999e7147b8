"""api-tracing-helper rewrites transformers helpers into plain Python: each claim checked against
the pinned transformers itself, outside tracing (what a converted MindSpore file always is)."""
import functools

import pytest
import torch
from transformers.pytorch_utils import compile_compatible_method_lru_cache
from transformers.utils import torch_float, torch_int


@pytest.mark.parametrize("value", [3, 3.7, -2.5, 7.0**0.5, torch.tensor(5.9)])
def test_torch_int_and_torch_float_are_int_outside_tracing(value):
    for helper in (torch_int, torch_float):
        result = helper(value)
        assert type(result) is int and result == int(value), (helper.__name__, value, result)


def test_compile_compatible_method_lru_cache_caches_like_lru_cache():
    calls = {"helper": 0, "plain": 0}

    class Helper:
        @compile_compatible_method_lru_cache(maxsize=2)
        def table(self, n):
            calls["helper"] += 1
            return [n]

    class Plain:
        @functools.lru_cache(maxsize=2)
        def table(self, n):
            calls["plain"] += 1
            return [n]

    for cls, key in ((Helper, "helper"), (Plain, "plain")):
        obj = cls()
        results = [obj.table(n) for n in (1, 2, 1, 3, 1, 2)]
        assert results == [[1], [2], [1], [3], [1], [2]]
        assert results[0] is results[2]  # the cached object itself comes back
    assert calls["helper"] == calls["plain"] == 4  # misses: 1, 2, 3 (evicts 2), 2
