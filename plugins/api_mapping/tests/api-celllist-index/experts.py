# FIX-MODE: unsafe
import torch
from torch import nn


class SparseMoeBlock(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.experts = nn.ModuleList([nn.Linear(4, 4) for _ in range(config.num_experts)])
        self.norms = [nn.LayerNorm(4)]

    def forward(self, hidden_states, expert_mask):
        expert_hit = torch.greater(expert_mask.sum(dim=(-1, -2)), 0).nonzero()
        for expert_idx in expert_hit:
            expert_layer = self.experts[expert_idx]
            # CHECK-MESSAGES: :[[@LINE-1]]:41: warning: MindSpore's CellList takes only an int index; torch's ModuleList also takes a one-element tensor [api-celllist-index]
            hidden_states = expert_layer(hidden_states)
        for i in range(len(self.experts)):
            hidden_states = self.experts[i](hidden_states)
        for j in expert_hit:
            hidden_states = self.norms[j](hidden_states)
        return hidden_states
