"""The package layout (issue #20): each stage a package, modules and classes of a readable size,
what trains shipped models under rasd.train, and the knowledge base below the stages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rasd.stages import STAGE_PATHS

SRC = Path(__file__).resolve().parents[1] / "src" / "rasd"
MODULES = sorted(SRC.rglob("*.py"))


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_layout_module_under_600_lines(path: Path) -> None:
    assert _lines(path) <= 600, f"{path.relative_to(SRC)} has {_lines(path)} lines"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_layout_classes_under_200_lines(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    big = [(n.name, (n.end_lineno or n.lineno) - n.lineno + 1) for n in ast.walk(tree)
           if isinstance(n, ast.ClassDef) and (n.end_lineno or n.lineno) - n.lineno + 1 > 200]
    assert not big, f"{path.relative_to(SRC)}: classes over 200 lines {big}"


@pytest.mark.parametrize("name", sorted(STAGE_PATHS))
def test_layout_each_stage_is_a_package(name: str) -> None:
    module = STAGE_PATHS[name].split(":")[0]
    assert module == f"rasd.stages.{name}.stage", f"stage {name!r} is registered as {module}"
    folder = SRC.joinpath(*module.split(".")[1:-1])
    assert (folder / "__init__.py").is_file(), f"stage {name!r} is not a package ({module})"
    assert (folder / "stage.py").is_file(), f"stage {name!r} has no stage.py"


def test_layout_no_flat_stage_modules() -> None:
    flat = [p.name for p in (SRC / "stages").glob("*.py") if p.name != "__init__.py"]
    assert not flat, f"modules outside a stage package: {flat}"


def test_layout_no_training_code_in_stages() -> None:
    found = [str(p.relative_to(SRC)) for p in (SRC / "stages").rglob("*.py") if "train" in p.stem]
    assert not found, f"training code belongs in rasd.train: {found}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_layout_stages_do_not_import_training() -> None:
    stages = [str(p.relative_to(SRC)) for p in (SRC / "stages").rglob("*.py")
              if any(m == "rasd.train" or m.startswith("rasd.train.") for m in _imports(p))]
    assert not stages, f"a stage imports training code: {stages}"
