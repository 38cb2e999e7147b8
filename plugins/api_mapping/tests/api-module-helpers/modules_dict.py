# FIX-MODE: unsafe
from torch import nn


def replace_norms(model, frozen):
    for name, module in model.named_children():
        if isinstance(module, nn.BatchNorm2d):
            model._modules[name] = frozen(module.num_features)
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore's Cell keeps its children in '_cells'; registering one goes through the helper _add_module [api-module-helpers]
    return list(model._modules.keys())
    # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: MindSpore's Cell keeps its children in '_cells', a dict of the same shape [api-module-helpers]


def decoder_of(self, prefix):
    return self.decoder._modules[prefix]
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: MindSpore's Cell keeps its children in '_cells', a dict of the same shape [api-module-helpers]
