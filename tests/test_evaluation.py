"""The evaluation gate's floor check."""

from __future__ import annotations

import pytest

import rasd.evaluation as evaluation
from rasd.evaluation import EvalResult, check_floors, load_floors


@pytest.mark.parametrize(
    ("installed", "failing"),
    [(False, False), (True, True)],
)
def test_evaluation_accurate_floors_gate_only_where_the_tier_runs(
    monkeypatch: pytest.MonkeyPatch, installed: bool, failing: bool
) -> None:
    floors = load_floors("ner")
    assert any(m.startswith("accurate_") for m in floors)
    fast_only = {m: 1.0 for m in floors if not m.startswith(evaluation.ACCURATE_PREFIXES)}
    monkeypatch.setattr(evaluation, "_accurate_installed", lambda: installed)
    failures = check_floors(EvalResult("ner", metrics=dict(fast_only)))
    assert bool(failures) is failing
    assert all("accurate_" in f for f in failures)


def test_evaluation_missing_fast_metric_fails() -> None:
    floors = load_floors("ner")
    result = EvalResult("ner", metrics={m: 1.0 for m in floors if m != "micro_f1"})
    assert any(f.startswith("ner.micro_f1:") for f in check_floors(result))
