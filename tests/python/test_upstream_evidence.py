"""Evidence for the "upstream" outcomes of the parity runs (the corpus report's outcome rules,
validation/corpus/outcomes.py), shown with mindone alone, without any converted code: if a
mindone upgrade fixes a defect, its test here fails and the rule must be revisited. (The dev
models' GenericFor* heads no longer meet the first defect: their converted base model is
registered with mindone's Auto classes.)"""
import sys

import numpy as np
import pytest

from conftest import REPO


# mindone's own import-time FutureWarning (image_processor_class), not ours.
@pytest.mark.filterwarnings("ignore:The image_processor_class argument is deprecated:FutureWarning")
def test_mindone_generic_heads_break_on_its_own_llama():
    """mindone 0.5.0's modeling_layers.GenericFor* heads build their base model with mindone's
    AutoModel; for a llama configuration that is mindone's own LlamaModel, whose construct returns
    a tuple (its return_dict defaults to False), and the head then reads .last_hidden_state."""
    import mindspore as ms
    import transformers
    sys.path.insert(0, f"{REPO}/framework/python")
    import pyconv_cpu_standins
    pyconv_cpu_standins.install()
    from mindone.transformers.modeling_layers import GenericForSequenceClassification
    from mindone.transformers.models.llama.modeling_llama import LlamaPreTrainedModel

    class Head(GenericForSequenceClassification, LlamaPreTrainedModel):
        pass

    config = transformers.LlamaConfig(hidden_size=32, num_hidden_layers=1, num_attention_heads=4,
                                      intermediate_size=37, vocab_size=99, pad_token_id=0)
    head = Head(config)
    assert type(getattr(head, head.base_model_prefix)).__module__ == "mindone.transformers.models.llama.modeling_llama"
    with pytest.raises(AttributeError, match="'tuple' object has no attribute 'last_hidden_state'"):
        head(ms.tensor(np.ones((2, 3), np.int64)))


def test_mindone_has_no_image_classification_loss():
    """transformers 4.57's image classification heads call `self.loss_function(labels=...,
    pooled_logits=..., config=...)`, the ForImageClassification loss; mindone 0.5.0's LOSS_MAPPING
    has no such entry, so its `loss_function` falls back to ForCausalLMLoss, which takes other
    arguments."""
    from mindone.transformers.loss.loss_utils import LOSS_MAPPING
    from transformers.loss.loss_utils import LOSS_MAPPING as TRANSFORMERS_LOSS_MAPPING
    assert "ForImageClassification" in TRANSFORMERS_LOSS_MAPPING
    assert "ForImageClassification" not in LOSS_MAPPING
    with pytest.raises(TypeError, match=r"ForCausalLMLoss\(\) missing 2 required positional arguments"):
        LOSS_MAPPING["ForCausalLM"](labels=None, pooled_logits=None, config=None)
