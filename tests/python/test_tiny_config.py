"""The parity harness's tiny configurations keep each configuration's invariants (issue 17), checked
over every configuration class of the pinned transformers, not over a chosen few."""
import importlib
import pathlib
import sys

import pytest
import transformers

from conftest import REPO

sys.path.insert(0, str(pathlib.Path(REPO) / "framework" / "python"))
import pyconv_parity_inputs  # noqa: E402
import pyconv_tiny_config  # noqa: E402


def _config_classes():
    """Every PretrainedConfig subclass defined by a configuration_*.py of transformers/models."""
    found = {}
    models = pathlib.Path(transformers.__file__).parent / "models"
    for path in sorted(models.glob("*/configuration_*.py")):
        module = importlib.import_module(f"transformers.models.{path.parent.name}.{path.stem}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, transformers.PretrainedConfig)
                    and value.__module__ == module.__name__):
                found[value.__name__] = value
    return [found[name] for name in sorted(found)]


CONFIGS = _config_classes()


def _tiny(config_class):
    """The configuration the harness tries first: the first candidate that constructs."""
    errors = []
    for label, config in pyconv_tiny_config.candidates(config_class):
        if not isinstance(config, Exception):
            return config
        errors.append(f"{label}: {config!r}"[:300])
    return RuntimeError("; ".join(errors))


def _all_configs(config):
    yield config
    for sub in pyconv_tiny_config._sub_configs(config).values():
        yield from _all_configs(sub)


def _geometry_of_defaults(config_class):
    """(sub-configuration class name, image size, patch size) the defaults themselves hold."""
    return [(type(c).__name__, getattr(c, "image_size", None), getattr(c, "patch_size", None))
            for c in _all_configs(config_class())]


def test_every_configuration_class_is_covered():
    assert len(CONFIGS) > 300, len(CONFIGS)


def test_tiny_configurations_keep_their_invariants():
    """For every configuration class whose defaults construct: a candidate constructs (its own
    __init__ accepts it; at most 2% are served by none), and in the first one key/value heads divide
    attention heads, per-layer lists keep one entry per layer, images hold whole patches, special
    token ids lie inside the vocabulary."""
    broken, unservable, built = [], [], 0
    for config_class in CONFIGS:
        try:
            config_class()
        except Exception:  # noqa: BLE001 - no usable defaults: candidates() reports that itself
            continue
        tiny = _tiny(config_class)
        if isinstance(tiny, Exception):
            unservable.append(f"{config_class.__name__}: {tiny!r}")
            continue
        built += 1
        for config in _all_configs(tiny):
            name = type(config).__name__
            heads, kv = getattr(config, "num_attention_heads", None), getattr(config, "num_key_value_heads", None)
            if isinstance(heads, int) and isinstance(kv, int) and kv and heads % kv:
                broken.append(f"{name}: {kv} key/value heads do not divide {heads} heads")
            layers, types = getattr(config, "num_hidden_layers", None), getattr(config, "layer_types", None)
            if isinstance(layers, int) and isinstance(types, (list, tuple)) and len(types) != layers:
                broken.append(f"{name}: {len(types)} layer_types for {layers} layers")
            vocab = getattr(config, "vocab_size", None)
            for field, value in vars(config).items():
                if (field.endswith("_token_id") and isinstance(value, int) and isinstance(vocab, int)
                        and not 0 <= value < vocab):
                    broken.append(f"{name}: {field}={value} is outside the vocabulary of {vocab}")
            image, patch = getattr(config, "image_size", None), getattr(config, "patch_size", None)
            # (a geometry the defaults themselves hold is the configuration's own, whole patches or not)
            own = (name, image, patch) in _geometry_of_defaults(config_class)
            if not own and isinstance(image, int) and isinstance(patch, int) and patch and image % patch:
                broken.append(f"{name}: image {image} is not whole patches of {patch}")
    print("no candidate constructs (the torch reference gets a harness limit):\n" + "\n".join(unservable))
    # A configuration whose validation ties fields in a way no field states (backbone stage names,
    # state-space head products) may be served by none: at most 2% of them.
    assert len(unservable) <= 0.02 * (built + len(unservable)), "\n".join(unservable)
    assert built > 300, built
    assert not broken, "\n".join(broken[:40])


@pytest.mark.parametrize("construct", ["grouped-query attention", "explicit head dimension", "composite"])
def test_tiny_configuration_shrinks(construct):
    """The sizes really shrink (a configuration left at its defaults would make every test slow and
    prove nothing about the shrinking)."""
    config_class = {"grouped-query attention": transformers.MistralConfig,
                    "explicit head dimension": transformers.Gemma2Config,
                    "composite": transformers.LlavaConfig}[construct]
    tiny = _tiny(config_class)
    text = tiny.get_text_config()
    assert (text.hidden_size, text.num_attention_heads, text.num_hidden_layers) == (32, 4, 2)
    default = config_class().get_text_config()
    assert text.num_key_value_heads / 4 == pytest.approx(default.num_key_value_heads / default.num_attention_heads,
                                                         abs=0.25)


def test_inputs_follow_the_forward_signature():
    """Images for a forward that takes pixel_values and no ids; ids and mask for a text forward."""
    vit = transformers.ViTConfig()
    tiny = _tiny(transformers.ViTConfig)
    inputs = pyconv_parity_inputs.make_inputs(transformers.ViTModel, tiny)
    assert set(inputs) == {"pixel_values"}
    assert inputs["pixel_values"].shape[1:] == (tiny.num_channels, tiny.image_size, tiny.image_size)
    assert tiny.image_size < vit.image_size and tiny.image_size % tiny.patch_size == 0
    text = pyconv_parity_inputs.make_inputs(transformers.BertForSequenceClassification, _tiny(transformers.BertConfig))
    assert {"input_ids", "attention_mask", "labels"} <= set(text)
    assert (text["input_ids"][text["attention_mask"] == 1] != 0).all()  # ids avoid the padding token


def test_every_modality_adds_an_image_and_layout_boxes():
    """The fallback inputs for a model that needs text with an image or with layout at once."""
    clip = _tiny(transformers.CLIPConfig)
    plain = pyconv_parity_inputs.make_inputs(transformers.CLIPModel, clip)
    both = pyconv_parity_inputs.make_inputs(transformers.CLIPModel, clip, every_modality=True)
    assert "pixel_values" not in plain and {"input_ids", "pixel_values"} <= set(both)
    layout = pyconv_parity_inputs.make_inputs(transformers.LayoutLMModel, _tiny(transformers.LayoutLMConfig),
                                              every_modality=True)
    boxes = layout["bbox"]
    assert boxes.shape == layout["input_ids"].shape + (4,)
    assert (boxes[..., 0] <= boxes[..., 2]).all() and (boxes[..., 1] <= boxes[..., 3]).all()
    assert boxes.min() >= 0 and boxes.max() < 1000


def test_a_tower_falls_back_to_its_own_configuration_class():
    """A text tower tested under its dual model's configuration tries its own configuration class
    after the test's: first the test's with the usual inputs, then with every modality; the same
    with the inputs as the forward documents them come last."""
    import pyconv_parity
    attempts = pyconv_parity._attempts(transformers.CLIPConfig, transformers.CLIPTextModel)
    assert attempts[:2] == [(transformers.CLIPConfig, False, False), (transformers.CLIPConfig, True, False)]
    assert (transformers.CLIPTextConfig, False, False) in attempts[2:4]
    assert all(documented for _, _, documented in attempts[4:]) and len(attempts) == 8
    assert pyconv_parity._attempts(transformers.BertConfig, transformers.BertModel) == [
        (transformers.BertConfig, False, False), (transformers.BertConfig, True, False),
        (transformers.BertConfig, False, True), (transformers.BertConfig, True, True)]
