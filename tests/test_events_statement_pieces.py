"""Statement pieces: a headline that condemns or condoles (rasd.stages.events.statement).

Every headline and article here was written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document
from rasd.stages.events.statement import statement_piece

PUBLISHED = "2015-08-05"


@pytest.mark.parametrize(("title", "stated"), [
    ("وزارة الخارجية تدين التفجير الإرهابي في مدينة الرمادي", True),
    ("أمير المنطقة ينقل تعازي القيادة لأسر الشهداء", True),
    ("علماء البلاد يستنكرون الهجوم على المصلين", True),
    ("شجب واستنكار", True),
    ("الشرطة تقتحم المسجد والجامعة العربية تدين الاقتحام", False),
    ("مقتل 12 شخصا في تفجير سوق شعبية بالرمادي", False),
    (None, False),
])
def test_statement_piece_reads_the_headline(title: str | None, stated: bool) -> None:
    assert statement_piece(Document(id="statement-test", text="نص", title=title)) is stated


_CONDEMNATION = (
    "دانت وزارة الخارجية في بيان صدر عنها صباح أمس بأشد العبارات تفجير السوق الشعبية في مدينة الرمادي "
    "أمس، الذي أودى بحياة 12 متسوقا وجرح عددا كبيرا من الباعة.\n\n"
    "وقال المتحدث باسم الوزارة أمس إن بلاده تقف إلى جانب العراق حكومة وشعبا في مواجهة الإرهاب بكل أشكاله.\n\n"
    "وأكد أن هذه الأعمال الجبانة لن تنال من عزيمة العراقيين، معربا عن خالص التعازي لذوي الضحايا.\n\n"
    "{extra}"
)
_REPORT = "وكان انتحاري قد فجر سيارة مفخخة أمس في سوق شعبية بمدينة الرمادي، ما أدى إلى مقتل 12 شخصا.\n\n"


def test_a_condemnation_piece_makes_no_event() -> None:
    doc = analyze_text(_CONDEMNATION.format(extra=""), title="وزارة الخارجية تدين التفجير الإرهابي في مدينة الرمادي",
                       published=PUBLISHED)
    assert not doc.events


def test_a_condemnation_piece_that_reports_the_act_keeps_it() -> None:
    doc = analyze_text(_CONDEMNATION.format(extra=_REPORT),
                       title="وزارة الخارجية تدين التفجير الإرهابي في مدينة الرمادي", published=PUBLISHED)
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"]
    assert doc.events[0].date == "2015-08-04"
