"""The check tables of README.md and plugins/*/README.md are generated from the checks' declarations
(`--list-checks --output-format=json`): the committed tables are current, a stale one is named, and
every option a check declares is described on its doc page."""
import importlib.util
import pathlib
import shutil
import subprocess
import sys

from conftest import REPO
from tidy import TIDY

ROOT = pathlib.Path(REPO)
SCRIPT = ROOT / "scripts" / "update-check-tables.py"


def update_tables(*args):
    return subprocess.run([sys.executable, str(SCRIPT), "--tidy", str(TIDY), *args], capture_output=True, text=True)


def declarations():
    spec = importlib.util.spec_from_file_location("update_check_tables", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script.declarations(TIDY)


def test_the_committed_tables_are_what_the_declarations_give():
    result = update_tables("--check")
    assert result.returncode == 0, result.stderr


def test_a_stale_table_is_named_and_rewritten(tmp_path):
    readmes = [pathlib.Path("README.md")] + [p.relative_to(ROOT) for p in ROOT.glob("plugins/*/README.md")]
    for readme in readmes:
        (tmp_path / readme).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / readme, tmp_path / readme)
    stale = tmp_path / "plugins" / "tokenizer" / "README.md"
    stale.write_text(stale.read_text().replace("| [tokenizer-return-tensors]", "| [tokenizer-old-name]"))
    result = update_tables("--check", "--root", str(tmp_path))
    assert result.returncode == 1 and "plugins/tokenizer/README.md" in result.stderr, result.stderr
    assert update_tables("--root", str(tmp_path)).returncode == 0
    assert stale.read_text() == (ROOT / "plugins" / "tokenizer" / "README.md").read_text()


def test_declarations_carry_phase_summary_and_typed_options():
    checks = {c["name"]: c for c in declarations()}
    assert len(checks) > 40
    assert {c["phase"] for c in checks.values()} == {"prepare", "rewrite"}
    assert all(c["summary"] and "\n" not in c["summary"] for c in checks.values())
    target = checks["device-script-target"]
    assert target["onlyWhen"] == {"key": "Target", "value": "mindspore"}
    assert target["options"][0]["kind"] == "choice" and target["options"][0]["default"] == "CPU"
    assert checks["api-imports"]["options"][0] == {
        "name": "AbsoluteImports", "kind": "flag", "default": "false",
        "summary": checks["api-imports"]["options"][0]["summary"]}


def test_every_declared_option_is_described_on_its_checks_page():
    undocumented = []
    for check in declarations():
        page = next(ROOT.glob(f"plugins/*/docs/{check['name']}.md")).read_text()
        undocumented += [f"{check['name']}.{o['name']}" for o in check["options"] if f"`{o['name']}`" not in page]
    assert not undocumented, undocumented
