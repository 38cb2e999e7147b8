


def mask(x, attention_mask):
    if attention_mask is not None:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: a torch-backend guard in the condition is false under MindSpore: it is dropped [api-guard]
        x = x + attention_mask
    y = x
    # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: a torch-backend guard: always true under MindSpore, only that path is kept [api-guard]
    return y
