"""A time told of the speaker, in a relative clause between a reporting verb and its ``إن``,
does not date the incident reported after ``إن`` (issue 16). Sentences written for these
tests, published Saturday 2015-07-25 (Friday is 2015-07-24)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_PUBLISHED = "2015-07-25"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("وأمس الجمعة قال الجيش الذي تولى قيادته ضابط جديد في مايو الماضي إن مسلحين هاجموا حاجزا للشرطة في مدينة الموصل",
         "2015-07-24"),
        ("وأمس الجمعة قالت الشرطة التي تسلمت الملف في مارس الماضي إن مسلحين فجروا عبوة ناسفة في مدينة بعقوبة",
         "2015-07-24"),
        # the day told after the clause, before إن
        ("وذكر الجيش الذي أعلن حالة الطوارئ في يونيو الماضي مساء أمس الجمعة أن مسلحين هاجموا حاجزا في مدينة الموصل",
         "2015-07-24"),
    ],
)
def test_events_dates_speaker_clause_time_is_not_the_incident(text: str, day: str) -> None:
    events = analyze_text(text, published=_PUBLISHED).events
    assert events
    assert {e.date for e in events} == {day}


def test_events_dates_speaker_clause_lone_time_still_dates() -> None:
    # the only time of the sentence, told before إن: the day the report and its incident share
    (event,) = analyze_text("قال الجيش أمس الجمعة إن مسلحين هاجموا حاجزا في مدينة الموصل", published=_PUBLISHED).events
    assert event.date == "2015-07-24"
