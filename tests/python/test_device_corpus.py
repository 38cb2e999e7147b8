"""The device family on real transformers 4.57.1 files (issue 7): after
`--fix --checks=-*,device-*` the five development models parse, a second run fixes nothing, and the
tool's own device-residual report is empty."""
from tidy import DEV_FILES, copy_models, findings, run, syntax_errors


def test_dev_models_lose_every_device_reference(tmp_path):
    root = copy_models(tmp_path, DEV_FILES)
    first = run("--fix", "--checks=-*,device-*", root)
    assert first.returncode == 0, first.stdout[-4000:] + first.stderr[-2000:]
    assert syntax_errors(root) == 0
    second = run("--fix", "--checks=-*,device-*", root)
    assert "0 fixes applied" in second.stderr, second.stderr
    # Report mode: the residual list (and every other device finding) is empty.
    report = run("--checks=-*,device-*", root)
    assert report.returncode == 0 and findings(report.stdout) == [], report.stdout[-4000:]


def test_dev_models_keep_what_mindone_keeps(tmp_path):
    root = copy_models(tmp_path, DEV_FILES)
    run("--fix", "--checks=-*,device-*", root)
    llama = (root / "llama" / "modeling_llama.py").read_text()
    assert '_skip_keys_device_placement = ["past_key_values"]' in llama
    assert "def __init__(self, config: LlamaConfig):" in llama  # the rotary embedding lost `device`
    assert "self.rope_init_fn(self.config)" in llama
    gpt2 = (root / "gpt2" / "modeling_gpt2.py").read_text()
    assert "Model parallelism across CUDA devices is not supported in MindSpore." in gpt2
    assert "torch.cuda.set_device" not in gpt2 and "torch.cuda.device_count" not in gpt2  # code only; a docstring mentions torch.cuda
