"""Tiny configurations and inputs that a torch model can really run, for the model kinds whose
defaults need more than shrinking (issue 17): backbones read stage by stage, configurations that
point at timm or at CUDA kernels, fields the defaults leave unset, forecasting models, video models.
Each case builds and runs the torch reference the way the parity harness does (pyconv_parity's
_torch_reference: the first tiny configuration that runs), so a rule that only looked right fails."""
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
    assert inputs[name].shape == inputs["input_ids"].shape and inputs[name].dtype.kind == "i"
