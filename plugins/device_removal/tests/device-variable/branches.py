import torch


def embed(input_ids, inputs_embeds, pixel_values, extend):
    # Each branch binds `device`; the use after the branches may see any of them, so none is dead.
    if input_ids is not None:
        device = input_ids.device
    elif inputs_embeds is not None:
        device = inputs_embeds.device
    else:
        device = pixel_values.device
    return extend(None, device)


def unread(input_ids):
    if input_ids is not None:
        device = input_ids.device
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    else:
        device = "cpu"
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    return input_ids


def compute_bias(weight, device=None):
    if device is None:
        device = weight.device
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    return weight


def steps(batches, move):
    device = None
    for batch in batches:
        move(batch, device)
        device = batch.device
    return device is None


def rotary(x):
    # Read by the next statement only, which nobody reads: both go, one after the other.
    device_type = x.device.type
    device_type = device_type if device_type != "mps" else "cpu"
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a device variable nobody reads; MindSpore needs no device [device-variable]
    return x
