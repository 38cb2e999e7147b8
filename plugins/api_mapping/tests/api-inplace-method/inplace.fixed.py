# FIX-MODE: unsafe
import torch


def masks(rand_attn, diagonal, sliding, out, module):
    rand_attn = rand_attn.unsqueeze(0)
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: MindSpore's Tensor has no in-place 'unsqueeze_'; assign the result of 'unsqueeze' instead [api-inplace-method]
    diagonal = diagonal.bitwise_or(sliding)
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: MindSpore's Tensor has no in-place 'bitwise_or_'; assign the result of 'bitwise_or' instead [api-inplace-method]
    out = out.detach()
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore's Tensor has no in-place 'detach_'; assign the result of 'detach' instead [api-inplace-method]
    shown = sliding.triu_(1)
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: MindSpore's Tensor has no in-place 'triu_'; assign the result of 'triu' instead [api-inplace-method]
    module.weight.detach_()
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: MindSpore's Tensor has no in-place 'detach_'; assign the result of 'detach' instead [api-inplace-method]
    # An outer name: assigning it in `inner` would make it local there.
    def inner():
        out.squeeze_(0)
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore's Tensor has no in-place 'squeeze_'; assign the result of 'squeeze' instead [api-inplace-method]

    inner()
    # MindSpore has these in-place methods.
    out.mul_(2)
    torch.nn.init.zeros_(out)
    return rand_attn, diagonal, out, shown
