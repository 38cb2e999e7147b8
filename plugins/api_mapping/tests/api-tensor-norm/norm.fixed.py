# FIX-MODE: unsafe
import torch
from mindspore import mint


class Projection:
    def norm(self):
        return 1.0

    def scale(self):
        return self.norm()


def normalise(image_embeds, text_embeds):
    image_embeds = image_embeds / mint.norm(image_embeds, p=2, dim=-1, keepdim=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:48: warning: MindSpore's Tensor.norm takes 'ord', not torch's 'p'; mint.norm takes torch's arguments [api-tensor-norm]
    total = mint.norm(text_embeds)
    # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: MindSpore's Tensor.norm takes 'ord', not torch's 'p'; mint.norm takes torch's arguments [api-tensor-norm]
    distance = torch.linalg.norm(image_embeds, ord=2, dim=-1)
    return image_embeds, total, Projection.norm(None), distance
