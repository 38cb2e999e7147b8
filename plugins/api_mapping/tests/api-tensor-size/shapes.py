# FIX-MODE: unsafe
import os

import torch


class Grid:
    def size(self):
        return 3

    def area(self):
        return self.size() * self.size()


def attention(query, key, hidden_states, input_ids):
    batch_size, seq_length = input_ids.size()
    # CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'Tensor.size' is the element count in MindSpore; use the 'shape' tuple [api-tensor-size]
    head_dim = query.size(-1)
    # CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'Tensor.size' is the element count in MindSpore; use the 'shape' tuple [api-tensor-size]
    kv_length = key.size(dim=-2)
    # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'Tensor.size' is the element count in MindSpore; use the 'shape' tuple [api-tensor-size]
    new_shape = hidden_states.size()[:-1] + (4, head_dim)
    # CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'Tensor.size' is the element count in MindSpore; use the 'shape' tuple [api-tensor-size]
    tokens = input_ids.view(-1, input_ids.size(-1))
    # CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 'Tensor.size' is the element count in MindSpore; use the 'shape' tuple [api-tensor-size]
    odd = query.size(*[0])
    # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'Tensor.size' is the element count in MindSpore; use the 'shape' tuple [api-tensor-size]
    return batch_size, seq_length, kv_length, new_shape, tokens, odd, os.path.getsize("x"), Grid.size(None)
