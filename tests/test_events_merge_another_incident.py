"""A blast the text calls another one (``تفجير آخر``), told with dead of its own beside a blast of
the same kind that has its toll, is an event of its own even on the same day and in the same
town; told without the word, or with no dead of its own, it stays the one event (sentences
written for this test)."""
from __future__ import annotations

import pytest

from rasd.api import analyze_text

FIRST = ("قالت مصادر أمنية إن عشرين شخصا قتلوا وأصيب أربعون آخرون اليوم الاثنين عندما انفجرت "
         "سيارة مفخخة في سوق بمدينة بعقوبة. ")


@pytest.mark.parametrize(("second", "tolls"), [
    # another blast with dead of its own: two events, each with its toll
    ("وأضافت المصادر أن خمسة أشخاص قتلوا وأصيب عشرة في تفجير آخر شرقي المدينة.", [5, 20]),
    # the same blast told again (no "another"): one event
    ("وأضافت المصادر أن خمسة من القتلى سقطوا في التفجير نفسه داخل السوق.", [20]),
    # "another" with no dead of its own: nothing apart to count, one event
    ("وأضافت المصادر أن سيارة مفخخة أخرى انفجرت شرقي المدينة دون أن تسفر عن ضحايا.", None),
])
def test_events_merge_another_incident_keeps_its_own_dead(second: str, tolls: list[int] | None) -> None:
    doc = analyze_text(FIRST + second, published="2015-08-10")
    blasts = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    found = sorted(e.fatalities or 0 for e in blasts)
    if tolls is None:
        assert found[-1] == 20 and 5 not in found
    else:
        assert found == tolls
