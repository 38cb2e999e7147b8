# FIX-MODE: unsafe
import torch.nn.functional as F
from torch import nn
import mindspore as ms
import numpy as np
from mindspore import mint


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None,
                                 enable_gqa=False, training=True):
    # torch.nn.functional.scaled_dot_product_attention written out (pyconv-tidy api-sdpa): boolean masks
    # become additive float32-min masks, softmax runs in float32, dropout only when training.
    if enable_gqa:  # each key/value head serves query.shape[-3] // key.shape[-3] query heads, in order
        groups = query.shape[-3] // key.shape[-3]
        grouped = key.shape[:-2] + (groups,) + key.shape[-2:]
        key = key.unsqueeze(-3).broadcast_to(grouped).reshape(query.shape[:-2] + key.shape[-2:])
        value = value.unsqueeze(-3).broadcast_to(grouped[:-1] + value.shape[-1:]).reshape(
            query.shape[:-2] + value.shape[-2:])
    scale = query.shape[-1] ** -0.5 if scale is None else scale
    scores = mint.matmul(query, key.transpose(-2, -1)).float() * scale
    lowest = float(np.finfo(np.float32).min)
    if is_causal:
        future = mint.triu(mint.ones((query.shape[-2], key.shape[-2]), dtype=ms.bool_), diagonal=1)
        scores = scores.masked_fill(future, lowest)
    if attn_mask is not None:
        if attn_mask.dtype == ms.bool_:
            scores = scores.masked_fill(mint.logical_not(attn_mask), lowest)
        else:
            scores = scores + attn_mask.float()
    weights = mint.softmax(scores, dim=-1).to(query.dtype)
    if training and dropout_p > 0.0:
        weights = mint.nn.functional.dropout(weights, p=dropout_p, training=True)
    return mint.matmul(weights, value)


class SelfAttention(nn.Module):
    def forward(self, query, key, value, mask, is_causal):
        out = scaled_dot_product_attention(
        # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: MindSpore has no CPU scaled_dot_product_attention; call a helper written out in mint [api-sdpa]
            query,
            key,
            value,
            attn_mask=mask,
            dropout_p=self.dropout if self.training else 0.0,
            is_causal=is_causal,
            training=self.training,
        )
        return out.transpose(1, 2)


def attend(q, k, v):
    return scaled_dot_product_attention(q, k, v, training=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: MindSpore has no CPU scaled_dot_product_attention; call a helper written out in mint [api-sdpa]


def attend_with(q, k, v, **kwargs):
    return F.scaled_dot_product_attention(q, k, v, **kwargs)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: MindSpore has no CPU scaled_dot_product_attention; call a helper written out in mint [api-sdpa]
