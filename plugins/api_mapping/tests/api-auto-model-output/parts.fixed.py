# FIX-MODE: unsafe
from transformers import AutoModel
from torch import nn


class VisionLanguageModel(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.vision_tower = AutoModel.from_config(config.vision_config)
        self.language_model = AutoModel.from_config(config.text_config)
        self.projector = nn.Linear(4, 4)

    def forward(self, pixel_values, inputs_embeds, **kwargs):
        image_outputs = self.vision_tower(pixel_values, output_hidden_states=True, return_dict=True)
        # CHECK-MESSAGES: :[[@LINE-1]]:25: warning: a sub-model from the Auto classes is one of mindone's ports, which return a tuple unless asked for a ModelOutput [api-auto-model-output]
        features = self.projector(image_outputs.hidden_states[-1])
        outputs = self.language_model(
        # CHECK-MESSAGES: :[[@LINE-1]]:19: warning: a sub-model from the Auto classes is one of mindone's ports, which return a tuple unless asked for a ModelOutput [api-auto-model-output]
            inputs_embeds=inputs_embeds + features,
            **kwargs,
            return_dict=True,
        )
        again = self.language_model(inputs_embeds=inputs_embeds, return_dict=True)
        # several arguments on the last argument's line: the new one gets only its indentation
        masked = self.vision_tower(
        # CHECK-MESSAGES: :[[@LINE-1]]:18: warning: a sub-model from the Auto classes is one of mindone's ports, which return a tuple unless asked for a ModelOutput [api-auto-model-output]
            pixel_values, output_hidden_states=True,
            return_dict=True,
        )
        return outputs.last_hidden_state, again, masked
