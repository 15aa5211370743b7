"""A lede's total that the incidents told after it add up to is folded into them.

A report often opens on a day's dead across a country or a province (``قتل 12 شخصا في هجمات
متفرقة في البلاد أمس``), then tells them incident by incident, each at its own town (``انفجرت
عبوة ... ما أدى إلى مقتل خمسة`` ... ``وقتل سبعة في هجوم على ...``). Read as an event of its own,
the total stands beside its parts: a second record of their dead. ACLED codes the incidents,
each with its own dead, and no record of the total; so the total's event gives way to the parts,
which take its named doer where they name none.

Arithmetic and places, no word lists, silent when unsure. The total is a violent event with a
count read from its first sentence: exact (the parts, told one sentence at a time in order,
reach it exactly over two sentences or more), or hedged (``أكثر من 50``: every part together
reaches it, under the hedge's ceiling). Its place is a country or a province holding every
part, or the parts' own town. A part is a violent event of the total's day, told after the
total's sentence and sharing none of its sentences, with an exact count of its own; not a claim,
a reference, a round-up, nor a story the text sets apart (``من جهة أخرى``, ``هجوم آخر``: a sum
with such a part is a chance one). A part is never itself a total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby
from typing import TYPE_CHECKING

from rasd.stages.events.hosted_sums import reaching_prefix, reported_toll
from rasd.stages.events.merge_places import country_wide, inside
from rasd.stages.events.tolls import HEDGE_SPAN

if TYPE_CHECKING:  # (merge.py's Candidate; this module is called on the merged, weighed events)
    from rasd.stages.events.merge import Candidate

__all__ = ["fold_lede_sums"]


def _counted(c: Candidate) -> bool:
    """Whether ``c`` tells a reported toll of a violent incident (:func:`reported_toll`), told
    in the text and not in a story the text sets apart."""
    return reported_toll(c) and bool(c.sentences) and not c.distinct and not c.separate


def _told_figure(c: Candidate) -> bool:
    """Whether ``c``'s toll is a figure the text tells: exact or hedged (``ما لا يقل عن ستة``),
    not a vague count (``عشرات``)."""
    return c.toll_ceiling is None or c.toll_ceiling == (c.fatalities or 0) * HEDGE_SPAN


def _holds(total: Candidate, part: Candidate) -> bool:
    """Whether ``total``'s place holds ``part``'s: a country or a province it lies in, or the
    same named place."""
    lt, lp = total.location, part.location
    if lt is None or lp is None or part.location_fallback:
        return False
    if lt.precision >= 3:  # (a part told only at the whole country has no place of its own)
        return inside(lp, lt) and not country_wide(lp)
    return not total.location_fallback and lp.name == lt.name


def _parts(total: Candidate, events: Sequence[Candidate], taken: set[int]) -> list[int] | None:
    """The indices in ``events`` of the incidents ``total`` sums (see the module's doc), else None."""
    n = total.fatalities
    hedged = total.toll_ceiling is not None
    if not _counted(total) or n is None or n < 2 or not _told_figure(total) or total.date is None:
        return None
    lede = total.sentences[0]
    own = set(total.sentences)
    cands = [k for k, e in enumerate(events) if e is not total and e.sentences and e.sentences[0][0] > lede[0]
             and k not in taken]
    if any(set(events[k].sentences) & own for k in cands):
        return None  # a sentence told by both: the incidents are not told apart from the total
    parts = [k for k in cands if _counted(events[k]) and _told_figure(events[k])
             and events[k].event_type == total.event_type and events[k].date == total.date
             and _holds(total, events[k])]
    told = [list(g) for _, g in groupby(sorted(parts, key=lambda k: events[k].sentences[0]),
                                         key=lambda k: events[k].sentences[0])]
    if len(told) < 2:
        return None
    if hedged:  # every part together, above the hedged figure and under its ceiling
        whole = sum(events[k].fatalities or 0 for g in told for k in g)
        return [k for g in told for k in g] if n <= whole < (total.toll_ceiling or 0) else None
    m = reaching_prefix([sum(events[k].fatalities or 0 for k in g) for g in told], n)
    return [k for g in told[:m + 1] for k in g] if m is not None and m >= 1 else None


def fold_lede_sums(events: Sequence[Candidate]) -> list[Candidate]:
    """``events`` without the totals their later incidents add up to (:func:`_parts`), each
    part taking its total's named doer where it names none."""
    out = list(events)
    taken: set[int] = set()
    folded: set[int] = set()
    for k in sorted(range(len(events)), key=lambda k: events[k].sentences[:1]):
        if k in taken:
            continue
        parts = _parts(events[k], events, taken | folded)
        if parts is None:
            continue
        folded.add(k)
        taken.update(parts)
        doer = events[k].actor1
        for p in parts:
            if out[p].actor1 is None and doer is not None and doer != out[p].actor2:
                out[p] = replace(out[p], actor1=doer)
    return [e for k, e in enumerate(out) if k not in folded]
