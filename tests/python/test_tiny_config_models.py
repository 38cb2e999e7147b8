"""Tiny configurations and inputs that a torch model can really run, for the model kinds whose
defaults need more than shrinking (issue 17): backbones read stage by stage, configurations that
point at timm or at CUDA kernels, fields the defaults leave unset, forecasting models, video models,
multimodal rotary sections, mixtures of experts, state-space mixers, audio codecs.
Each case builds and runs the torch reference the way the parity harness does (pyconv_parity's
_torch_reference: the first tiny configuration that runs, or `_run`: the one candidate the rule
serves), so a rule that only looked right fails."""
import importlib.util
import pathlib
import sys

import pytest
import torch
import transformers

from conftest import REPO

sys.path.insert(0, str(pathlib.Path(REPO) / "framework" / "python"))
import pyconv_parity  # noqa: E402
import pyconv_tiny_config  # noqa: E402


def _reference(config_class, model_class):
    config, _, inputs, output, label = pyconv_parity._torch_reference(torch, config_class, model_class)
    return config, inputs, output, label


def test_a_backbone_keeps_its_output_stages_and_its_reader_follows_its_width():
    default = transformers.DepthAnythingConfig().backbone_config
    config, _, _, label = _reference(transformers.DepthAnythingConfig, transformers.DepthAnythingForDepthEstimation)
    backbone = config.backbone_config
    assert label == "tiny"
    assert len(backbone.out_features) == len(default.out_features)  # one feature map per neck input
    assert backbone.num_hidden_layers < default.num_hidden_layers
    assert backbone.out_features == backbone.stage_names[-len(backbone.out_features):]
    assert config.reassemble_hidden_size == backbone.hidden_size != default.hidden_size


def test_nothing_is_downloaded_and_timm_is_not_needed():
    config, _, _, label = _reference(transformers.DetrConfig, transformers.DetrModel)
    assert label == "tiny" and config.use_pretrained_backbone is False
    if importlib.util.find_spec("timm") is None:
        assert config.use_timm_backbone is False and config.backbone is None and config.backbone_config is not None


def test_cuda_only_kernels_are_off():
    config, _, _, _ = _reference(transformers.JambaConfig, transformers.JambaModel)
    assert transformers.JambaConfig().use_mamba_kernels is True and config.use_mamba_kernels is False


def test_a_head_dimension_left_unset_is_hidden_over_heads():
    assert transformers.MinistralConfig().head_dim is None
    config, _, _, _ = _reference(transformers.MinistralConfig, transformers.MinistralModel)
    assert config.head_dim == config.hidden_size // config.num_attention_heads


def test_a_vocabulary_left_unset_is_the_tiny_one():
    assert transformers.EsmConfig().vocab_size is None
    config, inputs, _, _ = _reference(transformers.EsmConfig, transformers.EsmModel)
    assert config.vocab_size == pyconv_tiny_config.TINY["vocab_size"] and inputs["input_ids"].max() < config.vocab_size


def test_a_forecasting_model_gets_a_horizon_and_its_history():
    config, inputs, output, _ = _reference(transformers.TimeSeriesTransformerConfig,
                                           transformers.TimeSeriesTransformerModel)
    assert config.prediction_length == pyconv_tiny_config.FORECAST
    history = config.context_length + max(config.lags_sequence)
    assert inputs["past_values"].shape == (13, history)  # one variable: (batch, time)
    assert inputs["past_observed_mask"].shape == (13, history)
    assert inputs["past_time_features"].shape == (13, history, config.num_time_features)
    assert output.last_hidden_state.shape[0] == 13


def test_a_video_model_reads_frames():
    config, inputs, _, _ = _reference(transformers.VideoMAEConfig, transformers.VideoMAEModel)
    assert inputs["pixel_values"].shape == (13, config.num_frames, config.num_channels, config.image_size,
                                            config.image_size)


@pytest.mark.parametrize("name", ["qformer_input_ids"])
def test_other_required_inputs_follow_the_naming_convention(name):
    import pyconv_parity_inputs
    config = next(c for _, c in pyconv_tiny_config.candidates(transformers.InstructBlipConfig)
                  if not isinstance(c, Exception))
    inputs = pyconv_parity_inputs.make_inputs(transformers.InstructBlipModel, config)
    # the text's shape, before the image placeholders lead the language model's ids
    assert inputs[name].shape == (inputs["input_ids"].shape[0], inputs["input_ids"].shape[1] - config.num_query_tokens)
    assert inputs[name].dtype.kind == "i"


def _run(config_class, model_class, wanted):
    """(config, inputs, output) of the candidate labelled `wanted`, built and run in torch as
    _torch_reference does, without falling back to larger configurations (a rule that broke would
    otherwise reach default sizes: gigabytes for the models below)."""
    import numpy as np
    import pyconv_parity_inputs
    config = dict(pyconv_tiny_config.candidates(config_class))[wanted]
    if isinstance(config, Exception):
        raise config
    torch.manual_seed(pyconv_parity.SEED)
    model = model_class(config).eval()
    inputs = pyconv_parity_inputs.make_inputs(model_class, config)
    with torch.no_grad():
        output = model(**{k: torch.tensor(v) if isinstance(v, np.ndarray) else v for k, v in inputs.items()})
    return config, inputs, output


@pytest.mark.parametrize("config_class, model_class", [
    (transformers.Qwen2VLConfig, transformers.Qwen2VLModel),  # rope_scaling None in the defaults
    (transformers.Qwen3VLConfig, transformers.Qwen3VLModel),  # interleaved sections
    (transformers.Glm4vMoeConfig, transformers.Glm4vMoeModel),  # half of each head rotated
])
def test_multimodal_rope_sections_cover_the_tiny_heads_rotated_half(config_class, model_class):
    config, _, output = _run(config_class, model_class, "tiny")
    text = config.get_text_config()
    head_dim = getattr(text, "head_dim", None) or text.hidden_size // text.num_attention_heads
    rotated = int(head_dim * (getattr(text, "partial_rotary_factor", None) or 1.0))
    assert sum(text.rope_scaling["mrope_section"]) == rotated // 2
    assert output.last_hidden_state.shape[-1] == text.hidden_size


def test_key_value_heads_left_unset_are_the_attention_heads():
    assert transformers.NemotronConfig().num_key_value_heads is None
    config, _, _ = _run(transformers.NemotronConfig, transformers.NemotronModel, "tiny")
    assert config.num_key_value_heads == config.num_attention_heads


@pytest.mark.parametrize("config_class, model_class, unset", [
    (transformers.Dots1Config, transformers.Dots1Model, "n_routed_experts"),
    (transformers.DeepseekV2Config, transformers.DeepseekV2Model, "num_experts_per_tok"),
])
def test_expert_counts_left_unset_get_a_few_experts(config_class, model_class, unset):
    assert getattr(config_class(), unset) is None
    config, _, _ = _run(config_class, model_class, "tiny")
    experts = getattr(config, "n_routed_experts")
    assert config.num_experts_per_tok == pyconv_tiny_config.MOE_TOP_K <= experts
    assert getattr(config, unset) is not None


@pytest.mark.parametrize("config_class, model_class, field", [
    (transformers.MllamaConfig, transformers.MllamaModel, "rope_scaling"),  # reads rope_scaling["rope_type"]
    (transformers.DbrxConfig, transformers.DbrxModel, "clip_qkv"),  # clamps with both bounds None
    (transformers.ChameleonConfig, transformers.ChameleonModel, "vocabulary_map"),  # documented as a dict
])
def test_options_left_unset_are_spelled_out_after_the_plain_tiny_configuration(config_class, model_class, field):
    plain = dict(pyconv_tiny_config.candidates(config_class))["tiny"]
    config, _, _ = _run(config_class, model_class, "tiny, unset options spelled out")
    owner = next(c for c in (config, *pyconv_tiny_config._sub_configs(config).values()) if hasattr(c, field))
    plain_owner = next(c for c in (plain, *pyconv_tiny_config._sub_configs(plain).values()) if hasattr(c, field))
    assert getattr(plain_owner, field) is None and getattr(owner, field) is not None
    # a rope validation that wants a scaling type and factor keeps None (Chameleon's)
    if config_class is transformers.ChameleonConfig:
        assert config.rope_scaling is None


def test_a_model_that_handles_unset_options_runs_with_the_plain_tiny_configuration():
    config, _, _, label = _reference(transformers.OlmoConfig, transformers.OlmoModel)
    assert label == "tiny" and config.clip_qkv is None  # its model checks for None itself


@pytest.mark.parametrize("config_class, model_class", [
    (transformers.Mamba2Config, transformers.Mamba2Model),  # hidden * expand == num_heads * head_dim
    (transformers.FalconH1Config, transformers.FalconH1Model),  # the product is its own field, mamba_d_ssm
])
def test_a_state_space_mixer_keeps_its_inner_width_split_in_heads(config_class, model_class):
    config, _, _ = _run(config_class, model_class, "tiny")
    values = vars(config)
    expand = next(v for k, v in values.items() if "expand" in k)
    heads = values.get("num_heads", values.get("mamba_n_heads"))
    head_dim = values.get("mamba_d_head", values.get("head_dim"))
    assert heads * head_dim == config.hidden_size * expand
    assert config.hidden_size == 32 and heads == 4


def test_a_codebook_equal_to_the_intermediate_size_keeps_its_size_and_audio_its_channels():
    default = transformers.MimiConfig()
    assert default.codebook_size == default.intermediate_size
    config, inputs, _ = _run(transformers.MimiConfig, transformers.MimiModel, "tiny")
    assert config.intermediate_size == 37 and config.codebook_size == default.codebook_size
    assert inputs["input_values"].shape[:2] == (13, config.audio_channels)  # (batch, channels, samples)


def test_raw_audio_takes_the_axes_the_forward_documents():
    """A spectrogram model documents `input_values` as (batch_size, max_length, num_mel_bins): the
    configuration's fields size those axes (not the (batch, samples) of raw speech)."""
    config, inputs, _ = _run(transformers.ASTConfig, transformers.ASTModel, "tiny")
    assert inputs["input_values"].shape == (13, config.max_length, config.num_mel_bins)
    import pyconv_parity_inputs
    speech = pyconv_parity_inputs.make_inputs(transformers.Wav2Vec2Model, transformers.Wav2Vec2Config())
    assert speech["input_values"].ndim == 2  # raw speech stays (batch, samples)
