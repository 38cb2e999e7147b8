# FIX-MODE: unsafe
import numpy as np


def attend(scores, x, mask):
    probs = scores.softmax(-1)
    # CHECK-MESSAGES: :[[@LINE-1]]:28: warning: MindSpore's Tensor.softmax takes the dimension by position only ('dim=' is not its keyword) [api-dim-keyword]
    head = x.narrow(1, start=0, length=4)
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: MindSpore's Tensor.narrow takes the dimension by position only ('dim=' is not its keyword) [api-dim-keyword]
    peak = x.amax(-1, keepdim=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: MindSpore's Tensor.amax takes the dimension by position only ('axis=' is not its keyword) [api-dim-keyword]
    late = x.squeeze(
        # the batch
        0
    )
    # CHECK-MESSAGES: :[[@LINE-2]]:9: warning: MindSpore's Tensor.squeeze takes the dimension by position only ('dim=' is not its keyword) [api-dim-keyword]
    kept = x.nansum(keepdim=True, dim=0)
    # CHECK-MESSAGES: :[[@LINE-1]]:35: warning: MindSpore's Tensor.nansum takes the dimension by position only ('dim=' is not its keyword) [api-dim-keyword]
    # MindSpore's own keyword, or not a tensor method of this kind.
    total = x.sum(dim=0) + x.mean(dim=-1)
    flat = np.squeeze(mask, axis=0)
    return probs, head, peak, late, kept, total, flat
