"""The nightly workflow: when it runs, what it restores, builds, compares and publishes, and
that every `make` target and `c4ir-kb` command it calls exists."""

from __future__ import annotations

import re

import pytest
import yaml

from c4ir_kb.cli.app import app

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "nightly.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(workflow: dict) -> list[dict]:
    return [s for job in workflow["jobs"].values() for s in job["steps"]]


def scripts(workflow: dict) -> str:
    return "\n".join(s.get("run", "") for s in steps(workflow))


def uses(workflow: dict, action: str) -> list[dict]:
    return [s for s in steps(workflow) if s.get("uses", "").split("@")[0] == action]


def test_runs_on_a_schedule_and_by_hand(workflow):
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert on["schedule"][0]["cron"].split()[2:] == ["*", "*", "*"]  # every day
    assert "workflow_dispatch" in on


def test_sets_up_python_with_a_pip_cache(workflow):
    (setup,) = uses(workflow, "actions/setup-python")
    assert setup["with"]["cache"] == "pip"


def test_every_make_target_it_calls_exists(workflow):
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    defined = set(re.findall(r"^([A-Za-z0-9_.-]+)\s*:(?!=)", makefile, re.M))
    called = re.findall(r"\bmake\s+([A-Za-z0-9_.-]+)", scripts(workflow))
    assert "rebuild" in called
    assert set(called) <= defined, f"undefined make targets: {set(called) - defined}"


def test_every_c4ir_kb_command_it_calls_exists(workflow):
    commands = {c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands}
    called = re.findall(r"c4ir-kb\s+([a-z-]+)", scripts(workflow))
    assert "diff" in called
    assert set(called) <= commands


def test_restores_last_nights_kb_and_diffs_only_when_there_is_one(workflow):
    restore = uses(workflow, "actions/cache/restore") + uses(workflow, "actions/download-artifact")
    assert restore
    diff_steps = [s for s in steps(workflow) if "c4ir-kb diff" in s.get("run", "")]
    assert diff_steps and all("if" in s for s in diff_steps)
    saved = uses(workflow, "actions/cache/save") + uses(workflow, "actions/upload-artifact")
    assert any(s["with"]["path"] for s in saved)


def test_uploads_the_kb_the_export_and_the_diff(workflow):
    (upload,) = uses(workflow, "actions/upload-artifact")
    paths = upload["with"]["path"]
    for f in ("kb.sqlite", "kb.json", "diff.json"):
        assert f in paths
