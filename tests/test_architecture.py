"""The package is laid out as its pipeline (ARCHITECTURE.md), and stays that way.

Stages in order: sources -> nlp -> extract -> kb -> quality -> cli. A module may import
from its own stage or an earlier one, never from a later one; `models` (the records passed
between stages) and the package root belong to no stage. No module is over 600 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "c4ir_kb"
STAGES = ["sources", "nlp", "extract", "kb", "quality", "cli"]
MODULES = sorted(p for p in PKG.rglob("*.py"))


def stage_of(module: str) -> int | None:
    """The stage index of a dotted module name inside c4ir_kb, None for shared modules."""
    parts = module.split(".")
    if parts[0] != "c4ir_kb" or len(parts) < 2:
        return None
    if parts[1] in STAGES:
        return STAGES.index(parts[1])
    if parts[1] == "bench":  # the `python -m c4ir_kb.bench` entry point of quality/bench.py
        return STAGES.index("quality")
    return None


def module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = module_name(path).split(".")
    package = me if path.name == "__init__.py" else me[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                found.append(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                found.append(node.module)
    return [m for m in found if m.startswith("c4ir_kb")]


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_no_import_runs_back_up_the_pipeline(path):
    mine = stage_of(module_name(path))
    if mine is None:
        assert all(stage_of(m) is None for m in imports(path)), "shared modules import no stage"
        return
    later = [m for m in imports(path) if (s := stage_of(m)) is not None and s > mine]
    assert not later, f"{module_name(path)} ({STAGES[mine]}) imports a later stage: {later}"


@pytest.mark.parametrize("path", MODULES, ids=[module_name(p) for p in MODULES])
def test_no_module_is_over_600_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 600
