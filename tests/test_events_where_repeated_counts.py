"""A count of strikes told again for each place of a list (``أربع غارات قرب تكريت وثلاث قرب
بيجي``, ``ومثلها قرب``) lists those places: one event per place, the sentence's type and day,
and the counts of strikes are no fatalities. Strikes told ``حول`` towns of another country than
the story's are placed there. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.where import locative_before


def _events(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    doc = analyze_text(text, published="2023-03-15")
    return sorted((e.sub_event_type, e.location.name if e.location else None, e.date, e.fatalities)
                  for e in doc.events)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a number repeated for the second and third place
        ("غارات\n\nبغداد - أعلنت القيادة الأمريكية أن طائرات التحالف شنت أمس أربع غارات قرب تكريت وثلاث "
         "قرب بيجي واثنتين قرب الفلوجة ضد مواقع التنظيم.\n",
         ["Al Fallūjah", "Bayjī", "Tikrīt"]),
        # the count given as "as many"
        ("غارات\n\nبغداد - قال بيان عسكري إن مقاتلات التحالف نفذت أمس خمس غارات قرب تلعفر ومثلها قرب "
         "بيجي على تجمعات المسلحين.\n",
         ["Bayjī", "Tall ‘Afar"]),
    ],
)
def test_events_where_repeated_counts_list_places(text: str, places: list[str]) -> None:
    got = _events(text)
    assert sorted(p for _t, p, _d, _f in got) == places
    assert {(t, d, f) for t, _p, d, f in got} == {("Air/drone strike", "2023-03-14", None)}


@pytest.mark.parametrize(
    ("text", "word"),
    [("تركزت الغارات حول الرقة", "الرقة"), ("دارت معارك في محيط الحسكة", "الحسكة")],
)
def test_events_where_around_is_a_locative(text: str, word: str) -> None:
    assert locative_before(text, text.index(word))
