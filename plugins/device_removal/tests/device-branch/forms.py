import torch


def tie(self):
    if self.decoder.bias.device.type == "meta":
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always false under MindSpore; only that path is kept [device-branch]
        self.decoder.bias = self.bias
    else:
        # Keep the two tied.
        self.bias = self.decoder.bias


def pick(x):
    if torch.cuda.is_available():
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always false under MindSpore; only that path is kept [device-branch]
        x = fast(x)
    y = x if not x.is_cuda else x.half()
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
    if x.device.type != "mps":
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
        z = 1
    if x.device.type == "cuda" and fused:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always false under MindSpore; only that path is kept [device-branch]
        z = 2
    elif big:
        z = 3
    else:
        z = 4
    if x.device.type == "cpu":
        z = 5
    return y, z


def init_weights(module):
    if module.weight.device != torch.device("meta"):
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
        module.weight.fill_(1.0)
    if torch.device("cuda:0") == module.bias.device:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always false under MindSpore; only that path is kept [device-branch]
        module.bias.zero_()
    if module.weight.device == torch.device("cpu"):
        module.bias.fill_(2.0)
    if module.weight.device == torch.device(name):
        module.bias.fill_(3.0)


def warn_multi_gpu(device_map):
    if len(device_map) > 1 and "lm" not in device_map and torch.cuda.device_count() > 1:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always false under MindSpore; only that path is kept [device-branch]
        print("spread over GPUs")
    if torch.cuda.device_count() == 0:
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always true under MindSpore; only that path is kept [device-branch]
        print("no GPU")
    if 2 <= torch.cuda.device_count():
    # CHECK-MESSAGES: :[[@LINE-1]]:8: warning: this device test is always false under MindSpore; only that path is kept [device-branch]
        print("two")
    return torch.cuda.device_count()
