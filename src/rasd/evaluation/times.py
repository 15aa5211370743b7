"""Evaluation of the times stage on gold data written for rasd (no shared data needed).

* ``gold/times/expressions.tsv``: one expression per row (category, publication date, a
  short text, the expected span and value; span ``-`` = the text holds no time expression).
  ``accuracy``: the share of rows where the expected span is found with the expected value
  (for ``-`` rows: where nothing is found).
* ``gold/times/passages.json``: short news passages with every expression annotated.
  ``span_precision`` / ``span_recall`` / ``span_f1``: exact-span matching;
  ``value_accuracy``: the share of gold expressions found with the right span and value.
  The same four with a ``heldout_`` prefix score the passages written after the stage was
  finished (never used to tune it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.evaluation import EvalResult
from rasd.stages.times.stage import resolve_times

__all__ = ["GoldRow", "GoldPassage", "evaluate", "load_passages", "load_table", "row_ok"]


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One row of the expression table. ``span`` None: no expression expected at all;
    ``value`` None: the expression is expected with a null value."""

    category: str
    published: dt.date | None
    text: str
    span: str | None
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldPassage:
    published: dt.date | None
    text: str
    times: tuple[tuple[int, int, str | None], ...]  # (start, end, value) in order
    split: str = "dev"  # "heldout": written after the stage was finished, never tuned on


def _gold_file(name: str) -> str:
    return resources.files("rasd.evaluation").joinpath("gold", "times", name).read_text(encoding="utf-8")


def load_table() -> list[GoldRow]:
    """The rows of ``gold/times/expressions.tsv``."""
    rows = []
    for line in _gold_file("expressions.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, published, text, span, value = line.split("\t")
        rows.append(
            GoldRow(
                category=category,
                published=None if published == "-" else dt.date.fromisoformat(published),
                text=text,
                span=None if span == "-" else span,
                value=None if value in ("null", "-") else value,
            )
        )
    return rows


def load_passages() -> list[GoldPassage]:
    """The annotated passages of ``gold/times/passages.json`` (offsets located in order)."""
    data = json.loads(_gold_file("passages.json"))
    out = []
    for item in data["passages"]:
        text = item["text"]
        spans = []
        pos = 0
        for t in item["times"]:
            start = text.index(t["text"], pos)
            end = start + len(t["text"])
            spans.append((start, end, t["value"]))
            pos = end
        published = item.get("published")
        out.append(
            GoldPassage(
                dt.date.fromisoformat(published) if published else None,
                text,
                tuple(spans),
                item.get("split", "dev"),
            )
        )
    return out


def row_ok(row: GoldRow) -> tuple[bool, list[tuple[str, str | None]]]:
    """Whether the stage gets ``row`` right, and what it found (surface, value)."""
    found = [(row.text[t.start : t.end], t.value) for t in resolve_times(row.text, row.published)]
    if row.span is None:
        return not found, found
    return (row.span, row.value) in found, found


def _passage_scores(passages: list[GoldPassage]) -> dict[str, float]:
    gold_total = predicted_total = span_hits = value_hits = 0
    for passage in passages:
        predicted = {(t.start, t.end): t.value for t in resolve_times(passage.text, passage.published)}
        gold_total += len(passage.times)
        predicted_total += len(predicted)
        for start, end, value in passage.times:
            if (start, end) in predicted:
                span_hits += 1
                value_hits += predicted[(start, end)] == value
    precision = span_hits / predicted_total if predicted_total else 0.0
    recall = span_hits / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "span_precision": precision,
        "span_recall": recall,
        "span_f1": f1,
        "value_accuracy": value_hits / gold_total if gold_total else 0.0,
    }


def evaluate(data_dir: Path | None = None) -> EvalResult:
    """Score the table and the passages (``data_dir`` is not needed)."""
    rows = load_table()
    per_category: Counter[str] = Counter()
    correct_by_category: Counter[str] = Counter()
    failures: list[dict[str, object]] = []
    correct = 0
    for row in rows:
        ok, found = row_ok(row)
        per_category[row.category] += 1
        if ok:
            correct += 1
            correct_by_category[row.category] += 1
        elif len(failures) < 30:
            failures.append({"text": row.text, "expected": [row.span, row.value], "found": found})
    passages = load_passages()
    dev = _passage_scores([p for p in passages if p.split != "heldout"])
    heldout = _passage_scores([p for p in passages if p.split == "heldout"])
    return EvalResult(
        stage="times",
        metrics={
            "accuracy": correct / len(rows) if rows else 0.0,
            **dev,
            **{f"heldout_{name}": value for name, value in heldout.items()},
        },
        details={
            "rows": len(rows),
            "passages": len(passages),
            "passage_expressions": sum(len(p.times) for p in passages),
            "by_category": {c: correct_by_category[c] / n for c, n in sorted(per_category.items())},
            "failures": failures,
        },
    )
