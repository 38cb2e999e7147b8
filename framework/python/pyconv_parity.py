"""Parity between a converted MindSpore model file and the torch file it came from.

`pyconv-tidy --emit-tests DIR` writes this module next to the tests it generates; each generated
test names a converted file, the torch module it came from, the configuration class and one model
class, and calls `check()`. Nothing here knows a model: classes, configuration and inputs come from
the generated test and from the classes' own signatures.

The method: the torch reference built first, from a tiny configuration that keeps the
configuration's invariants (pyconv_tiny_config.py), with the usual inputs, then every input
modality at once, then the model class's own configuration class, then those with the inputs as the
forward documents them (`_attempts`; HarnessLimit when torch itself cannot run any), seed 42 (a
class without a forward of its own, a container of models, is skipped); the converted model built
from the same configuration; every torch state_dict tensor copied into the MindSpore parameter or buffer of the same name (as
mindone's loader names it), strictly (see `copy_weights` for the two stated exceptions); the same
NumPy inputs, read from the forward's parameter names (pyconv_parity_inputs.py); every tensor
output compared. Pass = relative error < 5e-4 and max-abs error < 1e-4 in fp32 and the same argmax
of every logits output.

Environment:
  PYCONV_PARITY_STANDINS=0  do not install the CPU stand-ins (pyconv_cpu_standins.py). They are
                            installed by default on CPU, where many mint operations have no kernel
                            in MindSpore 2.7.1; every result says whether they were used.
"""
import importlib
import os
import pathlib
import sys
import types
import unittest

import numpy as np

# A configuration's defaults may name a checkpoint on the Hub (a backbone); the tests never download.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(pathlib.Path(__file__).parent))  # the sibling modules emitted with this one
import pyconv_parity_inputs  # noqa: E402
import pyconv_tiny_config  # noqa: E402

REL_BAR, ABS_BAR = 5e-4, 1e-4
CONVERTED_PREFIX = "pyconv_converted_"  # the package a converted file is imported as (load_converted)
SEED = 42
NO_FORWARD = "not a model to run"  # a skipped test's reason starts with it; the corpus counts no outcome for it
_chosen = {}  # (configuration class, every modality, as documented) -> the tiny configuration the reference ran with


class ParityError(AssertionError):
    """A parity failure; the message is one paragraph a person can act on."""


class HarnessLimit(ParityError):
    """The torch reference itself cannot build or run what the harness made: no parity verdict."""


def _setup_mindspore():
    import mindspore as ms
    ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
    # A failing kernel then raises at the line that called it, not at a later asnumpy().
    ms.runtime.launch_blocking()
    if os.environ.get("PYCONV_PARITY_STANDINS", "1") != "0":
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
    package = CONVERTED_PREFIX + "".join(c if c.isalnum() else "_" for c in str(path.parent))
    if package not in sys.modules:
        module = types.ModuleType(package)
        module.__path__ = [str(path.parent)]
        sys.modules[package] = module
    return importlib.import_module(f"{package}.{path.stem}")


def register_converted_classes(config_class, ms_module):
    """A converted file is a drop-in for mindone's module of the same path, and mindone's Auto
    classes would then build its classes: the heads transformers writes as `GenericFor*` and
    composite models build their base with `AutoModel.from_config`. So, for every Auto class,
    the class transformers registers for this configuration is registered with mindone's Auto
    class of the same name when the converted file defines a class of that name (replacing
    mindone's own port where it has one). Returns how many were registered."""
    try:
        import mindone.transformers.models.auto.modeling_auto as ms_auto
        import transformers.models.auto.modeling_auto as pt_auto
    except ImportError:
        return 0
    registered = 0
    for name in dir(ms_auto):
        ms_auto_class, pt_auto_class = getattr(ms_auto, name), getattr(pt_auto, name, None)
        if not (isinstance(ms_auto_class, type) and getattr(ms_auto_class, "_model_mapping", None) is not None
                and getattr(pt_auto_class, "_model_mapping", None) is not None):
            continue  # not an Auto class with a mapping (their shared base has none)
        try:
            pt_class = pt_auto_class._model_mapping[config_class]
        except (KeyError, ValueError, AttributeError):
            continue
        ms_class = getattr(ms_module, getattr(pt_class, "__name__", ""), None)
        if not isinstance(ms_class, type):
            continue
        try:
            ms_auto_class.register(config_class, ms_class, exist_ok=True)
            registered += 1
        except ValueError:  # the class declares another configuration class: mindone's check refuses it
            pass
    return registered


def _mindone_renames(ms_model):
    """torch key -> the name mindone's own loader (`from_pretrained`) gives it in `ms_model`: the
    legacy MindSpore layers mindone's ports use name some weights differently (Embedding's
    `embedding_table`, LayerNorm's `gamma`/`beta`, BatchNorm's moving statistics; None: dropped).
    Empty when mindone has no such loader."""
    try:
        from mindone.transformers.modeling_utils import _get_pt2ms_mappings
    except ImportError:
        return {}
    return {key: target for key, (target, _) in _get_pt2ms_mappings(ms_model).items() if target != key}


def _defined_by_converted_file(ms_model, key):
    """Whether the cell owning `key` is a class of the converted file (not one of mindone's ports,
    which a converted file reaches through mindone's Auto classes)."""
    owner_name = key.rpartition(".")[0]
    owner = ms_model.get_sub_cell(owner_name) if owner_name else ms_model
    return type(owner).__module__.startswith(CONVERTED_PREFIX)


def copy_weights(pt_model, ms_model):
    """Copies each torch state_dict tensor into the MindSpore parameter or persistent buffer of the
    same name, as mindone's loader names it (`_mindone_renames`; a converted file's own layers keep
    torch's names, mindone's ports reached through its Auto classes may not). Two stated
    exceptions, nothing else: (1) tied weights: a torch key may be absent on the MindSpore side
    when in torch it shares its storage with a key that is present on both sides (MindSpore lists
    a shared Parameter once, under one name; transformers' `_tied_weights_keys` often names fewer
    keys than `tie_weights` ties, so the storage decides); (2) non-persistent buffers are in
    neither state dict (both models compute them from the configuration), so a MindSpore
    non-persistent buffer is not compared, nor is an entry of one of mindone's own ports that
    torch keeps as a non-persistent buffer (the outputs still compare what it holds); an entry of
    the converted file's own classes must match torch's kind. Returns (problems, keys renamed by
    mindone's loader); no problems means every key matched."""
    import mindspore as ms
    targets = dict(ms_model.parameters_and_names())
    for name, buffer in ms_model.named_buffers():
        owner_name, _, leaf = name.rpartition(".")
        owner = ms_model.get_sub_cell(owner_name) if owner_name else ms_model
        if leaf not in getattr(owner, "_non_persistent_buffers_set", set()):
            targets.setdefault(name, buffer)
    renames = _mindone_renames(ms_model)
    state, torch_key, renamed = {}, {}, 0
    for key, value in pt_model.state_dict().items():
        name = key if key in targets else renames.get(key, key)
        if name is None:
            continue  # mindone's loader drops it (a legacy BatchNorm's num_batches_tracked)
        renamed += name != key
        state[name], torch_key[name] = value, key
    storage = {}  # data pointer -> keys present on both sides
    for key in set(state) & set(targets):
        storage.setdefault(state[key].data_ptr(), []).append(key)
    problems = []
    for key in sorted(set(state) - set(targets)):
        if storage.get(state[key].data_ptr()):
            continue  # tied: shares its storage with a key present on both sides
        problems.append(f"torch key {torch_key[key]} has no MindSpore parameter")
    torch_only_buffers = {name for name, _ in pt_model.named_buffers()} - set(pt_model.state_dict())
    for key in sorted(set(targets) - set(state)):
        if key in torch_only_buffers and not _defined_by_converted_file(ms_model, key):
            continue  # mindone's own port keeps what torch computes from the configuration (inv_freq)
        problems.append(f"MindSpore parameter {key} has no torch key")
    for key in sorted(set(state) & set(targets)):
        value = state[key].detach().cpu().numpy()
        target = targets[key]
        if tuple(target.shape) != value.shape and key != torch_key[key] and np.expand_dims(value, -2).shape == tuple(target.shape):
            value = np.expand_dims(value, -2)  # mindone's loader does this for its legacy Conv1d
        if tuple(target.shape) != value.shape:
            problems.append(f"{key}: torch shape {value.shape}, MindSpore {tuple(target.shape)}")
        elif isinstance(target, ms.Parameter):
            target.set_data(ms.tensor(value, dtype=target.dtype))
        else:
            target.assign_value(ms.tensor(value, dtype=target.dtype))
    return problems, renamed


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


def _own_config_classes(pt_class):
    """The configuration classes the model class itself declares: the annotation of its
    constructor's `config` (the narrower statement: a decoder annotated with its decoder
    configuration may inherit the composite one as `config_class`), then its `config_class`."""
    import inspect
    declared = []
    try:
        declared.append(inspect.signature(pt_class.__init__).parameters["config"].annotation)
    except (KeyError, TypeError, ValueError):
        pass
    declared.append(getattr(pt_class, "config_class", None))
    found = []
    for candidate in declared:
        if isinstance(candidate, type) and hasattr(candidate, "to_diff_dict") and candidate not in found:
            found.append(candidate)
    return found


def _attempts(config_class, pt_class):
    """(configuration class, every_modality, as_documented) in the order the reference tries them:
    the test's configuration with the usual inputs first (the one that ran before leads), then
    every input modality at once (text with an image, text with layout boxes), then the model
    class's own configuration class when it differs (a text or vision tower of a dual model), and
    last each of those with the inputs shaped as the forward documents them where the convention
    says otherwise (pyconv_documented_inputs.py)."""
    classes = [config_class]
    classes += [own for own in _own_config_classes(pt_class) if own is not config_class]
    usual = [(c, every) for c in classes for every in (False, True)]
    return [(c, every, False) for c, every in usual] + [(c, every, True) for c, every in usual]


def _shapes(inputs):
    return {k: getattr(v, "shape", v) for k, v in inputs.items()}


def _torch_reference(torch, config_class, pt_class):
    """(config, pt_model, inputs, pt_out, label) for the first tiny configuration the torch model
    builds and runs with; HarnessLimit with the errors when none does."""
    errors = []
    for attempt_class, every_modality, as_documented in _attempts(config_class, pt_class):
        ordered = sorted(pyconv_tiny_config.candidates(attempt_class),
                         key=lambda c: c[0] != _chosen.get((attempt_class, every_modality, as_documented)))
        for candidate, config in ordered:
            label = candidate
            if attempt_class is not config_class:
                label = f"{label} of {attempt_class.__name__}"
            if every_modality:
                label += ", every input modality"
            if as_documented:
                label += ", inputs as documented"
            if isinstance(config, Exception):
                errors.append(f"{label}: configuration rejected: {type(config).__name__}: {config}")
                continue
            try:
                inputs = pyconv_parity_inputs.make_inputs(pt_class, config, every_modality, as_documented)
                if as_documented and _shapes(inputs) == _shapes(pyconv_parity_inputs.make_inputs(pt_class, config,
                                                                                                 every_modality)):
                    continue  # the forward documents nothing the usual inputs missed: tried already
                torch.manual_seed(SEED)
                pt_model = pt_class(config).eval()
                inputs = pyconv_parity_inputs.without_token_embedding(pt_model, config, inputs)
                with torch.no_grad():
                    pt_out = pt_model(**{k: torch.tensor(v) if isinstance(v, np.ndarray) else v
                                         for k, v in inputs.items()})
            except Exception as error:  # noqa: BLE001 - any failure of the reference is the harness's
                errors.append(f"{label}: {type(error).__name__}: {str(error)[:300]}")
                continue
            _chosen[(attempt_class, every_modality, as_documented)] = candidate
            return config, pt_model, inputs, pt_out, label
    raise HarnessLimit(f"harness limit: the torch reference {pt_class.__name__} does not build and run with any tiny "
                       f"configuration: " + " | ".join(errors))


def check(test_file, converted_path, torch_module, config_name, class_name):
    """The whole parity check for one model class; raises ParityError with the evidence (HarnessLimit
    when the torch reference itself cannot run, which says nothing about the conversion)."""
    import torch
    try:
        pt_module = importlib.import_module(torch_module)
        config_class = getattr(pt_module, config_name, None)
        if config_class is None:
            import transformers
            config_class = getattr(transformers, config_name)
        pt_class = getattr(pt_module, class_name)
    except Exception as error:  # noqa: BLE001
        raise HarnessLimit(f"harness limit: the torch original cannot be loaded: {type(error).__name__}: {error}") from error
    if pt_class.forward is torch.nn.Module.forward:
        raise unittest.SkipTest(f"{NO_FORWARD}: {class_name} defines no forward, as in torch (a container of "
                                f"models run one by one)")
    config, pt_model, inputs, pt_out, label = _torch_reference(torch, config_class, pt_class)

    hits = _setup_mindspore()
    import mindspore as ms
    ms_module = load_converted(test_file, converted_path)
    registered = register_converted_classes(config_class, ms_module)
    ms_class = getattr(ms_module, class_name, None)
    if ms_class is None:
        raise ParityError(f"{class_name} is not defined by the converted file")
    ms_model = ms_class(config)
    ms_model.set_train(False)
    problems, renamed = copy_weights(pt_model, ms_model)
    if problems:
        raise ParityError(f"{class_name}: weights do not load by name: " + "; ".join(problems[:8]))

    if hits is not None:
        hits.clear()
    ms_out = ms_model(**{k: ms.tensor(v) if isinstance(v, np.ndarray) else v for k, v in inputs.items()})
    lines, failed = compare(_tensor_fields(pt_out), _tensor_fields(ms_out))
    standins = "none" if hits is None else (", ".join(f"{k} x{v}" for k, v in sorted(hits.items())) or "none hit")
    loader = f" [{renamed} weights named as mindone's loader names them]" if renamed else ""
    if registered:
        loader += f" [{registered} converted classes registered with mindone's Auto classes]"
    report = (f"{class_name}: " + "; ".join(lines) + f" [CPU stand-ins: {standins}]{loader}"
              f" [configuration: {label}: {pyconv_tiny_config.describe(config)}]")
    print(report)
    if failed:
        raise ParityError(report)
    return report
