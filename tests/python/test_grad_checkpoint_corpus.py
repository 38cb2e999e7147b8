"""grad_checkpoint on real transformers 4.57.1 files (issue 11): the files that really call a
checkpoint function convert, parse and keep no live checkpoint call; gpt2's warning-only block is
byte-identical before and after."""
import re

from tidy import MODELS, copy_models, run, syntax_errors

CHECKPOINTING = ["clvp/modeling_clvp.py", "zamba/modeling_zamba.py", "zamba2/modeling_zamba2.py",
                 "xlstm/modeling_xlstm.py", "grounding_dino/modeling_grounding_dino.py"]
LIVE_CALL = re.compile(r"^\s*[^#\n]*(_gradient_checkpointing_func|checkpoint\.checkpoint)\(", re.M)


def test_checkpointing_files_keep_no_live_checkpoint_call(tmp_path):
    root = copy_models(tmp_path, CHECKPOINTING)
    assert all(LIVE_CALL.search((MODELS / f).read_text()) for f in CHECKPOINTING)  # the inputs do call one
    result = run("--fix", "--checks=-*,grad-checkpoint-*", root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert syntax_errors(root) == 0
    for f in CHECKPOINTING:
        text = (root / f).read_text()
        assert not LIVE_CALL.search(text), f
        assert "Gradient checkpointing is not supported in MindSpore." in text, f


def test_gpt2_warning_only_block_is_byte_identical(tmp_path):
    root = copy_models(tmp_path, ["gpt2/modeling_gpt2.py"])
    before = (root / "gpt2/modeling_gpt2.py").read_bytes()
    assert b"if self.gradient_checkpointing and self.training:" in before
    run("--fix", "--checks=-*,grad-checkpoint-*", root)
    assert (root / "gpt2/modeling_gpt2.py").read_bytes() == before
