"""Every check over the whole models/ tree of the transformers 4.57.1 wheel: no crash, no engine
error, every output parses, and a second run fixes nothing."""
from tidy import copy_models, run, syntax_errors


def test_whole_models_tree_converts_parses_and_is_idempotent(tmp_path):
    root = copy_models(tmp_path)
    assert syntax_errors(root) == 0  # the inputs parse
    first = run("--fix", "-j", "2", root)
    assert first.returncode in (0, 1), first.stderr[-4000:]
    assert "error" not in first.stderr.splitlines()[-1], first.stderr[-2000:]
    assert "[pyconv-internal]" not in first.stdout, [l for l in first.stdout.splitlines() if "pyconv-internal" in l][:10]
    assert syntax_errors(root) == 0
    second = run("--fix", "-j", "2", root)
    assert "0 fixes applied, 0 files rewritten" in second.stderr, second.stderr[-2000:]
