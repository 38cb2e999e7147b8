import torch


def forward(input_ids, inputs_embeds, x):
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    dtype, device2 = x.dtype, x.device
    dtype = x.dtype
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    ones = torch.ones(3, dtype=dtype)
    return ones


def still_used(x):
    device = x.device
    return device
