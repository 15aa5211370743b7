"""The doers of the events the stage merged: a doer shared over a list of places, an unnamed
actor renamed for a listed place's country, and the names that need the event's settled
place (a group's branch in one province). Moved out of :mod:`rasd.stages.events.stage`,
which reads each sentence; this module works on the candidates it made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasd.stages.events.merge import Candidate, unnamed_actor
from rasd.stages.events.naming import country_name, name_in_region
from rasd.stages.events.sides import air_sides, bomb_sides

__all__ = ["STATE_ONLY_SUBTYPES", "abroad", "one_doer", "settled_sides"]

#: Sub-event types where only a state's forces can be the doer (an air strike): ACLED's
#: "Unidentified Armed Group" is not their unnamed doer.
STATE_ONLY_SUBTYPES = frozenset({"Air/drone strike"})


def abroad(actor: str | None, home: str, there: str) -> str | None:
    """An unnamed actor of the list's first place (``Protesters (France)``) named for the
    country of another listed place."""
    old, new = country_name(home), country_name(there)
    if actor is None or home == there or not old or not new or not actor.endswith(f"({old})"):
        return actor
    return actor[: -len(old) - 2] + f"({new})"


def one_doer(merged: list[Candidate], cands: Sequence[Candidate]) -> list[Candidate]:
    """The events of one act told over a list of places (``غارات على صنعاء وحجة ومأرب``) share
    its doer: where merging gave some of them a named doer (a claim or a later sentence about
    one place names who struck) and left the others an unnamed one, the others take it (the
    first place's first)."""
    lists: dict[tuple[tuple[int, int], str], list[str]] = {}
    for c in cands:
        if c.listed and c.location is not None:
            lists.setdefault((c.spans[0], c.sub_event_type), []).append(c.location.name)
    out = list(merged)
    for (span, sub), names in lists.items():
        at = {m.location.name: i for i, m in enumerate(out) if m.location is not None and m.location.name in names
              and m.sub_event_type == sub and span in m.spans}
        doer = next((a for n in names if n in at and not unnamed_actor(a := out[at[n]].actor1)), None)
        for i in at.values() if doer else ():
            if unnamed_actor(out[i].actor1):
                out[i] = replace(out[i], actor1=doer, actor2=out[i].actor2 if out[i].actor2 != doer else None)
    return out


def settled_sides(c: Candidate, main_cc: str | None) -> Candidate:
    """``c`` with its sides as its settled place and merged doer make them: a doer donated by
    another sentence is read again for a bombing or an air strike (:func:`air_sides`), a
    group with a branch in the event's province takes the branch's name, and civilians are
    no side of a battle."""
    a1, a2 = air_sides(*bomb_sides(c.actor1, c.actor2, c.sub_event_type), c.sub_event_type)
    if a1 != c.actor1:
        unnamed = (country_name(c.location.country if c.location else main_cc)
                   if c.sub_event_type not in STATE_ONLY_SUBTYPES else None)
        c = replace(c, actor1=a1 or (f"Unidentified Armed Group ({unnamed})" if unnamed else None), actor2=a2)
    loc = c.location
    if loc is not None:
        c = replace(c, actor1=name_in_region(c.actor1, loc.country, loc.admin1),
                    actor2=name_in_region(c.actor2, loc.country, loc.admin1))
    if c.event_type == "Battles" and (c.actor2 or "").startswith("Civilians"):
        # civilians are never a side of a battle (ACLED): the people a clash's toll counts
        # (جرح سبعة أشخاص) are not whom the other side fought
        c = replace(c, actor2=None)
    return c
