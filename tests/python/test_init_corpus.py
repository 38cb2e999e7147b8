"""init_rewrite on real transformers 4.57.1 files (issue 10): the files that call nn.init the most
and the .data idioms of bert, gpt2 and ibert convert and parse, and no _init_weights calls a torch
initialiser afterwards."""
import re

from tidy import copy_models, run, syntax_errors

FILES = ["esm/modeling_esm.py", "siglip/modeling_siglip.py", "grounding_dino/modeling_grounding_dino.py",
         "clip/modeling_clip.py", "bert/modeling_bert.py", "gpt2/modeling_gpt2.py", "ibert/modeling_ibert.py"]
TORCH_INIT = re.compile(r"nn\.init\.(?!_calculate)\w+\(|\.data\.(normal_|zero_|fill_|uniform_)\(")


def init_weights_bodies(text):
    """The text of every `def _init_weights` up to the next def at the same or a lower indent."""
    bodies = []
    for m in re.finditer(r"^(\s*)def _init_weights\(.*?(?=^\1def |\Z)", text, re.M | re.S):
        bodies.append(m.group(0))
    return bodies


def test_init_weights_call_no_torch_initialiser(tmp_path):
    root = copy_models(tmp_path, FILES)
    before = {f: len(TORCH_INIT.findall("".join(init_weights_bodies((root / f).read_text())))) for f in FILES}
    assert all(before.values()), before  # each file has something to convert
    result = run("--fix", "--checks=-*,init-*", root)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert syntax_errors(root) == 0
    for f in FILES:
        text = (root / f).read_text()
        bodies = init_weights_bodies(text)
        assert bodies, f
        left = [m.group(0) for b in bodies for m in TORCH_INIT.finditer(b)]
        assert left == [], f"{f}: {left}"
    again = run("--fix", "--checks=-*,init-*", root)
    assert "0 fixes applied" in again.stderr
