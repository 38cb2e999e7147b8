# FIX-MODE: unsafe
def parallelize(self):
    # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    hidden = hidden.float()
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
