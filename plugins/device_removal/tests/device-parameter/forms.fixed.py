import torch


def rope_init(config):
# CHECK-MESSAGES: :[[@LINE-1]]:23: warning: parameter 'device' is device plumbing; it goes with its argument at 2 call sites in this file [device-parameter]
    return torch.arange(config.dim)


class Rotary(torch.nn.Module):
    def __init__(self, config):
    # CHECK-MESSAGES: :[[@LINE-1]]:32: warning: parameter 'device' is device plumbing; it goes with its argument at 1 call site in this file [device-parameter]
        """Rotary embedding.

        Args:
            config (`Config`):
                The configuration.
        """
        super().__init__()
        self.inv_freq = rope_init(config)

    def compute(self, x):
    # CHECK-MESSAGES: :[[@LINE-1]]:26: warning: parameter 'device' is device plumbing; it goes with its argument at 1 call site in this file [device-parameter]
        return x

    def forward(self, x):
        return self.compute(x)


def build(config):
    return Rotary(config), rope_init(config)


def kept(x, device):
# CHECK-MESSAGES: :[[@LINE-1]]:13: warning: parameter 'device' is used in a way no rule removes; remove it by hand [device-parameter]
    if device is None:
        return x
    return x
