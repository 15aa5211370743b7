"""The events stage inside the full default pipeline: the Raqqa acceptance article, the
gold set's integrity and the evaluator's matching rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from acled_taxonomy import ACLED
from rasd.evaluation.events import evaluate_gsr, haversine_km, load_gold


def _analyze(text: str, published: str):  # type: ignore[no-untyped-def]
    from rasd.evaluation.events import _analyze as analyze

    return analyze(text, published)


def test_events_pipeline_raqqa_agreement_and_battle(raqqa_raw: str) -> None:
    doc = _analyze(raqqa_raw, "2017-10-15")
    by_type = {(e.event_type, e.sub_event_type): e for e in doc.events}
    agreement = by_type[("Strategic developments", "Agreement")]
    battle = by_type[("Battles", "Armed clash")]
    for e in (agreement, battle):
        assert e.location is not None and e.location.country == "SY"
        assert haversine_km(e.location.lat, e.location.lon, 35.95, 39.01) < 25
        assert e.date in ("2017-10-14", "2017-10-15")
        assert doc.text[e.evidence.start : e.evidence.end].strip()
    assert {battle.actor1, battle.actor2} == {"SDF: Syrian Democratic Forces", "Islamic State"}
    assert "اتفاق" in doc.text[agreement.evidence.start : agreement.evidence.end]
    assert "القتال" in doc.text[battle.evidence.start : battle.evidence.end]


def test_events_gold_set_is_complete() -> None:
    articles = load_gold()
    assert len(articles) >= 30
    events = [e for a in articles for e in a["events"]]
    types = {e["event_type"] for e in events}
    assert types == set(ACLED)
    for t in ACLED:
        assert len({e["sub_event_type"] for e in events if e["event_type"] == t}) >= 2
    for e in events:
        assert e["sub_event_type"] in ACLED[e["event_type"]]
        assert len(e["date"]) == 10 and len(e["country"]) == 2
    negatives = {a["topic"] for a in articles if not a["events"]}
    assert {"economy", "diplomacy", "sport"} <= negatives


@pytest.mark.parametrize("article_id", ["g04", "g19", "g40", "g45"])
def test_events_pipeline_gold_examples(article_id: str) -> None:
    article = next(a for a in load_gold() if a["id"] == article_id)
    doc = _analyze(article["text"], article["published"])
    got = sorted((e.event_type, e.sub_event_type, e.date) for e in doc.events)
    want = sorted((e["event_type"], e["sub_event_type"], e["date"]) for e in article["events"])
    assert got == want


def test_events_gsr_test_split_scores(shared_data: Path) -> None:
    scores = evaluate_gsr(shared_data)
    for task in ("assault", "protest"):
        assert 0.0 <= scores[f"gsr_{task}_f1"] <= 1.0
    assert scores["gsr_assault_f1"] > 0.5


@pytest.mark.parametrize(
    ("lat", "lon", "date", "etype", "matched"),
    [
        (33.40, 44.40, "2020-01-02", "Battles", True),  # ~7 km away
        (33.70, 44.40, "2020-01-02", "Battles", False),  # ~40 km away
        (33.34, 44.40, "2020-01-03", "Battles", False),  # another day
        (33.34, 44.40, "2020-01-02", "Riots", False),  # another type
    ],
)
def test_events_eval_match_rules(lat: float, lon: float, date: str, etype: str, matched: bool) -> None:
    from rasd.document import Event, Location, Span
    from rasd.evaluation.events import _match

    e = Event(etype, "Armed clash" if etype == "Battles" else "Mob violence", date, 1, Span(0, 1),
              location=Location("x", "x", "IQ", None, lat, lon, 1))
    gold = {"event_type": "Battles", "country": "IQ", "date": "2020-01-02", "lat": 33.34058, "lon": 44.40088}
    assert bool(_match([e], [gold])) is matched
