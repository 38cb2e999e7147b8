# FIX-MODE: unsafe


def unflatten(input, dim, sizes):
    # torch.unflatten (pyconv-tidy api-unflatten): split dimension `dim` into `sizes`.
    dim = dim % input.ndim
    return input.reshape(input.shape[:dim] + tuple(sizes) + input.shape[dim + 1:])


def split_heads(hidden, heads):
    a = unflatten(hidden, -1, (heads, -1))
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore 2.7.1 has no unflatten; call a reshape helper [api-unflatten]
    b = unflatten(hidden, 2, (heads, hidden.shape[-1] // heads))
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore 2.7.1 has no unflatten; call a reshape helper [api-unflatten]
    return a, b
