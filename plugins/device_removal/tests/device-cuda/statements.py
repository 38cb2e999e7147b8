import torch

model = build_model()
model.cuda()
# CHECK-MESSAGES: :[[@LINE-1]]:7: warning: '.cuda()' moves data [device-cuda]
self.encoder.cuda()  # move the encoder
# CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.cuda()' moves data [device-cuda]
if use_gpu:
    model.cuda()
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '.cuda()' moves data [device-cuda]
for layer in layers: layer.cuda()
# CHECK-MESSAGES: :[[@LINE-1]]:28: warning: '.cuda()' moves data [device-cuda]
build_model().cuda()
# CHECK-MESSAGES: :[[@LINE-1]]:15: warning: '.cuda()' moves data [device-cuda]
