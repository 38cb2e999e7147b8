import os
import torch
# CHECK-MESSAGES: :[[@LINE-1]]:8: warning: torch import 'torch' is not used [api-unused-torch-import]
import torch.nn.functional as F
# CHECK-MESSAGES: :[[@LINE-1]]:8: warning: torch import 'F' is not used [api-unused-torch-import]
from torch import nn, Tensor
# CHECK-MESSAGES: :[[@LINE-1]]:19: warning: torch import 'nn' is not used [api-unused-torch-import]
from typing import TYPE_CHECKING

import torch.utils.checkpoint as checkpoint_module
# CHECK-MESSAGES: :[[@LINE-1]]:8: warning: torch import 'checkpoint_module' is not used [api-unused-torch-import]

if TYPE_CHECKING:
    from torch import Generator

__all__ = ["Size"]
from torch import Size


def f(x: Tensor, n: Size):
    return os.path.join("a", str(x))


def g():
    import torch.distributed
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch import 'torch' is not used [api-unused-torch-import]
    return 1
