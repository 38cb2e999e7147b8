# OPTION: grad-checkpoint-branch.Mode=recompute
# FIX-MODE: unsafe
from torch.utils.checkpoint import checkpoint


class Encoder:
    def forward(self, hidden_states, use_cache):
        if self.gradient_checkpointing and self.training:
            if use_cache:
                logger.warning_once("`use_cache=True` is incompatible with gradient checkpointing.")
                use_cache = False

        for layer in self.layers:
            if self.training and self.gradient_checkpointing and not use_cache:
            # CHECK-MESSAGES: :[[@LINE-1]]:16: warning: gradient checkpointing in MindSpore is Cell.recompute(): call the layer directly and mark it [grad-checkpoint-branch]
                hidden_states = layer(hidden_states)
            else:
                hidden_states = layer(hidden_states)

        if output_all:
            hidden_states = self.head(hidden_states)
        elif self.gradient_checkpointing:
        # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: gradient checkpointing in MindSpore is Cell.recompute(): call the layer directly and mark it [grad-checkpoint-branch]
            hidden_states = self.head(hidden_states)
        else:
            hidden_states = checkpoint(self.tail, hidden_states) if False else self.tail(hidden_states)
        return hidden_states
