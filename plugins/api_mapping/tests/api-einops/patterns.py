import torch
from einops import rearrange, repeat
from torch import nn


class Attention(nn.Module):
    def forward(self, qkv, x, heads):
        q = rearrange(qkv, "b n (h d) -> b h n d", h=heads)
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'einops.rearrange' has no MindSpore counterpart; written out with tensor methods [api-einops]
        merged = rearrange(q, "b h n d -> b n (h d)")
        # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'einops.rearrange' has no MindSpore counterpart; written out with tensor methods [api-einops]
        tiled = repeat(x, "b d -> b n d", n=self.tokens)
        # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'einops.repeat' has no MindSpore counterpart; written out with tensor methods [api-einops]
        same = rearrange(x, "b d -> b d")
        # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'einops.rearrange' has no MindSpore counterpart; written out with tensor methods [api-einops]
        return q, merged, tiled, same, rearrange(x, "b ... d -> b d ...")
        # CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'einops.rearrange' has no MindSpore counterpart; this call is not translated: '.' (ellipsis, numbers and anonymous axes are not translated) [api-einops]

    def untranslated(self, x, size):
        a = rearrange(x + 1, "b d -> d b")
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'einops.rearrange' has no MindSpore counterpart; this call is not translated: the tensor is an expression (it would be evaluated twice) [api-einops]
        b = rearrange(x, "b (h d) -> b h d")
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'einops.rearrange' has no MindSpore counterpart; this call is not translated: group (h ...) has more than one axis of unknown size [api-einops]
        c = repeat(x, "b d -> b n d", n=size())
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'einops.repeat' has no MindSpore counterpart; this call is not translated: a size that is not a name or a number [api-einops]
        return a, b, c
