# A licence comment comes first, as in transformers files.
"""PyTorch BERT model."""
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: the docstring names torch types or PyTorch; the converted code is MindSpore [api-docstring]
import torch
from torch import nn

NOTE = "a torch.LongTensor in a plain string stays"  # and a PyTorch comment stays too


class BertEmbeddings(nn.Module):
    r"""
    Args:
        input_ids (`torch.LongTensor` of shape `(batch_size, sequence_length)`):
            Indices of input sequence tokens.
        attention_mask (`torch.FloatTensor`, *optional*): the mask; a torch.Tensorish name stays.
        pixel_values (`torch.Tensor`): images, as in the PyTorch implementation.

    Weights converted from the original PyTorch checkpoint load by name.
    """
    # CHECK-MESSAGES: :[[@LINE-9]]:5: warning: the docstring names torch types or PyTorch; the converted code is MindSpore [api-docstring]

    def forward(self, input_ids: torch.LongTensor):
        """Returns a `torch.FloatTensor` (torch.nn.Module docs are not a type)."""
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the docstring names torch types or PyTorch; the converted code is MindSpore [api-docstring]
        return input_ids


def pytorch_helper():
    f"""PyTorch {NOTE} is an f-string, not a docstring."""
    return None
