"""Safe fixes then Unsafe ones, in two runs, must write the same bytes as one run with both, on real files.

Why: a Safe fix applied alone must never leave code whose meaning an Unsafe fix was supposed to
restore (an import retargeted to MindSpore while a use of it stays torch-shaped), and a user who
reviews the Safe step first must end where a one-step user ends. The fixture runner checks this on
every fixture; this checks it on the dev models and a fixed sample of the real transformers
modeling files, with every check. No name may be bound by two top-level imports either (their
order would then decide what it means).
"""
import ast
import collections
import difflib

import pytest

import tidy

# Every 20th modeling file of the wheel's models/ tree, beside the dev files: rules shaped on
# five models must hold on files nobody tuned them for.
SAMPLE = sorted(p.relative_to(tidy.MODELS).as_posix() for p in tidy.MODELS.glob("*/modeling_*.py"))[::20]
FILES = sorted(set(tidy.DEV_FILES) | set(SAMPLE))


def names_bound_twice(text):
    bound = collections.Counter(
        (a.asname or (a.name if isinstance(n, ast.ImportFrom) else a.name.split(".")[0]))
        for n in ast.parse(text).body if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names)
    return sorted(name for name, count in bound.items() if count > 1)


@pytest.mark.parametrize("rel", FILES)
def test_safe_then_unsafe_writes_both_at_once(tmp_path, rel):
    once = tidy.copy_models(tmp_path / "once", [rel]) / rel
    twice = tidy.copy_models(tmp_path / "twice", [rel]) / rel
    for args in (["--fix"], ["--fix", "--unsafe-fixes"]):
        result = tidy.run(*args, twice)
        assert result.returncode in (0, 1), result.stderr[-2000:]
    result = tidy.run("--fix", "--unsafe-fixes", once)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    a, b = once.read_text(), twice.read_text()
    assert names_bound_twice(a) == [], f"a name bound by two top-level imports: {names_bound_twice(a)}"
    if a != b:
        diff = "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), "one run", "two runs"))
        raise AssertionError(f"{rel}: Safe then Unsafe differs from both at once:\n{diff[:4000]}")
