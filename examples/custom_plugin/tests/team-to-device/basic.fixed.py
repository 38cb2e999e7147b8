import torch
from teamlib.torch_utils import to_device


def forward(x, device):
    y = x
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: teamlib's to_device moves a tensor to a device; MindSpore places tensors itself [team-to-device]
    z = to_device(x * 2, torch.device("cuda", index=pick()))
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: teamlib's to_device moves a tensor [team-to-device]
    return y + z


def shadowed(x):
    def to_device(a, b):
        return a + b

    return to_device(x, 1)  # a local function: not the team's helper
