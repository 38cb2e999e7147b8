import torch
import mindspore as ms
from mindspore import mint


def _isin(elements, test_elements, *, assume_unique=False, invert=False):
    # torch.isin (pyconv-tidy api-function-helper): whether each element is one of test_elements
    # (a tensor or a number each); assume_unique only lets torch pick a faster way.
    elements = elements if isinstance(elements, ms.Tensor) else ms.tensor(elements)
    tests = test_elements if isinstance(test_elements, ms.Tensor) else ms.tensor(test_elements)
    found = mint.any(mint.eq(elements.unsqueeze(-1), tests.reshape(-1)), dim=-1)
    return mint.logical_not(found) if invert else found


def _pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side="right"):
    # torch.nn.utils.rnn.pad_sequence (pyconv-tidy api-function-helper): (L_i, *) tensors padded
    # to the longest, stacked as (B, L, *) with batch_first, else (L, B, *).
    sequences = list(sequences)
    longest = max(s.shape[0] for s in sequences)
    padded = []
    for s in sequences:
        missing = longest - s.shape[0]
        first_dim = [missing, 0] if padding_side == "left" else [0, missing]
        padded.append(mint.nn.functional.pad(s, [0, 0] * (s.ndim - 1) + first_dim, value=padding_value))
    out = mint.stack(padded, dim=0)
    return out if batch_first else out.transpose(0, 1)


def batch(rows, chunks, input_ids, delimiters):
    ids = _pad_sequence(rows, batch_first=True, padding_value=-1)
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: MindSpore has no 'torch.nn.utils.rnn.pad_sequence': the helper '_pad_sequence' computes it as torch does [api-function-helper]
    features = _pad_sequence(chunks, batch_first=True).transpose(1, 2)
    # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: MindSpore has no 'torch.nn.utils.rnn.pad_sequence': the helper '_pad_sequence' computes it as torch does [api-function-helper]
    masks = _pad_sequence([torch.ones(3), torch.ones(5)])
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore has no 'torch.nn.utils.rnn.pad_sequence': the helper '_pad_sequence' computes it as torch does [api-function-helper]
    delimiter_mask = _isin(input_ids, delimiters)
    # CHECK-MESSAGES: :[[@LINE-1]]:22: warning: MindSpore has no 'torch.isin': the helper '_isin' computes it as torch does [api-function-helper]
    return ids, features, masks, delimiter_mask
