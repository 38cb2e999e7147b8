"""Inputs for a parity test, read from the forward signature of the model class and its configuration.

transformers names a forward's inputs by what they hold, across every model family: `input_ids`
(token ids), `pixel_values` (images, channels first; image pairs for a `*ForKeypointMatching`
head), `input_values` (raw audio), `input_features` (audio features), `decoder_input_ids`
(encoder-decoder models). The inputs are built from those names and from the configuration's
sizes (raw audio gets the axes the forward's docstring gives it; inputs outside the convention
are built as documented, pyconv_documented_inputs.py); labels from the head's class-name suffix.
Everything is NumPy, so the torch model and the MindSpore model get the same values. Nothing here
names a model.
"""
import inspect
import re

import numpy as np

import pyconv_documented_inputs
from pyconv_tiny_config_fields import image_placeholders

BATCH, SEQ, CHOICES, SEED = 13, 7, 2, 42
AUDIO_SAMPLES = 8000  # raw audio: half a second at 16 kHz, ~25 frames after a conv stem of stride 320
FEATURE_FRAMES = 64
IGNORE_INDEX = -100  # the label transformers' losses skip
_HEADS = [("ForSequenceClassification", "sequence"), ("ForMultipleChoice", "choice"),
          ("ForTokenClassification", "token"), ("ForQuestionAnswering", "span"),
          ("ForNextSentencePrediction", "sequence"), ("ForImageClassification", "sequence"),
          ("ForAudioClassification", "sequence"), ("ForCausalLM", "lm"), ("LMHeadModel", "lm"),
          ("ForMaskedLM", "lm"), ("ForPreTraining", "pretraining"), ("ForKeypointMatching", "matching")]


def head_kind(class_name):
    """What a head predicts, from the transformers naming convention of its class."""
    for suffix, kind in _HEADS:
        if class_name.endswith(suffix):
            return kind
    return "base"


def _text_config(config):
    getter = getattr(config, "get_text_config", None)
    return getter() if getter else config


def _vision_config(config):
    """Where the image geometry is: the vision tower's configuration, the backbone's, or the model's own."""
    vision = getattr(config, "vision_config", None)
    if vision is not None:
        return vision
    # a backbone's own image size counts when it is cut in patches (the tiny configuration then
    # shrank it to a few patches; a backbone that needs its full default size is not used that way)
    backbone = getattr(config, "backbone_config", None)
    has_geometry = getattr(backbone, "image_size", None) is not None and getattr(backbone, "patch_size", None)
    return backbone if has_geometry else config


def _forward_inputs(model_class):
    return [n for n in inspect.signature(model_class.forward).parameters if n != "self"]


def _required(parameters):
    return {n for n, p in parameters.items()
            if n != "self" and p.default is p.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}


def _side(value, fallback):
    if isinstance(value, (list, tuple)) and value:
        return tuple(value[:2]) if len(value) >= 2 else (value[0], value[0])
    return (value, value) if isinstance(value, int) and value > 0 else (fallback, fallback)


def _token_inputs(rng, shape, config):
    text = _text_config(config)
    vocab = getattr(text, "vocab_size", None) or 99
    pad = getattr(config, "pad_token_id", None)
    pad = 0 if pad is None or pad >= vocab else pad
    eos = getattr(config, "eos_token_id", None)
    ids = rng.integers(0, vocab, size=shape, dtype=np.int64)
    placeholder = image_placeholders(config)
    if placeholder is not None:  # the text holds no image placeholder but those put there on purpose
        ids[ids == placeholder[0]] = min({0, 1, 2} - {pad, placeholder[0]})
    ids[ids == pad] = (pad + 1) % vocab
    if isinstance(eos, int) and eos != pad and eos < vocab:
        ids[ids == eos] = (eos + 1) % vocab if (eos + 1) % vocab != pad else (eos + 2) % vocab
    lengths = rng.integers(2, shape[-1] + 1, size=shape[:-1])
    mask = (np.arange(shape[-1]) < lengths[..., None]).astype(np.int64)
    ids = np.where(mask == 1, ids, pad)
    if isinstance(eos, int) and eos != pad and eos < vocab and getattr(config, "is_encoder_decoder", False):
        # encoder-decoder classification heads pool the one end-of-sequence token every row must have
        np.put_along_axis(ids, lengths[..., None] - 1, eos, axis=-1)
    return ids, mask


def make_inputs(model_class, config, every_modality=False, as_documented=False):
    """NumPy inputs for the forward of `model_class`: token ids with a right-padded attention mask
    (no row fully masked), or images, or audio, by the forward's parameter names; the labels its
    head's loss takes. With `every_modality`, an image goes beside the token ids and layout boxes
    beside them too, for the models that need text and image (or text and layout) at once. A
    required input outside the naming convention is built as the forward documents it; with
    `as_documented`, so is every input whose documented shape differs from the conventional one
    (same rank: a generic docstring of a video or audio input says less than the convention)."""
    rng = np.random.default_rng(SEED)
    kind = head_kind(model_class.__name__)
    parameters = inspect.signature(model_class.forward).parameters
    required = _required(parameters)
    inputs = {}
    shape = (BATCH, CHOICES, SEQ) if kind == "choice" else (BATCH, SEQ)
    mask = None
    if "input_ids" in parameters:
        ids, mask = _token_inputs(rng, shape, config)
        inputs["input_ids"] = ids
        if "attention_mask" in parameters:
            inputs["attention_mask"] = mask
    if "pixel_values" in parameters and ("input_ids" not in parameters or "pixel_values" in required or every_modality):
        inputs["pixel_values"] = _images(rng, config, pairs=kind == "matching")
    if "pixel_values" in inputs and "input_ids" in inputs:
        _image_placeholders_first(inputs, config)
    # other required inputs named by the same convention: `qformer_input_ids`, `prompt_pixel_values`
    for name in sorted(required - set(inputs)):
        if name.endswith("_input_ids"):
            inputs[name], _ = _token_inputs(rng, shape, config)
        elif name.startswith("pixel_values_video"):
            inputs[name] = _images(rng, config, video=True)
        elif name.endswith("pixel_values"):
            inputs[name] = _images(rng, config)
    if "input_values" in parameters and not inputs:
        inputs["input_values"] = _raw_audio(rng, model_class, config)
    if "input_features" in parameters and not inputs:
        inputs["input_features"] = _audio_features(rng, config)
    if "past_values" in required and not inputs:
        inputs.update(_series_inputs(rng, model_class, config, parameters))
    if every_modality and "bbox" in parameters and "input_ids" in inputs:
        inputs["bbox"] = _boxes(rng, shape)
    # an encoder-decoder's decoder needs its own ids whatever the encoder reads (text, audio, images)
    if "decoder_input_ids" in parameters and inputs and kind != "lm":
        inputs["decoder_input_ids"], _ = _token_inputs(rng, (BATCH, SEQ), config)
    _documented_inputs(rng, model_class, config, inputs, required, as_documented)
    if "use_cache" in parameters:
        inputs["use_cache"] = False
    inputs.update(_labels(rng, kind, parameters, config, shape, inputs, mask))
    return inputs


def _image_placeholders_first(inputs, config):
    """A model that puts each image's features in place of placeholder tokens reads as many of them
    as its configuration says stand for one image: they lead every row (the processor's layout),
    attended, before the text."""
    found = image_placeholders(config)
    ids = inputs["input_ids"]
    if found is None or ids.ndim != 2:
        return
    token, count = found
    inputs["input_ids"] = np.concatenate([np.full((ids.shape[0], count), token, dtype=ids.dtype), ids], axis=1)
    if "attention_mask" in inputs:
        mask = inputs["attention_mask"]
        inputs["attention_mask"] = np.concatenate([np.ones((ids.shape[0], count), dtype=mask.dtype), mask], axis=1)


def without_token_embedding(model, config, inputs):
    """`inputs` for a model built without a token embedding of its own (a stack that shares its
    parent's, passed at construction; its `get_input_embeddings()` is None): the token ids become
    the `inputs_embeds` the forward takes instead, (batch, sequence, hidden) as documented."""
    parameters = inspect.signature(type(model).forward).parameters
    if "input_ids" not in inputs or "inputs_embeds" not in parameters:
        return inputs
    try:
        if model.get_input_embeddings() is not None:
            return inputs
    except (AttributeError, NotImplementedError):
        return inputs
    hidden = getattr(config, "hidden_size", None)
    if not isinstance(hidden, int):
        return inputs
    rng = np.random.default_rng(SEED)
    embeds = rng.standard_normal(inputs["input_ids"].shape + (hidden,)).astype(np.float32)
    return dict({k: v for k, v in inputs.items() if k != "input_ids"}, inputs_embeds=embeds)


def _documented_inputs(rng, model_class, config, inputs, required, as_documented):
    vision = _vision_config(config)
    side = _side(getattr(vision, "image_size", None), 32)[0]
    sizes = pyconv_documented_inputs.Sizes(BATCH, SEQ, FEATURE_FRAMES, side, getattr(vision, "num_channels", None) or 3)

    def build(name):
        return pyconv_documented_inputs.build(rng, model_class, name, inputs, config, sizes,
                                              lambda shape: _token_inputs(rng, shape, config)[0])
    if as_documented:
        required = required | pyconv_documented_inputs.documented_as_required(model_class, _forward_inputs(model_class))
    for name in sorted(required - set(inputs)):
        built = build(name)
        if built is not None:
            inputs[name] = built
    if as_documented:
        for name, value in list(inputs.items()):
            built = build(name)
            if built is not None and hasattr(value, "shape") and built.ndim == value.ndim and built.shape != value.shape:
                inputs[name] = built


def _images(rng, config, video=False, pairs=False):
    """(batch, channels, height, width) at the vision configuration's image size; a video model
    (its configuration counts `num_frames`) reads (batch, frames, channels, height, width), and a
    keypoint matcher pairs of images (batch, 2, channels, height, width)."""
    vision = _vision_config(config)
    height, width = _side(getattr(vision, "image_size", None), 32)
    channels = getattr(vision, "num_channels", None) or 3
    if pairs:
        return rng.standard_normal((BATCH, 2, channels, height, width)).astype(np.float32)
    frames = getattr(vision, "num_frames", None)
    if video or (isinstance(frames, int) and not isinstance(frames, bool) and frames > 0):
        frames = frames if isinstance(frames, int) and frames > 0 else 2
        return rng.standard_normal((BATCH, frames, channels, height, width)).astype(np.float32)
    return rng.standard_normal((BATCH, channels, height, width)).astype(np.float32)


def _raw_audio(rng, model_class, config):
    """Raw audio (batch, samples), unless the forward's docstring gives `input_values` other axes:
    a channels axis (audio codecs: the configuration's `audio_channels`, 1 when it does not say or
    the docstring writes 1), or axes named by fields of the configuration (a spectrogram's
    `max_length` frames of `num_mel_bins`)."""
    axes = (pyconv_documented_inputs.documented(model_class, "input_values") or (None, []))[1]
    shape = []
    for axis in axes[1:]:
        if axis.isdigit():
            shape.append(int(axis))
        elif axis == "channels":
            shape.append(getattr(config, "audio_channels", None) or 1)
        elif axis in ("sequence_length", "num_samples", "time_steps"):
            shape.append(AUDIO_SAMPLES)
        elif isinstance(getattr(config, axis, None), int) and getattr(config, axis) > 0:
            shape.append(getattr(config, axis))
        else:
            return rng.standard_normal((BATCH, AUDIO_SAMPLES)).astype(np.float32)
    return rng.standard_normal((BATCH, *(shape or [AUDIO_SAMPLES]))).astype(np.float32)


def _series_inputs(rng, model_class, config, parameters):
    """A forecasting model's history, as transformers' time-series models name it: `past_values`
    over the context plus the longest lag (batch, time) for one variable (`input_size` 1, or a
    forward that documents no variables axis), else (batch, time, variables); `past_time_features` (batch, time, num_time_features) and an
    all-observed `past_observed_mask` when the forward takes them."""
    lags = getattr(config, "lags_sequence", None) or [0]
    context = getattr(config, "context_length", None) or getattr(config, "prediction_length", None) or SEQ
    length = context + max(lags)
    variables = getattr(config, "input_size", None)
    documented = pyconv_documented_inputs.documented(model_class, "past_values")
    if variables == 1 or (variables is None and documented is not None and len(documented[1]) == 2):
        shape = (BATCH, length)
    else:
        shape = (BATCH, length, variables or getattr(config, "num_input_channels", None) or 1)
    inputs = {"past_values": rng.standard_normal(shape).astype(np.float32)}
    if "past_time_features" in parameters:
        features = getattr(config, "num_time_features", None) or 0
        inputs["past_time_features"] = rng.standard_normal((BATCH, length, features)).astype(np.float32)
    if "past_observed_mask" in parameters:
        inputs["past_observed_mask"] = np.ones(shape, dtype=np.float32)
    return inputs


def _boxes(rng, shape):
    """One layout box per token, (x0, y0, x1, y1) with x0 <= x1 and y0 <= y1 on a 0..1000 page."""
    corners = rng.integers(0, 1000, size=shape + (2, 2), dtype=np.int64)
    low, high = corners.min(axis=-2), corners.max(axis=-2)
    return np.concatenate([low, high], axis=-1)


def _audio_features(rng, config):
    """(batch, mel bins, frames) when the configuration counts mel bins (the length its encoder's
    positions expect, when it says), else (batch, frames, features per frame)."""
    mel = getattr(config, "num_mel_bins", None)
    if isinstance(mel, int):
        positions = getattr(config, "max_source_positions", None)
        frames = 2 * positions if isinstance(positions, int) else FEATURE_FRAMES
        return rng.standard_normal((BATCH, mel, frames)).astype(np.float32)
    per_channel = getattr(config, "input_feat_per_channel", None) or getattr(config, "feature_size", None) or 80
    channels = getattr(config, "input_channels", None) or 1
    return rng.standard_normal((BATCH, FEATURE_FRAMES, per_channel * channels)).astype(np.float32)


def _labels(rng, kind, parameters, config, shape, inputs, mask):
    labels = {}
    ids = inputs.get("input_ids")
    if kind == "lm" and "labels" in parameters and ids is not None:
        labels["labels"] = np.where(mask == 1, ids, IGNORE_INDEX)
    elif kind == "token" and "labels" in parameters and ids is not None:
        labels["labels"] = np.where(mask == 1, rng.integers(0, config.num_labels, size=shape), IGNORE_INDEX)
    elif kind in ("sequence", "choice") and "labels" in parameters:
        classes = CHOICES if kind == "choice" else config.num_labels
        labels["labels"] = rng.integers(0, classes, size=(BATCH,), dtype=np.int64)
    elif kind == "span" and "start_positions" in parameters:
        labels["start_positions"] = rng.integers(0, SEQ, size=(BATCH,), dtype=np.int64)
        labels["end_positions"] = rng.integers(0, SEQ, size=(BATCH,), dtype=np.int64)
    elif kind == "pretraining" and "labels" in parameters and ids is not None:
        labels["labels"] = np.where(mask == 1, ids, IGNORE_INDEX)
        if "next_sentence_label" in parameters:
            labels["next_sentence_label"] = rng.integers(0, 2, size=(BATCH,), dtype=np.int64)
    return labels
