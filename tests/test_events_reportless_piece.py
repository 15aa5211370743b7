"""A weak event in a piece that reports nothing (rasd.stages.events.reportless,
``reportless`` in ``rasd/data/events/eventness.json``): in a piece of several sentences the genre
model does not call a report, none of whose sentences (the event's or any other) the report-ness
model calls a report, a weak event not told in the lead whose sentences name no recent day, count
no act, name no dead or wounded, refer to no incident and open no item of their own is dropped;
each reading alone keeps it.

The article is written for these tests; the two models' probabilities are set per case, so each
row tests one bar."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from piece_helpers import piece_document, weak_candidate, word_range
from rasd.document import Document
from rasd.stages.events import reportless
from rasd.stages.events.lexicon import Word, words_of
from rasd.stages.events.merge import Candidate

SENTENCES = (
    "قال المتحدث باسم الوزارة إن الاجتماع بحث سبل التعاون بين البلدين.",
    "وأضاف أن الطرفين ناقشا جهود مواجهة التنظيم في المنطقة.",
    "وأكد أن الحوار هو الطريق الأمثل لحل الخلافات.",
    "وأشار إلى أن الوزيرين سيلتقيان مجددا في الخريف.",
    "وختم بأن العلاقات بين البلدين تشهد تطورا ملحوظا.",
    "وأفاد بأن الاشتباكات اندلعت أمس قرب الحدود.",
    "وأوضح أن المواجهات خلفت جرحى من الجانبين.",
    "ولفت إلى اعتقال 40 شخصا في المدينة.",
    "وندد الوزير بالتفجير الذي استهدف السوق.",
    "وفي غضون ذلك، جرت مواجهة بين الطرفين عند المعبر.",
)


def _document(count: int = len(SENTENCES)) -> Document:
    return piece_document(SENTENCES, "الوزارة: بحثنا سبل التعاون", count)


def _candidate(index: int = 1, **changes: object) -> Candidate:
    return weak_candidate(SENTENCES, index, **changes)


def _ask(monkeypatch: pytest.MonkeyPatch, cand: Candidate, *, confidence: float = 0.2, genre: float | None = 0.2,
         report: float | None = 0.2, reporting_sentence: int | None = None, doc: Document | None = None) -> bool:
    """Whether ``cand`` is dropped; ``reporting_sentence``: the one sentence the report-ness model
    calls a report (every other gets ``report``)."""
    doc = doc or _document()
    words = words_of(doc.text)
    hot = word_range(words, doc.sentences[reporting_sentence].start, doc.sentences[reporting_sentence].end) \
        if reporting_sentence is not None else None

    def report_probability(ws: Sequence[Word], lo: int = 0, hi: int | None = None) -> float | None:
        return 0.9 if hot is not None and (lo, hi) == hot else report

    monkeypatch.setattr(reportless, "article_report_probability", lambda title, text: genre)
    monkeypatch.setattr(reportless, "report_probability", report_probability)
    reportless.most_reportlike.cache_clear()
    try:
        return reportless.weak_in_reportless_piece(doc, words, [word_range(words, cand.start, cand.end)], cand, confidence)
    finally:
        reportless.most_reportlike.cache_clear()


def test_events_reportless_piece_all_bars_met_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _ask(monkeypatch, _candidate())
    assert _ask(monkeypatch, _candidate(event_type="Strategic developments", sub_event_type="Agreement"))
    assert _ask(monkeypatch, _candidate(index=2, event_type="Violence against civilians", sub_event_type="Attack"))


@pytest.mark.parametrize(("why", "cand", "kwargs"), [
    ("confident", _candidate(), {"confidence": 0.5}),
    ("a protest", _candidate(event_type="Protests", sub_event_type="Peaceful protest"), {}),
    ("a riot", _candidate(event_type="Riots", sub_event_type="Violent demonstration"), {}),
    ("told in the lead", _candidate(index=0), {}),
    ("a piece of a few sentences", _candidate(), {"doc": _document(4)}),
    ("a piece the genre model calls a report", _candidate(), {"genre": 0.45}),
    ("no genre model reading", _candidate(), {"genre": None}),
    ("every sentence read as a report", _candidate(), {"report": 0.5}),
    ("another sentence of the piece read as a report", _candidate(), {"reporting_sentence": 3}),
    ("the lead read as a report", _candidate(), {"reporting_sentence": 0}),
    ("no report-ness model", _candidate(), {"report": None}),
    ("a sentence that names a recent day", _candidate(index=5), {}),
    ("a sentence that names wounded", _candidate(index=6), {}),
    ("a sentence that counts its act", _candidate(index=7), {}),
    ("a sentence that condemns an incident", _candidate(index=8), {}),
    ("a sentence that opens an item of its own", _candidate(index=9), {}),
])
def test_events_reportless_piece_each_bar_keeps_the_event(monkeypatch: pytest.MonkeyPatch, why: str,
                                                          cand: Candidate, kwargs: dict[str, object]) -> None:
    assert not _ask(monkeypatch, cand, **kwargs), why  # type: ignore[arg-type]


def test_events_reportless_piece_weak_talk_reads_both_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reportless, "talk_without_place", lambda *args: True)
    monkeypatch.setattr(reportless, "weak_in_reportless_piece", lambda *args: False)
    doc = _document()
    assert reportless.weak_talk(doc, words_of(doc.text), [(0, 3)], _candidate(), 0.2)
    monkeypatch.setattr(reportless, "talk_without_place", lambda *args: False)
    assert not reportless.weak_talk(doc, words_of(doc.text), [(0, 3)], _candidate(), 0.2)


def test_events_reportless_piece_table_is_shipped() -> None:
    bars = reportless.reportless_bars()
    assert bars.types == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Strategic developments"}
    assert 0 < bars.max_confidence <= 0.5 and 0 < bars.max_genre < 0.5 and 0 < bars.max_report <= 0.5
    assert bars.min_sentences >= 3
