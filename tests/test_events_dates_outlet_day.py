"""The day of an undated incident by the outlet's publishing habit (issue 16): a print edition
reports the day before it, so an incident its report tells with no day is dated the day before
publication; a web outlet or the wire posts as the news happens, so its undated incident is the
publication day's. A day the text names still dates its own incident. Sentences written for these
tests, published on Thursday 2015-08-06."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.api import get_pipeline, new_document
from rasd.document import Document
from rasd.stages.events.outlet_day import posts_same_day

_PUBLISHED = "2015-08-06"
_UNDATED = "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش."
_YESTERDAY = "قتل ثلاثة جنود أمس في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش."


def _doc(text: str, outlet: str | None = None, url: str | None = None) -> Document:
    return new_document(text, published=dt.date.fromisoformat(_PUBLISHED), outlet=outlet, url=url)


def _days(text: str, outlet: str | None = None, url: str | None = None) -> list[str]:
    return sorted(e.date or "" for e in get_pipeline()(_doc(text, outlet, url)).events)


@pytest.mark.parametrize(
    ("outlet", "url", "same_day"),
    [
        ("sabq", None, True),
        ("Alweeam", None, True),
        (None, "http://www.3alyoum.com/news/a/1", True),
        (None, "https://spa.gov.sa/details.php?id=1", True),
        ("okaz", "http://www.okaz.com.sa/new/1", False),
        (None, "http://example.org/sabq.org", False),
        (None, None, False),
    ],
)
def test_events_dates_outlet_day_reads_the_table(outlet: str | None, url: str | None, same_day: bool) -> None:
    assert posts_same_day(_doc(_UNDATED, outlet, url)) is same_day


@pytest.mark.parametrize(
    ("text", "outlet", "day"),
    [
        # a web outlet's undated incident: the publication day
        (_UNDATED, "sabq", "2015-08-06"),
        # a print edition's: the day before it
        (_UNDATED, "okaz", "2015-08-05"),
        (_UNDATED, None, "2015-08-05"),
        # a day the text names dates its incident whatever the outlet
        (_YESTERDAY, "sabq", "2015-08-05"),
    ],
)
def test_events_dates_outlet_day_dates_the_undated_incident(text: str, outlet: str | None, day: str) -> None:
    assert _days(text, outlet) == [day]


def test_events_dates_outlet_day_keeps_the_day_before_where_the_text_names_it() -> None:
    # the text tells of yesterday elsewhere: its undated incident is that news day's, not today's
    text = _UNDATED + " وكانت السلطات قد أعلنت أمس حظر التجول في المدينة."
    assert _days(text, "sabq") == ["2015-08-05"]
