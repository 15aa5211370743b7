"""The knowledge base sits below the stages: no module under ``rasd/kb`` imports a stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import rasd.kb

KB_MODULES = sorted(Path(rasd.kb.__file__).parent.glob("*.py"))


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", KB_MODULES, ids=lambda p: p.name)
def test_kb_layering_imports_no_stage(path: Path) -> None:
    # every import, at the top or inside a function, is read
    assert not {n for n in _imports(path) if n == "rasd.stages" or n.startswith("rasd.stages.")}
