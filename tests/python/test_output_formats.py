"""The machine formats and the exit options on a real modeling file (transformers' GPT-2):
SARIF 2.1.0 checked by Microsoft's SARIF multitool (from npm, scripts/install-sarif-validator.sh),
GitHub annotations, JUnit XML, JSON lines against the JSON format, and --exit-zero,
--warnings-as-errors and --quiet by their exit codes and output."""
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import REPO
from tidy import MODELS, TIDY


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    path = folder / "modeling_gpt2.py"
    shutil.copy(MODELS / "gpt2" / "modeling_gpt2.py", path)
    # A finding without a check of a plugin (the engine's own): an unused NOLINT directive.
    path.write_text(path.read_text() + "\nunused = 1  # NOLINT(device-cuda)\n")
    return path


def tidy(*args, cwd=None):
    return subprocess.run([str(TIDY), *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


def findings_as_json(model):
    run = tidy("--output-format=json", model)
    assert run.returncode == 1, run.stderr
    return json.loads(run.stdout)


@pytest.fixture(scope="module")
def validator():
    tool = subprocess.run(["bash", os.path.join(REPO, "scripts", "install-sarif-validator.sh")], capture_output=True,
                          text=True, check=True, timeout=600).stdout.strip().splitlines()[-1]

    def validate(path):
        # Invariant globalisation: the self-contained .NET tool then needs no ICU library.
        env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1")
        run = subprocess.run([tool, "validate", str(path)], capture_output=True, text=True, env=env, timeout=300)
        return run.returncode, [line for line in run.stdout.splitlines() if re.search(r": error [A-Z]+\d+:", line)], run.stdout
    return validate


def test_sarif_is_valid_and_carries_rules_fixes_and_counts(model, validator, tmp_path):
    run = tidy("--output-format=sarif", model, cwd=model.parent)
    assert run.returncode == 1, run.stderr
    sarif_path = tmp_path / "out.sarif"
    sarif_path.write_text(run.stdout)
    code, errors, output = validator(sarif_path)
    assert code == 0 and errors == [], output
    log = json.loads(run.stdout)
    (the_run,) = log["runs"]
    results = the_run["results"]
    assert len(results) == len(findings_as_json(model))
    rules = the_run["tool"]["driver"]["rules"]
    assert sorted(r["id"] for r in rules) == sorted({r["ruleId"] for r in results})
    api_map = next(r for r in rules if r["id"] == "api-map")
    assert api_map["help"]["markdown"].startswith("# api-map")  # described from the check's documentation
    assert all(results[i]["ruleId"] == rules[results[i]["ruleIndex"]]["id"] for i in range(len(results)))
    with_fix = [r for r in results if "fixes" in r]
    assert with_fix, "no fix became SARIF replacements"
    text = model.read_bytes()
    for result in with_fix:  # each replacement names bytes of the file
        for change in result["fixes"][0]["artifactChanges"]:
            for replacement in change["replacements"]:
                region = replacement["deletedRegion"]
                assert region["byteOffset"] + region["byteLength"] <= len(text)
    assert the_run["properties"]["initialMetrics"]["torch-uses"] > 0
    engine = next(r for r in rules if r["id"] == "pyconv-unused-nolint")
    assert "engine" in engine["shortDescription"]["text"] and "help" not in engine


def test_sarif_records_nolint_suppressions(model, validator, tmp_path):
    """A finding a NOLINT comment suppresses is a SARIF result with an inSource suppression and the
    comment as its justification (code-scanning services show it as dismissed), not a lost finding."""
    copy = tmp_path / model.name
    lines = model.read_text().splitlines(keepends=True)
    size = next(f for f in findings_as_json(model) if f["check"] == "api-tensor-size")
    at = size["start"]["line"] - 1
    lines[at] = lines[at].rstrip("\n") + "  # NOLINT(api-tensor-size): kept while porting\n"
    copy.write_text("".join(lines))
    plain = json.loads(tidy("--output-format=sarif", model).stdout)["runs"][0]["results"]
    run = tidy("--output-format=sarif", copy)
    sarif_path = tmp_path / "suppressed.sarif"
    sarif_path.write_text(run.stdout)
    code, errors, output = validator(sarif_path)
    assert code == 0 and errors == [], output
    results = json.loads(run.stdout)["runs"][0]["results"]
    suppressed = [r for r in results if "suppressions" in r]
    assert suppressed and all(r["ruleId"] == "api-tensor-size" for r in suppressed), suppressed
    assert all(r["suppressions"] == [{"kind": "inSource", "justification": "# NOLINT(api-tensor-size): kept while porting"}]
               for r in suppressed)
    assert at + 1 in [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in suppressed]
    assert len(results) == len(plain)  # the same findings: some of them now marked suppressed
    # the text report leaves them out, as a suppression should
    text = tidy(copy).stdout
    assert f"{copy}:{at + 1}:" not in "".join(ln for ln in text.splitlines() if ln.endswith("[api-tensor-size]"))


def test_the_validator_rejects_a_broken_log(model, validator, tmp_path):
    log = json.loads(tidy("--output-format=sarif", model).stdout)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    broken = tmp_path / "broken.sarif"
    broken.write_text(json.dumps(log))
    _, errors, output = validator(broken)
    assert errors, output


def test_sarif_lists_applied_unsafe_fixes(model, tmp_path):
    copy = tmp_path / model.name
    shutil.copy(model, copy)
    run = tidy("--fix", "--unsafe-fixes", "--output-format=sarif", copy)
    notes = [n["message"]["text"] for n in json.loads(run.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert any("applied unsafe fix" in n for n in notes), notes


def test_github_annotations_one_per_finding(model):
    run = tidy("--output-format=github", model)
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert len(lines) == len(findings_as_json(model))
    pattern = re.compile(r"^::(warning|error) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::.+$")
    assert all(pattern.match(line) for line in lines), [line for line in lines if not pattern.match(line)][:3]


def test_junit_one_case_per_file(model, tmp_path):
    clean = tmp_path / "clean.py"
    clean.write_text("x = 1\n")
    run = tidy("--output-format=junit", model, clean)
    suite = ET.fromstring(run.stdout).find("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [str(model), str(clean)]
    assert suite.get("failures") == "1" and cases[1].find("failure") is None
    assert len(cases[0].find("failure").text.splitlines()) == len(findings_as_json(model))


def test_json_lines_are_the_json_records(model):
    run = tidy("--output-format=json-lines", model)
    assert [json.loads(line) for line in run.stdout.splitlines()] == findings_as_json(model)


def test_exit_zero_warnings_as_errors_and_quiet(model):
    assert tidy("--exit-zero", model).returncode == 0
    promoted = tidy("--exit-zero", "--warnings-as-errors=api-map", model)
    assert promoted.returncode == 1
    assert re.search(r": error: .*\[api-map\]", promoted.stdout)
    assert not re.search(r": error: .*\[api-residual\]", promoted.stdout)
    loud, quiet = tidy(model), tidy("--quiet", model)
    assert "findings in" in loud.stderr and quiet.stderr == ""
    assert quiet.stdout == loud.stdout and quiet.returncode == 1
