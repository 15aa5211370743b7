"""The day a text was written on (issue 16): a wire report a site posts or a daily prints a
day or two later names its own days by weekday (``اليوم الثلاثاء``, ``أمس الاثنين``); an
undated event of it (in a paragraph of its own: only the lede's incident day carried to it)
is never dated after the day it was written on. Sentences written for these tests, published on
Thursday 2015-08-06."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.api import analyze_text
from rasd.stages.events.dates import writer_day

_UNDATED = "\nوقصفت طائرات مواقع للمسلحين قرب بلدة الحوطة في محافظة لحج."


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        # the report's own today is Tuesday, two days before publication: its undated strike too
        ("أعلن مسؤول محلي اليوم الثلاثاء أن الهدوء عاد إلى مدينة عدن.", "2015-08-04"),
        # ... it also names its yesterday (Monday) as the day of the lede's incident: that day
        # reaches the undated paragraph (test_events_dates_lede_scope), not later than Tuesday
        ("قال مسؤول محلي اليوم الثلاثاء إن المسلحين انسحبوا أمس الاثنين من مدينة عدن.", "2015-08-03"),
        # its yesterday named as Monday, three days before publication (written on Tuesday):
        # the report's own day, before the news day, dates what it tells
        # (test_events_dates_report_lede)
        ("أعلن مسؤول محلي مساء أمس الاثنين أن الهدوء عاد إلى مدينة عدن.", "2015-08-03"),
        # its yesterday named as Tuesday (written on Wednesday): the report's day, Tuesday
        ("أعلن مسؤول محلي مساء أمس الثلاثاء أن الهدوء عاد إلى مدينة عدن.", "2015-08-04"),
        # a daily's own yesterday (Wednesday): the news day before publication, as before
        ("أعلن مسؤول محلي أمس الأربعاء أن الهدوء عاد إلى مدينة عدن.", "2015-08-05"),
        # a text naming no day: the day before publication, as before
        ("أعلن مسؤول محلي أن الهدوء عاد إلى مدينة عدن.", "2015-08-05"),
    ],
)
def test_events_dates_writer_day_dates_undated_events_from_the_day_written(lede: str, day: str) -> None:
    doc = analyze_text(lede + _UNDATED, published="2015-08-06")
    (strike,) = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strike.date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("قال مسؤول اليوم الثلاثاء إن الهدوء عاد.", dt.date(2015, 8, 4)),
        ("قال مسؤول اليوم (الثلاثاء) إن الهدوء عاد.", dt.date(2015, 8, 4)),
        ("قال مسؤول أمس الثلاثاء إن الهدوء عاد.", dt.date(2015, 8, 5)),
        # counted from publication: no other day
        ("قال مسؤول أمس الأربعاء إن الهدوء عاد.", None),
        ("قال مسؤول اليوم الخميس إن الهدوء عاد.", None),
        # two reports written on two days: none
        ("قال مسؤول اليوم الثلاثاء إن الهدوء عاد. وقال آخر أمس الأربعاء إن القتال توقف.", None),
        # a weekday with no relative day tells no writing day
        ("قال مسؤول يوم الثلاثاء إن الهدوء عاد.", None),
        # a bare "yesterday" counted from publication is later than the wire's day: the
        # paper's own voice beside it, so no writing day
        ("قال مسؤول اليوم الثلاثاء إن الهدوء عاد. وقالت الشرطة أمس إن القتال توقف.", None),
        # ... a bare "today" the wire's own (valued by its named today) is not
        ("قال مسؤول اليوم الثلاثاء إن الهدوء عاد. وقالت الشرطة صباح اليوم إن القتال توقف.",
         dt.date(2015, 8, 4)),
        # the superlative أمس (most pressing) is no day at all
        ("قال مسؤول اليوم الثلاثاء إن البلد في أمس الحاجة إلى الغذاء.", dt.date(2015, 8, 4)),
    ],
)
def test_events_dates_writer_day_reads_the_days_named_by_weekday(text: str, day: dt.date | None) -> None:
    doc = analyze_text(text, published="2015-08-06")
    assert writer_day(doc) == day
