# FIX-MODE: unsafe
import torch


class Projection:
    def norm(self):
        return 1.0

    def scale(self):
        return self.norm()


def normalise(image_embeds, text_embeds):
    image_embeds = image_embeds / image_embeds.norm(p=2, dim=-1, keepdim=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:48: warning: MindSpore's Tensor.norm takes 'ord', not torch's 'p'; mint.norm takes torch's arguments [api-tensor-norm]
    total = text_embeds.norm()
    # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: MindSpore's Tensor.norm takes 'ord', not torch's 'p'; mint.norm takes torch's arguments [api-tensor-norm]
    distance = torch.linalg.norm(image_embeds, ord=2, dim=-1)
    return image_embeds, total, Projection.norm(None), distance
