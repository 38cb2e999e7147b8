"""Renders INITIAL_PLAN.yaml, the one-file plan, from the staged plan in plans/ (00_index.yaml and
the stage files it lists). Run it after editing a stage; tests/python/test_plans.py fails while
the committed INITIAL_PLAN.yaml differs from what this renders.

    python scripts/render-initial-plan.py [--check]
"""
import pathlib
import sys

import yaml

REPO = pathlib.Path(__file__).resolve().parent.parent
HEADER = """\
# The whole plan in one file, rendered by scripts/render-initial-plan.py from the staged plan in
# plans/ (00_index.yaml lists the stages): edit those, not this. Every `run` is a bash command over
# the variables (export them first); `exit` lists the exit codes that mean the step went as planned;
# `writes` what it leaves behind; an `agent` step is work for the agent, following
# docs/agents/AGENTS.md. tests/python/test_plans.py runs every command on examples/reference.
"""


def render():
    index = yaml.safe_load((REPO / "plans" / "00_index.yaml").read_text())
    stages = [yaml.safe_load((REPO / path).read_text()) for path in index["stages"]]
    plan = {"plan": index["plan"], "variables": index["variables"], "stages": stages}
    return HEADER + yaml.safe_dump(plan, sort_keys=False, width=1000, allow_unicode=True)


def main(argv):
    target = REPO / "INITIAL_PLAN.yaml"
    if argv[1:] == ["--check"]:
        return 0 if target.read_text() == render() else 1
    target.write_text(render())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
