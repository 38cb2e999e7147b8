import torch
import mindspore as ms
import numbers
from mindspore import mint


def _legacy_tensor(dtype, *args):
    # torch's typed constructors (pyconv-tidy api-tensor-constructor): integers are a shape, whose
    # values torch leaves uninitialised (zeros here); anything else is the data.
    if all(isinstance(a, numbers.Integral) for a in args):
        return mint.zeros(tuple(int(a) for a in args) if args else (0,), dtype=dtype)
    return ms.tensor(args[0], dtype=dtype)


def build(config, values):
    embed = _legacy_tensor(ms.float32, config.hidden_size)
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.FloatTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    grid = _legacy_tensor(ms.float32, 2, 3)
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'torch.Tensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    ids = _legacy_tensor(ms.int64, values)
    # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'torch.LongTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    empty = _legacy_tensor(ms.float16)
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.HalfTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    # A keyword the helper does not take: reported only.
    placed = torch.FloatTensor(4, device="cpu")
    # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'torch.FloatTensor(...)' reads integers as a shape and anything else as data; MindSpore's Tensor reads an integer as a scalar [api-tensor-constructor]
    # Not called: api-map's business (annotations, isinstance).
    return isinstance(embed, torch.Tensor), grid, ids, empty, placed
