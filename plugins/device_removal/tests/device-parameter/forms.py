import torch


def rope_init(config, device=None):
# CHECK-MESSAGES: :[[@LINE-1]]:23: warning: parameter 'device' is device plumbing; it goes with its argument at 2 call sites in this file [device-parameter]
    return torch.arange(config.dim, device=device)


class Rotary(torch.nn.Module):
    def __init__(self, config, device=None):
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: parameter 'device' is device plumbing; it goes with its argument at 1 call site in this file [device-parameter]
        """Rotary embedding.

        Args:
            config (`Config`):
                The configuration.
            device (`torch.device`, *optional*):
                Where the buffers live.
        """
        super().__init__()
        self.inv_freq = rope_init(config, device)

    def compute(self, x, device: torch.device):
    # CHECK-MESSAGES: :[[@LINE-1]]:26: warning: parameter 'device' is device plumbing; it goes with its argument at 1 call site in this file [device-parameter]
        return x.to(device)

    def forward(self, x):
        return self.compute(x, x.device)


def build(config):
    return Rotary(config, torch.device("cpu")), rope_init(config, device="cuda")


def kept(x, device):
# CHECK-MESSAGES: :[[@LINE-1]]:13: warning: parameter 'device' is used in a way no rule removes; remove it by hand [device-parameter]
    if device is None:
        return x
    return x
