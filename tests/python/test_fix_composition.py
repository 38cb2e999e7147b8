"""Safe fixes then Unsafe ones, in two runs, must mean what one run with both gives, on real files.

Why: a Safe fix applied alone must never leave code whose meaning an Unsafe fix was supposed to
restore (an import retargeted to MindSpore while a use of it stays torch-shaped). The fixture
runner checks this on every fixture; this checks it on the dev models and a fixed sample of the
real transformers modeling files, with every check. "Means the same" is compared on CPython's
AST (comments aside), with top-level imports as a sorted list of statements and names — where the engine places an added
import depends on what stood there before — and no name bound twice by top-level imports (where
the order would matter).
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


def meaning(text):
    module = ast.parse(text)
    imports = [n for n in module.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    bound = collections.Counter(
        (a.asname or (a.name if isinstance(n, ast.ImportFrom) else a.name.split(".")[0]))
        for n in imports for a in n.names)
    twice = sorted(name for name, count in bound.items() if count > 1)
    rest = [n for n in module.body if not isinstance(n, (ast.Import, ast.ImportFrom))]
    statements = sorted(repr((getattr(n, "module", None) or "", getattr(n, "level", 0),
                              sorted((a.name, a.asname or "") for a in n.names))) for n in imports)
    return twice, statements, [ast.dump(n) for n in rest]


@pytest.mark.parametrize("rel", FILES)
def test_safe_then_unsafe_means_both_at_once(tmp_path, rel):
    once = tidy.copy_models(tmp_path / "once", [rel]) / rel
    twice = tidy.copy_models(tmp_path / "twice", [rel]) / rel
    for args in (["--fix"], ["--fix", "--unsafe-fixes"]):
        result = tidy.run(*args, twice)
        assert result.returncode in (0, 1), result.stderr[-2000:]
    result = tidy.run("--fix", "--unsafe-fixes", once)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    a, b = meaning(once.read_text()), meaning(twice.read_text())
    assert a[0] == [] and b[0] == [], f"a name bound by two top-level imports: {a[0] or b[0]}"
    if a != b:
        diff = "".join(difflib.unified_diff(once.read_text().splitlines(True), twice.read_text().splitlines(True),
                                            "one run", "two runs"))
        raise AssertionError(f"{rel}: Safe then Unsafe differs from both at once:\n{diff[:4000]}")
