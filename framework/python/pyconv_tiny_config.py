"""Tiny configurations for the parity tests that keep each configuration's own invariants.

A parity result means nothing when the torch reference cannot run the configuration, so shrinking
is done from the configuration's defaults, not by setting five names and hoping:

- the standard sizes (hidden 32, 2 layers, 4 heads, intermediate 37, vocab 99) are set through the
  configuration's own spelling (`attribute_map`); the vocabulary stays large enough for every
  special token id the configuration names;
- every other integer field whose default equals one of those sizes' defaults takes the new size
  too (an `encoder_layers` equal to `num_hidden_layers`, a `d_model` equal to `hidden_size`): values
  the defaults tie together stay tied; the layer count and the intermediate size tie only fields
  whose names say they are one (a codebook size equal to the intermediate size is a coincidence,
  and must stay a power of two), and the head count never ties a dimension; a plain `num_layers`
  that the layer count is a multiple of (sublayers) keeps that proportion;
- a list of per-level widths that all equal the hidden size (`decoder_in_channels`) follows it;
- key/value heads keep dividing the attention heads, in the default ratio; a head dimension that is
  a field of its own shrinks to hidden / heads, and a rotary dimension (`rotary_dim`) keeps its
  share of the head; per-layer lists (`layer_types`) keep one entry per
  layer; rope and sliding-window fields keep their defaults (the sequence is shorter than any window),
  except a multimodal rotary embedding's sections (`mrope_section`: temporal, height and width
  shares of the rotated half of each head), which keep their proportions and cover the tiny head's
  rotated half; a configuration that names the sections but leaves `rope_scaling` None gets default
  rope with even sections (its model reads them unconditionally);
- a state-space mixer whose inner width (hidden * `expand`) is split into heads * head dimension
  at the defaults keeps that product (and its head groups dividing the heads); its state size
  shrinks to a small one;
- vision geometry keeps whole patches: the image becomes a few patches wide;
- a backbone keeps as many output stages as it had (the model reading it takes one feature map per
  stage): it keeps at least that many layers, and its last ones are the outputs;
- sub-configurations (`text_config`, `vision_config`, ...) are shrunk the same way, and a field of
  the outer configuration that holds a part's width (`reassemble_hidden_size`) follows that part,
  as does a part's field named after a sibling part (`hidden_size_global` of `global_config`);
- what the defaults leave unset but the model needs takes its usual value (a `head_dim` of None is
  hidden / heads, a `vocab_size` of None the tiny vocabulary, a forecasting model's
  `prediction_length` a few steps, `num_key_value_heads` of None the attention heads, mixture-of-
  experts counts of None a few routed experts, one shared expert and two experts per token);
- an image placeholder token left None by a configuration that says how many tokens stand for one
  image gets an id of its own (the model looks for the placeholders unchecked);
- a detector's object queries are a few (a tiny image has fewer feature positions than the
  default count, and a two-stage detector picks its queries among them);
- nothing is downloaded or needs a GPU: no pretrained backbone, no CUDA-only Mamba kernels, and
  transformers' own backbone instead of a timm one when timm is not installed.

`candidates()` yields configurations from the smallest to the closest to the defaults; right after
the plain tiny one comes the same with the options the defaults leave None spelled out as what None
means (default rope, no clipping, an empty mapping), for models that read them unchecked. The parity
check uses the first one the torch model builds and runs with, so a configuration the shrinking
cannot serve falls back to a larger one instead of failing in torch. Nothing here names a model.
The rules for multimodal rotary sections, state-space heads, expert counts and the spelled-out
options are in pyconv_tiny_config_fields.py.
"""
import copy
import importlib.util
import math

# the rules for fields the defaults leave unset or tie in ways no single field states
from pyconv_tiny_config_fields import (MOE_EXPERTS, MOE_TOP_K, NO_CLIPPING, QUERIES, SSM_STATE,  # noqa: F401
                                       _experts_left_unset, _image_token_left_unset, _inner_heads, _int_field,
                                       _object_queries, _real_name, _rope_sections, _sub_configs,
                                       _unset_options_spelled_out)

TINY = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=37, vocab_size=99)
PATCHES_PER_SIDE = 4
FORECAST = 4  # time steps a forecasting model predicts, when its defaults leave the horizon unset
# Bookkeeping fields of PretrainedConfig that are not sizes.
_NOT_SIZES = {"pad_token_id", "bos_token_id", "eos_token_id", "sep_token_id", "decoder_start_token_id",
              "num_labels", "max_length", "min_length", "num_beams", "num_beam_groups", "top_k",
              "no_repeat_ngram_size", "encoder_no_repeat_ngram_size", "num_return_sequences",
              "chunk_size_feed_forward", "max_position_embeddings", "type_vocab_size",
              "image_token_id", "image_token_index", "video_token_id", "video_token_index",
              "audio_token_id", "audio_token_index", "boi_token_id", "eoi_token_id"}


def _head_dim_default(config, fields):
    heads, hidden = fields.get("num_attention_heads"), fields.get("hidden_size")
    explicit = getattr(config, "head_dim", None)
    if _int_field(explicit):
        return explicit
    return hidden // heads if _int_field(hidden) and _int_field(heads) and heads else None


def _kv_heads(default_kv, default_heads, heads):
    """Key/value heads for `heads` attention heads in the default ratio, dividing `heads`."""
    if not (_int_field(default_kv) and _int_field(default_heads)) or default_kv >= default_heads or default_kv <= 0:
        return heads
    wanted = max(1, round(heads * default_kv / default_heads))
    return max(d for d in range(1, heads + 1) if heads % d == 0 and d <= wanted)


def shrunk_fields(config, shrink_images=True, shrink_depth=True, outer_ids=()):
    """{field: value} that turns the default `config` into a tiny one (sub-configurations as dicts).
    Without `shrink_depth` the layer count stays (stage lists, feature indices and per-layer patterns
    of some configurations are tied to it in ways no field states). `outer_ids`: the special token
    ids of the configurations this one is part of (a composite's image token is a text token)."""
    values = vars(config)
    defaults = {std: getattr(config, _real_name(config, std), None) for std in TINY}
    image_token = _image_token_left_unset(values, TINY["vocab_size"])
    token_ids = tuple(outer_ids) + _token_ids(values) + tuple(image_token.values())
    depth = _backbone_depth(values, defaults["num_hidden_layers"])
    sizes = dict(TINY, vocab_size=max([TINY["vocab_size"]] + [i + 1 for i in token_ids]), num_hidden_layers=depth)
    if not shrink_depth:
        del sizes["num_hidden_layers"]
    new = {}
    for std, size in sizes.items():
        name = _real_name(config, std)
        # a vocabulary the defaults leave unset (None: "give your tokenizer's") gets the tiny one
        if _int_field(values.get(name)) or (std == "vocab_size" and name in values and values[name] is None):
            new[name] = size
    heads = new.get(_real_name(config, "num_attention_heads"))
    head_dim = _head_dim_default(config, defaults)
    if heads:
        kv_name = _real_name(config, "num_key_value_heads")
        if _int_field(values.get(kv_name)):
            new[kv_name] = _kv_heads(values[kv_name], defaults["num_attention_heads"], heads)
        elif kv_name in values and values[kv_name] is None:
            new[kv_name] = heads  # None is multi-head attention (transformers' convention); some models divide by it
        # a head dimension left None by the defaults is the usual hidden / heads (some models read it as is)
        if _int_field(values.get("head_dim")) or ("head_dim" in values and values["head_dim"] is None):
            new["head_dim"] = TINY["hidden_size"] // heads
    # Fields the defaults tie to a standard size follow it (checked in this order: hidden first).
    tied = [(defaults["hidden_size"], TINY["hidden_size"]), (defaults["intermediate_size"], TINY["intermediate_size"]),
            (defaults["vocab_size"], sizes["vocab_size"]), (defaults["num_attention_heads"], TINY["num_attention_heads"])]
    layer_tie = [(defaults["num_hidden_layers"], depth)] if shrink_depth else []
    if head_dim and heads:
        tied.append((head_dim, TINY["hidden_size"] // heads))
    for name, value in values.items():
        if name in new or name in _NOT_SIZES or name.startswith("_") or not _int_field(value) or value <= 1:
            continue
        if "key_value" in name and heads:
            new[name] = new.get(_real_name(config, "num_key_value_heads"), heads)
            continue
        if "rotary" in name and "dim" in name and head_dim and heads and value < head_dim:
            # the rotated part of each head keeps its share of the head (an even number of channels)
            new[name] = max(2, 2 * round(value * (TINY["hidden_size"] // heads) / head_dim / 2))
            continue
        # a layer count ties only a field that says it counts layers (a head dimension may equal it),
        # the intermediate size only one that says it is one (a codebook or window may equal it), and
        # the head count never a dimension (a rotary head dimension may equal it)
        for default, size in tied + (layer_tie if "layer" in name else []):
            if default == defaults["intermediate_size"] != defaults["hidden_size"] and "intermediate" not in name:
                continue
            if default == defaults["num_attention_heads"] and size == TINY["num_attention_heads"] and "dim" in name:
                continue
            if _int_field(default) and value == default and default > 1:
                new[name] = size
                break
        else:
            new.update(_layers_in_proportion(name, value, defaults["num_hidden_layers"], depth if shrink_depth else None))
    new.update(_widths_per_level(values, new, defaults["hidden_size"]))
    layers, new_layers = defaults["num_hidden_layers"], depth
    for name, value in values.items():  # one entry per layer stays one entry per layer
        if (shrink_depth and isinstance(value, (list, tuple)) and _int_field(layers) and len(value) == layers
                and name not in new):
            new[name] = type(value)(value[:new_layers])
    new.update(_rope_sections(config, values, new))
    new.update(_inner_heads(values, new, _real_name(config, "hidden_size"), TINY["num_attention_heads"]))
    new.update(_experts_left_unset(values))
    new.update(_object_queries(values))
    new.update(image_token)
    if "prediction_length" in values and values["prediction_length"] is None:
        new["prediction_length"] = FORECAST  # a forecasting model without a horizon cannot be built
    if shrink_depth and _int_field(values.get(_real_name(config, "num_hidden_layers"))):
        new.update(_backbone_outputs(values, layers, depth))
    if shrink_images:
        new.update(_image_fields(values))
    parts = _sub_configs(config)
    for name, sub in parts.items():
        changes = shrunk_fields(sub, shrink_images, shrink_depth, token_ids)
        new[name] = _sub_config_fields(sub, changes)
        new.update(_widths_read_from(values, new, sub, changes))
    _widths_of_siblings(parts, new)
    return new


def _widths_of_siblings(parts, new):
    """A part's field that holds the width of a sibling part and says so by the sibling's name (the
    local encoder's `hidden_size_global` is the width of `global_config`) follows that sibling's
    tiny width, when it equals the sibling's width at the defaults. `new`: the parts' fields."""
    for sibling_name, sibling in parts.items():
        stem = sibling_name.removesuffix("_config")
        hidden = _real_name(sibling, "hidden_size")
        old, tiny = getattr(sibling, hidden, None), new.get(sibling_name, {}).get(hidden)
        if stem == sibling_name or not (_int_field(old) and _int_field(tiny)) or old <= 1:
            continue
        for name, part in parts.items():
            for field, value in vars(part).items():
                if name != sibling_name and "hidden" in field and stem in field.split("_") and value == old:
                    new[name][field] = tiny


def _layers_in_proportion(name, value, layers, depth):
    """A plain count of layers (`num_layers`, `n_layers`) that the layer count is a multiple of (two
    sublayers per layer: `num_hidden_layers` 56, `num_layers` 28) keeps that proportion at the tiny
    depth; the model builds that many layers, of every kind."""
    if depth is None or name not in ("num_layers", "n_layers") or not _int_field(layers) or layers <= value or layers % value:
        return {}
    return {name: max(1, depth * value // layers)}


def _widths_per_level(values, new, hidden):
    """A list of widths, one per level or stage, each the hidden size at the defaults (a decoder's
    `decoder_in_channels` reading the encoder's feature maps) takes the tiny hidden size in every
    entry; a list mixing other widths is a stage layout of its own and stays."""
    if not _int_field(hidden) or hidden <= 1:
        return {}
    return {name: type(value)([TINY["hidden_size"]] * len(value)) for name, value in values.items()
            if name not in new and not name.startswith("_") and isinstance(value, (list, tuple)) and value
            and all(_int_field(v) and v == hidden for v in value)
            and any(word in name for word in ("channels", "dim", "hidden", "size"))}


def _widths_read_from(values, new, sub, changes):
    """Fields of the outer configuration that hold the width of a part it contains (a neck's
    `reassemble_hidden_size` equal to its backbone's `hidden_size`) follow that part's new width."""
    hidden = _real_name(sub, "hidden_size")
    old, tiny = getattr(sub, hidden, None), changes.get(hidden)
    if not (_int_field(old) and _int_field(tiny)) or old <= 1:
        return {}
    return {name: tiny for name, value in values.items()
            if name not in new and not name.startswith("_") and "hidden" in name and _int_field(value) and value == old}


def _stages_follow_layers(values, layers):
    """A backbone configuration whose stages are its layers: stage_names is "stem" then one
    "stageN" per layer (ViT-style backbones; Swin-style ones count their stages as layers)."""
    stages = values.get("stage_names")
    return (_int_field(layers) and isinstance(stages, (list, tuple)) and len(stages) == layers + 1
            and isinstance(values.get("_out_features"), list) and isinstance(values.get("_out_indices"), (list, tuple)))


def _backbone_depth(values, layers):
    """The tiny layer count: 2, or as many as the backbone has output stages (the model that reads
    the backbone takes one feature map per output stage, so their number must stay)."""
    if not _stages_follow_layers(values, layers):
        return TINY["num_hidden_layers"]
    return min(layers, max(TINY["num_hidden_layers"], len(values["_out_features"])))


def _backbone_outputs(values, layers, depth):
    """The backbone's output stages at the new depth: as many as before, the last ones."""
    if not _stages_follow_layers(values, layers) or depth == layers:
        return {}
    count = len(values["_out_features"])
    indices = list(range(depth - count + 1, depth + 1))
    return {"out_indices": indices, "out_features": [f"stage{i}" for i in indices]}


def _token_ids(values):
    """The special token ids a configuration names: the tiny vocabulary must hold them (an
    embedding's padding index and the end-of-sequence token must stay inside it)."""
    return tuple(v for k, v in values.items() if (k.endswith("_token_id") or k.endswith("_token_index")) and _int_field(v))


def _sub_config_fields(sub, changes):
    """A sub-configuration as the dict its parent's __init__ takes: what differs from the base
    class's defaults (a configuration may reject the common fields as unknown) and the changes."""
    fields = sub.to_diff_dict()
    fields.update(changes)
    return fields


def _image_fields(values):
    """A few whole patches per side instead of the default image (patch size kept)."""
    patch = values.get("patch_size")
    image = values.get("image_size")
    if isinstance(patch, (list, tuple)) and patch:
        patch = patch[0]
    if not _int_field(patch) or patch <= 0:
        return {}
    side = patch * PATCHES_PER_SIDE
    if _int_field(image) and image > side:
        return {"image_size": side}
    if isinstance(image, (list, tuple)) and len(image) == 2 and all(_int_field(v) and v > side for v in image):
        return {"image_size": type(image)([side, side])}
    return {}


def _build(config_class, fields):
    config = config_class(**fields)
    config._attn_implementation = "eager"
    for sub in _sub_configs(config).values():
        sub._attn_implementation = "eager"
    if getattr(config, "pad_token_id", None) is None:
        config.pad_token_id = 0  # the sequence-classification heads look for the last non-padding token
    return config


def candidates(config_class):
    """(label, configuration) from the smallest to the default one; a configuration whose own
    __init__ rejects the fields is skipped (its error is yielded as the label's configuration)."""
    try:
        contained = _self_contained(config_class())
        default = config_class(**contained)
    except Exception as error:  # noqa: BLE001 - a configuration without usable defaults
        yield "defaults", error
        return
    attempts = [("tiny", lambda: shrunk_fields(default)),
                ("tiny, unset options spelled out", lambda: _unset_options_spelled_out(default, shrunk_fields(default))),
                ("tiny widths, default depth", lambda: shrunk_fields(default, shrink_depth=False)),
                ("tiny, default image geometry", lambda: shrunk_fields(default, shrink_images=False)),
                ("default sizes, 2 layers", lambda: _layers_only(default))]
    seen = []
    for label, fields in attempts:
        try:
            chosen = dict(contained, **fields())
        except Exception as error:  # noqa: BLE001 - a configuration may reject anything; say what
            yield label, error
            continue
        if chosen in seen:
            continue
        seen.append(copy.deepcopy(chosen))
        try:
            yield label, _build(config_class, chosen)
        except Exception as error:  # noqa: BLE001
            yield label, error


def _self_contained(default):
    """Fields that take from the defaults what the tests cannot have: pretrained backbone weights
    (nothing is downloaded), CUDA-only kernels (`use_mamba_kernels`: the tests run on the CPU,
    where the model's own PyTorch path computes the same) and, when timm is not installed, a timm
    backbone (the configuration's own default transformers backbone stands in; either is built
    from random weights)."""
    fields = {}
    if getattr(default, "use_mamba_kernels", False) is True:
        fields["use_mamba_kernels"] = False
    if getattr(default, "use_pretrained_backbone", False) is True:
        fields["use_pretrained_backbone"] = False
    if getattr(default, "use_timm_backbone", False) is True and importlib.util.find_spec("timm") is None:
        fields.update(use_timm_backbone=False, backbone=None, backbone_kwargs=None)
    return fields


def _layers_only(config):
    """The defaults with only the layer count (and its tied fields and per-layer lists) shrunk."""
    values = vars(config)
    layers = getattr(config, "num_hidden_layers", None)
    new = {}
    if _int_field(layers) and layers > TINY["num_hidden_layers"]:
        for name, value in values.items():
            if name.startswith("_") or name in _NOT_SIZES:
                continue
            if _int_field(value) and value == layers and "layer" in name:
                new[name] = TINY["num_hidden_layers"]
            elif isinstance(value, (list, tuple)) and len(value) == layers:
                new[name] = type(value)(value[:TINY["num_hidden_layers"]])
    for name, sub in _sub_configs(config).items():
        new[name] = _sub_config_fields(sub, _layers_only(sub))
    return new


def describe(config):
    """One short line: the sizes a reader needs to judge the configuration."""
    parts = []
    for std in ("hidden_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads", "head_dim",
                "intermediate_size", "vocab_size", "image_size", "patch_size"):
        value = getattr(config, std, None)
        if value is not None and not math.isnan(value if isinstance(value, float) else 0):
            parts.append(f"{std}={value}")
    return " ".join(parts)
