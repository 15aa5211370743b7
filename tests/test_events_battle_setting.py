"""A battle named only as the setting of something else (rasd.stages.events.battle_setting.told_as_setting,
``battle_setting`` in ``rasd/data/events/eventness.json``): a weak ``Armed clash`` none of whose sentences
holds an act word but a noun of fighting (a front, a time, a battle to come: جبهات القتال، وسط المعارك) with no verb
that tells the fighting take place is no incident; fighting that a sentence tells happen, another act
word, a toll, a confident reading, the lead or another event type keep the event.

The article is written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Document, Location, Sentence
from rasd.stages.events.battle_setting import setting_table, told_as_setting
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate

SENTENCES = (
    "وصل مئات المتطوعين من القبائل أمس إلى جبهات القتال في ريف المحافظة.",  # 0: the lead
    "وتوافد مئات المقاتلين من القبائل على المدينة للمشاركة في جبهات القتال.",  # 1: fronts
    "وتعيش مئات الأسر في ظروف صعبة وسط المعارك في الأحياء الشرقية.",  # 2: amid the fighting
    "ويترقب السكان المعركة الفاصلة في الأحياء الشمالية.",  # 3: a battle to come
    "واندلعت المعارك في محيط المطار مساء أمس.",  # 4: fighting that broke out
    "وشهدت القرية معارك عنيفة بين الطرفين.",  # 5: fighting a place saw
    "وعاد الرتل إلى قاعدته بعد خوضه معارك في الريف الشمالي.",  # 6: a fight waged (verbal noun)
    "وتتواصل المعارك في محيط الحي القديم.",  # 7: fighting going on
    "وقتل ثلاثة مسلحين في المعارك في الريف الغربي.",  # 8: another act word (a death)
    "وقصفت الطائرات مواقع المسلحين قرب جبهات القتال.",  # 9: another act word (a strike)
)
TEXT = " ".join(SENTENCES)
TOWN = Location(text="المدينة", name="Taiz", country="YE", admin1="Taiz", lat=13.58, lon=44.02, precision=1)
SETTINGS = (1, 2, 3)
HAPPENING = (4, 5, 6, 7, 8, 9)


def _document() -> Document:
    sentences, at = [], 0
    for s in SENTENCES:
        sentences.append(Sentence(at, at + len(s)))
        at += len(s) + 1
    return Document(id="t", text=TEXT, title="القبائل ترسل المتطوعين إلى الجبهات", sentences=tuple(sentences))


def _span(index: int) -> tuple[int, int]:
    start = TEXT.index(SENTENCES[index])
    return start, start + len(SENTENCES[index])


def _candidate(*indices: int, **changes: object) -> Candidate:
    spans = tuple(_span(k) for k in indices)
    base = Candidate(event_type="Battles", sub_event_type="Armed clash", date="2015-08-05", time_precision=1,
                     location=TOWN, location_fallback=False, actor1=None, actor2=None, fatalities=None,
                     start=spans[0][0], end=spans[0][1], score=0.2, weak=True, reference=False, spans=spans)
    return replace(base, **changes)  # type: ignore[arg-type]


def _ask(cand: Candidate, confidence: float = 0.2) -> bool:
    doc = _document()
    words = words_of(doc.text)
    starts = [w.start for w in words]
    ranges = []
    for start, end in cand.spans:
        lo = next(i for i, s in enumerate(starts) if s >= start)
        hi = next((i for i, s in enumerate(starts) if s >= end), len(words))
        ranges.append((lo, hi))
    return told_as_setting(doc, words, ranges, cand, confidence)


@pytest.mark.parametrize("index", SETTINGS)
def test_events_battle_setting_a_noun_of_fighting_alone_is_no_incident(index: int) -> None:
    assert _ask(_candidate(index))


def test_events_battle_setting_every_sentence_must_be_a_setting() -> None:
    assert _ask(_candidate(1, 2))
    assert not _ask(_candidate(1, 4))


@pytest.mark.parametrize("index", HAPPENING)
def test_events_battle_setting_fighting_told_to_happen_stays(index: int) -> None:
    assert not _ask(_candidate(index))


@pytest.mark.parametrize(("why", "cand", "confidence"), [
    ("confident", _candidate(1), 0.4),
    ("a toll", _candidate(1, fatalities=3), 0.2),
    ("told in the lead", _candidate(0), 0.2),
    ("another event type", _candidate(1, event_type="Battles", sub_event_type="Government regains territory"), 0.2),
])
def test_events_battle_setting_other_bars_keep_the_event(why: str, cand: Candidate, confidence: float) -> None:
    assert not _ask(cand, confidence), why


def test_events_battle_setting_shipped_table() -> None:
    table = setting_table()
    assert table.sub_event_types == {"Armed clash"}
    assert 0 < table.max_confidence <= 0.4
    assert {"القتال", "المعارك", "معركه"} <= table.nouns  # normalised keys
    assert {"دارت", "اندلعت", "تتواصل", "خوضه"} <= table.verbs
    assert not table.nouns & table.verbs
