# FIX-MODE: unsafe
import torch
import torch.nn.functional as F
from torch import nn


class SelfAttention(nn.Module):
    def forward(self, query, key, value, mask, is_causal):
        out = torch.nn.functional.scaled_dot_product_attention(
        # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: MindSpore has no CPU scaled_dot_product_attention; call a helper written out in mint [api-sdpa]
            query,
            key,
            value,
            attn_mask=mask,
            dropout_p=self.dropout if self.training else 0.0,
            is_causal=is_causal,
        )
        return out.transpose(1, 2)


def attend(q, k, v):
    return F.scaled_dot_product_attention(q, k, v)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: MindSpore has no CPU scaled_dot_product_attention; call a helper written out in mint [api-sdpa]


def attend_with(q, k, v, **kwargs):
    return F.scaled_dot_product_attention(q, k, v, **kwargs)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: MindSpore has no CPU scaled_dot_product_attention; call a helper written out in mint [api-sdpa]
