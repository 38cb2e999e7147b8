"""Unit tests of the small helpers behind the catalogs (no MindSpore import needed)."""
import ast
import math
import os
import textwrap

import numpy as np

import catalog_util as cu
import extract_probe_targets as ept
import gen_name_catalog as gnc


def test_only_errors_far_from_the_bar_give_a_verdict():
    # Far below or far above the bar: the same verdict on any CPU. Near it (either side): not.
    assert [cu.unstable_verdict(x) for x in (0.0, 4.6e-6, 1e-5, 9.9e-5, 1e-4, 1.9e-4, 2.7e-4, 1.0)] == \
        [False, False, True, True, True, True, False, False]
    assert not cu.unstable_verdict(None) and not cu.unstable_verdict(math.nan)


def test_probe_seed_depends_only_on_name():
    assert cu.probe_seed("mindspore.mint.exp") == cu.probe_seed("mindspore.mint.exp")
    assert cu.probe_seed("mindspore.mint.exp") != cu.probe_seed("mindspore.ops.exp")


def test_classify_error_kernel_and_generic():
    msg = "The kernel GeluExt unregistered.\n\n-----\n- C++ Call Stack:\nmindspore/x.cc:790 SelectKernel\n"
    assert cu.classify_error("RuntimeError", msg) == ("no-kernel", "kernel GeluExt unregistered")
    assert cu.classify_error("RuntimeError", "Create kernelmod for op LayerNormExt failed\n") == \
        ("no-kernel", "no CPU kernelmod for LayerNormExt")
    status, text = cu.classify_error("TypeError", "bad object at 0xdeadbeef,\n second line")
    assert status == "error" and text == "TypeError: bad object at 0x?,"
    assert len(cu.classify_error("ValueError", "x" * 500)[1]) <= 100


def test_compare_values_shapes_dtypes():
    arr = lambda a: ("array", str(a.dtype), a.shape, a)  # noqa: E731
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    assert cu.compare(arr(a), arr(a.copy())) == (True, 0.0, [])
    ok, rel, notes = cu.compare(arr(a), arr(a.reshape(3, 2)))
    assert not ok and rel is None and "shape" in notes[0]
    ok, _, notes = cu.compare(arr(a), arr(a.astype(np.int64)))
    assert not ok and notes == ["dtype: torch float32, ms int64"]
    ok, rel, _ = cu.compare(("seq", [arr(a), arr(a)]), ("seq", [arr(a), arr(a + 1)]))
    assert not ok and rel > 1e-4
    ok, _, notes = cu.compare(("seq", [arr(a)]), arr(a))
    assert not ok and notes == ["torch gives (float32[2, 3]), ms gives float32[2, 3]"]
    assert cu.compare(arr(a), arr(a + 5), values=False)[0]     # random outputs: structure only


def test_extract_collects_targets_from_a_tiny_shared_dir(tmp_path):
    def write(name, text):
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip())
    head = "# derived from x\nsection\tpytorch_api\tmindspore_api\tdescription\tdiff_doc\n"
    write("mindspore_pytorch_api_mapping_en_master.tsv",
          head + "torch\ttorch.cat\tmindspore.mint.cat\tConsistent\t\n")
    write("mindspore_pytorch_api_mapping_en_r2.4.10.tsv",
          head + "torch\ttorch.cat\tmindspore.ops.cat\tdiff\tcat.md\n"
                 "torch.Tensor\ttorch.Tensor.size\tmindspore.Tensor.shape\tdiff\tshape.md\n")
    write("mindspore_mint_api_v2.7.0.txt", "mindspore.mint.cat\nmindspore.mint.abs\n")
    write("transformers_4.57_tensor_method_usage.tsv",
          "method\tfiles\tuses\tin_master_table\tin_r2.4.10_table\nsize\t3\t10\tno\tyes\n")
    # a census name whose mint twin the pinned MindSpore has though the 2.7 list omits it, and one without
    write("transformers_4.57_torch_api_usage.tsv",
          "qualified_name\tfiles\tuses\ntorch.nn.Conv1d\t9\t256\ntorch.nn.NoSuchLayer\t1\t1\ntorch.cat\t5\t50\n")
    targets = ept.collect(str(tmp_path))
    assert sorted(targets) == ["mindspore.Tensor.shape", "mindspore.Tensor.size", "mindspore.mint.abs",
                               "mindspore.mint.cat", "mindspore.mint.nn.Conv1d", "mindspore.ops.cat"]
    assert targets["mindspore.mint.nn.Conv1d"]["sources"] == {"mint-pinned"}
    assert targets["mindspore.mint.cat"]["sources"] == {"master", "mint-2.7"}
    assert targets["mindspore.ops.cat"]["official"] == {"r2.4.10": "differs"}
    assert targets["mindspore.Tensor.size"]["torch"] == {"torch.Tensor.size"}


def test_committed_probe_targets_are_well_formed():
    rows = cu.read_targets()
    assert len(rows) > 1000
    assert list(rows[0]) == ["ms_name", "torch_names", "census_uses", "sources", "official"]
    names = [r["ms_name"] for r in rows]
    assert names == sorted(set(names))


def test_every_recipe_targets_a_listed_name():
    import api_probes
    listed = {r["ms_name"] for r in cu.read_targets()}
    assert sorted(set(api_probes.RECIPES) - listed) == []


def test_every_recipe_names_a_real_torch_counterpart():
    import importlib
    import api_probes
    import torch
    for name, probe in sorted(api_probes.RECIPES.items()):
        obj = torch
        for part in probe.torch.split(".")[1:]:
            obj = getattr(obj, part, None) or importlib.import_module(f"{obj.__name__}.{part}")
        assert obj is not None, (name, probe.torch)


def test_relative_import_resolution():
    node = ast.parse("from ...utils import x").body[0]
    assert gnc.absolute(node, "transformers.models.bert") == "transformers.utils"
    node = ast.parse("from .configuration_bert import BertConfig").body[0]
    assert gnc.absolute(node, "transformers.models.bert") == "transformers.models.bert.configuration_bert"


def test_scan_counts_modules_and_decorator_shapes(tmp_path):
    model = tmp_path / "models" / "foo"
    model.mkdir(parents=True)
    (model / "modeling_foo.py").write_text(textwrap.dedent("""
        from ...utils import auto_docstring, can_return_tuple
        from ..llama.modeling_llama import LlamaMLP
        @auto_docstring
        class A: ...
        @auto_docstring(custom_intro="x")
        class B:
            @can_return_tuple
            def forward(self): ...
    """))
    (model / "modeling_tf_foo.py").write_text("from ...tf_utils import x\n")   # TF files are skipped
    modules, decos = gnc.scan(str(tmp_path), "transformers")
    assert dict(modules) == {"utils": 1, "models.llama.modeling_llama": 1}
    assert dict(decos) == {("transformers", "utils", "auto_docstring", "bare"): 1,
                           ("transformers", "utils", "auto_docstring", "called"): 1,
                           ("transformers", "utils", "can_return_tuple", "bare"): 1}


def test_call_shape_from_signature():
    def bare(func): ...
    def optional(obj=None, *, custom_intro=None): ...
    def factory(old_name: str, version: str, new_name=None): ...
    def by_name(layer_name: str): ...
    assert gnc.call_shape(bare)[0] == "bare"
    assert gnc.call_shape(optional)[0] == "bare-or-called"
    assert gnc.call_shape(factory)[0] == "called"
    assert gnc.call_shape(by_name)[0] == "called"
    assert gnc.call_shape(dict)[0] == "class"


def test_resolve_walks_modules_then_attributes():
    assert cu.resolve("os.path.join") is os.path.join
    assert cu.resolve("os.path.no_such_name") is None
    assert cu.resolve("no_such_package.thing") is None
