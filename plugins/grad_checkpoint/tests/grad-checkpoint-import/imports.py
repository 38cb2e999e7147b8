import torch
import torch.utils.checkpoint
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: an import only gradient checkpointing needed [grad-checkpoint-import]
from torch.utils.checkpoint import checkpoint
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: an import only gradient checkpointing needed [grad-checkpoint-import]


def f(x):
    return torch.relu(x)
