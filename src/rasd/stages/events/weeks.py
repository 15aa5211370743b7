"""The day of an incident told only by the week it happened in (``الأسبوع الماضي``): read by
:mod:`rasd.stages.events.stage` for a clause that tells no day of its own (issue 16).

ACLED codes an event reported for a week with time precision 2; the middle day of the week
(its Thursday: the times stage writes weeks as ISO weeks, Monday to Sunday) is the day
within a day of the most days of that week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise

from rasd.document import TimeExpr
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.lookup import times_by_start
from rasd.stages.times.calendar import week_middle

__all__ = ["week_time"]


#: From a week's middle day (its Thursday) to its last (its Sunday).
_TO_WEEK_END = dt.timedelta(days=3)
#: Words before a week that make it the start of a period (منذ إعلان وفاته الأسبوع الماضي).
_SINCE = frozenset({"منذ", "ومنذ"})
#: "after" opening a clause of its own verb (بعد أن دحروا منها الأسبوع الماضي): the earlier act's week.
_AFTER = frozenset({"بعد", "وبعد"})
_THAT = frozenset({"ان"})


def week_time(text: str, times: Sequence[TimeExpr], ranges: Sequence[tuple[int, int]], anchor: int,
              published: dt.date | None, skip: set[int] | frozenset[int] = frozenset()) -> tuple[str, int] | None:
    """For clauses (``ranges`` of characters) that tell no day: the week over before publication they tell
    (``الأسبوع الماضي``), nearest to ``anchor``, as its middle day with ACLED's precision for a
    week (2). Left out: this week, still going on (left to the news day), a week after ``منذ``
    (``أول هجوم منذ إعلان وفاته، الملا عمر، الأسبوع الماضي``: a period's start) and one after
    ``بعد أن`` (``تقصف القرى بعد أن دحرت منها الأسبوع الماضي``: an earlier act's week)."""
    if published is None:
        return None
    best: tuple[int, str] | None = None
    first = min((lo for lo, _hi in ranges), default=0)
    for lo, hi in ranges:
        for t in times_by_start(times).among(lo, hi + 1):
            middle = week_middle(t.value)
            if t.start < lo or t.end > hi or t.start in skip or middle is None or middle + _TO_WEEK_END >= published:
                continue
            before = words_of(text, first, t.start)
            if any(w.key in _SINCE for w in before) or any(
                    a.key in _AFTER and b.key in _THAT for a, b in pairwise(before)):
                continue
            dist = abs(t.start - anchor)
            if best is None or dist < best[0]:
                best = (dist, middle.isoformat())
    return (best[1], 2) if best else None
