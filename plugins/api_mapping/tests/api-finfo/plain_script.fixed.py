# OPTION: Target=mindspore
import torch
import mindspore as ms
import numpy as np


def mask_value(scores):
    return float(np.finfo(ms.dtype_to_nptype(scores.dtype)).min), float(np.finfo(ms.dtype_to_nptype(torch.float16)).max)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch.finfo(dtype).min is numpy's finfo of the dtype's numpy type [api-finfo]
    # CHECK-MESSAGES: :[[@LINE-2]]:43: warning: torch.finfo(dtype).max is numpy's finfo of the dtype's numpy type [api-finfo]
