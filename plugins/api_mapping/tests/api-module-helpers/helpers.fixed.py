# FIX-MODE: unsafe
import mindspore as ms
from mindspore import mint, nn


def _add_module(cell, name, child):
    # torch's add_module (pyconv-tidy api-module-helpers): a named child cell, which a
    # SequentialCell also runs, after the others.
    cell.insert_child_to_cell(name, child)
    if isinstance(cell, ms.nn.SequentialCell):
        cell.cell_list = list(cell.name_cells().values())


def _requires_grad(target, requires_grad=True):
    # torch's requires_grad_ (pyconv-tidy api-module-helpers): freezes or unfreezes a Cell's
    # parameters, or one Parameter; returns the target, as torch does.
    parameters = target.get_parameters() if isinstance(target, ms.nn.Cell) else [target]
    for parameter in parameters:
        if isinstance(parameter, ms.Parameter):
            parameter.requires_grad = requires_grad
    return target


class Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed_positions = mint.nn.Embedding(8, 4)
        _requires_grad(self.embed_positions, False)
        # CHECK-MESSAGES: :[[@LINE-1]]:30: warning: MindSpore's Cell has no 'requires_grad_'; call the helper _requires_grad [api-module-helpers]
        self.layers = nn.SequentialCell()
        for i in range(config.depth):
            _add_module(self.layers, f"layer{i}", mint.nn.Linear(4, 4))
            # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: MindSpore's Cell has no 'add_module'; call the helper _add_module [api-module-helpers]
        self.layers.add_module(name="last", module=mint.nn.ReLU())
        # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: MindSpore's Cell has no 'add_module'; call the helper _add_module [api-module-helpers]

    def freeze(self):
        for parameter in self.layers.get_parameters():
            _requires_grad(parameter, requires_grad=False)
            # CHECK-MESSAGES: :[[@LINE-1]]:23: warning: MindSpore's Cell has no 'requires_grad_'; call the helper _requires_grad [api-module-helpers]
        return ms.requires_grad_
