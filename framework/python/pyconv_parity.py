"""Parity between a converted MindSpore model file and the torch file it came from (RULES.md section 7).

`pyconv-tidy --emit-tests DIR` writes this module next to the tests it generates; each generated
test names a converted file, the torch module it came from, the configuration class and one model
class, and calls `check()`. Nothing here knows a model: classes, configuration and inputs come from
the generated test and from the classes' own signatures.

The method: a tiny configuration through the configuration's standard names, seed 42; the torch
model and the converted model built from the same configuration; every torch state_dict tensor
copied into the MindSpore parameter or buffer of the same name, strictly (see `copy_weights` for the
two stated exceptions); the same NumPy inputs, with a right-padded attention mask and, for heads
with a loss, labels; every tensor output compared. Pass = relative error < 5e-4 and max-abs error
< 1e-4 in fp32 and the same argmax of every logits output.

Environment:
  PYCONV_PARITY_STANDINS=0  do not install the CPU stand-ins (pyconv_cpu_standins.py). They are
                            installed by default on CPU, where many mint operations have no kernel
                            in MindSpore 2.7.1; every result says whether they were used.
"""
import importlib
import importlib.util
import inspect
import os
import pathlib
import sys
import types

import numpy as np

TINY = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=37, vocab_size=99)
BATCH, SEQ, CHOICES, SEED = 13, 7, 2, 42
REL_BAR, ABS_BAR = 5e-4, 1e-4
IGNORE_INDEX = -100  # the label transformers' losses skip


class ParityError(AssertionError):
    """A parity failure; the message is one paragraph a person can act on."""


def _setup_mindspore():
    import mindspore as ms
    ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
    # A failing kernel then raises at the line that called it, not at a later asnumpy().
    ms.runtime.launch_blocking()
    if os.environ.get("PYCONV_PARITY_STANDINS", "1") != "0":
        sys.path.insert(0, str(pathlib.Path(__file__).parent))
        import pyconv_cpu_standins
        pyconv_cpu_standins.install()
        return pyconv_cpu_standins.HITS
    return None


def load_converted(test_file, relative_path):
    """Imports the converted file as a module of a package made for its folder, so that its
    relative imports of siblings (e.g. a quantisation module) resolve; absolute imports go to
    the installed mindone and transformers. Nothing is written anywhere."""
    sys.dont_write_bytecode = True  # no __pycache__ in the converted tree
    path = (pathlib.Path(test_file).parent / relative_path).resolve()
    if not path.is_file():
        raise ParityError(f"converted file {path} does not exist")
    package = "pyconv_converted_" + "".join(c if c.isalnum() else "_" for c in str(path.parent))
    if package not in sys.modules:
        module = types.ModuleType(package)
        module.__path__ = [str(path.parent)]
        sys.modules[package] = module
    return importlib.import_module(f"{package}.{path.stem}")


def tiny_config(config_class, torch_model_class):
    """The configuration with TINY set through its standard names (attribute_map translates them
    for configurations with their own spelling), eager attention, and a padding token (the
    sequence-classification heads look for the last non-padding token)."""
    config = config_class(**TINY)
    config._attn_implementation = "eager"
    if getattr(config, "pad_token_id", None) is None:
        config.pad_token_id = 0
    return config


def head_kind(class_name):
    """What a head predicts, from the transformers naming convention of its class."""
    for suffix, kind in [("ForSequenceClassification", "sequence"), ("ForMultipleChoice", "choice"),
                         ("ForTokenClassification", "token"), ("ForQuestionAnswering", "span"),
                         ("ForNextSentencePrediction", "sequence"), ("ForCausalLM", "lm"),
                         ("LMHeadModel", "lm"), ("ForMaskedLM", "lm"), ("ForPreTraining", "pretraining")]:
        if class_name.endswith(suffix):
            return kind
    return "base"


def make_inputs(model_class, config):
    """NumPy inputs for the forward of `model_class`: ids avoiding the padding token, a right-padded
    attention mask (no row fully masked), and the labels its head's loss takes."""
    rng = np.random.default_rng(SEED)
    kind = head_kind(model_class.__name__)
    shape = (BATCH, CHOICES, SEQ) if kind == "choice" else (BATCH, SEQ)
    pad = config.pad_token_id
    ids = rng.integers(0, config.vocab_size, size=shape, dtype=np.int64)
    ids[ids == pad] = (pad + 1) % config.vocab_size
    lengths = rng.integers(2, SEQ + 1, size=shape[:-1])
    mask = (np.arange(SEQ) < lengths[..., None]).astype(np.int64)
    ids = np.where(mask == 1, ids, pad)
    inputs = {"input_ids": ids, "attention_mask": mask}
    accepted = inspect.signature(model_class.forward).parameters
    if "use_cache" in accepted:
        inputs["use_cache"] = False
    if kind == "lm" and "labels" in accepted:
        inputs["labels"] = np.where(mask == 1, ids, IGNORE_INDEX)
    elif kind == "token" and "labels" in accepted:
        inputs["labels"] = np.where(mask == 1, rng.integers(0, config.num_labels, size=shape), IGNORE_INDEX)
    elif kind in ("sequence", "choice") and "labels" in accepted:
        classes = CHOICES if kind == "choice" else config.num_labels
        inputs["labels"] = rng.integers(0, classes, size=(BATCH,), dtype=np.int64)
    elif kind == "span" and "start_positions" in accepted:
        inputs["start_positions"] = rng.integers(0, SEQ, size=(BATCH,), dtype=np.int64)
        inputs["end_positions"] = rng.integers(0, SEQ, size=(BATCH,), dtype=np.int64)
    elif kind == "pretraining" and "labels" in accepted:
        inputs["labels"] = np.where(mask == 1, ids, IGNORE_INDEX)
        if "next_sentence_label" in accepted:
            inputs["next_sentence_label"] = rng.integers(0, 2, size=(BATCH,), dtype=np.int64)
    return inputs


def _is_tied_key(model, key):
    """Whether `key` is named by the model's `_tied_weights_keys`, whose entries transformers
    matches as the end of a key ("predictions.decoder.bias" names "cls.predictions.decoder.bias")."""
    tied = getattr(model, "_tied_weights_keys", None) or []
    return any(key == t or key.endswith("." + t) for t in (tied.keys() if isinstance(tied, dict) else tied))


def copy_weights(pt_model, ms_model):
    """Copies each torch state_dict tensor into the MindSpore parameter or persistent buffer of the
    same name. Two stated exceptions, nothing else: (1) tied weights: a key in the torch model's
    `_tied_weights_keys` may be absent on the MindSpore side when in torch it shares its storage
    with a key that is present (MindSpore lists a shared Parameter once, under one name);
    (2) non-persistent buffers are in neither state dict (both models compute them from the
    configuration), so a MindSpore non-persistent buffer is not compared. Returns the problems;
    empty means every key matched."""
    import mindspore as ms
    state = pt_model.state_dict()
    targets = dict(ms_model.parameters_and_names())
    for name, buffer in ms_model.named_buffers():
        owner_name, _, leaf = name.rpartition(".")
        owner = ms_model.get_sub_cell(owner_name) if owner_name else ms_model
        if leaf not in getattr(owner, "_non_persistent_buffers_set", set()):
            targets.setdefault(name, buffer)
    storage = {}  # data pointer -> keys present on both sides
    for key in set(state) & set(targets):
        storage.setdefault(state[key].data_ptr(), []).append(key)
    problems = []
    for key in sorted(set(state) - set(targets)):
        if _is_tied_key(pt_model, key) and storage.get(state[key].data_ptr()):
            continue
        problems.append(f"torch key {key} has no MindSpore parameter")
    for key in sorted(set(targets) - set(state)):
        problems.append(f"MindSpore parameter {key} has no torch key")
    for key in sorted(set(state) & set(targets)):
        value = state[key].detach().cpu().numpy()
        target = targets[key]
        if tuple(target.shape) != value.shape:
            problems.append(f"{key}: torch shape {value.shape}, MindSpore {tuple(target.shape)}")
        elif isinstance(target, ms.Parameter):
            target.set_data(ms.tensor(value, dtype=target.dtype))
        else:
            target.assign_value(ms.tensor(value, dtype=target.dtype))
    return problems


def _tensor_fields(output):
    """name -> tensor for the top-level tensors of a model output (ModelOutput or tuple)."""
    if hasattr(output, "keys"):
        items = [(k, output[k]) for k in output.keys()]
    else:
        items = [(str(i), v) for i, v in enumerate(output)]
    return {k: v for k, v in items if hasattr(v, "shape") and hasattr(v, "dtype")}


def compare(pt_fields, ms_fields):
    """(lines, failed) comparing every torch tensor output with the MindSpore one of the same name."""
    lines, failed = [], False
    for name, pt_value in pt_fields.items():
        if name not in ms_fields:
            lines.append(f"{name}: missing from the MindSpore output")
            failed = True
            continue
        a = pt_value.detach().float().numpy().astype(np.float64)
        b = ms_fields[name].float().asnumpy().astype(np.float64)
        if a.shape != b.shape:
            lines.append(f"{name}: torch shape {a.shape}, MindSpore {b.shape}")
            failed = True
            continue
        norm = np.linalg.norm(a)
        rel = np.linalg.norm(a - b) / norm if norm else np.linalg.norm(a - b)
        max_abs = float(np.abs(a - b).max()) if a.size else 0.0
        ok = rel < REL_BAR and max_abs < ABS_BAR
        line = f"{name} {a.shape}: rel={rel:.3e} max_abs={max_abs:.3e}"
        if name.endswith("logits") and a.ndim:
            same = bool((a.argmax(-1) == b.argmax(-1)).all())
            line += f" argmax {'equal' if same else 'DIFFERS'}"
            ok = ok and same
        lines.append(line + ("" if ok else "  FAIL"))
        failed = failed or not ok
    return lines, failed


def check(test_file, converted_path, torch_module, config_name, class_name):
    """The whole parity check for one model class; raises ParityError with the evidence."""
    hits = _setup_mindspore()
    import mindspore as ms
    import torch

    pt_module = importlib.import_module(torch_module)
    ms_module = load_converted(test_file, converted_path)
    config_class = getattr(pt_module, config_name, None)
    if config_class is None:
        import transformers
        config_class = getattr(transformers, config_name)
    pt_class = getattr(pt_module, class_name)
    ms_class = getattr(ms_module, class_name, None)
    if ms_class is None:
        raise ParityError(f"{class_name} is not defined by the converted file")

    config = tiny_config(config_class, pt_class)
    torch.manual_seed(SEED)
    pt_model = pt_class(config).eval()
    ms_model = ms_class(config)
    ms_model.set_train(False)
    problems = copy_weights(pt_model, ms_model)
    if problems:
        raise ParityError(f"{class_name}: weights do not load by name: " + "; ".join(problems[:8]))

    inputs = make_inputs(pt_class, config)
    with torch.no_grad():
        pt_out = pt_model(**{k: torch.tensor(v) if isinstance(v, np.ndarray) else v for k, v in inputs.items()})
    if hits is not None:
        hits.clear()
    ms_out = ms_model(**{k: ms.tensor(v) if isinstance(v, np.ndarray) else v for k, v in inputs.items()})
    lines, failed = compare(_tensor_fields(pt_out), _tensor_fields(ms_out))
    standins = "none" if hits is None else (", ".join(f"{k} x{v}" for k, v in sorted(hits.items())) or "none hit")
    report = f"{class_name}: " + "; ".join(lines) + f" [CPU stand-ins: {standins}]"
    print(report)
    if failed:
        raise ParityError(report)
    return report
