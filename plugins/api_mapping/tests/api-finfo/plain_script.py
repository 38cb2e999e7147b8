# OPTION: Target=mindspore
import torch


def mask_value(scores):
    return torch.finfo(scores.dtype).min, torch.finfo(torch.float16).max
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch.finfo(dtype).min is numpy's finfo of the dtype's numpy type [api-finfo]
    # CHECK-MESSAGES: :[[@LINE-2]]:43: warning: torch.finfo(dtype).max is numpy's finfo of the dtype's numpy type [api-finfo]
