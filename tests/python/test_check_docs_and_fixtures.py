"""Every check the built-in plugins register has its doc page and at least one fixture (with its
expected output), and every doc page and fixture folder belongs to a registered check: a check
added without them, or renamed on one side only, fails here."""
import pathlib
import subprocess

from conftest import REPO
from tidy import TIDY

PLUGINS = pathlib.Path(REPO) / "plugins"


def registered_checks():
    out = subprocess.run([str(TIDY), "--checks=*", "--list-checks"], capture_output=True, text=True, check=True)
    return {line.strip() for line in out.stdout.splitlines()[1:] if line.strip()}


def test_every_check_has_a_doc_page_and_a_fixture():
    checks = registered_checks()
    assert len(checks) > 40, checks
    missing = []
    for check in sorted(checks):
        docs = list(PLUGINS.glob(f"*/docs/{check}.md"))
        fixtures = [f for f in PLUGINS.glob(f"*/tests/{check}/*.py") if not f.name.endswith(".fixed.py")]
        if len(docs) != 1:
            missing.append(f"{check}: {len(docs)} doc pages")
        if not fixtures:
            missing.append(f"{check}: no fixture")
        for fixture in fixtures:
            if not fixture.with_suffix("").with_suffix(".fixed.py").exists():
                missing.append(f"{check}: {fixture.name} has no expected output")
    assert not missing, "\n".join(missing)


def test_every_doc_page_and_fixture_folder_names_a_registered_check():
    checks = registered_checks()
    pages = {p.stem for p in PLUGINS.glob("*/docs/*.md")}
    folders = {p.name for p in PLUGINS.glob("*/tests/*") if p.is_dir()}
    assert not (pages - checks), sorted(pages - checks)
    assert not (folders - checks), sorted(folders - checks)
