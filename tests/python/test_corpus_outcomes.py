"""The corpus report's outcome classes are decided by rule from the error text (issue 17); these are
error texts of the kinds the corpus run records, each with the class it must get."""
import pathlib
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(pathlib.Path(REPO) / "validation" / "corpus"))
import outcomes  # noqa: E402
import render_report  # noqa: E402

CASES = [
    ("RuntimeError: The kernel InplaceNormal unregistered.",
     "/work/abs/transformers/models/x/modeling_x.py:120: RuntimeError", outcomes.RUNTIME, "InplaceNormal"),
    ("RuntimeError: 'repeat' is not supported on this device.",
     "/work/abs/transformers/models/x/modeling_x.py:77: RuntimeError", outcomes.RUNTIME, "repeat"),
    ("RuntimeError: Not found op N9mindspore6kernel7pyboost13FuncMaxPool2DE on device 1",
     "", outcomes.RUNTIME, "FuncMaxPool2D"),
    ("TypeError: Unsupported input data type for operator [Trunc]: Int64",
     "E       TypeError: Unsupported input data type for operator [Trunc]: Int64\nE       \n"
     "E       mindspore/ops/kernel/cpu/native/trunc_cpu_kernel.cc:75 Launch", outcomes.RUNTIME, "Trunc"),
    ("TypeError: ForCausalLMLoss() missing 2 required positional arguments: 'logits' and 'vocab_size'",
     ">           loss = self.loss_function(labels=labels, pooled_logits=logits, config=self.config)\n"
     "E           TypeError: ForCausalLMLoss() missing 2 required positional arguments: 'logits' and 'vocab_size'",
     outcomes.UPSTREAM, "ForImageClassification"),
    ("TypeError: view(): argument 'shape'(position 0) should be tuple of int, but unpack failed at pos 1 "
     "(got <class 'transformers.models.resnet.configuration_resnet.ResNetConfig'>).",
     ">       logits = logits.view(-1, vocab_size)\nE       TypeError: view(): argument 'shape'(position 0) should be "
     "tuple of int, but unpack failed at pos 1 (got <class 'transformers.models.resnet.configuration_resnet."
     "ResNetConfig'>).\n\n/site-packages/mindone/transformers/loss/loss_utils.py:54: TypeError",
     outcomes.UPSTREAM, "LOSS_MAPPING"),
    ("pyconv_parity.HarnessLimit: harness limit: the torch reference XModel does not build and run with any tiny "
     "configuration: tiny: ValueError: bad", "", outcomes.HARNESS, "does not build and run"),
    ("pyconv_parity.ParityError: XModel: weights do not load by name: MindSpore parameter a.b has no torch key",
     "", outcomes.GAP, "a.b has no torch key"),
    ("pyconv_parity.ParityError: XModel: last_hidden_state (13, 7, 32): rel=1.2e-01 max_abs=3.0e-01  FAIL [CPU ...]",
     "", outcomes.GAP, "last_hidden_state rel=1.2e-01"),
    ("ImportError: cannot import name 'torch_int' from 'mindone.transformers.utils'",
     "E   ImportError: cannot import name 'torch_int' from 'mindone.transformers.utils' (/site/mindone/x.py)",
     outcomes.GAP, "torch_int"),
    ("AttributeError: 'tuple' object has no attribute 'last_hidden_state'",
     "/site-packages/mindone/transformers/modeling_layers.py:88: in construct\n    hidden_states = "
     "transformer_outputs.last_hidden_state\nE   AttributeError: 'tuple' object has no attribute 'last_hidden_state'",
     outcomes.UPSTREAM, "tuple"),
    ("AttributeError: 'tuple' object has no attribute 'last_hidden_state'",
     ">       hidden_states = transformer_outputs.last_hidden_state\nE       AttributeError: 'tuple' object has no "
     "attribute 'last_hidden_state'\n\n/root/venv/lib/python3.11/site-packages/mindone/transformers/modeling_layers.py:106: "
     "AttributeError", outcomes.UPSTREAM, "tuple"),
    ("AttributeError: 'tuple' object has no attribute 'last_hidden_state'",
     "E       AttributeError: 'tuple' object has no attribute 'last_hidden_state'\n\n/work/abs/transformers/models/x/"
     "modeling_x.py:88: AttributeError", outcomes.GAP, "tuple"),
]


@pytest.mark.parametrize("message,details,expected,evidence", CASES)
def test_classify(message, details, expected, evidence):
    outcome, line = outcomes.classify(message, details, "/work/abs")
    assert outcome == expected, line
    assert evidence in line, line


def test_converter_gap_evidence_names_the_converted_line():
    details = ("/work/abs/transformers/models/x/modeling_x.py:57: in construct\n    y = f(x)\n"
               "/site/mindspore/ops.py:10: in f\nE   TypeError: f() got an unexpected keyword argument 'dim'")
    outcome, line = outcomes.classify("TypeError: f() got an unexpected keyword argument 'dim'", details, "/work/abs")
    assert outcome == outcomes.GAP
    assert line.endswith("at modeling_x.py:57"), line


def test_totals_count_base_and_heads():
    def parity(*results):
        names = [f"C{i}" for i in range(len(results))]
        return {"classes": names, "results": {n: {"outcome": o, "evidence": "", "line": ""} for n, o in zip(names, results)}}
    files = [
        {"family": "a", "file": "modeling_a.py", "parses": True, "torchLeft": 0, "imports": True, "importDetail": "",
         "parity": parity(outcomes.PASS, outcomes.PASS, outcomes.GAP)},
        {"family": "b", "file": "modeling_b.py", "parses": True, "torchLeft": 3, "imports": False, "importDetail": "x",
         "parity": parity(outcomes.HARNESS)},
        {"family": "c", "file": "modeling_c.py", "parses": False, "torchLeft": None, "imports": False, "importDetail": "",
         "parity": None},
    ]
    totals = render_report.totals({"files": files})
    assert (totals["files"], totals["parsing"], totals["torchFree"], totals["importing"]) == (3, 2, 1, 1)
    assert (totals["withTests"], totals["torchReferenceRuns"], totals["basePass"]) == (2, 1, 1)
    assert (totals["headPass"], totals["heads"]) == (1, 2)
    assert totals["baseOutcomes"][outcomes.HARNESS] == 1


def test_source_lines_quoted_by_pytest_do_not_decide():
    """pytest quotes the harness's own source, which contains every error text it can raise: only
    the raised exception (message and 'E ' lines) decides."""
    details = ('>       raise HarnessLimit(f"harness limit: the torch original cannot be loaded: {error}")\n'
               "E   pyconv_parity.ParityError: XModel: weights do not load by name: torch key a has no MindSpore parameter")
    outcome, line = outcomes.classify("pyconv_parity.ParityError: XModel: weights do not load by name: torch key a "
                                      "has no MindSpore parameter", details, "/work/abs")
    assert outcome == outcomes.GAP, line


def test_evidence_carries_no_machine_paths():
    message = ("ImportError: cannot import name 'torch_int' from 'mindone.transformers.utils' "
               "(/root/.cache/venv/lib/python3.11/site-packages/mindone/transformers/utils/__init__.py)")
    _, line = outcomes.classify(message, "", "/work/abs")
    assert "/root" not in line and "(mindone/transformers/utils/__init__.py)" in line, line
    assert render_report.cause(message) == render_report.cause(message.replace("/root/.cache", "/home/ci"))


def test_a_class_without_a_forward_is_no_outcome_and_the_next_class_is_the_base():
    """The harness skips a class that defines no forward (a container of models, as in torch): it
    counts in no outcome class, and the file's base model is its first class that is a model."""
    outcome, line = outcomes.classify("not a model to run: XModel defines no forward, as in torch", "")
    assert outcome == outcomes.NOT_A_MODEL, line
    results = {"XModel": {"outcome": outcome, "evidence": line, "line": ""},
               "XSubModel": {"outcome": outcomes.HARNESS, "evidence": "harness limit: x", "line": ""},
               "XHead": {"outcome": outcomes.PASS, "evidence": "", "line": ""}}
    row = {"family": "x", "file": "modeling_x.py", "parses": True, "torchLeft": 0, "imports": True, "importDetail": "",
           "parity": {"classes": ["XModel", "XSubModel", "XHead"], "results": results}}
    totals = render_report.totals({"files": [row]})
    assert (totals["withTests"], totals["torchReferenceRuns"], totals["headPass"], totals["heads"]) == (1, 0, 1, 1)
    assert all(cause[0] != outcomes.NOT_A_MODEL for cause in render_report.top_causes({"files": [row]}))
