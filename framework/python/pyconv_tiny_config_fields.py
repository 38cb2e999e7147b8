"""Rules of the tiny configurations (pyconv_tiny_config.py) for fields the defaults leave unset or
tie in ways no single field states: multimodal rotary sections, state-space heads, mixture-of-
experts counts, object queries, and the options spelled out as what their None stands for. Nothing here names a model.
"""
import copy
import inspect
import re

SSM_STATE = 16  # state size of a state-space mixer (the smallest Mamba models' default)
MOE_EXPERTS, MOE_TOP_K = 4, 2  # routed experts and experts per token, when the defaults leave them unset
NO_CLIPPING = 1e4  # a clipping bound far above any activation of a tiny model with random weights
QUERIES = 10  # a detector's object queries: fewer than the feature positions of a tiny image
# Fields that say how many placeholder tokens of the text stand for one image's features.
IMAGE_TOKEN_COUNTS = ("num_query_tokens", "image_seq_length", "mm_tokens_per_image")
IMAGE_TOKEN_IDS = ("image_token_id", "image_token_index")


# The other common spelling of a standard size (the encoder-decoder naming), for a configuration
# that maps nothing to the standard name and has no field of that name.
_OTHER_SPELLINGS = {"hidden_size": "d_model", "num_attention_heads": "encoder_attention_heads"}


def _real_name(config, standard):
    """The field that holds a standard name in this configuration (attribute_map translates; a
    configuration without the standard field that spells it the encoder-decoder way has that)."""
    mapped = getattr(config, "attribute_map", {}).get(standard)
    if mapped:
        return mapped
    values = vars(config)
    other = _OTHER_SPELLINGS.get(standard)
    return other if standard not in values and other in values else standard


def _int_field(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _sub_configs(config):
    """name -> sub-configuration instance, for composite configurations."""
    from transformers import PretrainedConfig
    return {k: v for k, v in vars(config).items() if isinstance(v, PretrainedConfig)}


def _inner_heads(values, new, hidden_name, heads):
    """A state-space mixer (Mamba-2 style) widens the hidden size by `expand` and splits that inner
    width into heads of a head dimension: the configuration checks `hidden * expand == heads *
    head_dim` (or the product is its own inner-width field, `mamba_d_ssm`). When the defaults hold
    that product, the tiny one does too: the tiny attention-head count of heads, the tiny inner
    width over them as head dimension, the inner-width field the tiny inner width, and the head
    groups still dividing the heads."""
    expands = [v for k, v in values.items() if "expand" in k and _int_field(v) and v > 0]
    hidden, tiny_hidden = values.get(hidden_name), new.get(hidden_name)
    if len(expands) != 1 or not (_int_field(hidden) and _int_field(tiny_hidden)):
        return {}
    ints = {k: v for k, v in values.items() if _int_field(v) and v > 0 and not k.startswith("_")}
    heads_names = [k for k in ints if k.endswith("heads") or "_heads" in k]
    heads_names = [k for k in heads_names if "attention" not in k and "key_value" not in k]
    dim_names = [k for k in ints if "head" in k and "heads" not in k and ("dim" in k or "d_" in k)]
    tiny_inner = tiny_hidden * expands[0]
    for h in heads_names:
        for d in dim_names:
            product = ints[h] * ints[d]
            prefix = h.split("_")[0] + "_"
            width = [k for k in ints if k.startswith(prefix) and k not in (h, d) and ints[k] == product]
            if product != hidden * expands[0] and len(width) != 1:
                continue
            out = {h: heads, d: tiny_inner // heads}
            out.update({k: tiny_inner for k in width})
            for g in ints:  # the heads are split into groups (of shared B/C projections)
                if ("group" in g and ints[g] > 1 and ints[h] % ints[g] == 0 and "beam" not in g
                        and "query" not in g and "attention" not in g):
                    out[g] = max(x for x in range(1, heads + 1) if heads % x == 0 and x <= ints[g])
            # the state per head: the chunked scan holds (chunk x chunk x heads x state) per sequence,
            # gigabytes at the default state size even for a tiny width
            out.update({k: min(ints[k], SSM_STATE) for k in ints if "state" in k and ("d_" in k or "size" in k)})
            return out
    return {}


def _experts_left_unset(values):
    """Mixture-of-experts counts the defaults leave None (the checkpoint's config.json states them;
    the model builds `range(n_routed_experts)` and routes `topk(k=num_experts_per_tok)`): a few
    routed experts, one shared expert, two experts per token (no more than there are experts)."""
    new = {}
    for name, value in values.items():
        if value is not None or "expert" not in name or name.startswith("_"):
            continue
        if "per_tok" in name:
            new[name] = MOE_TOP_K  # a mixture has at least two experts, so two per token always fit
        elif "shared" in name and name.startswith(("n_", "num_")):
            new[name] = 1
        elif _counts_experts(name):
            new[name] = MOE_EXPERTS
    return new


def _object_queries(values):
    """A detector's object queries (`num_queries`, hundreds at the defaults) are a few: a two-stage
    detector picks them as the top-k of its feature positions, which a tiny image has only a few
    dozen of; any count is as valid a model."""
    value = values.get("num_queries")
    return {"num_queries": QUERIES} if _int_field(value) and value > QUERIES else {}


def image_placeholders(config):
    """(placeholder token id, tokens per image) of a multimodal configuration that puts an image's
    features in place of placeholder tokens and says how many, or None."""
    token = next((getattr(config, n) for n in IMAGE_TOKEN_IDS if _int_field(getattr(config, n, None))), None)
    count = next((getattr(config, n) for n in IMAGE_TOKEN_COUNTS if _int_field(getattr(config, n, None))), None)
    return (token, count) if token is not None and count else None


def _image_token_left_unset(values, vocab):
    """An image placeholder token the defaults leave None (a checkpoint's configuration states it)
    in a configuration that says how many tokens stand for one image (the model looks for them
    unchecked): the first id past the tiny vocabulary, which the text vocabulary then holds."""
    if not any(_int_field(values.get(n)) for n in IMAGE_TOKEN_COUNTS):
        return {}
    return {n: vocab for n in IMAGE_TOKEN_IDS if n in values and values[n] is None}


def _counts_experts(name):
    """A field that counts the routed experts (`n_routed_experts`, `num_experts`, `num_local_experts`)."""
    return (name.startswith(("n_", "num_")) and name.endswith("experts") and "shared" not in name
            and "per_tok" not in name)


def _names_rope_sections(config_class):
    """Whether the configuration's own code names `mrope_section` (its rope validation accepts it,
    or its defaults set it): its model splits the rotary frequencies into temporal, height and
    width sections and reads them from `rope_scaling`."""
    for klass in config_class.__mro__:
        if klass.__module__.startswith("transformers.models."):
            try:
                if "mrope_section" in inspect.getsource(klass):
                    return True
            except (OSError, TypeError):
                continue
    return False


def _rope_sections(config, values, new):
    """`rope_scaling` whose `mrope_section` covers the tiny head's rotated half. The sections split
    the rotary frequencies (head_dim * partial_rotary_factor / 2 of them) between temporal, height and
    width positions, so they must sum to that number; the default sections sum to the default
    head's. A `rope_scaling` left None by a configuration that names the sections would make its
    model fail (it reads them unconditionally): default rope with even sections then."""
    if "rope_scaling" not in values:
        return {}
    scaling = values["rope_scaling"]
    if isinstance(scaling, dict) and isinstance(scaling.get("mrope_section"), (list, tuple)):
        shares = list(scaling["mrope_section"])
    elif scaling is None and _names_rope_sections(type(config)):
        scaling, shares = {"rope_type": "default"}, [1, 1, 1]
    else:
        return {}
    heads = new.get(_real_name(config, "num_attention_heads"), values.get(_real_name(config, "num_attention_heads")))
    hidden = new.get(_real_name(config, "hidden_size"), values.get(_real_name(config, "hidden_size")))
    head_dim = new.get("head_dim") or values.get("head_dim") or (hidden // heads if heads else None)
    if not (_int_field(head_dim) and shares and all(_int_field(s) and s >= 0 for s in shares) and sum(shares)):
        return {}
    half = int(head_dim * (values.get("partial_rotary_factor") or 1.0)) // 2
    return {"rope_scaling": dict(scaling, mrope_section=_proportional(shares, half))}


def _proportional(shares, total):
    """Integers in the proportions of `shares` that sum to `total` (largest remainders first)."""
    exact = [s * total / sum(shares) for s in shares]
    parts = [int(e) for e in exact]
    by_remainder = sorted(range(len(shares)), key=lambda i: (parts[i] - exact[i], i))
    for i in by_remainder[:total - sum(parts)]:
        parts[i] += 1
    return parts


def _documented_dicts(config_class):
    """Fields the configuration class documents as a dict (`name (`dict`, *optional*)`)."""
    return set(re.findall(r"^\s*(\w+) \(`(?:dict|Dict)\b", config_class.__doc__ or "", re.MULTILINE))


def _unset_options_spelled_out(config, fields):
    """`fields` with the options the defaults leave None written as the behaviour None stands for,
    for the models that read them without checking for None (tried after the plain tiny
    configuration, so a model that handles None runs as its defaults say): a `rope_scaling` of None
    is default rope (`{"rope_type": "default"}`), a clipping bound (`clip_*`) of None is no clipping
    (a bound no activation of the tiny model reaches), another field documented as a dict is an
    empty mapping. Sub-configurations the same way."""
    out = dict(fields)
    values = vars(config)
    dicts = _documented_dicts(type(config))
    for name, value in values.items():
        if value is not None or name.startswith("_") or out.get(name) is not None:
            continue
        if name == "rope_scaling":
            spelled = {"rope_type": "default"}
        elif name.startswith("clip_"):
            spelled = NO_CLIPPING
        elif name in dicts:
            spelled = {}
        else:
            continue
        if _accepts(type(config), name, spelled):  # (a validation that wants a scaling type and factor does not)
            out[name] = spelled
    for name, sub in _sub_configs(config).items():
        if isinstance(out.get(name), dict):
            out[name] = _unset_options_spelled_out(sub, out[name])
    return out


def _accepts(config_class, name, value):
    """Whether the configuration's own __init__ accepts `name=value` over its defaults."""
    try:
        config_class(**{name: copy.deepcopy(value)})
    except Exception:  # noqa: BLE001 - its validation may raise anything
        return False
    return True
