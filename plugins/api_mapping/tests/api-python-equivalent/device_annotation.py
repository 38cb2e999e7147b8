from typing import Optional, Union

import torch


def init_state(
    video,
    inference_device: Union[torch.device, str] = "cpu",
    # CHECK-MESSAGES: :[[@LINE-1]]:29: warning: torch.device in an annotation: MindSpore names devices by strings [api-python-equivalent]
    storage_device: Optional[torch.device] = None,
    # CHECK-MESSAGES: :[[@LINE-1]]:30: warning: torch.device in an annotation: MindSpore names devices by strings [api-python-equivalent]
) -> torch.device:
# CHECK-MESSAGES: :[[@LINE-1]]:6: warning: torch.device in an annotation: MindSpore names devices by strings [api-python-equivalent]
    target = torch.device(inference_device)
    return target if video.device == target else storage_device
