"""Torch references for model classes whose inputs or configuration fall outside the naming
convention (issue 17): inputs read from the forward's docstring, placeholder tokens standing for an
image, a stack without a token embedding of its own, per-level widths, object queries, sizes spelled
the encoder-decoder way, image pairs of a keypoint matcher, classes with no forward. Each case runs
the real transformers model in torch the way the parity harness does, so a rule that only looked
right fails."""
import pathlib
import sys
import unittest

import numpy as np
import pytest
import torch
import transformers

from conftest import REPO

sys.path.insert(0, str(pathlib.Path(REPO) / "framework" / "python"))
import pyconv_documented_inputs  # noqa: E402
import pyconv_parity  # noqa: E402
import pyconv_parity_inputs  # noqa: E402
import pyconv_tiny_config  # noqa: E402

BATCH = pyconv_parity_inputs.BATCH


def _reference(config_class, model_class):
    config, _, inputs, output, label = pyconv_parity._torch_reference(torch, config_class, model_class)
    return config, inputs, output, label


def _tiny(config_class):
    return next(c for _, c in pyconv_tiny_config.candidates(config_class) if not isinstance(c, Exception))


def test_the_docstring_gives_type_and_axes_including_products_and_the_first_of_alternatives():
    from transformers.models.musicgen.modeling_musicgen import MusicgenModel
    from transformers.models.dia.modeling_dia import DiaModel
    assert pyconv_documented_inputs.documented(MusicgenModel, "input_ids") == (
        "LongTensor", ["batch_size * num_codebooks", "sequence_length"])
    # "(batch_size * num_codebooks, target_sequence_length)\n or (batch_size, ...)": the first
    assert pyconv_documented_inputs.documented(DiaModel, "decoder_input_ids") == (
        "LongTensor", ["batch_size * num_codebooks", "target_sequence_length"])
    assert pyconv_documented_inputs.documented(MusicgenModel, "past_key_values") is None  # no shape


def test_a_required_input_outside_the_convention_is_built_as_documented_with_the_axes_it_shares():
    """SegGPT requires `prompt_masks` (batch, channels, height, width): built beside the prompt
    image it masks, the same shape, all ones; a history's padding indicator takes the history's
    length from the axis name they share and is all zeros (nothing padded)."""
    inputs = pyconv_parity_inputs.make_inputs(transformers.SegGptModel, _tiny(transformers.SegGptConfig))
    assert inputs["prompt_masks"].shape == inputs["prompt_pixel_values"].shape
    assert inputs["prompt_masks"].dtype == np.float32 and (inputs["prompt_masks"] == 1).all()
    series = pyconv_parity_inputs.make_inputs(transformers.TimesFmModel, _tiny(transformers.TimesFmConfig))
    assert series["past_values_padding"].shape == series["past_values"].shape  # (batch, sequence_length) both
    assert (series["past_values_padding"] == 0).all() and series["freq"].shape == (BATCH,)


def test_visual_features_take_their_width_from_the_configuration():
    config = _tiny(transformers.LxmertConfig)
    inputs = pyconv_parity_inputs.make_inputs(transformers.LxmertModel, config, as_documented=True)
    items = pyconv_documented_inputs.ITEMS
    assert inputs["visual_feats"].shape == (BATCH, items, config.visual_feat_dim)
    assert inputs["visual_pos"].shape == (BATCH, items, config.visual_pos_dim)


def test_token_ids_shaped_otherwise_are_built_as_documented_only_after_the_usual_inputs():
    """Musicgen's decoder documents its token ids as (batch_size * num_codebooks, sequence_length);
    the usual (batch, sequence) ids fail in torch, so the reference falls back to the documented
    shape, and says so."""
    config, inputs, output, label = _reference(transformers.MusicgenDecoderConfig, transformers.MusicgenModel)
    assert label.endswith("inputs as documented")
    assert inputs["input_ids"].shape == (BATCH * config.num_codebooks, pyconv_parity_inputs.SEQ)
    assert output.last_hidden_state.shape[0] == BATCH  # the codebooks are summed per batch row


def test_a_model_with_usual_inputs_does_not_take_the_documented_attempt():
    _, _, _, label = _reference(transformers.BertConfig, transformers.BertModel)
    assert label == "tiny"


def test_image_placeholders_lead_the_text_as_many_as_stand_for_one_image():
    """BLIP-2 leaves its image token None in the defaults and looks for it unchecked: the tiny
    configuration gives it an id the text vocabulary holds, and each row starts with as many
    placeholders as there are query tokens; the random text holds none."""
    config, inputs, output, label = _reference(transformers.Blip2Config, transformers.Blip2Model)
    count, token = config.num_query_tokens, config.image_token_index
    assert token is not None and token < config.text_config.vocab_size
    ids = inputs["input_ids"]
    assert (ids[:, :count] == token).all() and not (ids[:, count:] == token).any()
    assert (inputs["attention_mask"][:, :count] == 1).all()
    assert output.language_model_outputs.logits.shape[1] == ids.shape[1]


def test_a_stack_without_its_own_token_embedding_reads_embeddings():
    config, inputs, output, _ = _reference(transformers.T5Config, transformers.models.t5.modeling_t5.T5Stack)
    assert "input_ids" not in inputs
    assert inputs["inputs_embeds"].shape == (BATCH, pyconv_parity_inputs.SEQ, config.d_model)
    assert output.last_hidden_state.shape == inputs["inputs_embeds"].shape


def test_per_level_widths_follow_the_hidden_size_and_object_queries_are_a_few():
    default = transformers.RTDetrConfig()
    config, _, output, label = _reference(transformers.RTDetrConfig, transformers.RTDetrModel)
    assert label == "tiny"
    assert default.decoder_in_channels == [default.d_model] * 3
    assert config.decoder_in_channels == [config.d_model] * 3 and config.d_model == 32
    assert config.num_queries == pyconv_tiny_config.QUERIES < default.num_queries
    assert output.last_hidden_state.shape[1] == config.num_queries


def test_sizes_spelled_the_encoder_decoder_way_shrink_when_nothing_maps_them():
    default = transformers.Qwen2AudioEncoderConfig()
    assert "hidden_size" not in vars(default) and not getattr(default, "attribute_map", {}).get("hidden_size")
    config = _tiny(transformers.Qwen2AudioEncoderConfig)
    assert (config.d_model, config.encoder_attention_heads) == (32, 4)
    assert default.d_model > 32


def test_a_keypoint_matcher_reads_pairs_of_images():
    config, inputs, output, _ = _reference(transformers.LightGlueConfig, transformers.LightGlueForKeypointMatching)
    assert inputs["pixel_values"].shape[:2] == (BATCH, 2) and inputs["pixel_values"].ndim == 5
    assert output.matches.shape[0] == BATCH


def test_a_class_without_a_forward_is_skipped_as_not_a_model():
    with pytest.raises(unittest.SkipTest, match=pyconv_parity.NO_FORWARD):
        pyconv_parity.check(__file__, "unused.py", "transformers.models.bark.modeling_bark", "BarkConfig", "BarkModel")
