# FIX-MODE: unsafe
from torch import nn
import mindspore as ms


def _add_module(cell, name, child):
    # torch's add_module (pyconv-tidy api-module-helpers): a named child cell, which a
    # SequentialCell also runs, after the others.
    cell.insert_child_to_cell(name, child)
    if isinstance(cell, ms.nn.SequentialCell):
        cell.cell_list = list(cell.name_cells().values())


def replace_norms(model, frozen):
    for name, module in model.named_children():
        if isinstance(module, nn.BatchNorm2d):
            _add_module(model, name, frozen(module.num_features))
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore's Cell keeps its children in '_cells'; registering one goes through the helper _add_module [api-module-helpers]
    return list(model._cells.keys())
    # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: MindSpore's Cell keeps its children in '_cells', a dict of the same shape [api-module-helpers]


def decoder_of(self, prefix):
    return self.decoder._cells[prefix]
    # CHECK-MESSAGES: :[[@LINE-1]]:12: warning: MindSpore's Cell keeps its children in '_cells', a dict of the same shape [api-module-helpers]
