import torch


def rope(x, freqs):
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: an autocast that is off changes nothing: its body runs as it is [api-autocast]
    emb = torch.cat((freqs, freqs), dim=-1)
    cos = emb.cos()
    with torch.autocast("cuda", dtype=torch.bfloat16):
    # CHECK-MESSAGES: :[[@LINE-1]]:10: warning: mixed precision by autocast has no direct MindSpore counterpart; port it by hand [api-autocast]
        out = x * cos
    return out
