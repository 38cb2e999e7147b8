# OPTION: Target=mindspore
import mindspore as ms

ms.set_device("CPU")
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: a script's device choice becomes one MindSpore device setting [device-script-target]
model = Net().to(device)
