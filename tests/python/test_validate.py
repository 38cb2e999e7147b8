"""--validate on the real converted dev models, with the real validation environment for the
import check (issue 12): the verdict per file and the reason, and nothing written into the tree."""
import sys

import pytest

from tidy import convert_dev_models, run

# What the converted dev files are, today, with the reason when they are not valid.
EXPECTED = {
    "bert/modeling_bert.py": "valid",
    # Through its sibling, whose two torch.kthvalue calls are reported residuals.
    "ibert/modeling_ibert.py": "NOT VALID: importing it loads torch (by quant_modules)",
    "ibert/quant_modules.py": "NOT VALID: 2 torch references left; importing it loads torch (by quant_modules)",
    "gpt2/modeling_gpt2.py": "valid",
    "llama/modeling_llama.py": "valid",
    "cohere2/modeling_cohere2.py": "valid",
}


@pytest.fixture(scope="module")
def validated(tmp_path_factory):
    models = convert_dev_models(tmp_path_factory.mktemp("validate"))
    before = {p: p.read_bytes() for p in models.rglob("*")  if p.is_file()}
    result = run("--validate", "-j", "2", "--python", sys.executable, models)
    after = {p: p.read_bytes() for p in models.rglob("*") if p.is_file()}
    assert after == before, "validation wrote into the tree"
    return models, result


def test_exit_code_says_some_are_not_valid(validated):
    _, result = validated
    assert result.returncode == 1, result.stderr[-3000:]
    assert "validated 6 files: 4 valid, 2 not valid" in result.stderr


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_verdict_per_file(validated, relative):
    models, result = validated
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith(f"{models / relative}: ")), None)
    assert line is not None, result.stdout[-3000:]
    verdict = line.split(": ", 1)[1]
    if EXPECTED[relative] == "valid":
        assert verdict.startswith("valid (") and "imports without torch" in verdict, line
    else:
        assert verdict == EXPECTED[relative], line


def test_a_relative_tree_validated_alone_says_what_to_do(tmp_path):
    """A file converted with relative mindone imports fails to import on its own; the verdict says
    why and the two ways out (issue 20), instead of only Python's message."""
    path = tmp_path / "models" / "toy" / "modeling_toy.py"
    path.parent.mkdir(parents=True)
    path.write_text("from ...modeling_utils import PreTrainedModel\n")
    result = run("--validate", "--python", sys.executable, path)
    assert result.returncode == 1, result.stderr
    assert "attempted relative import beyond top-level package" in result.stdout, result.stdout
    assert "api-imports.AbsoluteImports" in result.stdout and "laid out as mindone's" in result.stdout, result.stdout
