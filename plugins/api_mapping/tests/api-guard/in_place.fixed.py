from transformers.utils import is_torchdynamo_compiling


def cache_or_not(use_cache, past_key_values, mask, x):
    if use_cache and past_key_values is None:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
        past_key_values = []
    if mask is not None:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
        x = x + 1
    if not (mask is None):
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
        x = x * 2
    if (
        use_cache  # the caller asked for it
        and not is_torchdynamo_compiling()
    ):
    # CHECK-MESSAGES: :[[@LINE-4]]:8: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
        x = x - 1
    y = x if mask is None else None
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
    if use_cache and mask is None:
        x = -x
    if not use_cache:
        if (
            mask is not None  # exception one
                or (cache_position[-1] >= x.shape[1])  # exception two
        ):
        # CHECK-MESSAGES: :[[@LINE-4]]:12: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
            x = x[:, 1:]
    return past_key_values, x, y
