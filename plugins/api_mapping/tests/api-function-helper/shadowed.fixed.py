import torch


def _isin(a, b):
    return a in b


def mask(input_ids, delimiters):
    return torch.isin(input_ids, delimiters)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: MindSpore has no 'torch.isin': the helper '_isin' computes it as torch does; the file binds '_isin' itself [api-function-helper]
