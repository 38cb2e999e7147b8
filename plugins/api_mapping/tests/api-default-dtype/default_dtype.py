# FIX-MODE: unsafe
import torch


def sinusoids(emb, length):
    # torch's default floating dtype; MindSpore's float tensors default to float32.
    emb = emb.to(torch.get_default_dtype())
    # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: MindSpore has no default dtype setting; its float tensors default to float32 [api-default-dtype]
    zeros = torch.zeros(length, dtype=torch.get_default_dtype())
    # CHECK-MESSAGES: :[[@LINE-1]]:39: warning: MindSpore has no default dtype setting; its float tensors default to float32 [api-default-dtype]
    # Anything else called get_default_dtype is not torch's.
    other = get_default_dtype()
    return emb, zeros, other


def get_default_dtype():
    return None
