# FIX-MODE: unsafe
import math


def make_mask(input_ids_shape: tuple, scores, mask):
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: torch.Size is the tuple MindSpore uses for shapes [api-python-equivalent]
    scores = scores.masked_fill(~mask, -math.inf)
    # CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'torch.inf' is the float 'math.inf' [api-python-equivalent]
    angle = math.pi / 2
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.pi' is the float 'math.pi' [api-python-equivalent]
    shape = tuple([2, 3])
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: torch.Size is the tuple MindSpore uses for shapes [api-python-equivalent]
    return scores, angle, shape, config.e
