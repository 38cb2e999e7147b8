import torch
from mindspore import mint, nn


class Block(nn.Cell):
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.nn.Module' is 'mindspore.nn.Cell' in MindSpore [api-map]
    def __init__(self):
        super().__init__()
        # mint's ReLU has no `inplace`: False is dropped (Safe); True is dropped by the Unsafe fix
        # only, since torch also changed the input another name may still hold.
        self.plain = mint.nn.ReLU()
        # CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'torch.nn.ReLU' is 'mindspore.mint.nn.ReLU' in MindSpore [api-map]
        self.aliasing = torch.nn.ReLU(inplace=True)
        # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'torch.nn.ReLU' is 'mindspore.mint.nn.ReLU' in MindSpore [api-map]
        self.positional = torch.nn.ReLU(True)
        # CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'torch.nn.ReLU' is 'mindspore.mint.nn.ReLU' in MindSpore [api-map]
