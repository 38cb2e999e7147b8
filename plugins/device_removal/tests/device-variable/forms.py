import torch


def forward(input_ids, inputs_embeds, x):
    device = input_ids.device if input_ids is not None else inputs_embeds.device
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    device_type = x.device.type if isinstance(x.device.type, str) and x.device.type != "mps" else "cpu"
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    dtype, device2 = x.dtype, x.device
    dtype, device = x.dtype, x.device
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    ones = torch.ones(3, dtype=dtype)
    return ones


def still_used(x):
    device = x.device
    return device
