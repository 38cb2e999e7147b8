import torch


def forward(x, mask):
    y = x.cuda()
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.cuda()' moves data to a CUDA device; MindSpore places tensors by its context [device-cuda]
    z = torch.ones(3).cuda(0).float()
    # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: '.cuda()' moves data [device-cuda]
    w = mask.cuda(non_blocking=True) * y
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.cuda()' moves data [device-cuda]
    return (w  # keep this comment
            .cuda())
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.cuda()' moves data [device-cuda]
