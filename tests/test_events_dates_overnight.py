"""The day of an incident told by its night (issue 16): a night told by the two days it joins
(``ليل السبت الأحد``) is the second day, the day after its midnight; after midnight of one
day's night (``بعد منتصف ليل الاثنين``) the next day, unless that is the publication day; a
night of one day alone, a range that starts at night and a night that dates only a report
keep the times stage's value (the first day). The times stage itself still values a night
pair as its first day. Sentences written for these tests (published on Tuesday 2015-08-04:
Saturday is 08-01, Sunday 08-02, Monday 08-03)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_TAIL = "في قرية قرب مدينة مايدوغوري بولاية بورنو."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a night told by its two days: the second day
        (f"قتل مسلحون سبعة قرويين ليل السبت الأحد {_TAIL}", "2015-08-02"),
        (f"قتل مسلحون سبعة قرويين ليل السبت - الأحد {_TAIL}", "2015-08-02"),
        (f"قتل مسلحون سبعة قرويين ليلة السبت/ الأحد {_TAIL}", "2015-08-02"),
        (f"قتل مسلحون سبعة قرويين بعد منتصف ليل الأحد - الاثنين {_TAIL}", "2015-08-03"),
        # after midnight of one day's night: the next day
        (f"قتل مسلحون سبعة قرويين بعد منتصف ليل السبت {_TAIL}", "2015-08-02"),
        # ... but not where the next day would be the publication day (the eve of Monday)
        (f"قتل مسلحون سبعة قرويين بعد منتصف ليل الاثنين {_TAIL}", "2015-08-03"),
        # the night of one day alone keeps that day
        (f"قتل مسلحون سبعة قرويين ليل السبت {_TAIL}", "2015-08-01"),
        (f"قتل مسلحون سبعة قرويين منتصف ليل السبت {_TAIL}", "2015-08-01"),
    ],
)
def test_events_dates_overnight_night_gives_the_day_after_midnight(text: str, day: str) -> None:
    doc = analyze_text(text, published="2015-08-04")
    (event,) = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert (event.date, event.time_precision) == (day, 1)


@pytest.mark.parametrize(
    "text",
    [
        # the night of the report, before أن
        f"ذكرت مصادر أمنية، ليل السبت الأحد، أن مسلحين قتلوا سبعة قرويين {_TAIL}",
        # the night right after a reporting verb, with no أن between
        f"أعلن الجيش ليل السبت الأحد مقتل سبعة قرويين على أيدي مسلحين {_TAIL}",
    ],
)
def test_events_dates_overnight_report_night_keeps_its_first_day(text: str) -> None:
    doc = analyze_text(text, published="2015-08-04")
    assert [e.date for e in doc.events if e.event_type == "Violence against civilians"] == ["2015-08-01"]


def test_events_dates_overnight_leaves_the_times_stage_value() -> None:
    doc = analyze_text(f"قتل مسلحون سبعة قرويين ليل السبت الأحد {_TAIL}", published="2015-08-04")
    assert [(t.value) for t in doc.times] == ["2015-08-01"]
