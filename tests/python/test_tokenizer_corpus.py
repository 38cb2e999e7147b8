"""tokenizer on real transformers 4.57.1 files (issue 11): files whose docstrings or code ask for
return_tensors="pt" convert with no "pt" left and still parse; with device-* the two families
compose on code that moves the tokenizer's result to a device."""
from tidy import MODELS, copy_models, run, syntax_errors

FILES = ["clap/modeling_clap.py", "align/modeling_align.py", "prophetnet/modeling_prophetnet.py",
         "timesformer/modeling_timesformer.py"]
PT = ('return_tensors="pt"', "return_tensors='pt'")


def test_no_pt_left_and_the_files_parse(tmp_path):
    root = copy_models(tmp_path, FILES)
    assert all(any(p in (MODELS / f).read_text() for p in PT) for f in FILES)
    result = run("--fix", "--checks=-*,tokenizer-*", root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert syntax_errors(root) == 0
    for f in FILES:
        text = (root / f).read_text()
        assert not any(p in text for p in PT), f
        assert "model(**inputs)" not in text, f
    again = run("--fix", "--checks=-*,tokenizer-*", root)
    assert "0 fixes applied" in again.stderr


def test_device_and_tokenizer_compose(tmp_path):
    source = tmp_path / "script.py"
    source.write_text('inputs = tokenizer(prompt, return_tensors="pt").to(device)\noutputs = model(**inputs)\n')
    result = run("--fix", "--checks=-*,device-to,tokenizer-*", source)
    assert result.returncode == 0, result.stdout + result.stderr
    assert source.read_text() == ('import mindspore as ms\n\ninputs = tokenizer(prompt, return_tensors="np")\n'
                                  "outputs = model(**{k: ms.Tensor(v) for k, v in inputs.items()})\n")
