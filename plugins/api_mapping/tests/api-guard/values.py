# OPTION: PackageAnchor=transformers.models.mamba
from ...integrations.deepspeed import is_deepspeed_zero3_enabled
from ...integrations.fsdp import is_fsdp_managed_module
from ...modeling_flash_attention_utils import flash_attn_supports_top_left_mask
from ...utils.import_utils import is_causal_conv1d_available, is_mamba_ssm_available
from ...utils import is_scipy_available


class Attention:
    def __init__(self, config):
        self._flash_attn_uses_top_left_mask = flash_attn_supports_top_left_mask()
        # CHECK-MESSAGES: :[[@LINE-1]]:47: warning: a torch-backend probe: False under MindSpore [api-guard]
        self.fast = all((is_mamba_ssm_available(), is_causal_conv1d_available()))
        # CHECK-MESSAGES: :[[@LINE-1]]:26: warning: a torch-backend probe: False under MindSpore [api-guard]
        # CHECK-MESSAGES: :[[@LINE-2]]:52: warning: a torch-backend probe: False under MindSpore [api-guard]
        self.sparse = is_scipy_available()


def generate(model, config, world_size):
    synced = (is_deepspeed_zero3_enabled() or is_fsdp_managed_module(model)) and world_size > 1
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: a torch-backend probe: False under MindSpore [api-guard]
    # CHECK-MESSAGES: :[[@LINE-2]]:47: warning: a torch-backend probe: False under MindSpore [api-guard]
    tail = config.use_cache and not is_deepspeed_zero3_enabled()
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
    if config.fast:
        return synced, tail
    elif is_mamba_ssm_available():
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: a torch-backend guard: always false under MindSpore, the elif branch is dropped [api-guard]
        import mamba_ssm
        return mamba_ssm
    else:
        return None
