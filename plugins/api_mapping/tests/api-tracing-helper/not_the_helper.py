# OPTION: PackageAnchor=transformers.models.vit
from ...pytorch_utils import compile_compatible_method_lru_cache
from ...utils import torch_int
from .cache import lru_cache


def torch_float(x):
    return x


def f(n, int=None):
    return torch_int(n), torch_float(n)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch_int' only differs from 'int' while torch traces or compiles the model; the file binds 'int' otherwise [api-tracing-helper]


@compile_compatible_method_lru_cache()
# CHECK-MESSAGES: :[[@LINE-1]]:2: warning: 'compile_compatible_method_lru_cache' only differs from 'functools.lru_cache' while torch traces or compiles the model; the file binds 'lru_cache' otherwise [api-tracing-helper]
def g():
    return lru_cache
