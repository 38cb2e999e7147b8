import torch


class Model(torch.nn.Module):
    def parallelize(self, device_map=None):
    # CHECK-MESSAGES: :[[@LINE-1]]:9: warning: naive model parallelism over CUDA devices has no MindSpore counterpart [device-model-parallel]
        """Spread the blocks over the GPUs."""
        # Check validity of device_map
        self.device_map = device_map
        self.model_parallel = True

    def deparallelize(self):
        raise NotImplementedError("Model parallelism across CUDA devices is not supported in MindSpore.")

    def forward(self, hidden_states):
        if self.model_parallel:
        # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: model parallelism over CUDA devices never runs under MindSpore [device-model-parallel]
            torch.cuda.set_device(hidden_states.device)
        if self.model_parallel:
        # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: model parallelism over CUDA devices never runs under MindSpore [device-model-parallel]
            hidden_states = hidden_states * 2
        else:
            hidden_states = hidden_states + 1
        return hidden_states
