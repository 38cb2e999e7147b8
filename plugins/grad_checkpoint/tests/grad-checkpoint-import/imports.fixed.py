import torch
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: an import only gradient checkpointing needed [grad-checkpoint-import]
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: an import only gradient checkpointing needed [grad-checkpoint-import]


def f(x):
    return torch.relu(x)
