# OPTION: Target=mindspore
import torch
from torch import nn, optim
from torch.optim.lr_scheduler import LambdaLR


class Grid:
    @staticmethod
    def backward():
        return None


def train(model: nn.Module, batches, steps):
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'torch.optim.AdamW' belongs to the training loop; MindSpore takes gradients with ms.value_and_grad and applies them with optimizer(grads): port the training loop by hand [api-training-loop]
    scheduler = LambdaLR(optimizer, lambda step: 1.0 - step / steps)
    # CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'torch.optim.lr_scheduler.LambdaLR' belongs to the training loop; MindSpore takes gradients with ms.value_and_grad and applies them with optimizer(grads): port the training loop by hand [api-training-loop]
    plain = optim.SGD(model.parameters(), lr=0.1)
    # CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'torch.optim.SGD' belongs to the training loop; MindSpore takes gradients with ms.value_and_grad and applies them with optimizer(grads): port the training loop by hand [api-training-loop]
    for inputs, labels in batches:
        optimizer.zero_grad()
        # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: '.zero_grad()' belongs to the training loop; MindSpore takes gradients with ms.value_and_grad and applies them with optimizer(grads): port the training loop by hand [api-training-loop]
        loss = nn.functional.cross_entropy(model(inputs), labels)
        loss.backward()
        # CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '.backward()' belongs to the training loop; MindSpore takes gradients with ms.value_and_grad and applies them with optimizer(grads): port the training loop by hand [api-training-loop]
        optimizer.step()
        scheduler.step()
    Grid.backward()
    return plain
