"""A tiny transformer written for pyconv-tidy's examples: one of each construct the rule families
convert (device moves, weight initialisation, gradient checkpointing, a tokenizer example).

Example:

```python
>>> from transformers import AutoTokenizer
>>> tokenizer = AutoTokenizer.from_pretrained("tiny")
>>> model = TinyModel(TinyConfig())
>>> inputs = tokenizer("Hello world", return_tensors="pt")
>>> outputs = model(**inputs)
```
"""

import math

import torch
import torch.nn.functional as F
import torch.utils.checkpoint
from torch import nn

from .configuration_tiny import TinyConfig


class TinySelfAttention(nn.Module):
    def __init__(self, config: TinyConfig):
        super().__init__()
        self.num_heads = config.num_attention_heads
        self.head_dim = config.hidden_size // config.num_attention_heads
        self.qkv = nn.Linear(config.hidden_size, 3 * config.hidden_size)
        self.out = nn.Linear(config.hidden_size, config.hidden_size)

    def forward(self, hidden_states, attention_mask=None):
        batch, seq, _ = hidden_states.size()
        q, k, v = self.qkv(hidden_states).chunk(3, dim=-1)
        q = q.view(batch, seq, self.num_heads, self.head_dim).transpose(1, 2)
        k = k.view(batch, seq, self.num_heads, self.head_dim).transpose(1, 2)
        v = v.view(batch, seq, self.num_heads, self.head_dim).transpose(1, 2)
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_dim)
        if attention_mask is not None:
            scores = scores + attention_mask
        probs = F.softmax(scores, dim=-1)
        context = torch.matmul(probs, v).transpose(1, 2).reshape(batch, seq, -1)
        return self.out(context)


class TinyLayer(nn.Module):
    def __init__(self, config: TinyConfig):
        super().__init__()
        self.attention = TinySelfAttention(config)
        self.norm1 = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.ffn_in = nn.Linear(config.hidden_size, config.intermediate_size)
        self.ffn_out = nn.Linear(config.intermediate_size, config.hidden_size)
        self.norm2 = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)

    def forward(self, hidden_states, attention_mask=None):
        hidden_states = self.norm1(hidden_states + self.attention(hidden_states, attention_mask))
        return self.norm2(hidden_states + self.ffn_out(F.gelu(self.ffn_in(hidden_states))))


class TinyModel(nn.Module):
    def __init__(self, config: TinyConfig):
        super().__init__()
        self.config = config
        self.embeddings = nn.Embedding(config.vocab_size, config.hidden_size, padding_idx=config.pad_token_id)
        self.positions = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.layers = nn.ModuleList([TinyLayer(config) for _ in range(config.num_hidden_layers)])
        self.gradient_checkpointing = False
        self.apply(self._init_weights)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            module.weight.data.normal_(mean=0.0, std=self.config.initializer_range)
            if module.bias is not None:
                module.bias.data.zero_()
        elif isinstance(module, nn.Embedding):
            nn.init.normal_(module.weight, mean=0.0, std=self.config.initializer_range)
            if module.padding_idx is not None:
                module.weight.data[module.padding_idx].zero_()
        elif isinstance(module, nn.LayerNorm):
            module.bias.data.zero_()
            module.weight.data.fill_(1.0)

    def forward(self, input_ids, attention_mask=None):
        device = input_ids.device
        seq = input_ids.size(1)
        position_ids = torch.arange(seq, device=device).unsqueeze(0)
        hidden_states = self.embeddings(input_ids) + self.positions(position_ids)
        if attention_mask is not None:
            attention_mask = attention_mask.to(device)
            extended = (1.0 - attention_mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        else:
            extended = None
        for layer in self.layers:
            if self.gradient_checkpointing and self.training:
                hidden_states = torch.utils.checkpoint.checkpoint(layer, hidden_states, extended)
            else:
                hidden_states = layer(hidden_states, extended)
        return hidden_states


def run_on_gpu(model, input_ids):
    """Plain PyTorch plumbing a script would have around the model."""
    model.cuda()
    with torch.no_grad():
        return model(input_ids.cuda()).cpu().numpy()
