import torch

y = (x  # the input
     )  # moved
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '.cuda()' moves data [device-cuda]
