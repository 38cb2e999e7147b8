import torch
import torch.fx


def _prepare_mask(mask):
    return mask


_prepare_mask = torch.fx.wrap(_prepare_mask)
# CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'torch.fx.wrap' only informs torch's compiler or tracer; MindSpore needs nothing here [api-compile-hint]
torch.fx.wrap("len")
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: 'torch.fx.wrap' only informs torch's compiler or tracer; MindSpore needs nothing here [api-compile-hint]
other = torch.fx.wrap(_prepare_mask)


class Cache:
    def __init__(self, layers):
        self.states = []
        for _ in range(layers):
            state = torch.zeros(2, 3)
            torch._dynamo.mark_static_address(state)
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch._dynamo.mark_static_address' only informs torch's compiler or tracer; MindSpore needs nothing here [api-compile-hint]
            self.states.append(state)

    def update(self, x):
        if x.shape[0] > 1:
            torch._dynamo.mark_dynamic(x, 0)
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch._dynamo.mark_dynamic' only informs torch's compiler or tracer; MindSpore needs nothing here [api-compile-hint]
        return x
