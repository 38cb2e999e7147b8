import torch
import torch.nn.functional as F


def local(F, torch):
    # Parameters shadow the imports: these are not torch.
    return F.relu(torch.cat)


def uses(x):
    return F.relu(x)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch.nn.functional.relu' is 'mindspore.mint.nn.functional.relu' in MindSpore [api-map]


class Model:
    torch = None

    def method(self, x):
        return torch.cat([x])  # the class attribute `torch` is not visible here
        # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'torch.cat' is 'mindspore.mint.cat' in MindSpore [api-map]
