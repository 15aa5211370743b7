"""An incident named in passing in a piece about something else (rasd.stages.events.background_frame,
table ``rasd/data/events/background_frames.json``): an act told only inside a relative clause, a time
clause or a comparison, weak and with no day of its own, in an article whose headline and first
sentence tell no act and that the genre model reads as no report, is background; an act told as what
happened, a confident or dated event, and a war report's framed acts stay.

The sentences and articles are written for these tests."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from rasd.api import analyze_text
from rasd.stages.events.background_frame import (
    frame_table,
    framed,
    lede_tells_act,
    told_as_background,
    told_sentences,
)
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate

FRAMED = (
    "وقدم التعازي لأسرة الشاب الذي قتله مسلحون مجهولون قرب الحدود.",
    "ويشكو السكان من انقطاع الكهرباء الذي سببته المعارك في الضواحي.",
    "وشددت الشرطة الحراسة على الفنادق على غرار هجوم مسلح استهدف فندقا ساحليا.",
    # a cause: the fighting or the attack named as why something else is so
    "وبقي المطار مغلقا عدة أشهر بسبب المعارك في محيطه.",
    "وتوقف العمل في المصنع أسابيع جراء غارات جوية على المنطقة.",
    "وقدم البنك قرضا لمواجهة الخسائر الناتجة من هجوم المسلحين على الحقول.",
)

TOLD = (
    "قصفت الطائرات مواقع المسلحين في محيط البلدة فجر اليوم.",
    "قتل خمسة مدنيين في هجوم مسلح على حافلة شمال المدينة.",
    # a framed act beside one told as news: not every trigger is framed
    "قتل ثلاثة جنود أمس بعد هجوم شنه مسلحون على نقطة تفتيش.",
    "وافتتح الوزير المبنى الجديد للمستشفى بحضور عدد من المسؤولين.",  # no act at all
)


@pytest.mark.parametrize("sentence", FRAMED)
def test_an_act_told_only_in_a_frame_is_framed(sentence: str) -> None:
    assert framed(words_of(sentence))


@pytest.mark.parametrize("sentence", TOLD)
def test_an_act_told_as_what_happened_or_no_act_is_not_framed(sentence: str) -> None:
    assert not framed(words_of(sentence))


def test_the_shipped_table_has_frames_and_bars() -> None:
    t = frame_table()
    assert t.frames.any_in(words_of("الذي"))
    assert t.reach > 0
    assert 0 < t.max_confidence < 0.8
    assert 0 < t.max_report < 1


VISIT = (
    "مدير الجامعة يفتتح مبنى المختبرات الجديد",
    "افتتح مدير الجامعة صباح اليوم مبنى المختبرات الجديد في كلية الهندسة بحضور عدد من الأساتذة والطلاب.\n\n"
    "وأكد المدير أن المبنى يضم عشرين مختبرا مجهزا بأحدث الأجهزة، وأن الجامعة تسعى إلى التوسع في البرامج التطبيقية.\n\n"
    "ثم زار المدير أسرة أحد طلاب الكلية الذي استشهد جراء سقوط قذيفة على بيت أسرته في القرية الحدودية، وقدم لهم التعازي.\n\n"
    "وفي ختام الزيارة وعد المدير بتخصيص منحة دراسية باسم الطالب.",
)

WAR = (
    "القوات الحكومية تتقدم في ريف المدينة",
    "أعلنت مصادر ميدانية أن القوات الحكومية تقدمت في الريف الغربي للمدينة بعد معارك عنيفة.\n\n"
    "وأوضحت المصادر أن خمسة مدنيين قتلوا إثر قصف مدفعي استهدف حيا سكنيا في بلدة الشيخ مسكين.\n\n"
    "وأضافت أن الطيران نفذ عدة غارات على مواقع المسلحين في محيط البلدة.",
)


def test_a_shelling_named_in_a_visit_piece_makes_no_event() -> None:
    doc = analyze_text(VISIT[1], title=VISIT[0], published="2015-08-07")
    assert not doc.events, [(e.sub_event_type, e.confidence) for e in doc.events]


def test_a_war_report_keeps_its_framed_shelling() -> None:
    doc = analyze_text(WAR[1], title=WAR[0], published="2015-08-07")
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in doc.events}


@pytest.mark.parametrize(("title", "lede", "tells"), [
    ("الطيران يقصف مواقع المسلحين", "أعلن الجيش أن طائراته نفذت عمليات في الريف الشمالي.", True),  # the headline
    ("الجيش يعلن حصيلة عملياته", "قصفت الطائرات مواقع المسلحين في الريف الشمالي فجر اليوم.", True),  # the lede
    ("نقل جثمان الجندي إلى مسقط رأسه",
     "نقلت طائرة عسكرية صباح اليوم جثمان الجندي الذي استشهد إثر سقوط قذيفة على موقعه.", False),  # a frame only
    ("افتتاح معرض الكتاب", "افتتح الوزير معرض الكتاب الدولي بمشاركة مئات دور النشر.", False),  # no act
])
def test_a_lede_tells_an_act_outside_a_frame(title: str, lede: str, tells: bool) -> None:
    text = lede + "\n\nوأضاف المسؤول أن البرنامج يستمر حتى نهاية الشهر."
    doc = analyze_text(text, title=title, published="2015-08-07")
    assert lede_tells_act(doc, words_of(doc.text)) is tells


def _visit_candidate(**changes: object) -> tuple[object, list[tuple[int, int]], Candidate]:
    doc = analyze_text(VISIT[1], title=VISIT[0], published="2015-08-07")
    words = words_of(doc.text)
    sent = next(s for s in doc.sentences if "استشهد" in doc.text[s.start:s.end])
    starts = [w.start for w in words]
    ranges = [(bisect_left(starts, sent.start), bisect_left(starts, sent.end))]
    fields: dict[str, object] = dict(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        date="2015-08-06", time_precision=2, location=None, location_fallback=False, actor1=None,
        actor2=None, fatalities=1, start=sent.start, end=sent.end, score=0.2, weak=False, reference=False)
    fields.update(changes)
    return doc, ranges, Candidate(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("confidence", "precision", "dropped"), [
    (0.2, 2, True),
    (0.45, 2, True),
    (0.55, 2, True),
    (0.65, 2, False),  # confident: left alone
    (0.2, 1, True),  # dated to the day (the piece's own day, "two days ago"): framed all the same
    (0.2, 3, False),  # a month: left alone
])
def test_the_bars_of_a_framed_event(confidence: float, precision: int, dropped: bool) -> None:
    doc, ranges, cand = _visit_candidate(time_precision=precision)
    words = words_of(doc.text)  # type: ignore[attr-defined]
    assert told_as_background(doc, words, ranges, cand, confidence) is dropped  # type: ignore[arg-type]



@pytest.mark.parametrize(("told", "report", "dropped"), [
    (0, 0.3, True),
    (0, 0.6, True),  # read as more of a report, but nothing told as news: still background
    (5, 0.3, True),
    (5, 0.6, False),  # a round-up of acts told as news: its framed acts stay
    (0, 0.8, False),  # a report
])
def test_a_framed_event_by_report_probability_and_acts_told(
        monkeypatch: pytest.MonkeyPatch, told: int, report: float, dropped: bool) -> None:
    import rasd.stages.events.background_frame as bf
    monkeypatch.setattr(bf, "report_probability", lambda title, text: report)
    monkeypatch.setattr(bf, "told_sentences", lambda doc, words: told)
    doc, ranges, cand = _visit_candidate()
    words = words_of(doc.text)  # type: ignore[attr-defined]
    assert bf.told_as_background(doc, words, ranges, cand, 0.2) is dropped  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "told"), [
    (VISIT[1], 0),  # the shelling only after a relative pronoun
    (WAR[1], 2),  # a report: the advance after battles is framed, the strikes are not
])
def test_told_sentences_counts_acts_told_outside_a_frame(text: str, told: int) -> None:
    doc = analyze_text(text, title="عنوان", published="2015-08-07")
    assert told_sentences(doc, words_of(doc.text)) == told
