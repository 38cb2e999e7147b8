from contextlib import nullcontext

import torch


class Model:
    @torch.no_grad()
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a no_grad decorator has no MindSpore counterpart: plain calls record no graph [api-no-grad]
    def generate(self, x):
        with torch.no_grad():
        # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'torch.no_grad()' is 'ms._no_grad()' in MindSpore [api-no-grad]
            y = self(x)
        with torch.inference_mode():
        # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'torch.no_grad()' is 'ms._no_grad()' in MindSpore [api-no-grad]
            z = self(y)
        return z

    @torch.no_grad
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a no_grad decorator has no MindSpore counterpart: plain calls record no graph [api-no-grad]
    def score(self, x):
        with torch.enable_grad():
            return self(x)


def recycle(model, x, keep_grad, last):
    with nullcontext() if keep_grad else torch.no_grad():
    # CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'torch.no_grad()' is 'ms._no_grad()' in MindSpore [api-no-grad]
        y = model(x)
    managers = [] if last else [torch.no_grad()]
    # CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'torch.no_grad()' is 'ms._no_grad()' in MindSpore [api-no-grad]
    return y, managers
