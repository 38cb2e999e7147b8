import torch
from torch import cuda


def cleanup(model, hidden):
    torch.cuda.empty_cache()
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'torch.cuda.empty_cache' manages CUDA devices; MindSpore has no counterpart here [device-torch-cuda]
    torch.cuda.set_device(hidden.device)
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'torch.cuda.set_device' manages CUDA devices; MindSpore has no counterpart here [device-torch-cuda]
    cuda.synchronize()  # wait for kernels
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'torch.cuda.synchronize' manages CUDA devices; MindSpore has no counterpart here [device-torch-cuda]
    count = torch.cuda.device_count()
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.cuda.device_count' is used for its value; replace it by hand (MindSpore has no CUDA API) [device-torch-cuda]
    if torch.cuda.is_available():
        pass
    return count
