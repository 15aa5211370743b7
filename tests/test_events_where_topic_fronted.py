"""A locative fronted by the topic particle (``أما في محافظة أبين، فقد ...``, also with no comma
before the answer's ``فقد``) sets the scene of its sentence as ``وفي بغداد، ...`` does: a town
of the clause read as a namesake abroad does not take the event out of the country, and a
finer town of that country still does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_LEAD = "تقدمت القوات الحكومية اليمنية أمس في محافظة لحج بعد معارك مع المسلحين الحوثيين قرب مدينة الحوطة.\n"


def _regains(sentence: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text(_LEAD + sentence, published="2023-03-15")
    return [(e.location.name if e.location else None, e.location.country if e.location else None)
            for e in doc.events if e.sub_event_type == "Government regains territory"]


@pytest.mark.parametrize(
    "sentence",
    [
        "أما في محافظة أبين، فقد تمكنت وحدات الجيش أمس من السيطرة على بلدة العين إثر مواجهات دامية خاضتها ضد الحوثيين.",
        "وأما في محافظة أبين فقد تمكنت وحدات الجيش أمس من السيطرة على بلدة العين إثر مواجهات دامية خاضتها ضد الحوثيين.",
    ],
)
def test_events_where_topic_fronted_province_keeps_the_event_home(sentence: str) -> None:
    assert _regains(sentence) == [("Abyan", "YE")]


def test_events_where_topic_fronted_finer_town_of_the_province_wins() -> None:
    got = _regains("أما في محافظة أبين، فقد تمكنت وحدات الجيش أمس من السيطرة الكاملة على مدينة لودر إثر مواجهات دامية خاضتها ضد الحوثيين.")
    assert got == [("Lawdar", "YE")]
