import torch


class Rotary(torch.nn.Module):
    def __init__(self, inv_freq):
        super().__init__()
        self.register_buffer("inv_freq", inv_freq, persistent=False)

    def update(self, inv_freq):
        self.register_buffer("inv_freq", inv_freq, persistent=False)
        # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: re-registering a non-persistent buffer outside __init__ only moves it to a device; assign it instead [device-register-buffer]
        self.register_buffer("kept", inv_freq)
        self.register_buffer(name, inv_freq, persistent=False)
