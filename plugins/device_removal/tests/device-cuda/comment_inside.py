import torch

y = x.cuda(  # device 0 only
    0)
# CHECK-MESSAGES: :[[@LINE-2]]:7: warning: '.cuda()' moves data [device-cuda]
