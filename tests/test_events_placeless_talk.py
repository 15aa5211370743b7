"""Violence told without a place of its own in a piece that is no report
(rasd.stages.events.placeless.talk_without_place, ``placeless`` in
``rasd/data/events/eventness.json``): a weak event placed in the country, or nowhere, in a piece of
several sentences the genre model does not call a report, none of whose sentences the report-ness
model calls a report, names a recent day or counts its act, is talk; each reading alone is not.

The article is written for these tests; the two models' probabilities are set per case, so each
row tests one bar."""

from __future__ import annotations

from dataclasses import replace

import pytest

from piece_helpers import piece_document, weak_candidate, word_range
from rasd.document import Document, Location
from rasd.stages.events import placeless
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate

SENTENCES = (
    "قال وزير الخارجية إن بلاده تدعم الحكومة في حربها على الإرهاب.",
    "وأضاف أن المسلحين يشنون هجمات على القوات في البلاد منذ سنوات.",
    "وأكد أن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة.",
    "وأشار إلى أن بلاده ستواصل دعم جهود الأمم المتحدة.",
    "وختم بأن المنطقة بحاجة إلى الاستقرار.",
    "وكانت الطائرات قد قصفت أمس مواقع المسلحين.",
)
COUNTRY = Location(text="البلاد", name="Iraq", country="IQ", admin1=None, lat=33.0, lon=44.0, precision=3)
PROVINCE = replace(COUNTRY, name="Anbar", admin1="Anbar")
TOWN = replace(COUNTRY, name="Ramadi", admin1="Anbar", precision=1)


def _document(count: int = len(SENTENCES)) -> Document:
    return piece_document(SENTENCES, "وزير الخارجية: ندعم الحكومة", count)


def _candidate(index: int = 1, **changes: object) -> Candidate:
    return weak_candidate(SENTENCES, index, **{"location": COUNTRY, "time_precision": 1, **changes})


def _ask(monkeypatch: pytest.MonkeyPatch, cand: Candidate, *, confidence: float = 0.2, genre: float | None = 0.2,
         report: float | None = 0.2, doc: Document | None = None) -> bool:
    monkeypatch.setattr(placeless, "article_report_probability", lambda title, text: genre)
    monkeypatch.setattr(placeless, "report_probability", lambda words, lo, hi: report)
    doc = doc or _document()
    words = words_of(doc.text)
    return placeless.talk_without_place(doc, words, [word_range(words, cand.start, cand.end)], cand, confidence)


def test_events_placeless_talk_all_bars_met_is_talk(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _ask(monkeypatch, _candidate())
    assert _ask(monkeypatch, _candidate(location=None))


@pytest.mark.parametrize(("why", "cand", "kwargs"), [
    ("confident", _candidate(), {"confidence": 0.45}),
    ("a strategic development", _candidate(event_type="Strategic developments", sub_event_type="Arrests"), {}),
    ("a protest", _candidate(event_type="Protests", sub_event_type="Peaceful protest"), {}),
    ("placed in a province", _candidate(location=PROVINCE), {}),
    ("placed in a town", _candidate(location=TOWN), {}),
    ("told in the lead", _candidate(index=0), {}),
    ("a piece of a few sentences", _candidate(), {"doc": _document(4)}),
    ("a piece the genre model calls a report", _candidate(), {"genre": 0.6}),
    ("no genre model reading", _candidate(), {"genre": None}),
    ("a sentence the report-ness model calls a report", _candidate(), {"report": 0.5}),
    ("no report-ness model", _candidate(), {"report": None}),
    ("a sentence that names a recent day", _candidate(index=5), {}),
])
def test_events_placeless_talk_each_bar_keeps_the_event(monkeypatch: pytest.MonkeyPatch, why: str,
                                                        cand: Candidate, kwargs: dict[str, object]) -> None:
    assert not _ask(monkeypatch, cand, **kwargs), why  # type: ignore[arg-type]


def test_events_placeless_talk_table_is_shipped() -> None:
    bars = placeless.placeless_bars()
    assert bars.types == {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    assert 0 < bars.max_confidence <= 0.5 and 0 < bars.max_genre < 0.5 and 0 < bars.max_report < 0.5
    assert bars.min_precision == 3 and bars.min_sentences >= 3
