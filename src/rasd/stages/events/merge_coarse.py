"""One incident told at two grains: a coarse retelling joins the finer record of it.

A report often tells its incident twice: the lead at the city or the country (``clashes in the
south of the country``, ``a car bomb in the city``), the body at the district or town where it
happened; or a claim names the city where the body names the district. When the two records are
of one type (or one family of readings: a blast and a suicide bombing, a clash and an attack, a
takeover and its retaking), the coarse place contains the finer one, and the coarse sentence
tells nothing the finer record lacks (no day of its own in its own clause that differs, no toll
of its own that differs, no named doer of its own that differs), ACLED codes one event: at the
finer place, on the earlier day its own clause names, with the toll told. Silent where the coarse
place contains two finer records of the family (which one it tells is unknown), and never
between two places of one grain. Used by :mod:`rasd.stages.events.merge` after its pairwise pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.document import Location
from rasd.kb.gazetteer import load_gazetteer
from rasd.stages.events.merge_places import country_wide, km_apart
from rasd.stages.events.type_sets import TAKEOVER_SUBTYPES

if TYPE_CHECKING:
    from rasd.stages.events.merge import Candidate

__all__ = ["BLAST_READINGS", "FIGHT_READINGS", "contains", "join_coarse_retellings", "same_family"]

#: Pairs of sub-event types one incident is read as by two sentences: a blast told once as an
#: explosion and once as a suicide bombing; a fight told once as a clash and once as an attack
#: (read by :mod:`rasd.stages.events.merge` too). Here also a takeover and the retaking of the
#: same ground (:data:`_FAMILIES`).
_SUICIDE = "Suicide bomb"
BLAST_READINGS = frozenset({"Remote explosive/landmine/IED", _SUICIDE})
FIGHT_READINGS = frozenset({"Armed clash", "Attack"})
_FAMILIES = (
    BLAST_READINGS,
    FIGHT_READINGS,
    TAKEOVER_SUBTYPES,
)

#: How far from a city's point a town may lie and be one of its districts (a metropolis's
#: suburbs: Istanbul's lie 10-30 km from its centre).
_CITY_REACH_KM = 30.0

#: The population from which a city is a metropolis whose districts the gazetteer gives as
#: towns of their own (Istanbul's Sultanbeyli, Baghdad's Sadr City).
_METROPOLIS = 1_000_000


def same_family(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are one type read as one family of sub-events (:data:`_FAMILIES`)."""
    if a.event_type != b.event_type:
        return False
    kinds = {a.sub_event_type, b.sub_event_type}
    return len(kinds) == 1 or any(kinds <= family for family in _FAMILIES)


def contains(coarse: Location, fine: Location) -> bool:
    """Whether ``coarse`` is a place of a coarser grain that ``fine`` lies in: a country and a
    place of it, or a metropolis and a smaller town of its province within its reach (one of its
    districts). Never two places of one grain. (A province and a town its code puts in it are not
    enough: a lead's ``a village in the province`` is not the provincial capital a witness fled to.)"""
    if coarse.country != fine.country or coarse.name == fine.name:
        return False
    if country_wide(coarse):
        return not country_wide(fine)
    if coarse.precision == 1 and fine.precision <= 2 and coarse.admin1 == fine.admin1:
        # (a town the gazetteer counts people in: a district, not a landmark, a camp, a street)
        size, own = _population(coarse.country, coarse.name), _population(fine.country, fine.name)
        return size >= _METROPOLIS and 0 < own < size and km_apart(coarse, fine) <= _CITY_REACH_KM
    return False


@lru_cache(maxsize=4096)
def _population(cc: str, name: str) -> int:
    """The population the gazetteer gives the town of country ``cc`` named ``name`` (0 where
    it names none)."""
    town = load_gazetteer().town_named(cc, name, None)
    return town.population if town is not None and town.population else 0


def _own_day(coarse: Candidate, fine: Candidate) -> bool:
    """Whether the coarse telling names a day of its own, in its own clause, not the finer
    record's (a report's day, ``قال مسؤولون اليوم``, or a carried day is not its own)."""
    if coarse.date is None or fine.date is None or coarse.date == fine.date:
        return False
    if coarse.time_precision == 1 and coarse.clause_day and not coarse.reported:
        return True
    try:
        return dt.date.fromisoformat(coarse.date) < dt.date.fromisoformat(fine.date)  # told before it happened
    except ValueError:
        return True


def _named(actor: str | None) -> bool:
    return actor is not None and not actor.startswith("Unidentified Armed Group")


def _tells_more(coarse: Candidate, fine: Candidate) -> bool:
    """Whether the coarse telling tells something the finer record lacks or tells apart: a day,
    a toll (another than the finer record's, where that one tells a count, 0 included), a named
    doer of its own."""
    if _own_day(coarse, fine):
        return True
    if coarse.fatalities is not None and fine.fatalities is not None and coarse.fatalities != fine.fatalities:
        return True  # (a finer record's 0 is told: "no one was hurt" is not a toll to fill)
    if _named(coarse.actor1) and _named(fine.actor1) and coarse.actor1 != fine.actor1:
        return {coarse.actor1, coarse.actor2} != {fine.actor1, fine.actor2}  # (a takeover's sides read either way)
    return False


def _coarse_of(c: Candidate, e: Candidate) -> bool:
    """Whether ``c`` may be a coarse retelling of ``e``: same family, no shared sentence, places
    of their own (not the article's fallback), ``c``'s place containing ``e``'s."""
    lc, le = c.location, e.location
    if lc is None or le is None or c.location_fallback or e.location_fallback or c is e:
        return False
    if c.reference or e.reference or c.roundup or e.roundup or c.distinct or c.separate:
        return False
    if not same_family(c, e) or set(c.sentences) & set(e.sentences):
        return False
    return contains(lc, le)


def join_coarse_retellings(out: Sequence[Candidate], combine: Callable[[Candidate, Candidate], Candidate]) -> list[Candidate]:
    """The article's events with each coarse retelling joined to the one finer record of its
    family that its place contains (``combine(fine, coarse)``: the finer record's place, the
    earlier day, the told toll, the claimant's name); the others as they are."""
    events = list(out)
    for c in list(events):
        if c not in events:
            continue
        finer = [e for e in events if e is not c and _coarse_of(c, e)]
        if len(finer) != 1 or _tells_more(c, finer[0]):
            continue
        fine = finer[0]
        k = events.index(fine)
        # (the sub-event another sentence gave the coarse record, or its own: a car bomb told as
        # a suicide bombing)
        suicide = c.sub_event_type if c.sub_event_type == _SUICIDE and fine.sub_event_type in BLAST_READINGS else None
        events[k] = replace(combine(fine, c), retyped=fine.retyped or c.retyped or suicide)
        events.remove(c)
    return events
