"""Days told by reference to one named before: ``في اليوم نفسه``, ``في نفس اليوم``, ``في ذات
اليوم``, ``مساء اليوم ذاته`` ("the same day") name no day of their own; they tell the day the
text named just before them. The phrase becomes a time valued by that day where one lies in
the same line within :data:`SAME_DAY_REACH` characters before it; it stays silent where none
does, and where it heads a relative clause or a yearly day (``في اليوم نفسه الذي ...``: the day
is told after it; ``في اليوم نفسه من كل سنة``)."""

from __future__ import annotations

import re

from rasd.document import TimeExpr
from rasd.stages.times.lexicon import lexicon
from rasd.stages.times.match import Candidate
from rasd.text import Shadow

__all__ = ["SAME_DAY_REACH", "same_days"]

#: How far (characters of the text) before "the same day" the day it refers to may end.
SAME_DAY_REACH = 400

_WORD = re.compile(r"\w+")


def _same_day_spans(shadow: Shadow) -> list[tuple[int, int, int, int]]:
    """(start, end) in the text and in the key of each "the same day" phrase that refers back."""
    lex = lexicon()
    key = shadow.key
    spans = []
    for m in lex.same_day.finditer(key):
        after = _WORD.search(key, m.end("x"), min(len(key), m.end("x") + 30))
        if after is not None and "\n" not in key[m.end("x"):after.start()] and after.group() in lex.same_day_not_after:
            continue
        start, end = shadow.original(m.start("x"), m.end("x"))
        spans.append((start, end, m.start("x"), m.end("x")))
    return spans


def same_days(text: str, shadow: Shadow,
              found: list[tuple[TimeExpr, Candidate]]) -> list[tuple[TimeExpr, Candidate]]:
    """``found`` (the text's times, with their candidates) and a time for each "the same day"
    valued by the last day (a ``YYYY-MM-DD`` value) that ends before it in its line, within
    :data:`SAME_DAY_REACH` characters."""
    spans = _same_day_spans(shadow)
    if not spans:
        return found
    out = list(found)
    for start, end, key_start, key_end in spans:
        if any(t.start < end and start < t.end for t, _ in out):
            continue
        days = [(t, c) for t, c in out if t.end <= start and t.value and len(t.value) == 10]
        if not days:
            continue
        day, cand = max(days, key=lambda pair: pair[0].end)
        if start - day.end > SAME_DAY_REACH or "\n" in text[day.end:start]:
            continue
        out.append((TimeExpr(start, end, day.value), Candidate(key_start, key_end, day.value, cand.absolute, "same_day")))
    return sorted(out, key=lambda pair: pair[0].start)
