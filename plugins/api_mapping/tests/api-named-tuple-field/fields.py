# FIX-MODE: unsafe
import numpy as np
import torch


class Router:
    def max(self, dim):
        return (dim, dim)

    def route(self, logits, k):
        weights = torch.topk(logits, k, dim=-1).values
        # CHECK-MESSAGES: :[[@LINE-1]]:49: warning: MindSpore returns a plain tuple where torch returns one with named fields: '.values' is position 0 [api-named-tuple-field]
        order = torch.sort(logits, dim=-1, descending=True).indices
        # CHECK-MESSAGES: :[[@LINE-1]]:61: warning: MindSpore returns a plain tuple where torch returns one with named fields: '.indices' is position 1 [api-named-tuple-field]
        shifted = logits - logits.max(dim=-1, keepdim=True).values
        # CHECK-MESSAGES: :[[@LINE-1]]:61: warning: MindSpore returns a plain tuple where torch returns one with named fields: '.values' is position 0 [api-named-tuple-field]
        best = logits.topk(
            k
        ).indices
        # CHECK-MESSAGES: :[[@LINE-1]]:11: warning: MindSpore returns a plain tuple where torch returns one with named fields: '.indices' is position 1 [api-named-tuple-field]
        # Not a reduction of torch's: its own method, a NumPy function, a dict's values, a plain max.
        own = self.max(-1)
        ranks = np.sort(np.ones(3))
        table = {"a": 1}.values()
        top = torch.max(logits, logits)
        return weights, order, shifted, best, own, ranks, table, top
