import torch


def forward(x, mask):
    y = x
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.cuda()' moves data to a CUDA device; MindSpore places tensors by its context [device-cuda]
    z = torch.ones(3).float()
    # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: '.cuda()' moves data [device-cuda]
    w = mask * y
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.cuda()' moves data [device-cuda]
    return (w  # keep this comment
            )
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.cuda()' moves data [device-cuda]
