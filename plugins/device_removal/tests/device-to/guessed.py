# FIX-MODE: unsafe
def parallelize(self):
    self.wte = self.wte.to(self.first_device)
    # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
    hidden = hidden.to(cuda_device).float()
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: '.to(...)' moves data to a device; MindSpore places tensors by its context [device-to]
