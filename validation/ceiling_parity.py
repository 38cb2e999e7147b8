"""The "ceiling": mindone's own hand-ported models vs transformers' torch models, on CPU.

Why: the converter can at best match what a careful human port achieves. If mindone's hand ports
of bert/llama/cohere2 cannot run on CPU in PyNative mode, or do not reach the parity bar there,
no converted model can either. The method is A tiny config, seed 42, both
models built from the same config, every torch state_dict tensor copied into the MindSpore
parameter of the same name (missing/unexpected keys reported), the same NumPy inputs, and
last_hidden_state compared by relative error ||pt-ms||/||pt|| and max-abs error.
Models are built from configs only (no downloads).

Usage: <venv>/bin/python validation/ceiling_parity.py [bert llama cohere2] [--cpu-standins]
Each model runs in its own interpreter so one failure cannot leak into the next.
--cpu-standins (diagnosis, not the ceiling): see framework/python/pyconv_cpu_standins.py.
"""
import os
import subprocess
import sys
import traceback

import numpy as np

TINY = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=37,
            vocab_size=99, attn_implementation="eager")
BATCH, SEQ, SEED = 13, 7, 42


def build(name):
    """(torch model, mindone model, extra forward kwargs) for one model family."""
    import torch
    import transformers
    if name == "bert":
        from mindone.transformers.models.bert.modeling_bert import BertModel as MsModel
        config, pt_cls = transformers.BertConfig(**TINY), transformers.BertModel
    elif name == "llama":
        from mindone.transformers.models.llama.modeling_llama import LlamaModel as MsModel
        config, pt_cls = transformers.LlamaConfig(**TINY), transformers.LlamaModel
    elif name == "cohere2":
        from mindone.transformers.models.cohere2.modeling_cohere2 import Cohere2Model as MsModel
        config, pt_cls = transformers.Cohere2Config(**TINY), transformers.Cohere2Model
    else:
        raise SystemExit(f"unknown model {name}")
    torch.manual_seed(SEED)
    pt_model = pt_cls(config).eval()          # eval(): dropout off
    ms_model = MsModel(config)
    ms_model.set_train(False)
    return pt_model, ms_model


def inputs():
    """Same NumPy inputs for both; right padding so no query row is fully masked."""
    rng = np.random.default_rng(SEED)
    input_ids = rng.integers(0, TINY["vocab_size"], size=(BATCH, SEQ), dtype=np.int64)
    lengths = rng.integers(1, SEQ + 1, size=BATCH)
    attention_mask = (np.arange(SEQ)[None, :] < lengths[:, None]).astype(np.int64)
    return input_ids, attention_mask


def copy_weights(pt_model, ms_model):
    """Copy every torch state_dict tensor into the MindSpore parameter of the same name."""
    import mindspore as ms
    sd = pt_model.state_dict()
    ms_params = dict(ms_model.parameters_and_names())
    missing = sorted(set(sd) - set(ms_params))      # in torch, no MindSpore parameter
    unexpected = sorted(set(ms_params) - set(sd))   # MindSpore parameter nothing fills
    shape_mismatch = []
    for key in sorted(set(sd) & set(ms_params)):
        value = sd[key].detach().cpu().numpy()
        if tuple(ms_params[key].shape) != value.shape:
            shape_mismatch.append((key, value.shape, tuple(ms_params[key].shape)))
            continue
        ms_params[key].set_data(ms.tensor(value, dtype=ms_params[key].dtype))
    return missing, unexpected, shape_mismatch


def traceback_tail(name, what):
    tb = traceback.format_exc().rstrip().splitlines()
    print(f"[{name}] {what} FAILED; traceback tail:")
    print("\n".join("    " + ln for ln in tb[-20:]
                    if ln.strip() and not ln.startswith("-") and set(ln.strip()) != {"^"}))


def run_one(name, standins=False):
    import mindspore as ms
    import torch
    ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
    # Synchronous kernel launch: a failing kernel then raises at the Python line that called it,
    # not at some later .asnumpy(), so the traceback names the operation.
    ms.runtime.launch_blocking()
    if standins:
        sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "framework", "python"))
        import pyconv_cpu_standins as cpu_standins
        cpu_standins.install()

    try:
        pt_model, ms_model = build(name)
    except Exception:
        traceback_tail(name, "building the mindone model")
        return
    missing, unexpected, shape_mismatch = copy_weights(pt_model, ms_model)
    print(f"[{name}] torch state_dict {len(pt_model.state_dict())} tensors, "
          f"ms {len(list(ms_model.parameters_and_names()))} parameters")
    print(f"[{name}] missing (torch key, no ms param): {missing}")
    print(f"[{name}] unexpected (ms param, no torch key): {unexpected}")
    if shape_mismatch:
        print(f"[{name}] shape mismatch: {shape_mismatch}")

    input_ids, attention_mask = inputs()
    with torch.no_grad():
        pt_out = pt_model(input_ids=torch.tensor(input_ids),
                          attention_mask=torch.tensor(attention_mask))[0].numpy()
    try:
        ms_out = ms_model(input_ids=ms.tensor(input_ids), attention_mask=ms.tensor(attention_mask))[0]
        ms_out = ms_out.asnumpy()
    except Exception:
        traceback_tail(name, "MindSpore forward")
        return
    finally:
        if standins:
            print(f"[{name}] stand-ins used (op: calls): {dict(cpu_standins.HITS)}")
    a, b = pt_out.astype(np.float64), ms_out.astype(np.float64)
    rel = np.linalg.norm(a - b) / np.linalg.norm(a)
    max_abs = np.abs(a - b).max()
    verdict = "PASS" if rel < 5e-4 and max_abs < 1e-4 else "FAIL"
    print(f"[{name}] last_hidden_state {a.shape}: rel={rel:.3e} max_abs={max_abs:.3e} "
          f"(bar rel<5e-4 and max_abs<1e-4: {verdict})")


if __name__ == "__main__":
    # --cpu-standins: diagnosis only, swap kernel-less mint ops for CPU ones (framework/python/pyconv_cpu_standins.py)
    standins = "--cpu-standins" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or ["bert", "llama", "cohere2"]
    if len(names) == 1:
        run_one(names[0], standins)
    else:
        for n in names:
            out = subprocess.run([sys.executable, __file__, n] + (["--cpu-standins"] if standins else []),
                                 capture_output=True, text=True)
            # drop transformers' import-time chatter ("Config not found for parakeet")
            print("\n".join(ln for ln in out.stdout.rstrip().splitlines() if "parakeet" not in ln))
            if out.returncode:
                print(f"[{n}] exited {out.returncode}; stderr tail:\n" +
                      "\n".join(out.stderr.rstrip().splitlines()[-15:]))
