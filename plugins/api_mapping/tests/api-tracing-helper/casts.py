# OPTION: PackageAnchor=transformers.models.vit
from ...pytorch_utils import compile_compatible_method_lru_cache
from ...utils import torch_float, torch_int


def interpolate(embeddings, height, width, patch_size):
    num_positions = embeddings.shape[1] - 1
    sqrt_num_positions = torch_int(num_positions**0.5)
    # CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'torch_int' only differs from 'int' while torch traces or compiles the model [api-tracing-helper]
    scale = torch_float(height) / patch_size
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch_float' only differs from 'int' while torch traces or compiles the model [api-tracing-helper]
    return sqrt_num_positions, scale


class Rotary:
    @compile_compatible_method_lru_cache(maxsize=32)
    # CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'compile_compatible_method_lru_cache' only differs from 'functools.lru_cache' while torch traces or compiles the model [api-tracing-helper]
    def table(self, length):
        return list(range(length))
