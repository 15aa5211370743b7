"""Places no event is set at (:mod:`rasd.stages.events.byline`): the town of an opening byline
that puts the agency or the writer first (``واس - عدن:``), where its sentence names another
place, and a town read abroad on its name alone (``Place.lone_abroad``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.byline import byline_end


def _places(text: str) -> list[tuple[str, str] | None]:
    doc = analyze_text(text, published="2015-07-25")
    return [(e.location.name, e.location.country) if e.location else None for e in doc.events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("واس - عدن: اشتبكت المقاومة الشعبية مع مليشيات الحوثي في محافظة تعز أمس.", ("Taiz", "YE")),
        ("رويترز- القاهرة: قتل جنديان في هجوم شنه مسلحون على كمين للجيش في محافظة شمال سيناء أمس.",
         ("North Sinai", "EG")),
    ],
)
def test_events_byline_town_gives_way_to_the_incidents(text: str, place: tuple[str, str]) -> None:
    assert _places(text) == [place]


def test_events_byline_town_kept_alone() -> None:
    assert _places("واس - عدن: اشتبكت المقاومة الشعبية مع مليشيات الحوثي أمس.") == [("Aden", "YE")]


def test_events_byline_lone_abroad_not_the_event_place() -> None:
    text = "قتل جندي تونسي ثلاثة من زملائه في ثكنة قريبة من متحف باردو أمس، بحسب مصدر أمني في العاصمة تونس."
    assert [p[1] if p else None for p in _places(text)] == ["TN"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("واس - عدن: اشتبكت المقاومة", 10),
        ("فهد العتيبي - سبق - الطائف: تعرض", 27),
        ("قتل ثلاثة: قال مصدر", None),  # no dash: a sentence, not a byline
        ("قال مصدر أمني في محافظة عدن - جنوب اليمن - إن مسلحين هاجموا نقطة: وقتل", None),  # too long
    ],
)
def test_events_byline_end(text: str, end: int | None) -> None:
    assert byline_end(text) == end
