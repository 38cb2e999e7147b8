def _init_weights(self, module):
    if isinstance(module, Linear):
        module.weight.data.normal_(mean=0.0, std=self.config.initializer_range)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place '.normal_()': the helper 'normal_' initialises the parameter [init-data]
        if module.bias is not None:
            module.bias.data.zero_()
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: MindSpore has no in-place '.zero_()': the helper 'constant_' initialises the parameter [init-data]
    elif isinstance(module, Embedding):
        module.weight.data.uniform_(-0.1, 0.1)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place '.uniform_()': the helper 'uniform_' initialises the parameter [init-data]
        if module.padding_idx is not None:
            module.weight.data[module.padding_idx].zero_()
            # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: in-place 'zero_' on a slice of '.data' is an item assignment in MindSpore [init-data]
    elif isinstance(module, LayerNorm):
        module.weight.data.fill_(1.0)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: MindSpore has no in-place '.fill_()': the helper 'constant_' initialises the parameter [init-data]
        module.bias.data.copy_(self.initial_bias)
        # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: '.data.copy_(t)' copies into a parameter or buffer: the helper _copy_data [init-data]
    self.scale.data = compute_scale()
    # CHECK-MESSAGES: :[[@LINE-1]]:5: warning: '.data = t' replaces a parameter's data: set_data in MindSpore [init-data]
    kept = module.weight.data.clone()
