import torch
import torch as T


def forward(x, mask, other, device, dtype):
    x = x.to(device)
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    mask = mask.to(x.device, torch.bool)
    # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    y = other.to(device=device, dtype=dtype)
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    z = other.to(dtype=dtype, non_blocking=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    w = other.to("cuda:0").float()
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    v = other.to(T.device("cuda"))
    # CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    u = other.to(torch.float32)
    t = other.to(mask)
    model.to(device)
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    return (x  # keep this comment
            .to(device))
            # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]


def layout(hidden, bias):
    hidden = hidden.to(memory_format=torch.channels_last_3d)
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: '.to(memory_format=...)' only changes how the tensor is laid out in memory; MindSpore has no counterpart [device-to]
    bias = bias.unsqueeze(-1).to(memory_format=torch.channels_last_3d)
    # CHECK-MESSAGES: :[[@LINE-1]]:31: warning: '.to(memory_format=...)' only changes how the tensor is laid out in memory; MindSpore has no counterpart [device-to]
    return hidden + bias
