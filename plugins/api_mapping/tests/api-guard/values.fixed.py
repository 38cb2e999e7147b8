# OPTION: PackageAnchor=transformers.models.mamba
from ...utils import is_scipy_available


class Attention:
    def __init__(self, config):
        self._flash_attn_uses_top_left_mask = False
        # CHECK-MESSAGES: :[[@LINE-1]]:47: warning: a torch-backend probe: False under MindSpore [api-guard]
        self.fast = all((False, False))
        # CHECK-MESSAGES: :[[@LINE-1]]:26: warning: a torch-backend probe: False under MindSpore [api-guard]
        # CHECK-MESSAGES: :[[@LINE-2]]:52: warning: a torch-backend probe: False under MindSpore [api-guard]
        self.sparse = is_scipy_available()


def generate(model, config, world_size):
    synced = False
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: a torch-backend probe: False under MindSpore [api-guard]
    # CHECK-MESSAGES: :[[@LINE-2]]:47: warning: a torch-backend probe: False under MindSpore [api-guard]
    tail = config.use_cache
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
    if config.fast:
        return synced, tail
    else:
        return None
