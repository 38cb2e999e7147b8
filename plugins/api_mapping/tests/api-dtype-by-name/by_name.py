# FIX-MODE: unsafe
import torch


class Router:
    def __init__(self, config, device_type):
        self.dtype = getattr(torch, config.router_dtype)
        # CHECK-MESSAGES: :[[@LINE-1]]:30: warning: MindSpore names its dtypes as torch does: look the name up in ms [api-dtype-by-name]
        self.half = getattr(torch, "float16")
        # CHECK-MESSAGES: :[[@LINE-1]]:29: warning: MindSpore names its dtypes as torch does: look the name up in ms [api-dtype-by-name]
        # Not a dtype's name: a device module, a function, another module.
        self.accelerator = getattr(torch, device_type)
        self.op = getattr(torch, "matmul")
        self.other = getattr(config, "torch_dtype")
