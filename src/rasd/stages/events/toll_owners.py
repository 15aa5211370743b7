"""Which event a toll belongs to where the sentence that tells it is not the event's own.

Two cases, arithmetic and places only, no word lists:

* a toll told for several places at once is shared out evenly (``مقتل 23 عنصرا في بيجي
  والرمادي``: 12 and 11); a later sentence that counts one place's own dead (``أسفرت عن قتل 21
  منهم قرب مصفى بيجي``) gives that place its figure (:func:`own_over_share`);
* a sentence that names no place of its own (its place is the article's fallback) and tells
  again the exact toll of an incident told before it at a place of its own (``أعلن مسؤول أن 30
  شخصا قتلوا`` after ``... في سوروتش، وأسفر عن مقتل 30 شخصا``) retells that incident: it joins
  that event, not the event at the article's fallback place (:func:`retold_elsewhere`).

Used by :mod:`rasd.stages.events.merge`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasd.stages.events.type_sets import ASSAULT_TYPES

if TYPE_CHECKING:  # (merge.py calls this module: its names are read for typing only)
    from rasd.stages.events.merge import Candidate

__all__ = ["RETOLD_MIN", "own_over_share", "retold_elsewhere"]

#: The smallest toll read as one incident's told again without its place (two dead, or one,
#: are often two incidents' on one day).
RETOLD_MIN = 3


def own_over_share(a: Candidate, b: Candidate) -> bool:
    """Whether ``b``'s toll, told for its place alone, replaces ``a``'s share of a toll told for
    several places: ACLED codes each place's own dead where the text tells them. Only a figure
    below the whole (the whole told again is no place's own), not a reaction's or a claimant's."""
    whole, own = a.shared_toll, b.fatalities
    return (whole is not None and b.shared_toll is None and own is not None and 0 < own < whole
            and not b.reference and not b.claimed)


def retold_elsewhere(c: Candidate, out: Sequence[Candidate]) -> int | None:
    """The index in ``out`` of the one violent event, at a place of its own, whose exact toll
    ``c`` (a violent reading placed only at the article's fallback, not a claimant's) tells
    again on the same day, of the same dead (where both show whom they count, a group in
    common: 11 militants in an air strike are not the 11 civilians of a bombing told after it);
    ``None`` where none or several have it."""
    if not (c.location_fallback and c.event_type in ASSAULT_TYPES and c.fatalities is not None
            and c.fatalities >= RETOLD_MIN and not c.claimed and c.toll_ceiling is None):
        return None
    told = [i for i, e in enumerate(out)
            if e.fatalities == c.fatalities and not e.location_fallback and e.event_type in ASSAULT_TYPES
            and not e.reference and not e.claimed and e.date is not None and e.date == c.date
            and not (e.victims and c.victims and not set(e.victims) & set(c.victims))]
    return told[0] if len(told) == 1 else None
