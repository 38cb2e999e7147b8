

def scan_chunks(hidden_states, scan):
    if hidden_states is not None:
        # multi-GPU inference with accelerate
        # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'torch.cuda.device' picks a CUDA device or kernel; MindSpore has no counterpart, the body runs as it is [device-backend-context]
        out = scan(hidden_states)
    return out
