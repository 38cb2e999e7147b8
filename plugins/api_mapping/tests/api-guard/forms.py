import torch

from ...utils import is_torch_flex_attn_available, is_torchdynamo_compiling

if is_torch_flex_attn_available():
# CHECK-MESSAGES: :[[@LINE-1]]:4: warning: a torch-backend guard: always false under MindSpore, only that path is kept [api-guard]
    from torch.nn.attention.flex_attention import BlockMask


def mask(x, attention_mask):
    if not is_torchdynamo_compiling() and attention_mask is not None:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
        x = x + attention_mask
    if torch.jit.is_tracing():
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: a torch-backend guard: always false under MindSpore, only that path is kept [api-guard]
        return x
    elif is_torch_flex_attn_available():
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: a torch-backend guard: always false under MindSpore, the elif branch is dropped [api-guard]
        return x * 2
    else:
        y = x if not torch.jit.is_scripting() else None
        # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: a torch-backend guard: always true under MindSpore, only that path is kept [api-guard]
        return y
