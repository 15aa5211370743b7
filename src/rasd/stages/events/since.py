"""Spans from a month on: ``منذ`` and a month name, read as event-ness evidence.

An act told with ``منذ آب`` or ``منذ أواخر مارس`` (since August, since late March) is counted or
kept up from then to the report: ``وتقود واشنطن منذ آب ائتلافا شن آلاف الغارات`` is a campaign,
not one incident. The sentence list ``since`` of ``rasd/data/events/eventness.json`` names these
spans; :func:`spans_since` tells whether one of them stands in a sentence as a span.

A superlative or a first-of-its-kind before ``منذ`` measures the incident against the past
(``أعنف هجوم منذ مارس``, ``الأول من نوعه منذ يناير``): the incident is the day's news, and
``منذ`` makes no span of it. A ``since_comparison`` word within ``since_reach`` words before
``منذ`` (in the sentence) therefore cancels that match.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.eventness_tables import eventness_tables
from rasd.stages.events.terms import Word

__all__ = ["spans_since"]


def spans_since(words: Sequence[Word], lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``words[lo:hi]`` (a sentence) holds ``منذ`` and a month that spans: one with no
    superlative or first-of-its-kind word within the few words before it."""
    t = eventness_tables()
    since = t.sentence["since"]
    hi = len(words) if hi is None else hi
    if not since.any_in(words, lo, hi):
        return False
    return any(not t.since_comparison.any_in(words, max(lo, m.first - t.since_reach), m.first)
               for m in since.find(words, lo, hi))
