import torch
from torch import nn
from torch.nn.utils.rnn import pad_sequence


def batch(rows, chunks, input_ids, delimiters):
    ids = pad_sequence(rows, batch_first=True, padding_value=-1)
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: MindSpore has no 'torch.nn.utils.rnn.pad_sequence': the helper '_pad_sequence' computes it as torch does [api-function-helper]
    features = nn.utils.rnn.pad_sequence(chunks, batch_first=True).transpose(1, 2)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore has no 'torch.nn.utils.rnn.pad_sequence': the helper '_pad_sequence' computes it as torch does [api-function-helper]
    masks = torch.nn.utils.rnn.pad_sequence([torch.ones(3), torch.ones(5)])
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore has no 'torch.nn.utils.rnn.pad_sequence': the helper '_pad_sequence' computes it as torch does [api-function-helper]
    delimiter_mask = torch.isin(input_ids, delimiters)
    # CHECK-MESSAGES: :[[@LINE-1]]:22: warning: MindSpore has no 'torch.isin': the helper '_isin' computes it as torch does [api-function-helper]
    return ids, features, masks, delimiter_mask
