# OPTION: Target=mindspore
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: a script's device choice becomes one MindSpore device setting [device-script-target]
model = Net().to(device)
