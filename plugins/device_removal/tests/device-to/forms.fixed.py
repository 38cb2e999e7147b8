import torch


def forward(x, mask, other, device, dtype):
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    mask = mask.to(torch.bool)
    # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    y = other.to(dtype=dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    z = other.to(dtype=dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    w = other.float()
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    v = other
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    u = other.to(torch.float32)
    t = other.to(mask)
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    return (x  # keep this comment
            )
            # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]


def layout(hidden, bias):
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: '.to(memory_format=...)' only changes how the tensor is laid out in memory; MindSpore has no counterpart [device-to]
    bias = bias.unsqueeze(-1)
    # CHECK-MESSAGES: :[[@LINE-1]]:31: warning: '.to(memory_format=...)' only changes how the tensor is laid out in memory; MindSpore has no counterpart [device-to]
    return hidden + bias
