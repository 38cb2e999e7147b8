"""The fixture tools plugin authors use: `scripts/annotate-fixture.py` drafts a fixture that
`pyconv-tidy --test-fixtures` accepts, writes nothing when the tool fails, and the installed runner
fails a wrong fixture and refuses a folder without fixtures."""
import pathlib
import shutil
import subprocess
import sys

from conftest import REPO
from tidy import TIDY

ROOT = pathlib.Path(REPO)
ANNOTATE = ROOT / "scripts" / "annotate-fixture.py"
SOURCE = ROOT / "plugins" / "device_removal" / "tests" / "device-cuda" / "calls.py"


def annotate(*args):
    return subprocess.run([sys.executable, str(ANNOTATE), *args, "--tidy", str(TIDY)], capture_output=True, text=True)


def run_fixtures(folder):
    return subprocess.run([str(TIDY), "--test-fixtures", str(folder), "--python", sys.executable],
                          capture_output=True, text=True)


def stripped_fixture(tmp_path):
    folder = tmp_path / "device-cuda"
    folder.mkdir()
    draft = folder / "draft.py"
    draft.write_text("".join(l for l in SOURCE.read_text().splitlines(keepends=True) if "CHECK-MESSAGES" not in l))
    return draft


def test_a_drafted_fixture_passes_the_runner(tmp_path):
    draft = stripped_fixture(tmp_path)
    result = annotate("device-cuda", str(draft))
    assert result.returncode == 0, result.stderr
    assert "CHECK-MESSAGES" in draft.read_text() and draft.with_name("draft.fixed.py").exists()
    run = run_fixtures(tmp_path)
    assert run.returncode == 0 and "PASS device-cuda/draft.py" in run.stdout, run.stdout + run.stderr


def test_a_failing_tool_writes_nothing(tmp_path):
    draft = stripped_fixture(tmp_path)
    before = draft.read_text()
    result = annotate("device-cudaa", str(draft))
    assert result.returncode == 2 and "matches no check" in result.stderr, result.stderr
    assert draft.read_text() == before and not draft.with_name("draft.fixed.py").exists()


def test_the_runner_fails_a_wrong_fixture_and_refuses_an_empty_folder(tmp_path):
    folder = tmp_path / "device-cuda"
    folder.mkdir()
    shutil.copy(SOURCE, folder / "basic.py")
    (folder / "basic.fixed.py").write_text(SOURCE.read_text())  # claims nothing changes
    run = run_fixtures(tmp_path)
    assert run.returncode == 1 and "FAIL device-cuda/basic.py" in run.stdout, run.stdout
    assert "fixed output differs from basic.fixed.py" in run.stdout
    empty = run_fixtures(tmp_path / "device-cuda")  # check folders are one level down
    assert empty.returncode == 2 and "no fixture" in empty.stderr, empty.stderr
