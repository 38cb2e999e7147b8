"""The plans (INITIAL_PLAN.yaml, plans/*.yaml): every stage is well formed, the one-file plan is
what scripts/render-initial-plan.py renders from the staged one, and every command of every stage,
in order, runs as planned on a copy of examples/reference (the reference pair, fetched from the
pinned wheels): each exits with a code the step allows and leaves what it says it writes; the
parity tests of stage 20 pass. A hand edit in the output survives the plan's second conversion."""
import os
import pathlib
import re
import shutil
import string
import subprocess
import sys

import pytest
import yaml

from conftest import REPO
from tidy import TIDY

REPO_PATH = pathlib.Path(REPO)
STEP_KEYS = {"do", "run", "exit", "writes"}


def staged_plan():
    index = yaml.safe_load((REPO_PATH / "plans" / "00_index.yaml").read_text())
    return index, [yaml.safe_load((REPO_PATH / path).read_text()) for path in index["stages"]]


def test_every_stage_is_well_formed():
    index, stages = staged_plan()
    assert [s["stage"] for s in stages] == [pathlib.Path(p).stem for p in index["stages"]]
    variables = set(index["variables"])
    for stage in stages:
        assert {"stage", "goal", "inputs", "outputs", "steps", "exit_criteria"} <= set(stage), stage["stage"]
        assert any("run" in step for step in stage["steps"]), stage["stage"]
        for step in stage["steps"]:
            if "agent" in step:
                assert set(step) == {"agent"}
                continue
            assert set(step) <= STEP_KEYS and {"do", "run", "exit"} <= set(step), step
            assert all(isinstance(code, int) for code in step["exit"])
            text = step["run"] + " ".join(step.get("writes", []))
            used = {part.split("}")[0] for part in text.split("${")[1:]}
            assert used <= variables, (step["run"], used - variables)


def test_the_one_file_plan_is_the_staged_plan():
    rendered = subprocess.run([sys.executable, str(REPO_PATH / "scripts" / "render-initial-plan.py"), "--check"])
    assert rendered.returncode == 0, "INITIAL_PLAN.yaml differs: run scripts/render-initial-plan.py"
    index, stages = staged_plan()
    one_file = yaml.safe_load((REPO_PATH / "INITIAL_PLAN.yaml").read_text())
    assert one_file["stages"] == stages and one_file["variables"] == index["variables"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    fetched = subprocess.run(["bash", str(REPO_PATH / "scripts" / "fetch-reference-pair.sh")], capture_output=True,
                             text=True, timeout=900)
    assert fetched.returncode == 0, fetched.stderr
    root = tmp_path_factory.mktemp("plan")
    shutil.copytree(REPO_PATH / "examples" / "reference" / "torch", root / "src")
    (root / "work").mkdir()
    env = dict(os.environ, TIDY=str(TIDY), PYTHON=sys.executable, SRC=str(root / "src"), OUT=str(root / "out"),
               WORK=str(root / "work"))
    return root, env


def run_step(step, env):
    return subprocess.run(["bash", "-c", step["run"]], capture_output=True, text=True, env=env, timeout=1800)


def test_every_command_runs_as_planned(tree):
    root, env = tree
    _, stages = staged_plan()
    for stage in stages:
        for step in stage["steps"]:
            if "run" not in step:
                continue
            done = run_step(step, env)
            assert done.returncode in step["exit"], (stage["stage"], step["do"], done.stdout[-2000:], done.stderr[-2000:])
            for written in step.get("writes", []):
                assert pathlib.Path(string.Template(written).substitute(env)).exists(), written
    # The reference model converts completely: the work list is empty and every parity test ran.
    assert (root / "work" / "worklist.jsonl").read_text() == ""
    assert list((root / "work" / "parity").glob("test_*.py"))
    # ...and the review report counts every one of those tests as passed.
    index = (root / "work" / "review" / "index.html").read_text()
    passed = re.search(r"parity tests passed</th><td>(\d+) of (\d+)<", index)
    assert passed and passed.group(1) == passed.group(2) != "0", index[-2000:]


def test_a_hand_edit_survives_the_second_conversion(tree):
    root, env = tree
    _, stages = staged_plan()
    convert, again = stages[0]["steps"][0], stages[0]["steps"][1]
    assert run_step(convert, env).returncode in convert["exit"]
    (edited,) = (root / "out").rglob("modeling_*.py")
    edited.write_text(edited.read_text() + "\n# checked by hand\n")
    rerun = run_step(again, env)
    assert rerun.returncode in again["exit"], rerun.stderr
    assert edited.read_text().endswith("# checked by hand\n")
    assert "continued where they stand" in rerun.stderr and edited.name in rerun.stderr
