
from ...utils import is_torchdynamo_compiling


def mask(x, attention_mask):
    if not is_torchdynamo_compiling() and attention_mask is not None:
        x = x + attention_mask
    y = x
    # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: a torch-backend guard: always true under MindSpore, only that path is kept [api-guard]
    return y
