import torch
from torch.nn.attention import SDPBackend, sdpa_kernel


def encode(self, hidden, q, k, v):
    with torch.backends.cudnn.flags(enabled=False):
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'torch.backends.cudnn.flags' picks a CUDA device or kernel; MindSpore has no counterpart, the body runs as it is [device-backend-context]
        hidden = self.lstm(hidden)
        hidden = hidden * 2
    with sdpa_kernel(SDPBackend.MATH):
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'torch.nn.attention.sdpa_kernel' picks a CUDA device or kernel; MindSpore has no counterpart, the body runs as it is [device-backend-context]
        out = self.attend(q, k, v)
    with torch.backends.cuda.sdp_kernel(enable_flash=False), open("log") as log:
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'torch.backends.cuda.sdp_kernel' picks a CUDA device or kernel; MindSpore has no counterpart, the body runs as it is (remove it from this 'with' by hand) [device-backend-context]
        log.write("x")
    with torch.no_grad():
        out = out + 1
    return hidden, out


def scan(hidden_states, kernel):
    with torch.cuda.device(hidden_states.device):
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'torch.cuda.device' picks a CUDA device or kernel; MindSpore has no counterpart, the body runs as it is [device-backend-context]
        out = kernel(hidden_states)
    return out
