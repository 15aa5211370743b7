"""An act word in a sense that is no conflict: its own arguments tell (issue 16).

The words rasd reads as acts have other senses, and the noun that the trigger governs or that
governs it says which: an animal that attacks (``هاجم الدب المتنزهين``), a car or a flight that
is stopped (``أوقفت الشركة رحلاتها``), a crash (``إصابة ثلاثة إثر اصطدام مركبتين``), a fire
brought under control (``السيطرة على الحريق``), rescue teams breaking into a building, a
club's attack (``عزز النادي هجومه بلاعب``), a company taking over a market, a phone that
explodes, a rocket sent into space. Such a noun within ``reach`` words of the trigger, in the
trigger's own clause, whose class applies to the trigger's family (an animal to attacks and
killings, a vehicle to arrests only: a car bomb stays a bomb), makes the event's sense another.

A weak event (under ``max_confidence``) that counts no dead is dropped when one of its triggers
reads so, unless the trigger's clause names an armed actor (``armed``: gunmen, forces, police,
a named group, a strike): then the act may well be one of violence, and the event is left alone.

The classes, their families and head nouns, the armed words and the bars are the table
``rasd/data/events/sense_heads.json``; words match on their clitic readings (``وهاجمه``,
``بالكلاب``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.stages.events.detect import find_hits
from rasd.stages.events.lexicon import TermSet, Word, clauses_of, cue_set
from rasd.stages.events.merge import Candidate
from rasd.text import load_data

__all__ = ["SenseTable", "sense_table", "other_sense_heads", "told_in_other_sense"]


@dataclass(frozen=True, slots=True)
class SenseTable:
    """The ``sense_heads`` table: the bars, the armed words and, per trigger family, the head
    nouns that give its act another sense (with the class each belongs to)."""

    max_confidence: float
    reach: int  # words either side of the trigger, within its clause (a class may set its own)
    armed: TermSet
    heads: dict[str, tuple[tuple[TermSet, str, int], ...]]  # family -> (a class's heads, class, reach)


@lru_cache(maxsize=1)
def sense_table() -> SenseTable:
    """The table of ``sense_heads.json`` (reads nothing when it is absent)."""
    raw = load_data("events/sense_heads.json")
    heads: dict[str, list[tuple[TermSet, str, int]]] = {}
    for name, spec in raw.get("classes", {}).items():
        reach = int(spec.get("reach", raw.get("reach", 0)))
        terms = TermSet(spec.get("heads", ()))
        for family in spec.get("families", ()):
            heads.setdefault(family, []).append((terms, name, reach))
    return SenseTable(
        max_confidence=float(raw.get("max_confidence", 0.0)),
        reach=int(raw.get("reach", 0)),
        armed=TermSet(raw.get("armed", ())),
        heads={f: tuple(v) for f, v in heads.items()},
    )


def _reach(i: int, first: int, last: int) -> int:
    """How many words ``i`` stands from the trigger ``[first, last]`` (1: next to it)."""
    return first - i if i < first else i - last


def _own_clause(words: Sequence[Word], lo: int, hi: int, first: int, last: int) -> tuple[int, int]:
    """``[lo, hi)`` cut at the relative pronouns either side of the trigger ``words[first:last + 1]``
    (``اعتقال ثلاثة ممن هاجموا مركبة``: the car is the object of another verb)."""
    relatives = [m.first for m in cue_set("relatives").find(words, lo, hi)]
    before = [i + 1 for i in relatives if i < first]
    after = [i for i in relatives if i > last]
    return (max(before, default=lo), min(after, default=hi))


def other_sense_heads(words: Sequence[Word]) -> list[tuple[str, str]]:
    """Per trigger of ``words`` (a sentence) read in another sense: ``(term, class)``. A trigger
    whose clause names an armed actor reads in none."""
    table = sense_table()
    hits = find_hits(words)
    if not hits or not table.heads:
        return []
    clauses = clauses_of(words, cue_set("clause_breaks"))
    out: list[tuple[str, str]] = []
    for h in hits:
        heads = table.heads.get(h.family)
        if not heads:
            continue
        lo, hi = next(((a, b) for a, b in clauses if a <= h.first < b), (0, len(words)))
        if table.armed.any_in(words, lo, hi):
            continue  # an armed actor in its clause: the act may be violence
        lo, hi = _own_clause(words, lo, hi, h.first, h.last)
        near = [i for i in range(max(lo, h.first - table.reach), min(hi, h.last + 1 + table.reach))
                if not h.first <= i <= h.last]
        # where a head of each class starts in the clause (a class's first match at a word)
        starts = [(frozenset(m.first for m in terms.find(words, lo, hi)), name, reach) for terms, name, reach in heads]
        found = next((name for i in near for at, name, reach in starts
                      if _reach(i, h.first, h.last) <= reach and i in at), None)
        if found is not None:
            out.append((h.term, found))
    return out


def told_in_other_sense(words: Sequence[Word], ranges: Sequence[tuple[int, int]],
                        cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` (read from ``words[lo:hi]`` for each of ``ranges``, at ``confidence``)
    is weak, counts no dead and has a trigger read in a sense that is no conflict."""
    table = sense_table()
    if confidence >= table.max_confidence or cand.fatalities or not ranges:
        return False
    return any(other_sense_heads(words[lo:hi]) for lo, hi in ranges)
