import torch

math = None


def f(shape: torch.Size, tuple=list):
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: torch.Size is the tuple MindSpore uses for shapes; the file binds 'tuple' itself [api-python-equivalent]
    return -torch.inf
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.inf' is the float 'math.inf'; the file binds 'math' otherwise [api-python-equivalent]
