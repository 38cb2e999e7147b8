"""Inputs built from what a forward's docstring says about them, for the parity tests.

transformers documents every forward argument as `name (`torch.LongTensor` of shape `(batch_size,
sequence_length)`)`. The naming convention (pyconv_parity_inputs.py) covers the usual inputs; an
input outside it that the forward requires (a prompt mask, a padding indicator, visual features)
is built here from its documented tensor type and axes, and so are, in the last attempt of the torch
reference, a usual input whose documented shape differs from the conventional one (token ids with
the codebooks folded into the batch) and an input the docstring does not call optional although the
signature defaults it to None. Axes are read by name: `batch_size`, sequence lengths,
image sides and channels, products (`batch_size * num_codebooks`), and the configuration's own
fields (`visual_feat_dim`; a sequence length the configuration fixes for that input by its name,
`task_seq_len` for `task_inputs`); an axis that names none of these is not guessed, except a count of
items (`num_visual_features`), which any small number serves. An axis name used by an input already
built keeps that input's size, so inputs that must agree (a history and its padding) do. Nothing
here names a model.
"""
import collections
import functools
import re

import numpy as np

from pyconv_tiny_config_fields import _int_field, _sub_configs

ITEMS = 5  # a count of items the configuration does not fix (visual regions, keypoints)
_SEQUENCE_AXES = ("sequence_length", "seq_len", "target_sequence_length", "encoder_sequence_length", "text_length")
_FEATURE_AXES = ("feature_dim", "feature_size", "num_features")
# the per-frame width of audio features: what a feature projection reads first, when it says
_FEATURE_FIELDS = ("feature_projection_input_dim", "num_mel_bins", "feature_size", "input_feat_per_channel")
# The conventional sizes an axis may take: batch, sequence, audio frames, image side, image channels.
Sizes = collections.namedtuple("Sizes", "batch sequence frames side channels")


@functools.lru_cache(maxsize=None)  # read once per class and input; the result is shared, not to be changed
def documented(model_class, name):
    """(tensor type, [axes]) the forward's docstring gives `name`, or None: `torch.LongTensor` of
    shape `(batch_size * num_codebooks, sequence_length)` -> ("LongTensor", ["batch_size *
    num_codebooks", "sequence_length"]). Of alternatives ("`(a, b)` or `(c)`") the first."""
    doc = model_class.forward.__doc__ or ""
    found = re.search(rf"\b{re.escape(name)} \(`([^`]*)`[^`]*?of shape `\(([^`)]*)\)", doc)
    if not found:
        return None
    axes = [axis.strip() for axis in found.group(2).split(",")]
    return found.group(1).rpartition(".")[2], [axis for axis in axes if axis]


def documented_as_required(model_class, names):
    """Those of `names` whose docstring entry gives a shape and does not say *optional* (a forward may
    default an input to None and still raise without it)."""
    return {name for name in names if _documented_not_optional(model_class, name)}


@functools.lru_cache(maxsize=None)
def _documented_not_optional(model_class, name):
    """Whether the docstring gives `name` a shape without calling it optional. (Its own reading of
    the entry: some docstrings leave a shape's backtick open, and this one reads to the closing
    one, as `documented` does not.)"""
    found = re.search(rf"\b{re.escape(name)} \((`[^`]*`[^`]*?of shape `[^`]*`[^\n]*)", model_class.forward.__doc__ or "")
    return bool(found) and "optional" not in found.group(1)


def bind_axes(model_class, inputs):
    """axis name -> size, from the inputs already built whose documented rank matches their shape."""
    bound = {}
    for name, value in inputs.items():
        found = documented(model_class, name)
        if found is None or not hasattr(value, "shape") or len(found[1]) != value.ndim:
            continue
        for axis, size in zip(found[1], value.shape):
            if re.fullmatch(r"\w+", axis):
                bound.setdefault(axis, int(size))
    return bound


def _config_field(config, field):
    """An integer field of the configuration or of one of its parts (text, vision, audio)."""
    for part in [config, *_sub_configs(config).values()]:
        value = getattr(part, field, None)
        if _int_field(value) and value > 0:
            return value
    return None


def axis_size(axis, name, bound, config, sizes, factor=False):
    """The size of one documented axis of input `name`, or None when the docstring's name for it
    says nothing this can resolve (a count of items is a guess only standing alone, never as a
    factor of a product, where it would decide how the other factor is read)."""
    axis = axis.strip().removeprefix("config.")
    if re.fullmatch(r"\d+", axis):
        return int(axis)
    factors = re.split(r"\s*[*x×]\s*", axis)
    if len(factors) > 1:
        found = [axis_size(f, name, bound, config, sizes, True) for f in factors]
        return None if None in found else int(np.prod(found))
    if axis in bound:
        return bound[axis]
    audio = name.startswith("input_features") or name.startswith("input_values")
    if axis == "batch_size":
        return sizes.batch
    if axis in _SEQUENCE_AXES:
        # a configuration may fix the length of one input by its name (`task_inputs`: `task_seq_len`)
        prefix = name.split("_")[0]
        own = _config_field(config, f"{prefix}_seq_len") or _config_field(config, f"{prefix}_sequence_length")
        return own or (sizes.frames if audio else sizes.sequence)
    if axis in ("height", "width", "image_size"):
        return sizes.side
    if axis == "num_channels":
        return sizes.channels
    if axis in _FEATURE_AXES:
        width = next(filter(None, (_config_field(config, f) for f in _FEATURE_FIELDS)), None)
        if width:
            return width
    field = _config_field(config, axis)
    if field:
        return field
    if axis.startswith("num_") and not factor:
        return ITEMS
    return None


def values_for(rng, name, tensor_type, shape, token_ids):
    """Values an input of this name and documented type can hold whatever the model: token ids
    from the vocabulary (`token_ids(shape)`), masks all ones (everything attended, observed),
    padding indicators all zeros (nothing padded), other integer tensors zeros (an index every table
    holds), booleans False, floats standard normal."""
    if name.endswith("input_ids"):
        return token_ids(shape)
    if "mask" in name:
        return np.ones(shape, dtype=bool if tensor_type == "BoolTensor" else
                       np.float32 if tensor_type == "FloatTensor" else np.int64)
    if "padding" in name:
        return np.zeros(shape, dtype=np.float32 if tensor_type == "FloatTensor" else np.int64)
    if tensor_type in ("LongTensor", "IntTensor"):
        return np.zeros(shape, dtype=np.int64)
    if tensor_type == "BoolTensor":
        return np.zeros(shape, dtype=bool)
    return rng.standard_normal(shape).astype(np.float32)


def build(rng, model_class, name, inputs, config, sizes, token_ids):
    """The input `name` as documented, or None when its type or an axis cannot be read. `sizes`: the
    conventional ones (Sizes)."""
    found = documented(model_class, name)
    if found is None:
        return None
    tensor_type, axes = found
    bound = bind_axes(model_class, {k: v for k, v in inputs.items() if k != name})
    shape = [axis_size(axis, name, bound, config, sizes) for axis in axes]
    if not shape or None in shape:
        return None
    return values_for(rng, name, tensor_type, tuple(shape), token_ids)
