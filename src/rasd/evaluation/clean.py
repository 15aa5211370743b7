"""Evaluate cleaning on the golden cases (``tests/golden/clean/*.json`` in a source checkout).

Metrics: ``case_accuracy`` (cases whose title, text, removed lines, dateline and sources all
match), ``removed_f1`` (dropped lines against the expected ones), ``paragraph_recall``
(expected story paragraphs kept verbatim: the measure of "no sentence lost")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasd.api import analyze_text
from rasd.evaluation import EvalResult

__all__ = ["evaluate", "golden_dir"]


def golden_dir() -> Path | None:
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "tests" / "golden" / "clean"
        if candidate.is_dir():
            return candidate
    return None


def evaluate(data_dir: Path | None) -> EvalResult:
    folder = golden_dir()
    if folder is None:
        return EvalResult("clean", skipped="golden cases live in tests/golden/clean of a source checkout")
    cases = sorted(folder.glob("*.json"))
    exact = 0
    tp = fp = fn = 0
    kept = total_pars = 0
    failed: list[str] = []
    for path in cases:
        case = json.loads(path.read_text(encoding="utf-8"))
        want = case["expected"]
        doc = analyze_text(case["input"])
        got: dict[str, Any] = {
            "title": doc.title,
            "text": doc.text,
            "removed": list(doc.removed),
            "dateline": {"place": doc.dateline.place, "source": doc.dateline.source} if doc.dateline else None,
            "sources": list(doc.sources),
        }
        if all(got[k] == want[k] for k in got if k in want):
            exact += 1
        else:
            failed.append(path.stem)
        exp_removed, got_removed = set(want.get("removed", [])), set(got["removed"])
        tp += len(exp_removed & got_removed)
        fp += len(got_removed - exp_removed)
        fn += len(exp_removed - got_removed)
        for par in want["text"].split("\n\n"):
            if par.strip():
                total_pars += 1
                kept += par in doc.text
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return EvalResult(
        "clean",
        metrics={
            "case_accuracy": exact / len(cases) if cases else 0.0,
            "removed_f1": f1,
            "paragraph_recall": kept / total_pars if total_pars else 1.0,
        },
        details={"cases": len(cases), "failed": failed},
    )
