import torch

y = x
# CHECK-MESSAGES: :[[@LINE-2]]:7: warning: '.cuda()' moves data [device-cuda]
