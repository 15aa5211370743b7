"""A lede's toll that sums the incidents told after it, on the event of one of them.

A report often opens on the day's dead in a town, then tells them incident by incident
(``قتل 9 مدنيين في المدينة`` ... ``انفجرت عبوة ... ما أدى إلى مقتل اثنين`` ... ``وأشارت إلى
مقتل سبعة ... جراء سقوط قذائف``). When the first incident's sentence merges into the lede's event
(same type family, same place), the event keeps the lede's figure, the sum of its own incident
and the others: another incident's dead counted as its own. ACLED codes each incident's dead
on its own event, so the event takes the figure of the one incident it hosts.

Arithmetic, no word lists, silent when unsure: the event's toll is an exact count read from
its first sentence; the tolled parts told after that sentence -- the one tolled incident
merged into the event (one figure only) and the other violent events of the same day and
province, in the order they are told -- reach the toll exactly, over two parts or more, the hosted one among
them. No part is a claim, a reference, a vague figure, or a story the text sets apart
(``من جهة أخرى``, ``هجوم آخر``). Events are never added or dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.stages.events.type_sets import ASSAULT_TYPES

if TYPE_CHECKING:  # (merge.py calls this module: its names are read for typing only)
    from rasd.stages.events.merge import Candidate

__all__ = ["hosted_part_tolls", "reaching_prefix", "reported_toll"]


def reported_toll(c: Candidate) -> bool:
    """Whether ``c`` tells a reported toll (not claimed, not referred to, not a round-up's) of a
    violent incident: a toll that may be a part of a lede's sum, or the sum."""
    return (c.event_type in ASSAULT_TYPES and bool(c.fatalities)
            and not c.claimed and not c.reference and not c.roundup)


def reaching_prefix(tolls: Sequence[int], total: int) -> int | None:
    """The index of the toll at which the running sum of ``tolls`` (in the order told) first
    equals ``total``; None where it passes ``total`` or never reaches it."""
    reached = 0
    for k, toll in enumerate(tolls):
        reached += toll
        if reached == total:
            return k
        if reached > total:
            return None
    return None


def _exact(c: Candidate) -> bool:
    """Whether ``c`` tells an exact, reported (:func:`reported_toll`) toll of a violent incident."""
    return reported_toll(c) and c.toll_ceiling is None


def _same_region(part: Candidate, event: Candidate) -> bool:
    """Whether ``part``'s place can be one the lede of ``event`` counts: the same country and, where
    both name it, the same province (a town two provinces away is another front's story)."""
    lp, le = part.location, event.location
    return lp is not None and le is not None and lp.country == le.country and (
        lp.admin1 is None or le.admin1 is None or lp.admin1 == le.admin1)


def _hosted_toll(event: Candidate, cands: Sequence[Candidate], events: Sequence[Candidate]) -> int | None:
    """The figure of the one incident ``event`` hosts where its toll is the lede's sum of it
    and the incidents told after it (see the module's doc), else None."""
    if not _exact(event) or not event.sentences or event.fatalities is None or event.fatalities < 2:
        return None
    lede = event.sentences[0]
    own = set(event.sentences)
    others_told = {s for e in events if e is not event for s in e.sentences}
    if not any(c.sentences[:1] == (lede,) and c.fatalities == event.fatalities and _exact(c) for c in cands):
        return None  # the toll is not the first sentence's
    hosted = [c for c in cands if c.sentences and c.sentences[0] in own and c.sentences[0] != lede
              and c.sentences[0] not in others_told and c.fatalities]
    if len({c.fatalities for c in hosted}) != 1 or not all(
            _exact(c) and not c.distinct and not c.separate for c in hosted):  # (its day merged with the event's)
        return None  # no tolled incident hosted, or several figures: unsure
    part = hosted[0]
    parts: list[tuple[int, int, bool]] = [(part.sentences[0][0], part.fatalities or 0, True)]
    for e in events:
        if e is event or not e.sentences or e.sentences[0][0] <= lede[0] or e.fatalities is None:
            continue
        if set(e.sentences) & own:
            return None  # a sentence told by both: the incidents are not told apart
        if _exact(e) and not e.distinct and not e.separate and e.date == event.date and _same_region(e, event):
            parts.append((e.sentences[0][0], e.fatalities, False))  # (another day's, a story apart: no part)
    told = sorted(parts)
    k = reaching_prefix([toll for _, toll, _ in told], event.fatalities)
    return part.fatalities if k is not None and k >= 1 and any(is_own for _, _, is_own in told[:k + 1]) else None


def hosted_part_tolls(events: Sequence[Candidate], cands: Sequence[Candidate]) -> list[Candidate]:
    """``events`` (merged from ``cands``), each whose toll is a lede's sum of its own incident and
    the ones told after it taking its own incident's figure (:func:`_hosted_toll`)."""
    out = list(events)
    for k, e in enumerate(events):
        toll = _hosted_toll(e, cands, events)
        if toll is not None:
            out[k] = replace(e, fatalities=toll)
    return out
