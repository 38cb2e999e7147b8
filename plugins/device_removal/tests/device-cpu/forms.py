import numpy as np


def to_host(x, batch):
    a = x.cpu().numpy()
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.cpu()' moves data between host and device; MindSpore needs no transfer [device-cpu]
    # CHECK-MESSAGES: :[[@LINE-2]]:17: warning: a MindSpore tensor converts to NumPy with '.asnumpy()' [device-cpu]
    b = x.detach().cpu().numpy()
    # CHECK-MESSAGES: :[[@LINE-1]]:20: warning: '.cpu()' moves data between host and device; MindSpore needs no transfer [device-cpu]
    # CHECK-MESSAGES: :[[@LINE-2]]:26: warning: a MindSpore tensor converts to NumPy with '.asnumpy()' [device-cpu]
    c = x.numpy()
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: a MindSpore tensor converts to NumPy with '.asnumpy()' [device-cpu]
    batch = batch.pin_memory()
    # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: '.pin_memory()' moves data between host and device; MindSpore needs no transfer [device-cpu]
    d = np.frexp(x.cpu().numpy())
    # CHECK-MESSAGES: :[[@LINE-1]]:20: warning: '.cpu()' moves data between host and device; MindSpore needs no transfer [device-cpu]
    # CHECK-MESSAGES: :[[@LINE-2]]:26: warning: a MindSpore tensor converts to NumPy with '.asnumpy()' [device-cpu]
    e = frame.numpy(force=True)
    return a, b, c, d, e
