import torch


class Model:
    _skip_keys_device_placement = ["past_key_values"]
    _no_split_modules = ["Layer"]

    def forward(self, x, device):
    # CHECK-MESSAGES: :[[@LINE-1]]:26: warning: device reference left for a person: 'device' [device-residual]
        note = "move it to the device"  # and a comment about the device
        y = x.to(device)
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: device reference left for a person: '.to(...)' with a device argument [device-residual]
        z = torch.device("cpu")
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: device reference left for a person: 'torch.device' [device-residual]
        n = torch.cuda.device_count()
        # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: device reference left for a person: 'torch.cuda' [device-residual]
        x.cuda()
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: device reference left for a person: '.cuda(...)' [device-residual]
        return y, z, n, self.first_device
