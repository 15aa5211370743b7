"""The day a relative clause of occurrence tells for the event's noun (issue 16): ``بالتفجير
الآثم الذي حدث ... يوم أمس الأول`` dates the bombing, not the day of the condemnation or the arrest
told before it. Sentences written for these tests, published on Saturday 2015-08-08."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the clause's day over the condemnation's
        ("ندد أئمة الجوامع أمس بالتفجير الآثم الذي حدث داخل جامع بمدينة أبها يوم أمس الأول.",
         "2015-08-06"),
        ("ندد السكان اليوم بالتفجير الإجرامي الذي وقع ظهر الخميس في سوق بمدينة أبها.", "2015-08-06"),
        # a clause that tells no occurrence (what the bombing did) gives no day of its own
        ("ندد أئمة الجوامع أمس بالتفجير الآثم الذي أحزن سكان مدينة أبها يوم الخميس.",
         "2015-08-07"),
        # the clause's day past a comma belongs to another clause
        ("ندد أئمة الجوامع أمس بالتفجير الآثم الذي حدث داخل جامع بمدينة أبها، ودعوا يوم الخميس إلى الصبر.",
         "2015-08-07"),
    ],
)
def test_events_dates_occurrence_clause_dates_its_noun(text: str, day: str) -> None:
    doc = analyze_text(text, published="2015-08-08")
    (bombing,) = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert bombing.date == day
