import torch


class Model(torch.nn.Module):
    def parallelize(self, device_map=None):
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: naive model parallelism over CUDA devices has no MindSpore counterpart [device-model-parallel]
        """Spread the blocks over the GPUs."""
        # Check validity of device_map
        raise NotImplementedError("Model parallelism across CUDA devices is not supported in MindSpore.")

    def deparallelize(self):
        raise NotImplementedError("Model parallelism across CUDA devices is not supported in MindSpore.")

    def forward(self, hidden_states):
        hidden_states = hidden_states + 1
        return hidden_states
