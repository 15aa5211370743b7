"""Evaluator for the ``places`` stage on rasd's own gold set.

Gold: ``gold/places/articles.jsonl``, short news articles written for rasd, one JSON object a
line: ``id``, ``dateline`` (or null), ``text`` and ``places``, the place mentions in order of
appearance, each with its surface ``text`` (the name without proclitics), ``country`` and a
``level``: ``town`` (with the expected ``lat``/``lon``; also districts and places near a
town), ``province`` (with the expected ``admin1``) or ``country``.

A predicted place *finds* a gold mention when their spans overlap (one to one). It *places*
it when: town, within 25 km of the expected point; province, same country and admin1;
country, same country at precision 3.

Metrics: ``recall`` (found / gold), ``precision`` (predictions that find a gold mention /
predictions), ``accuracy`` (placed / found), ``placed`` (placed / gold: the issue's "found
and placed" figure) and ``f1`` (of precision and recall).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.document import Place
from rasd.evaluation import EvalResult
from rasd.kb.gazetteer import haversine_km
from rasd.text import is_arabic_letter

__all__ = ["GOLD_FILE", "HELDOUT_FILES", "GoldMention", "evaluate", "load_gold", "score_article", "TOWN_KM"]

GOLD_FILE = "articles.jsonl"
#: Written after the rules, each first scored untouched (see docs/places.md for those scores).
HELDOUT_FILES = ("heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl")
TOWN_KM = 25.0


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    level: str
    country: str
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None


def _find_word(text: str, surface: str, pos: int) -> int:
    """The next occurrence of ``surface`` that ends a word (``عمان`` not inside ``العماني``)."""
    i = text.find(surface, pos)
    while i >= 0:
        after = text[i + len(surface) : i + len(surface) + 1]
        if not after or not is_arabic_letter(after):
            return i
        i = text.find(surface, i + 1)
    return -1


def load_gold(name: str = GOLD_FILE) -> list[dict[str, Any]]:
    """The gold articles, each with ``mentions`` (a list of :class:`GoldMention`) added."""
    res = resources.files("rasd.evaluation").joinpath("gold", "places", name)
    articles = []
    for line in res.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        text, pos, mentions = art["text"], 0, []
        for p in art["places"]:
            i = _find_word(text, p["text"], pos)
            if i < 0:
                raise ValueError(f"gold {art['id']}: {p['text']!r} not found after offset {pos}")
            mentions.append(GoldMention(i, i + len(p["text"]), p["level"], p["country"], p.get("lat"),
                                        p.get("lon"), p.get("admin1")))
            pos = i + len(p["text"])
        art["mentions"] = mentions
        articles.append(art)
    return articles


def _placed(g: GoldMention, p: Place) -> bool:
    if g.level == "town":
        assert g.lat is not None and g.lon is not None
        return haversine_km(g.lat, g.lon, p.lat, p.lon) <= TOWN_KM
    if g.level == "province":
        return p.country == g.country and p.admin1 == g.admin1
    return p.country == g.country and p.precision == 3


def score_article(mentions: list[GoldMention], predicted: list[Place]) -> dict[str, Any]:
    """Counts for one article, and the misses and false alarms for reading."""
    used: set[int] = set()
    found = placed = 0
    misses: list[tuple[int, int, str]] = []
    for g in mentions:
        hit = None
        for k, p in enumerate(predicted):
            if k not in used and p.start < g.end and g.start < p.end:
                hit = k
                break
        if hit is None:
            misses.append((g.start, g.end, "not found"))
            continue
        used.add(hit)
        found += 1
        if _placed(g, predicted[hit]):
            placed += 1
        else:
            p = predicted[hit]
            misses.append((g.start, g.end, f"misplaced as {p.name} ({p.country}, {p.admin1}, precision {p.precision})"))
    false_alarms = [(p.start, p.end, f"{p.name} ({p.country})") for k, p in enumerate(predicted) if k not in used]
    return {"gold": len(mentions), "pred": len(predicted), "found": found, "placed": placed,
            "misses": misses, "false_alarms": false_alarms}


def _score_files(names: tuple[str, ...]) -> tuple[dict[str, int], list[str], int]:
    from rasd.stages.places.stage import places_in_text

    totals = {"gold": 0, "pred": 0, "found": 0, "placed": 0}
    errors: list[str] = []
    n_articles = 0
    for name in names:
        for art in load_gold(name):
            n_articles += 1
            predicted = places_in_text(art["text"], dateline=art.get("dateline"))
            counts = score_article(art["mentions"], predicted)
            for key in totals:
                totals[key] += counts[key]
            text = art["text"]
            for s, e, why in counts["misses"]:
                errors.append(f"{art['id']}: miss {text[s:e]!r}: {why}")
            for s, e, what in counts["false_alarms"]:
                errors.append(f"{art['id']}: false alarm {text[s:e]!r} -> {what}")
    return totals, errors, n_articles


def _metrics(totals: dict[str, int]) -> dict[str, float]:
    recall = totals["found"] / totals["gold"] if totals["gold"] else 0.0
    precision = totals["found"] / totals["pred"] if totals["pred"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "recall": round(recall, 4),
        "precision": round(precision, 4),
        "f1": round(f1, 4),
        "accuracy": round(totals["placed"] / totals["found"], 4) if totals["found"] else 0.0,
        "placed": round(totals["placed"] / totals["gold"], 4) if totals["gold"] else 0.0,
    }


def evaluate(data_dir: Path | None = None) -> EvalResult:
    """Score the places stage on the bundled gold sets (``data_dir`` is not needed).

    Metrics without a prefix are over both files together; ``dev_*`` over the set the rules
    were developed on, ``heldout_*`` over the set written afterwards and not tuned on.
    """
    dev_totals, dev_errors, dev_n = _score_files((GOLD_FILE,))
    held_totals, held_errors, held_n = _score_files(HELDOUT_FILES)
    both = {k: dev_totals[k] + held_totals[k] for k in dev_totals}
    metrics = _metrics(both)
    metrics.update({f"dev_{k}": v for k, v in _metrics(dev_totals).items()})
    metrics.update({f"heldout_{k}": v for k, v in _metrics(held_totals).items()})
    details: dict[str, object] = {"articles": dev_n + held_n, **both, "errors": dev_errors + held_errors}
    return EvalResult("places", metrics=metrics, details=details)
