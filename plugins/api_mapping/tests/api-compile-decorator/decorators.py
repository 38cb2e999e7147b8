import torch


@torch.jit.script
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: '@torch.jit.script' only tells torch how to compile the function; it runs as written [api-compile-decorator]
def fused(a, b):
    return a + b


class Block:
    @torch.jit.unused
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '@torch.jit.unused' only tells torch how to compile the function; it runs as written [api-compile-decorator]
    def slow_path(self, x):
        return x

    @torch.compile(dynamic=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '@torch.compile' only tells torch how to compile the function; it runs as written [api-compile-decorator]
    def fast_path(self, x):
        return fused(x, x)

    @staticmethod
    def other(x):
        return x
