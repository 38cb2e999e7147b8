import torch
from einops import rearrange, repeat
from torch import nn


class Attention(nn.Module):
    def forward(self, qkv, x, heads):
        # einops: rearrange(qkv, "b n (h d) -> b h n d", h=heads)
        q = qkv.reshape((qkv.shape[0], qkv.shape[1], heads, qkv.shape[2] // heads)).permute(0, 2, 1, 3)
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'einops.rearrange' has no MindSpore counterpart; written out with tensor methods [api-einops]
        # einops: rearrange(q, "b h n d -> b n (h d)")
        merged = q.permute(0, 2, 1, 3).reshape((q.shape[0], q.shape[2], q.shape[1] * q.shape[3]))
        # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'einops.rearrange' has no MindSpore counterpart; written out with tensor methods [api-einops]
        # einops: repeat(x, "b d -> b n d", n=self.tokens)
        tiled = x.reshape((x.shape[0], 1, x.shape[1])).broadcast_to((x.shape[0], self.tokens, x.shape[1]))
        # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'einops.repeat' has no MindSpore counterpart; written out with tensor methods [api-einops]
        # einops: rearrange(x, "b d -> b d")
        same = x
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
