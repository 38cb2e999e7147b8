"""The pre-commit hooks (.pre-commit-hooks.yaml) under the real pre-commit from the lock: in a fresh
git repository, the conversion hook rewrites a torch file with the Safe fixes and fails the first
time (files were modified), then passes; the report hook fails on the torch file and changes nothing.
`pre-commit try-repo` uses this checkout as it stands, uncommitted changes included."""
import os
import pathlib
import subprocess
import sys

import pytest

from conftest import REPO
from tidy import TIDY

SOURCE = "import torch\n\n\ndef grid(rows, columns):\n    return torch.zeros(rows, columns)\n"


@pytest.fixture
def repository(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    for command in (["git", "init", "-q"], ["git", "config", "user.email", "t@example.invalid"],
                    ["git", "config", "user.name", "test"]):
        subprocess.run(command, cwd=repo, check=True)
    (repo / "model.py").write_text(SOURCE)
    subprocess.run(["git", "add", "model.py"], cwd=repo, check=True)
    return repo


def hook(repo, hook_id, *files):
    env = dict(os.environ, PATH=f"{TIDY.parent}{os.pathsep}{os.environ['PATH']}",
               PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"))
    pre_commit = pathlib.Path(sys.executable).parent / "pre-commit"
    return subprocess.run([str(pre_commit), "try-repo", REPO, hook_id, "--files", *(files or ["model.py"])], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_conversion_hook_fixes_then_passes(repository):
    first = hook(repository, "pyconv-tidy")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout, first.stdout
    converted = (repository / "model.py").read_text()
    assert "import torch" not in converted and "mint.zeros((rows, columns))" in converted, converted
    second = hook(repository, "pyconv-tidy")
    assert second.returncode == 0, second.stdout + second.stderr
    assert (repository / "model.py").read_text() == converted


def test_files_the_configuration_excludes_stay_excluded(repository):
    """pre-commit names every staged file; the hooks pass --force-exclude (ruff's flag), so the
    configuration's Exclude holds for them as it does for a folder walk."""
    (repository / "legacy").mkdir()
    (repository / "legacy" / "old.py").write_text(SOURCE)
    (repository / ".pyconv-tidy").write_text("Exclude: ['legacy/*']\n")
    subprocess.run(["git", "add", "legacy/old.py", ".pyconv-tidy"], cwd=repository, check=True)
    for hook_id in ("pyconv-tidy", "pyconv-tidy-report"):
        result = hook(repository, hook_id, "legacy/old.py")
        assert result.returncode == 0, result.stdout + result.stderr
    assert (repository / "legacy" / "old.py").read_text() == SOURCE
    assert hook(repository, "pyconv-tidy-report", "legacy/old.py", "model.py").returncode == 1  # model.py is not excluded


def test_the_report_hook_fails_and_writes_nothing(repository):
    result = hook(repository, "pyconv-tidy-report")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[api-map]" in result.stdout, result.stdout
    assert (repository / "model.py").read_text() == SOURCE
