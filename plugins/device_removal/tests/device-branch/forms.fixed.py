import torch


def tie(self):
    # Keep the two tied.
    self.bias = self.decoder.bias


def pick(x):
    y = x
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
    z = 1
    if big:
        z = 3
    else:
        z = 4
    if x.device.type == "cpu":
        z = 5
    return y, z


def init_weights(module):
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
    module.weight.fill_(1.0)
    if module.weight.device == torch.device("cpu"):
        module.bias.fill_(2.0)
    if module.weight.device == torch.device(name):
        module.bias.fill_(3.0)


def warn_multi_gpu(device_map):
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
    print("no GPU")
    return torch.cuda.device_count()
