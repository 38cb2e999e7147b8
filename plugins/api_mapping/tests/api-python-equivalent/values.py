# FIX-MODE: unsafe
import torch


def make_mask(input_ids_shape: torch.Size, scores, mask):
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: torch.Size is the tuple MindSpore uses for shapes [api-python-equivalent]
    scores = scores.masked_fill(~mask, -torch.inf)
    # CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'torch.inf' is the float 'math.inf' [api-python-equivalent]
    angle = torch.pi / 2
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.pi' is the float 'math.pi' [api-python-equivalent]
    shape = torch.Size([2, 3])
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: torch.Size is the tuple MindSpore uses for shapes [api-python-equivalent]
    return scores, angle, shape, config.e
