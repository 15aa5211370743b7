"""Evaluate events and places on real news (``rasd eval realnews``).

The data is ``../shared/data/realnews``: 140 real Arabic articles (SaudiNewsNet, 2015) coded
by hand as ACLED would, with a ``tune`` split (ids ``A*``, ``C*``: looked at while developing)
and a ``check`` split (``B*``, ``D*``: scored, never studied). It is non-commercial and for
evaluation only: nothing of it is copied into the repository, and no shipped model or table
is built from it.

Each article goes through the default pipeline exactly as ``rasd analyze --format jsonl``
would take it (the same reader and the same pipeline), and the documents are scored by the
project's yardstick, ``../shared/tools/score_realnews.py`` (loaded from beside the data, so
the figures are the scorer's own). Metrics per split, ``<split>_...``:

* ``event_f1`` (date within a day), ``event_precision``, ``event_recall``,
  ``event_f1_exact_date``;
* ``no_event_clean``: the share of the split's no-event (trap) articles that get no event;
* ``fatalities_exact``, ``actor1_loose``, ``subtype_accuracy`` on matched events;
* ``actor1_found``: the share of all gold events that rasd matches with their actor1 right
  (loosely, as the scorer compares it): a fixed denominator, like ``fatalities_found``;
* ``fatalities_found``: the share of the gold events that state a toll which rasd matches
  with that exact toll (its denominator is fixed by the gold, so finding more events never
  lowers it, where ``fatalities_exact`` is over whatever events happen to match);
* ``confident_right``: the share of events with ``confidence >= 0.8`` that match a gold event;
* ``places_precision``, ``places_recall``.

The gate pins floors on the ``check_*`` metrics only; ``tune_*`` are printed for developers.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from rasd.evaluation import EvalResult

__all__ = ["SPLITS", "analyse_articles", "evaluate", "load_scorer", "split_metrics"]

#: Split name -> id prefixes (the data's README).
SPLITS: dict[str, tuple[str, ...]] = {"tune": ("A", "C"), "check": ("B", "D")}
#: Events at or above this confidence are the ones whose precision ``confident_right`` measures.
CONFIDENT = 0.8


def load_scorer(data_dir: Path) -> ModuleType | None:
    """The shared scorer module (``<data_dir>/../tools/score_realnews.py``), or None."""
    path = data_dir.parent / "tools" / "score_realnews.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("rasd_shared_score_realnews", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def analyse_articles(path: Path) -> dict[str, dict[str, Any]]:
    """Document dicts by id, for every article of a JSONL file, as ``rasd analyze`` makes them."""
    from rasd.api import get_pipeline
    from rasd.ingest.readers import InputError, iter_articles, to_document

    pipeline = get_pipeline()
    docs: dict[str, dict[str, Any]] = {}
    for item in iter_articles([str(path)]):
        if isinstance(item, InputError):
            continue
        data = pipeline(to_document(item)).to_dict()
        docs[str(data.get("id"))] = data
    return docs


def _confident_right(calibration: dict[str, list[int]]) -> float:
    """The share of events with ``confidence >= CONFIDENT`` that match a gold event (1.0 if
    none), from the scorer's calibration bands (``"0.8-0.9": [right, predicted]``)."""
    bands = [v for k, v in calibration.items() if float(k.split("-")[0]) >= CONFIDENT - 1e-9]
    total = sum(n for _, n in bands)
    return sum(ok for ok, _ in bands) / total if total else 1.0


def _fatalities_found(scorer: ModuleType, gold: dict[str, Any], docs: dict[str, Any], ids: list[str]) -> float:
    """Gold events stating a toll that are matched (date within a day) with that exact toll,
    over all gold events stating a toll (1.0 if none): the scorer's own matching."""
    stated = right = 0
    for events, predicted, matched in _matches(scorer, gold, docs, ids):
        for i, event in enumerate(events):
            if event.get("fatalities") is None:
                continue
            stated += 1
            right += i in matched and predicted[matched[i]].get("fatalities") == event["fatalities"]
    return right / stated if stated else 1.0


def _actor1_found(scorer: ModuleType, gold: dict[str, Any], docs: dict[str, Any], ids: list[str]) -> float:
    """Gold events matched (date within a day) with their actor1 right as the scorer compares it
    loosely, over all gold events (1.0 if none): unlike ``actor1_loose``, a rate over whatever
    events match, finding one more event with a wrong actor1 never lowers it."""
    total = right = 0
    for events, predicted, matched in _matches(scorer, gold, docs, ids):
        total += len(events)
        right += sum(scorer.loose_actor(predicted[j].get("actor1")) == scorer.loose_actor(events[i].get("actor1"))
                     for i, j in matched.items())
    return right / total if total else 1.0


def _matches(scorer: ModuleType, gold: dict[str, Any], docs: dict[str, Any],
             ids: list[str]) -> list[tuple[list[dict[str, Any]], list[dict[str, Any]], dict[int, int]]]:
    """Per article: its gold events, rasd's events and the scorer's matching (date within a day)."""
    out = []
    for aid in ids:
        events = gold[aid]["events"]
        predicted = (docs.get(aid) or {}).get("events") or []
        out.append((events, predicted, scorer.match_events(events, predicted, 1)))
    return out


def split_metrics(scorer: ModuleType, gold: dict[str, Any], docs: dict[str, Any], split: str) -> dict[str, float]:
    """The ``<split>_*`` metrics of one split (see the module docstring)."""
    prefixes = SPLITS[split]
    ids = sorted(i for i in gold if i.startswith(prefixes))
    near = scorer.score_events(gold, docs, ids, 1, None)
    exact = scorer.score_events(gold, docs, ids, 0, None)
    places = scorer.score_places(gold, docs, ids, None)
    traps = near["no_event_articles"]
    metrics = {
        "event_f1": near["f1"],
        "event_precision": near["precision"],
        "event_recall": near["recall"],
        "event_f1_exact_date": exact["f1"],
        "no_event_clean": (traps - near["no_event_articles_with_events"]) / traps if traps else 1.0,
        "fatalities_exact": near["fatalities"],
        "fatalities_found": _fatalities_found(scorer, gold, docs, ids),
        "actor1_loose": near["actor1_loose"],
        "actor1_found": _actor1_found(scorer, gold, docs, ids),
        "subtype_accuracy": near["subtype"],
        "confident_right": _confident_right(near["calibration"]),
        "places_precision": places["precision"],
        "places_recall": places["recall"],
    }
    return {f"{split}_{k}": round(float(v), 4) for k, v in metrics.items()}


def evaluate(data_dir: Path | None) -> EvalResult:
    result = EvalResult("realnews")
    folder = data_dir / "realnews" if data_dir else None
    if folder is None or not (folder / "articles.jsonl").is_file() or not (folder / "gold.json").is_file():
        result.skipped = "needs ../shared/data/realnews (articles.jsonl and gold.json)"
        return result
    assert data_dir is not None
    scorer = load_scorer(data_dir)
    if scorer is None:
        result.skipped = "needs the scorer ../shared/tools/score_realnews.py"
        return result
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    docs = analyse_articles(folder / "articles.jsonl")
    for split in SPLITS:
        result.metrics.update(split_metrics(scorer, gold, docs, split))
    result.details["articles"] = len(docs)
    return result
