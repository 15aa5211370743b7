"""The times a text's time stage resolves, as (the words, their value) pairs, for texts
published on Saturday 2015-07-25: shared by the times tests that ask which day a relative
day, a quotation's day or a back-reference resolves to."""

from __future__ import annotations

from rasd.stages.times.stage import resolve_times

__all__ = ["PUBLISHED", "time_values"]

#: the publication day every text of these tests is read against
PUBLISHED = "2015-07-25"


def time_values(text: str) -> list[tuple[str, str | None]]:
    """(the text of each resolved time, its value), in order."""
    return [(text[t.start:t.end], t.value) for t in resolve_times(text, PUBLISHED)]
