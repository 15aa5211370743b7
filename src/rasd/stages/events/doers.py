"""The doers of the events the stage merged: a doer shared over a list of places, an unnamed
actor renamed for a listed place's country, and the names that need the event's settled
place (a group's branch in one province). Moved out of :mod:`rasd.stages.events.stage`,
which reads each sentence; this module works on the candidates it made."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from rasd.stages.events.clause_roles import claimants
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, unnamed_actor
from rasd.stages.events.naming import country_name, country_template, group_mentions, name_in_region
from rasd.stages.events.sides import actor_tables, air_sides, bomb_sides, state_side
from rasd.text import normalize_key

__all__ = ["STATE_ONLY_SUBTYPES", "abroad", "carried_doer", "claimed_doer", "one_doer", "settled_sides", "told_doer", "unnamed_doer"]

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


def _claimed_acts(cands: Sequence[Candidate], text: str) -> dict[str, set[tuple[str, str]]]:
    """The groups the article tells claiming an act (:func:`claimants`), each with the
    ``(sub-event type, place)`` of the acts whose sentence tells the claim and reads it the doer."""
    acts: dict[str, set[tuple[str, str]]] = {}
    for c in cands:
        if c.location is None or unnamed_actor(c.actor1) or state_side(c.actor1) \
                or (c.actor1 or "").startswith("Civilians"):
            continue
        words = words_of(text[c.start:c.end])
        mentions = group_mentions(words, 0, len(words), text[c.start:c.end], c.location.country)
        claiming = claimants(words, 0, len(words), [m.first for m in mentions])
        if any(m.first in claiming and m.name == c.actor1 for m in mentions):
            acts.setdefault(str(c.actor1), set()).add((c.sub_event_type, c.location.name))
    return acts


def claimed_doer(merged: list[Candidate], cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """An event whose doer is left unnamed (``Unidentified Armed Group``) takes the group the
    article tells claiming an act of its sub-event type at its place (``تبناه التنظيم``, told
    in another report of the act that merging kept apart: the suicide bomber of one sentence
    is the claimant's), where the article's claims name one group only."""
    acts = _claimed_acts(cands, text)
    if len(acts) != 1:
        return merged
    name, claimed = next(iter(acts.items()))
    out = list(merged)
    for i, m in enumerate(out):
        # (as its place settles it: a state's forces read as a bomber suffer the bomb, bomb_sides)
        doer, target = bomb_sides(m.actor1, m.actor2, m.sub_event_type)
        if m.actor1 is not None and unnamed_actor(doer) and target != name and m.location is not None \
                and (m.sub_event_type, m.location.name) in claimed:
            out[i] = replace(m, actor1=name, actor2=target)
    return out


def _country_of(c: Candidate, main_cc: str | None) -> str | None:
    """The country of ``c``'s place, else the article's main country ``main_cc``."""
    return c.location.country if c.location is not None and c.location.country else main_cc


def _names_word(text: str, keys: Sequence[str]) -> bool:
    """Whether a word of ``text`` is one of ``keys`` once its proclitics are read off
    (``للتحالف``, ``والتحالف`` name ``التحالف``)."""
    if not keys or not text:
        return False
    wanted = {normalize_key(k) for k in keys}
    wanted |= {"ل" + k[2:] for k in wanted if k.startswith("ال")}  # (ل + ال is written لل: للتحالف)
    return any(wanted.intersection(w.stems) for w in words_of(text))


def _in_force(rule: Mapping[str, Any], country: str, date: str | None) -> bool:
    """Whether ``rule``'s doer for ``country`` still held on ``date`` (``by_country_until``:
    the last day one state alone flew there; Russia's strikes in Syria began on 30 September
    2015). An undated event is taken to fall within it."""
    until = rule.get("by_country_until", {}).get(country)
    return until is None or date is None or date[:10] <= str(until)


def unnamed_doer(sub_event_type: str, actor2: str | None, country: str | None, text: str = "",
                 date: str | None = None) -> str | None:
    """ACLED's doer of an act no report in the article (``text``) names a doer for (table
    ``unnamed_doers``): an arrest is the state's police (in a territory another state
    occupies, that state's forces; the state's own forces where the reading made them its
    target), an air strike the one state that flies against such a target there, while it
    alone flies there (``by_country_until``, against the event's ``date``), unless the
    article names another flier (``not_where_named``); else None (left unnamed)."""
    rule = actor_tables().get("unnamed_doers", {}).get(sub_event_type)
    if rule is None or not country:
        return None
    if "template" in rule:
        if country in rule.get("not_in", ()):
            return None
        own = (country_template("Military Forces of {country}", country), country_template("Police Forces of {country}", country))
        if actor2 is not None and actor2 in own:
            return actor2  # (قوات الجيش ... اعتقلت: the forces read as the target made the arrest)
        occupier = actor_tables().get("military_of_territory", {}).get(country)
        return country_template("Military Forces of {country}", occupier) if occupier else country_template(rule["template"], country)
    if actor2 in rule.get("not_against", ()) or not _in_force(rule, country, date):
        return None
    if _names_word(text, rule.get("not_where_named", ())):
        return None  # (the article names another flier: read last, as it reads the article's words)
    doer = rule.get("by_country", {}).get(country)
    return str(doer) if doer else None


def told_doer(merged: list[Candidate], cands: Sequence[Candidate], main_cc: str | None,
              text: str = "") -> list[Candidate]:
    """An event whose doer is unnamed takes first the group the article tells claiming the act
    (:func:`claimed_doer`). An event whose reading named no doer at all takes the one the article tells for the
    same act: the doer its other reports of that sub-event type in that country name (one
    doer only, not the event's own target; for an air strike a state's side, since states
    fly, and a coalition's reports in another country count too: ``شن طيران التحالف 14 غارة ... وأفاد البيان أن الغارات استهدفت``), else ACLED's doer of
    such an act left unnamed (:func:`unnamed_doer`). ACLED never leaves actor1 empty; an
    ``Unidentified Armed Group`` doer is a reading, and stays, but for the acts of states
    (``unnamed_doers``' sub-event types: an arrest, an air strike)."""
    rules = actor_tables().get("unnamed_doers", {})
    out = claimed_doer(merged, cands, text)  # (an unnamed doer: the group the article tells claiming the act)
    for i, m in enumerate(out):
        if m.actor1 is not None and not (m.sub_event_type in rules and unnamed_actor(m.actor1)):
            continue  # (an unidentified group is no doer of an arrest or an air strike: states make them)
        cc = _country_of(m, main_cc)
        told = {c.actor1 for c in cands if c.actor1 and c.actor1 != m.actor2 and c.sub_event_type == m.sub_event_type
                and (_country_of(c, main_cc) == cc or "Coalition" in c.actor1)  # (a coalition strikes over borders)
                and not unnamed_actor(c.actor1) and not c.actor1.startswith("Civilians")
                and (m.sub_event_type not in STATE_ONLY_SUBTYPES or state_side(c.actor1))}
        doer = told.pop() if len(told) == 1 else unnamed_doer(m.sub_event_type, m.actor2, cc, text, m.date)
        if doer is not None:
            out[i] = replace(m, actor1=doer, actor2=m.actor2 if m.actor2 != doer else None)
    return out


#: Actors that are no doer an act told after theirs goes on with: the people an act befell, or
#: those who gathered (their own events' doers, never another act's).
_NOT_CARRIED = ("Civilians", "Protesters", "Rioters")
#: Sub-event types whose doer is never the one the text goes on with (see :func:`carried_doer`).
_NOT_CARRIED_TO = STATE_ONLY_SUBTYPES | {"Agreement"}


def carried_doer(settled: Sequence[Candidate]) -> list[Candidate]:
    """An event still without a doer once every reading is done (``هاجم المسلحون البلدة``,
    ``بقصف جوي استهدف أوكارهم``: no actor in its clause, nor claimed nor told in another report)
    takes the doer of the event the article told just before it, in the same country, as the
    text goes on with that actor: a named doer only (not an unnamed group, nor civilians or
    protesters), never the event's own target. Not an air strike, whose flier an article may
    name in words no reading takes (``الولايات المتحدة وحلفاؤها``, a coalition named a paragraph
    before: :func:`unnamed_doer` decides those), nor an agreement, whose parties are no act's
    doer. ACLED never leaves actor1 empty; where the event before names none it stays so."""
    out = list(settled)
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    for k, i in enumerate(order):
        m = out[i]
        if m.actor1 is not None or k == 0 or m.sub_event_type in _NOT_CARRIED_TO:
            continue
        prev = out[order[k - 1]]
        doer = prev.actor1
        same_country = prev.location is not None and m.location is not None \
            and prev.location.country == m.location.country
        if not same_country or doer is None or unnamed_actor(doer) or doer.startswith(_NOT_CARRIED) \
                or doer == m.actor2:
            continue
        out[i] = replace(m, actor1=doer)
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
