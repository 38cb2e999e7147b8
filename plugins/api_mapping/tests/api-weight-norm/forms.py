# FIX-MODE: unsafe
from torch import nn


class PositionalConv(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv1d(config.hidden_size, config.hidden_size, kernel_size=3, padding=1)
        weight_norm = nn.utils.weight_norm
        # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: MindSpore has no weight_norm that keeps torch's parameter names: the helper '_weight_norm' reparametrises the Cell as torch does [api-weight-norm]
        if hasattr(nn.utils.parametrizations, "weight_norm"):
        # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: torch's weight_norm probe: the converted file has the helper [api-weight-norm]
            weight_norm = nn.utils.parametrizations.weight_norm
            # CHECK-MESSAGES: :[[@LINE-1]]:27: warning: MindSpore has no weight_norm that keeps torch's parameter names: the helper '_parametrized_weight_norm' reparametrises the Cell as torch does [api-weight-norm]
        self.conv = weight_norm(self.conv, name="weight", dim=2)
        # Another object's attribute of that name is not torch's.
        self.other = hasattr(config, "weight_norm")


class Vocoder(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv_pre = nn.utils.weight_norm(nn.Conv1d(channels, channels, 7, padding=3))
        # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: MindSpore has no weight_norm that keeps torch's parameter names: the helper '_weight_norm' reparametrises the Cell as torch does [api-weight-norm]

    def remove_weight_norm(self):
        nn.utils.remove_weight_norm(self.conv_pre)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no remove_weight_norm for the helper's weight norm: the helper '_remove_weight_norm' restores the plain weight as torch does [api-weight-norm]
