"""A per-article memory of the doers told, for an event whose clause names none.

A report tells an incident over several sentences, and names its doer once: ``قتل شرطي في
هجوم نسب إلى المتمردين ... وأطلق مسلحون النار عليه`` (the gunmen are the rebels), ``شن
التحالف غارات ... واستهدفت الغارات مواقع`` (the strikes are the coalition's). Where an
event's own clause names no doer (its actor1 is unnamed, or ACLED's unidentified armed
group), the doer the article told in the same or the sentence before, in the same country,
is taken when the act agrees with it (a violent act; of the battles, an armed clash, not ground taken):

* a state's forces (or an alliance of states) only for an act of the same kind (a strike
  after a strike, a battle after a battle): a state does many things in one report;
* an armed group (rebels, a militia: the knowledge base's categories, ``group_categories``,
  the insurgents and rebels by country) for any violent act: its next attack, its bomb;
* in an armed clash, the side facing the one the clause names (``قتل أربعة متمردين``: the
  other side of the clash told before), or both sides where the clause names neither but
  speaks of the two sides (``اشتباكات بين الطرفين``).

Nothing is carried into a sentence that opens on another matter (``من جهة أخرى``, ``في
حادثة منفصلة``), into a reference (a condemnation, an investigation), into an attack the
report says no one has claimed (``ولم تتبن أي جهة الهجوم``, in its sentence or the next:
table ``unclaimed``), nor across a country, and never a side the clause shows suffering
the act.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rasd.document import Sentence
from rasd.stages.events.lexicon import TermSet, cue_set, words_of
from rasd.stages.events.merge import VIOLENT_TYPES, Candidate
from rasd.stages.events.sides import actor_tables, allied

__all__ = ["DoerMemory", "REACH", "unnamed"]

#: How many sentences back a doer is carried from (0: its own sentence's other clauses;
#: 1: the sentence before).
REACH = 1
#: Names of a state's side (carried only to an act of the same kind).
_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ", "Government of ", "Global Coalition",
                   "NATO")
#: The words of "the two sides" of a fight told before (اشتباكات بين الطرفين).
_BOTH_SIDES = frozenset({"الطرفين", "الطرفان", "الجانبين", "الجانبان"})
#: The knowledge base's categories of an armed group.
_GROUP_CATEGORIES = frozenset({"rebel group", "political militia", "identity militia"})


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


def _state(actor: str) -> bool:
    return actor.startswith(_STATE_PREFIXES)


@dataclass(frozen=True)
class _Told:
    sentence: int
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str | None
    country: str | None


def _country(c: Candidate) -> str | None:
    return c.location.country if c.location is not None else None


class DoerMemory:
    """The doers an article told, sentence by sentence (see the module docstring)."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self._text = text
        self._sentences = sentences
        self._told: list[_Told] = []

    def carry(self, cand: Candidate, sentence: int, part: Sentence) -> Candidate:
        """``cand`` (read from ``part`` of sentence number ``sentence``) with the doer the
        article told before it, where its clause names none and the act agrees; then
        remembered (a doer it names or was given)."""
        words = words_of(self._text, part.start, part.end)
        if cand.separate or any(m.first < 2 for m in cue_set("topic_shift").find(words)):
            self._told.clear()
        out = cand
        if unnamed(cand.actor1) and not cand.reference and cand.event_type in VIOLENT_TYPES \
                and (cand.event_type != "Battles" or cand.sub_event_type == "Armed clash") \
                and not self._unclaimed(sentence):
            whole = self._sentences[sentence]
            both = any(w.key in _BOTH_SIDES for w in words_of(self._text, whole.start, whole.end))
            out = self._filled(cand, sentence, both)
        if not unnamed(out.actor1) and not out.reference and out.actor1 is not None:
            self._told.append(_Told(sentence, out.event_type, out.sub_event_type, out.actor1, out.actor2, _country(out)))
        return out

    def _unclaimed(self, sentence: int) -> bool:
        """Whether the sentence or the next says no one has claimed the attack."""
        start = self._sentences[sentence].start
        end = self._sentences[min(sentence + 1, len(self._sentences) - 1)].end
        return _unclaimed().any_in(words_of(self._text, start, end))

    def _filled(self, cand: Candidate, sentence: int, both_sides: bool) -> Candidate:
        country = _country(cand)
        suffering = set(cand.victims) | ({cand.actor2} if cand.actor2 else set())
        for told in reversed(self._told):
            if sentence - told.sentence > REACH:
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
            if _state(doer) and told.sub_event_type != cand.sub_event_type:
                continue
            if cand.sub_event_type == "Air/drone strike" and not _state(doer):
                continue  # (only a state flies)
            return replace(cand, actor1=doer)
        return cand
