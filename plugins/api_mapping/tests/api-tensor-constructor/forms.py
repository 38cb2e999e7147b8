import torch


def build(config, values):
    embed = torch.FloatTensor(config.hidden_size)
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.FloatTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    grid = torch.Tensor(2, 3)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch.Tensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    ids = torch.LongTensor(values)
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'torch.LongTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    empty = torch.HalfTensor()
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.HalfTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    # A keyword the helper does not take: reported only.
    placed = torch.FloatTensor(4, device="cpu")
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'torch.FloatTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    # Not called: api-map's business (annotations, isinstance).
    return isinstance(embed, torch.Tensor), grid, ids, empty, placed
