"""Visit pieces: an official stands at the site of an attack or visits its wounded
(rasd.stages.events.statement, data list ``statement_visit``). The headline says the piece is
a reaction, like a condemnation's; the act it recounts is not news of its own.

Every headline and article here was written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.statement import statement_piece

PUBLISHED = "2015-08-05"

_SITE = (
    "وقف محافظ مدينة النور صباح اليوم على موقع الانفجار الذي ضرب سوق الخضار في المدينة، "
    "وأسفر عن مقتل سبعة من الباعة وإصابة عشرين آخرين.\n\n"
    "وأكد المحافظ أن الأجهزة المختصة تعمل على كشف ملابسات الحادث، داعيا للجرحى بالشفاء."
)
_WARD = (
    "زار محافظ مدينة النور مساء اليوم المصابين في انفجار سوق الخضار الذين يرقدون في المستشفى العام، "
    "واطمأن على حالتهم الصحية.\n\n"
    "وكان الانفجار قد أدى إلى مقتل سبعة من الباعة."
)
_NEWS = (
    "انفجرت عبوة ناسفة صباح اليوم في سوق الخضار بمدينة النور، فقتلت سبعة من الباعة وجرحت عشرين.\n\n"
    "وتفقد المحافظ موقع الانفجار بعد ساعات."
)


@pytest.mark.parametrize(("title", "visit"), [
    ("محافظ النور يقف على موقع انفجار السوق", True),
    ("محافظ النور يتفقد مصابي انفجار السوق", True),
    ("محافظ النور يزور جرحى الانفجار في المستشفى", True),
    ("انفجار في سوق مدينة النور والمحافظ يتفقد الموقع", False),  # the act first: a report
    ("عادت الاشتباكات إلى أطراف مدينة النور", False),  # a return is not a visit
])
def test_statement_visit_headline_heads_a_reaction_piece(title: str, visit: bool) -> None:
    assert statement_piece(analyze_text(_NEWS, title=title, published=PUBLISHED)) is visit


@pytest.mark.parametrize(("title", "text"), [
    ("محافظ النور يقف على موقع انفجار السوق", _SITE),
    ("محافظ النور يزور مصابي انفجار السوق", _WARD),
])
def test_statement_visit_piece_makes_no_event(title: str, text: str) -> None:
    assert not analyze_text(text, title=title, published=PUBLISHED).events


def test_statement_visit_report_keeps_its_event() -> None:
    doc = analyze_text(_NEWS, title="مقتل سبعة بانفجار عبوة في سوق النور", published=PUBLISHED)
    assert doc.events
