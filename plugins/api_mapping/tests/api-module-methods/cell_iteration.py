# FIX-MODE: unsafe
import inspect

import torch
from torch import nn


class Grid:
    def children(self):
        return []


class Block(nn.Module):
    def _init_weights(self, module):
        for name, p in module.named_parameters():
        # CHECK-MESSAGES: :[[@LINE-1]]:31: warning: MindSpore's Cell has no 'named_parameters'; use 'cell.parameters_and_names()' [api-module-methods]
            if "c_proj" in name:
                p.data.normal_(0.0, 0.02)

    def count(self):
        return sum(p.numel() for p in self.parameters())
        # CHECK-MESSAGES: :[[@LINE-1]]:44: warning: MindSpore's Cell has no 'parameters'; use 'cell.get_parameters()' [api-module-methods]

    def count_own(self):
        return sum(p.numel() for p in self.parameters(recurse=False))
        # CHECK-MESSAGES: :[[@LINE-1]]:44: warning: MindSpore's Cell has no 'parameters'; use 'cell.get_parameters()' [api-module-methods]

    def prefixed(self):
        return [n for n, _ in self.named_parameters("block", False)]
        # CHECK-MESSAGES: :[[@LINE-1]]:36: warning: MindSpore's Cell has no 'named_parameters'; use 'cell.parameters_and_names()' [api-module-methods]

    def unique(self):
        return [n for n, _ in self.named_parameters(remove_duplicate=False)]
        # CHECK-MESSAGES: :[[@LINE-1]]:36: warning: MindSpore's Cell has no 'named_parameters'; use 'cell.parameters_and_names()' [api-module-methods]

    def walk(self):
        names = [name for name, _ in self.named_modules()]
        # CHECK-MESSAGES: :[[@LINE-1]]:43: warning: MindSpore's Cell has no 'named_modules'; use 'cell.cells_and_names()' [api-module-methods]
        kids = [name for name, _ in self.named_children()]
        # CHECK-MESSAGES: :[[@LINE-1]]:42: warning: MindSpore's Cell has no 'named_children'; use 'cell.name_cells().items()' [api-module-methods]
        return names, kids, list(self.children()), [m for m in self.modules()]
        # CHECK-MESSAGES: :[[@LINE-1]]:39: warning: MindSpore's Cell has no 'children'; use 'cell.cells()' [api-module-methods]
        # CHECK-MESSAGES: :[[@LINE-2]]:69: warning: MindSpore's Cell has no 'modules'; use '(cell for _, cell in cell.cells_and_names())' [api-module-methods]

    def not_modules(self, fn):
        return inspect.signature(fn).parameters, Grid.children(None), torch.nn.Module.parameters(self)


class Sparse(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = nn.Linear(2, 2)

    def freeze(self, trainer):
        self.eval()
        # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: MindSpore's Cell has no 'eval'; use 'cell.set_train(False)' [api-module-methods]
        self.inner.train(False)
        # CHECK-MESSAGES: :[[@LINE-1]]:20: warning: MindSpore's Cell has no 'train'; use 'cell.set_train()' [api-module-methods]
        trainer.train()
        return self.train()
        # CHECK-MESSAGES: :[[@LINE-1]]:21: warning: MindSpore's Cell has no 'train'; use 'cell.set_train()' [api-module-methods]
