from torch import nn


class Adapter(nn.Module):
    def __init__(self, config, layers):
        super().__init__()
        self.layers = nn.ModuleList([AdapterLayer(config) for _ in range(config.num_adapter_layers)])
        # CHECK-MESSAGES: :[[@LINE-1]]:36: warning: MindSpore's CellList takes a list, not a generator [api-celllist-generator]
        self.norms = nn.ModuleList([nn.LayerNorm(config.hidden_size) for _ in range(2)])
        # CHECK-MESSAGES: :[[@LINE-1]]:36: warning: MindSpore's CellList takes a list, not a generator [api-celllist-generator]
        # a list or a variable is left as it is; so is a generator given to anything else
        self.kept = nn.ModuleList([AdapterLayer(config) for _ in range(2)])
        self.given = nn.ModuleList(layers)
        self.other = sorted((n for n in range(3)), reverse=True)


class AdapterLayer(nn.Module):
    pass
