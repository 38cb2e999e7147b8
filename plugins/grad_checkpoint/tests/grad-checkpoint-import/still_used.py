import torch.utils.checkpoint
from torch.utils.checkpoint import checkpoint


def f(layer, x):
    return torch.utils.checkpoint.checkpoint(layer, x) + checkpoint(layer, x)
