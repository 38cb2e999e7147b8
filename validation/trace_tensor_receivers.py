"""Measure, at every call site of selected tensor methods, whether the receiver is a torch.Tensor.

Why: the converter decides from source alone whether `x.size()`, `x.to(...)`, `x.view(...)` and
friends are tensor methods (the heuristic of issue 9). A wrong guess rewrites a config, cache or
nn.Module call as a tensor op. This script provides measured ground truth for that heuristic, used
by tests/python/test_tensor_receiver_heuristic.py: it runs tiny random-weight models from five real
transformers modeling files under `sys.setprofile` and records, per call site, the type of every
receiver actually seen.

Two profiler events are used:
  * 'c_call' - the callee is a builtin; torch.Tensor methods are builtins (method descriptors bound
    to the tensor), so `x.size()` arrives here with `arg.__self__` the receiver. No
    __torch_function__ wrapper interposes for plain tensors/Parameters (checked on torch 2.9.1).
  * 'call'   - a Python-level method with one of the names (e.g. nn.Module.to, a cache's method);
    the receiver is the callee's `self` and the site is the caller's current line.

Sites are identified by the line of the call as Python 3.11 reports it in `frame.f_lineno`: for a
call split over several lines this is the line holding the method attribute (`.view(` in a
`x.view(\n...)`, `.transpose(` on a continuation line of a chain), not the first line of the
statement. Lines refer to the installed, unmodified source files. Sites never executed by these
runs are absent: absence means "not observed", not "not a tensor".

Run with the pinned venv (takes well under a minute on CPU):
  "$(scripts/setup-validation-env.sh | tail -1)/bin/python" validation/trace_tensor_receivers.py
"""
import functools
import sys
import time
import types
import warnings
from collections import defaultdict
from pathlib import Path

import torch
import transformers
from transformers import BertConfig, Cohere2Config, GPT2Config, IBertConfig, LlamaConfig

METHODS = ("size", "expand", "transpose", "to", "int", "long", "bool", "detach", "view")
REL_FILES = ("bert/modeling_bert.py", "ibert/modeling_ibert.py", "ibert/quant_modules.py",
             "gpt2/modeling_gpt2.py", "llama/modeling_llama.py", "cohere2/modeling_cohere2.py")
MODELS_DIR = Path(transformers.__file__).parent / "models"
# co_filename is the path the module was imported from, i.e. the same prefix as transformers.__file__.
MODEL_FILES = {str(MODELS_DIR / rel): rel for rel in REL_FILES}
OUT = (Path(__file__).resolve().parent.parent / "data" / "runtime"
       / f"transformers-{transformers.__version__}" / "tensor_receivers.tsv")

SITES = defaultdict(lambda: [set(), 0])  # (file, line, method) -> [receiver labels, calls]
B, T, VOCAB, HIDDEN = 2, 7, 99, 32


def label(obj):
    if isinstance(obj, torch.Tensor):  # Parameters and other subclasses count as tensors
        return "tensor"
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def record(frame, method, receiver):
    site = SITES[(MODEL_FILES[frame.f_code.co_filename], frame.f_lineno, method)]
    site[0].add(label(receiver))
    site[1] += 1


def profiler(frame, event, arg):
    if event == "c_call":
        if frame.f_code.co_filename in MODEL_FILES and getattr(arg, "__name__", None) in METHODS:
            receiver = getattr(arg, "__self__", None)
            # torch.transpose & co. have __self__ None (or a module): functions, not method calls.
            if receiver is not None and not isinstance(receiver, types.ModuleType):
                record(frame, arg.__name__, receiver)
    elif event == "call" and frame.f_code.co_name in METHODS:
        caller = frame.f_back
        code = frame.f_code
        if caller is not None and caller.f_code.co_filename in MODEL_FILES and code.co_argcount \
                and code.co_varnames[0] == "self":  # a method, not a free function that shares a name
            record(caller, code.co_name, frame.f_locals["self"])


def self_check():
    """Fail loudly if tensor methods stop arriving as c_call (e.g. a torch wrapping change)."""
    x = torch.zeros(2, 3)
    seen = []
    sys.setprofile(lambda f, e, a: seen.append(getattr(a, "__self__", None)) if e == "c_call" else None)
    x.size()
    sys.setprofile(None)
    assert any(s is x for s in seen), "x.size() was not reported as a c_call on the tensor"


def batch(pad_id, left, choices=0):
    """Random ids with row 1 padded (left for decoders, right for encoders), plus its mask."""
    ids = torch.randint(2, VOCAB, (B, T))
    mask = torch.ones(B, T, dtype=torch.long)
    pad = slice(0, 2) if left else slice(T - 2, T)
    ids[1, pad], mask[1, pad] = pad_id, 0
    if choices:  # multiple choice: (batch, choices, seq)
        ids, mask = (t.unsqueeze(1).expand(B, choices, T).contiguous() for t in (ids, mask))
    return {"input_ids": ids, "attention_mask": mask}


def labels(kind, inputs):
    shape = inputs["attention_mask"].shape  # input_ids may have been replaced by inputs_embeds
    pos, two = torch.tensor([1, 3]), torch.tensor([0, 1])
    lm = torch.randint(2, VOCAB, shape)
    return {"lm": {"labels": lm}, "seq": {"labels": two}, "mc": {"labels": two},
            "tok": {"labels": torch.randint(0, 2, shape)},
            "qa": {"start_positions": pos, "end_positions": pos + 1},
            # (batch, 1) positions: the "multi-GPU adds a dimension" squeeze branch
            "qa_col": {"start_positions": pos[:, None], "end_positions": pos[:, None] + 1},
            "pretrain": {"labels": lm, "next_sentence_label": two},
            "double": {"labels": lm, "mc_labels": two, "mc_token_ids": torch.full(shape[:2], T - 1)}}[kind]


def run(cls, config, kind=None, left=False, choices=0, generate=False, token_types=False, embeds=False,
        cross=False, post=None, **extra):
    """Eval forward (+ generate, + `post(model)`), then a train forward+backward with labels if `kind`."""
    torch.manual_seed(0)
    model = cls(config).eval()
    inputs = batch(config.pad_token_id, left, choices)
    if token_types:
        inputs["token_type_ids"] = torch.zeros_like(inputs["input_ids"])
    if embeds:  # the inputs_embeds branches (shape taken from embeddings, position ids from embeds)
        inputs["inputs_embeds"] = torch.randn(*inputs.pop("input_ids").shape, HIDDEN)
    if cross:  # decoder with cross-attention over a fake 5-token encoder output
        inputs["encoder_hidden_states"] = torch.randn(B, 5, HIDDEN)
    with torch.no_grad():
        model(**inputs, **extra)
        if generate:
            model.generate(**inputs, max_new_tokens=3, do_sample=False, use_cache=True,
                           pad_token_id=config.pad_token_id)
        if post is not None:
            post(model)
    if kind is not None:
        model.train()
        model(**inputs, **extra, **labels(kind, inputs)).loss.backward()  # backward: autograd.Function hooks


# Tiny shapes: 32 hidden, 2 layers, 4 heads (2 kv heads where GQA exists), vocab 99, 64 positions.
TINY = dict(vocab_size=VOCAB, hidden_size=HIDDEN, num_hidden_layers=2, num_attention_heads=4,
            intermediate_size=37, max_position_embeddings=64, pad_token_id=0, attn_implementation="eager")
CONFIGS = {
    "Bert": (BertConfig, TINY),
    "IBert": (IBertConfig, {**TINY, "pad_token_id": 1}),  # RoBERTa-style position ids need pad id 1
    "GPT2": (GPT2Config, dict(vocab_size=VOCAB, n_embd=HIDDEN, n_layer=2, n_head=4, n_inner=37,
                              n_positions=64, pad_token_id=0, attn_implementation="eager")),
    "Llama": (LlamaConfig, {**TINY, "num_key_value_heads": 2}),
    # sliding window 4 < sequence 7, so the sliding-attention layer really masks
    "Cohere2": (Cohere2Config, {**TINY, "num_key_value_heads": 2, "sliding_window": 4,
                                "layer_types": ["sliding_attention", "full_attention"]}),
}
OUTS = {"output_attentions": True, "output_hidden_states": True}
TT, DEC, GEN = {"token_types": True}, {"left": True}, {"left": True, "generate": True}
SDPA = {"attn_implementation": "sdpa"}
MC = {"kind": "mc", "choices": 3}
MC_POS = torch.arange(T).expand(B, 3, T)
DEPAR = {"post": lambda model: model.deparallelize()}  # nn.Module.to("cpu") sites; runs without GPUs
# (model class, config overrides, run() options); options with a `kind` also train with those labels.
SPECS = [
    ("BertModel", {}, {**TT, **OUTS}), ("BertModel", SDPA, TT),
    ("BertModel", {"position_embedding_type": "relative_key"}, {}),
    ("BertModel", {}, {**TT, "embeds": True, "head_mask": torch.ones(4)}),
    ("BertModel", {"is_decoder": True, "add_cross_attention": True}, {**OUTS, "cross": True, "use_cache": True}),
    ("BertForMaskedLM", {}, {**TT, "kind": "lm"}), ("BertForSequenceClassification", {}, {**TT, "kind": "seq"}),
    ("BertForTokenClassification", {}, {**TT, "kind": "tok"}), ("BertForQuestionAnswering", {}, {**TT, "kind": "qa"}),
    ("BertForPreTraining", {}, {**TT, "kind": "pretrain"}),
    ("BertForNextSentencePrediction", {}, {**TT, "kind": "seq"}),
    ("BertForMultipleChoice", {}, {**TT, **MC}),
    ("BertForMultipleChoice", {}, {**TT, **MC, "embeds": True, "position_ids": MC_POS}),
    ("BertLMHeadModel", {"is_decoder": True}, {**GEN, "kind": "lm", "use_cache": True}),
    ("BertLMHeadModel", {**SDPA, "is_decoder": True}, {**GEN, "kind": "lm", "use_cache": True}),
    # relative positions + cache: the single-query (key_length - 1) branch runs during generate
    ("BertLMHeadModel", {"is_decoder": True, "position_embedding_type": "relative_key_query"}, GEN),
    ("GPT2Model", {}, {**DEC, **OUTS}), ("GPT2Model", SDPA, DEC),
    ("GPT2Model", {}, {**DEC, **TT, "embeds": True, "head_mask": torch.ones(4)}),
    ("GPT2Model", {"reorder_and_upcast_attn": True, "scale_attn_by_inverse_layer_idx": True}, DEC),
    ("GPT2Model", {"add_cross_attention": True}, {**DEC, **OUTS, "cross": True}),
    ("GPT2LMHeadModel", {}, {**GEN, **DEPAR, "kind": "lm"}), ("GPT2LMHeadModel", SDPA, {**GEN, "kind": "lm"}),
    ("GPT2DoubleHeadsModel", {}, {**DEC, **DEPAR, "kind": "double", "choices": 3}),
    ("GPT2ForSequenceClassification", {}, {**DEC, "kind": "seq"}),
    ("GPT2ForTokenClassification", {}, {**DEC, "kind": "tok"}),
    ("GPT2ForQuestionAnswering", {}, {**DEC, "kind": "qa_col"}),
    ("LlamaModel", {}, {**DEC, **OUTS}), ("LlamaModel", SDPA, DEC),
    ("LlamaForCausalLM", {}, {**GEN, "kind": "lm"}), ("LlamaForCausalLM", SDPA, {**GEN, "kind": "lm"}),
    ("LlamaForSequenceClassification", {}, {**DEC, "kind": "seq"}),
    ("LlamaForQuestionAnswering", {}, {**DEC, "kind": "qa"}),
    ("LlamaForTokenClassification", {}, {**DEC, "kind": "tok"}),
    ("Cohere2Model", {}, {**DEC, **OUTS}), ("Cohere2ForCausalLM", {}, {**GEN, "kind": "lm"}),
    # force_dequant swaps integer-only GELU/softmax/LayerNorm for float ones: other quant_modules paths
    ("IBertModel", {"quant_mode": True, "force_dequant": "nonlinear"}, TT),
] + [(cls, {"quant_mode": quant}, opts) for quant in (True, False) for cls, opts in (
    ("IBertModel", {**TT, **OUTS}), ("IBertModel", {"embeds": True}), ("IBertForMaskedLM", {**TT, "kind": "lm"}),
    ("IBertForSequenceClassification", {**TT, "kind": "seq"}), ("IBertForTokenClassification", {**TT, "kind": "tok"}),
    ("IBertForQuestionAnswering", {**TT, "kind": "qa"}), ("IBertForMultipleChoice", {**TT, **MC}),
    ("IBertForMultipleChoice", {**MC, "embeds": True, "position_ids": MC_POS + 2}))]  # ibert positions start at 2


def run_spec(cls_name, overrides, opts):
    family = next(f for f in CONFIGS if cls_name.startswith(f))
    config_cls, tiny = CONFIGS[family]
    run(getattr(transformers, cls_name), config_cls(**{**tiny, **overrides}), **opts)


def quant_linear_per_tensor():
    """The models only build per-channel QuantLinears; the per-tensor weight-range branch needs one by hand."""
    from transformers.models.ibert.quant_modules import QuantAct, QuantLinear
    torch.manual_seed(0)
    x, scale = QuantAct(8, quant_mode=True)(torch.randn(B, HIDDEN))
    QuantLinear(HIDDEN, 4, per_channel=False, quant_mode=True)(x, scale)


def write_tsv(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as out:
        out.write(f"# generated by validation/trace_tensor_receivers.py (torch {torch.__version__}, "
                  f"transformers {transformers.__version__}, Python {sys.version.split()[0]}); do not edit\n")
        out.write("file\tline\tmethod\treceivers\tcalls\n")
        for (rel, line, method), (recv, calls) in sorted(SITES.items()):
            out.write(f"{rel}\t{line}\t{method}\t{','.join(sorted(recv))}\t{calls}\n")


def summarize():
    print(f"{'method':<10}{'sites':>6}{'non-tensor':>12}")
    for method in METHODS:
        sites = [recv for (_, _, m), (recv, _) in SITES.items() if m == method]
        print(f"{method:<10}{len(sites):>6}{sum(recv != {'tensor'} for recv in sites):>12}")


def main(argv):
    # An explicit output path lets the tests regenerate the table and compare it with the committed one.
    out_path = Path(argv[1]) if len(argv) > 1 else OUT
    start = time.perf_counter()
    self_check()
    # generate/config/deprecation warnings would drown the summary
    transformers.logging.set_verbosity_error()
    warnings.filterwarnings("ignore", category=FutureWarning)
    failed = []
    jobs = [(f"{cls}{over or ''}", functools.partial(run_spec, cls, over, opts)) for cls, over, opts in SPECS]
    for name, job in jobs + [("QuantLinear(per_channel=False)", quant_linear_per_tensor)]:
        sys.setprofile(profiler)
        try:
            job()
        except Exception as exc:  # keep going: one broken head must not hide the others' sites
            failed.append(name)
            print(f"WARNING: {name} failed: {type(exc).__name__}: {(str(exc) or '-').splitlines()[0]}")
        finally:
            sys.setprofile(None)
    write_tsv(out_path)
    summarize()
    print(f"{len(SITES)} sites -> {out_path}; failed: {failed or 'none'}; {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main(sys.argv)
