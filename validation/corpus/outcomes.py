"""The outcome class of one parity test, decided by rule from the error it raised.

The classes are the dev-model parity test's: pass; converter gap (the converted code is wrong or
incomplete); runtime limit (MindSpore has no CPU kernel for an operation even with the stand-ins);
upstream (mindone's own code is wrong: only for a symptom shown with mindone alone in
tests/python/test_upstream_evidence.py); harness limit (the harness cannot produce a verdict: the
torch reference does not run, or the test ran out of time). Every rule reads the error text; the
first rule that matches decides, and the evidence is one line taken from the error.
"""
import re

PASS, GAP, RUNTIME, UPSTREAM, HARNESS = "pass", "converter gap", "runtime limit", "upstream", "harness limit"
ORDER = [PASS, GAP, RUNTIME, UPSTREAM, HARNESS]
# A class the harness skips because it has no forward of its own (a container of models, as in
# torch): no outcome class; the file's base model is the first class that has one.
NOT_A_MODEL = "not a model"

_MISSING_LOSS = ("mindone 0.5.0's LOSS_MAPPING lacks this head's loss (ForImageClassification, ...): "
                 "its loss_function falls back to ForCausalLMLoss")
# Symptoms shown with mindone alone (tests/python/test_upstream_evidence.py), as (pattern, evidence).
UPSTREAM_SYMPTOMS = [
    # the frame of mindone's modeling_layers.py comes before the error line (an outer frame, "in
    # construct") or, when it is the innermost frame, right after it ("modeling_layers.py:106: AttributeError")
    (re.compile(r"mindone/transformers/modeling_layers\.py.*\n(?:.*\n)*?.*'tuple' object has no attribute "
                r"'last_hidden_state'|'tuple' object has no attribute 'last_hidden_state'\n(?:\s*\n)*"
                r"\S*mindone/transformers/modeling_layers\.py:\d+: AttributeError"),
     "mindone's GenericFor* heads read .last_hidden_state from mindone's own base model, which returns a tuple"),
    # only a head whose loss mindone's LOSS_MAPPING lacks reaches ForCausalLMLoss with other arguments
    (re.compile(r"ForCausalLMLoss\(\) missing 2 required positional arguments: 'logits' and 'vocab_size'"),
     _MISSING_LOSS),
    # the same fallback called positionally (labels, logits, config): the configuration lands in vocab_size
    (re.compile(r"got <class '[\w.]+Config'>\)[\s\S]*?mindone/transformers/loss/loss_utils\.py:\d+: TypeError"),
     _MISSING_LOSS),
]
_KERNEL = [
    re.compile(r"The kernel (\w+) unregistered"),
    re.compile(r"[Kk]ernel (?:mod )?(?:for )?\[?(\w+)\]? (?:is )?not (?:supported|registered|found)[^\n]*CPU"),
    re.compile(r"Unsupported op \[(\w+)\] on CPU"),
    re.compile(r"(\w+) does not support CPU"),
    re.compile(r"Can not find (?:a )?(?:kernel|InferShape)[^\n]*?(\w+)"),
    re.compile(r"Select CPU operator\[(\w+)\] fail"),
    re.compile(r"'(\w+)' is not supported on this device"),  # a Tensor method with no kernel for the device
    re.compile(r"Not found op \S*?pyboost\d*(\w+?)E? on device"),  # a pyboost op with no kernel for the device
    # a CPU kernel that exists but not for this data type (the C++ frame names the CPU kernel)
    re.compile(r"Unsupported input data type for operator \[(\w+)\][\s\S]{0,600}?kernel/cpu/"),
]


def tidy(evidence):
    """Evidence without this machine's paths: an installed package's path becomes its module path
    ('(/.../site-packages/mindone/x.py)' -> '(mindone/x.py)'), so reports compare across machines."""
    return re.sub(r"/\S*?/(?:site|dist)-packages/", "", evidence)


def _first_line(text, limit=200):
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:limit]
    return ""


def _error_line(text):
    """The last 'SomeError: message' line of a traceback (the exception that ended the test)."""
    lines = [m.group(0) for m in re.finditer(r"(?m)^(?:E\s+)?[\w.]*(?:Error|Exception|Limit|Interrupt)\b:? .*$", text)]
    return re.sub(r"^E\s+", "", lines[-1]).strip()[:200] if lines else _first_line(text)


def _where(text, converted_root):
    """'file.py:line' of the innermost traceback frame in the converted tree, if any."""
    frames = re.findall(r"(?m)^(\S+\.py):(\d+): ", text)
    inside = [(f, n) for f, n in frames if converted_root and converted_root in f]
    if not inside:
        return ""
    path, line = inside[-1]
    return f" at {path.rsplit('/', 1)[-1]}:{line}"


def _raised(message, details):
    """The exception text only: the failure message and pytest's 'E ' lines, never the source lines
    pytest quotes (they contain every error text the harness could raise)."""
    lines = [re.sub(r"^E\s?", "", line).strip() for line in details.splitlines() if line.startswith("E ")]
    return "\n".join([message, *lines])


def classify(message, details, converted_root=""):
    """(outcome class, one line of evidence) for a failed test; `message` is the failure's short
    message, `details` its whole text (traceback and captured output)."""
    outcome, evidence = _classify(message, details, converted_root)
    return outcome, tidy(evidence)


def _classify(message, details, converted_root):
    raised = _raised(message, details)
    if message.startswith("not a model to run"):
        return NOT_A_MODEL, message[:240]
    limit = re.search(r"harness limit: [^\n]*", raised)
    if limit:
        return HARNESS, limit.group(0)[:240]
    for pattern, evidence in UPSTREAM_SYMPTOMS:
        if pattern.search(details) and pattern.search(f"{details}\n{raised}"):
            return UPSTREAM, evidence
    covered = re.search(r"CPU stand-in: no CPU kernel, and the stand-in does not cover [^\n]*", raised)
    if covered:
        return RUNTIME, covered.group(0)[:200] + _where(details, converted_root)
    for pattern in _KERNEL:
        found = pattern.search(raised)
        if found:
            return RUNTIME, f"no CPU kernel for {found.group(1)} (MindSpore 2.7.1){_where(details, converted_root)}"
    if "weights do not load by name" in raised:
        found = re.search(r"weights do not load by name: [^\n]*", raised)
        return GAP, found.group(0)[:240]
    if re.search(r"rel=\S+ max_abs=\S+[^\n]*FAIL", raised) or "missing from the MindSpore output" in raised:
        failing = re.findall(r"(\w+) \([\d, ]*\): rel=(\S+) max_abs=(\S+)[^;\[]*FAIL", raised)
        detail = ", ".join(f"{n} rel={r} max_abs={a}" for n, r, a in failing[:3]) or "an output is missing"
        return GAP, f"numbers differ: {detail}"
    if "is not defined by the converted file" in raised:
        return GAP, _first_line(message)
    return GAP, _error_line(raised) + _where(details, converted_root)
