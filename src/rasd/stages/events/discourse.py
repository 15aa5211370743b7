"""A per-article memory of the doers told, for an event whose clause names none.

A report tells an incident over several sentences, and names its doer once: ``قتل شرطي في
هجوم نسب إلى المتمردين ... وأطلق مسلحون النار عليه`` (the gunmen are the rebels), ``شن
التحالف غارات ... واستهدفت الغارات مواقع`` (the strikes are the coalition's). Where an
event, once merged with the other sentences that tell it, still has no doer (its actor1 is
unnamed, or ACLED's unidentified armed group), the doer that an earlier clause of its
sentence or the sentence before told (in any event read from them, kept or not), in the
same country, is taken when the act agrees with it (a violent act; of the battles, an armed
clash, not ground taken):

* a state's forces (or an alliance of states) only for an act of the same kind, a strike
  after a strike, shelling after shelling, a clash after a clash (not an attack on
  civilians): a state does many things in one report;
* an armed group (rebels, a militia: the knowledge base's categories, ``group_categories``,
  the insurgents and rebels by country) for any violent act: its next attack, its bomb;
* in an armed clash, the side facing the one the clause names (``قتل أربعة متمردين``: the
  other side of the clash told before), or both sides where the clause names neither but
  speaks of the two sides (``اشتباكات بين الطرفين``).

Nothing is carried into or across a sentence that opens on another matter (``من جهة
أخرى``, ``في حادثة منفصلة``), into a reference (a condemnation, an investigation), into a
sentence that names its doer as unknown (``اختطف مجهولون``: table ``unknown_doers``), into an
attack the report says no one has claimed (``ولم تتبن أي جهة الهجوم``, in its sentence or
the next: table ``unclaimed``), into the act a reprisal answers (``ردا على الهجوم``: table
``reprisal``), nor across a country, and never a side the clause shows suffering the act.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rasd.document import Sentence
from rasd.stages.events.lexicon import TermSet, Word, cue_set, words_of
from rasd.stages.events.merge import VIOLENT_TYPES, Candidate
from rasd.stages.events.sides import actor_tables, allied

__all__ = ["DoerMemory", "REACH", "unnamed"]

#: How many sentences back a doer is carried from (0: its own sentence's earlier clauses;
#: 1: the sentence before).
REACH = 1
#: Names of a state's side (carried only to an act of the same kind).
_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ", "Government of ", "Global Coalition",
                   "NATO")
#: The words of "the two sides" of a fight told before (اشتباكات بين الطرفين).
_BOTH_SIDES = frozenset({"الطرفين", "الطرفان", "الجانبين", "الجانبان"})
#: The knowledge base's categories of an armed group.
_GROUP_CATEGORIES = frozenset({"rebel group", "political militia", "identity militia"})
#: How far (in words) after a reprisal cue the act it answers is named (ردا على الهجوم).
_REPRISAL_REACH = 3


def unnamed(actor: str | None) -> bool:
    """Whether an actor1 names no doer (none, or ACLED's unidentified armed group)."""
    return actor is None or actor.startswith("Unidentified Armed Group")


@lru_cache(maxsize=1)
def _armed_groups() -> frozenset[str]:
    """The ACLED names of armed groups (not a state's, not an organisation's)."""
    tables = actor_tables()
    names = set(tables.get("group_categories", {}))
    for key in ("insurgents_by_country", "rebels_by_country"):
        names |= {row["name"] for row in tables.get(key, {}).values()}
    for by_country in tables.get("names_by_country", {}).values():
        names |= set(by_country.values())
    try:
        from rasd.kb.actors import load_actor_kb
    except ImportError:  # pragma: no cover - the knowledge base is optional
        return frozenset(names)
    names |= {a.acled_name for a in load_actor_kb() if a.acled_name and a.category in _GROUP_CATEGORIES}
    return frozenset(names)


@lru_cache(maxsize=1)
def _unclaimed() -> TermSet:
    return TermSet(actor_tables().get("unclaimed", ()))


@lru_cache(maxsize=1)
def _unknown() -> TermSet:
    return TermSet(actor_tables().get("unknown_doers", ()))


@lru_cache(maxsize=1)
def _reprisal() -> TermSet:
    return TermSet(actor_tables().get("reprisal", ()))


def _state(actor: str) -> bool:
    return actor.startswith(_STATE_PREFIXES)


def _answered(words: Sequence[Word]) -> bool:
    """Whether the words tell an act that a reprisal answers (``ردا على الهجوم الانتحاري``)."""
    acts = cue_set("event_anaphora")
    return any(acts.any_in(words, m.last + 1, min(len(words), m.last + 1 + _REPRISAL_REACH))
               for m in _reprisal().find(words))


@dataclass(frozen=True)
class _Told:
    sentence: int
    start: int
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str | None
    country: str | None


def _country(c: Candidate) -> str | None:
    return c.location.country if c.location is not None else None


class DoerMemory:
    """The doers an article told, sentence by sentence (see the module docstring), read
    from the candidates of every sentence before any is dropped or merged."""

    def __init__(self, text: str, sentences: Sequence[Sentence], told: Sequence[Candidate]) -> None:
        self._text = text
        self._sentences = sentences
        self._starts = [s.start for s in sentences]
        self._shifts: dict[int, bool] = {}
        self._told: list[_Told] = []
        for c in sorted(told, key=lambda c: c.start):  # (a doer carried is told again)
            c = self.carry(c)
            if c.actor1 is not None and not unnamed(c.actor1) and not c.reference:
                self._told.append(_Told(self._index(c.start), c.start, c.event_type, c.sub_event_type, c.actor1,
                                        c.actor2, _country(c)))

    def _index(self, start: int) -> int:
        return max(0, bisect_right(self._starts, start) - 1)

    def _words(self, sentence: int) -> Sequence[Word]:
        s = self._sentences[sentence]
        return words_of(self._text, s.start, s.end)

    def _shift(self, sentence: int) -> bool:
        """Whether the sentence opens on another matter (``من جهة أخرى``, ``وفي حادثة منفصلة``)."""
        if sentence not in self._shifts:
            words = self._words(sentence)
            self._shifts[sentence] = any(m.first < 3 for m in cue_set("separate_incident").find(words)) \
                or any(m.first < 2 for m in cue_set("topic_shift").find(words))
        return self._shifts[sentence]

    def carry(self, cand: Candidate) -> Candidate:
        """``cand`` with the doer told before it, where it has none and the act agrees."""
        if not unnamed(cand.actor1) or cand.reference or cand.event_type not in VIOLENT_TYPES \
                or (cand.event_type == "Battles" and cand.sub_event_type != "Armed clash"):
            return cand
        sentence = self._index(cand.start)
        words = self._words(sentence)
        following = self._words(sentence + 1) if sentence + 1 < len(self._sentences) else ()
        if _unclaimed().any_in(words) or _unclaimed().any_in(following) or _answered(words) or _unknown().any_in(words):
            return cand
        return self._filled(cand, sentence, any(w.key in _BOTH_SIDES for w in words))

    def _filled(self, cand: Candidate, sentence: int, both_sides: bool) -> Candidate:
        country = _country(cand)
        suffering = set(cand.victims) | ({cand.actor2} if cand.actor2 else set())
        for told in reversed(self._told):
            if told.start > cand.start:
                continue
            if sentence - told.sentence > REACH or any(self._shift(k) for k in range(told.sentence + 1, sentence + 1)):
                break
            if told.country != country or country is None:
                continue
            if cand.sub_event_type == "Armed clash" and told.event_type == "Battles":
                if cand.actor2 is None:
                    if both_sides and told.actor2 is not None:
                        return replace(cand, actor1=told.actor1, actor2=told.actor2)
                    continue
                if told.actor2 is not None and cand.actor2 == told.actor2:
                    return replace(cand, actor1=told.actor1)
                if told.actor2 is not None and cand.actor2 == told.actor1:
                    return replace(cand, actor1=told.actor2)
                continue
            doer = told.actor1
            if doer in suffering or not (_state(doer) or doer in _armed_groups()):
                continue
            if cand.actor2 is not None and allied(doer, cand.actor2, country):
                continue
            if _state(doer) and (told.sub_event_type != cand.sub_event_type or cand.event_type == "Violence against civilians"):
                continue
            if cand.sub_event_type == "Air/drone strike" and not _state(doer):
                continue  # (only a state flies)
            return replace(cand, actor1=doer)
        return cand
