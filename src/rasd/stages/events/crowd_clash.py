"""A confrontation whose one side is a crowd: a riot, not a battle.

ACLED codes a battle only where both sides are organised armed groups. Clashes
(مواجهات، اشتباكات، صدامات) between youths, protesters, residents, worshippers or fans on
one side and a state's police or army on the other are a violent demonstration.
:func:`crowd_confrontation` reads the sides from the clash's own clause: a crowd noun
(``confrontation_crowds`` in cues.json, or a civilian, protester or rioter role word) and a
state force (a police, military or state role word, or a force named in actors.json; for a clash
verb, its subject told earlier in the sentence)
standing there, and no armed side (gunmen, militants, a named armed group) nor an armed
clash word (مواجهات مسلحة, تبادل لإطلاق النار). Silent when unsure: a clause that names
an armed side, or no force, or no crowd, keeps the battle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasd.stages.events.lexicon import Word, cue_set
from rasd.stages.events.naming import (
    STATE_FORCE_KINDS,
    ActorMention,
    RoleMention,
    group_mentions,
    role_mentions,
)
from rasd.stages.events.periods import CLAUSE_END  # (a quote mark or bracket does not close the clause)

if TYPE_CHECKING:
    from rasd.stages.events.acts import Hit

__all__ = ["crowd_confrontation"]

#: How far before and after the clash word its sides may stand.
_BEFORE = 4
_AFTER = 10
#: How many words after بين the second side's و may stand, and how many words (a quantifier:
#: عدد من, مئات) may stand between a side's start and its crowd noun.
_SECOND_SIDE = 5
_QUANTIFIER = 2
#: How far before a clash verb's clause its subject, a state's force, may stand.
_SUBJECT_BACK = 12
#: Role kinds of a crowd and of an armed side (a state's forces: ``STATE_FORCE_KINDS``).
_CROWD_KINDS = frozenset({"civilian", "protester", "rioter"})
_ARMED_KINDS = frozenset({"armed", "rebel", "militia"})
#: Families that make the sentence a fight with weapons, a takeover or a killing of captives.
_ARMED_FAMILIES = frozenset({"chemical", "suicide", "grenade", "air", "ied", "shelling", "territory",
                             "execution", "abduction", "sexual"})


def _clause(words: Sequence[Word], first: int, last: int) -> tuple[int, int]:
    """Words ``[lo, hi)`` around ``first..last``: up to the clause's stops, within reach."""
    lo = first
    while lo > 0 and first - lo < _BEFORE and not (words[lo - 1].punct and words[lo - 1].key in CLAUSE_END):
        lo -= 1
    hi = last + 1
    while hi < len(words) and hi - last <= _AFTER and not (words[hi].punct and words[hi].key in CLAUSE_END):
        hi += 1
    return lo, hi


def _force_named(words: Sequence[Word], h: Hit, lo: int, hi: int, roles: Sequence[RoleMention],
                 groups: Sequence[ActorMention]) -> bool:
    """Whether a state's force stands in the clash's clause, or, for a clash verb, as its
    subject told earlier in the sentence (``اقتحمت قوات الاحتلال المسجد، واشتبكت مع ...``)."""
    if any(r.kind in STATE_FORCE_KINDS for r in roles) or any(g.kind in STATE_FORCE_KINDS for g in groups):
        return True
    if not cue_set("confrontation_verbs").any_in(words, h.first, h.last + 1):
        return False
    start = lo
    while start > 0 and lo - start < _SUBJECT_BACK and not (words[start - 1].punct and words[start - 1].key == "."):
        start -= 1
    return any(r.kind in STATE_FORCE_KINDS for r in role_mentions(words[start:lo]))


def _side_starts(words: Sequence[Word], h: Hit, hi: int) -> list[int]:
    """Where the clash's sides may begin after its word: right after بين and at the و of
    the second side, right after مع, and the subject right after a clash verb."""
    between, withs = cue_set("confrontation_between"), cue_set("confrontation_with")
    starts: list[int] = []
    if cue_set("confrontation_verbs").any_in(words, h.first, h.last + 1):
        starts.append(h.last + 1)
    for j in range(h.last + 1, hi):
        if between.any_in(words, j, j + 1):
            starts.append(j + 1)
            starts.extend(k for k in range(j + 2, min(hi, j + 2 + _SECOND_SIDE)) if words[k].key.startswith("و"))
        elif withs.any_in(words, j, j + 1):
            starts.append(j + 1)
    return starts


def crowd_confrontation(words: Sequence[Word], hits: Sequence[Hit]) -> Hit | None:
    """The clash hit of ``hits`` whose clause sets a crowd against a state's forces, with no
    armed side named there (``اندلعت مواجهات بين الشبان وقوات الشرطة``): ACLED's violent
    demonstration. The crowd must stand as a side (after بين, مع or the clash verb, a
    quantifier or two before it allowed), not as the victims told before the clash. None
    where any hit is an explosion, a takeover, an execution or an abduction, or the clash
    word is armed (``اشتباكات مسلحة``)."""
    if any(h.family in _ARMED_FAMILIES for h in hits):
        return None
    clash_terms = cue_set("confrontation_terms")
    armed_words = cue_set("confrontation_armed")
    crowds = cue_set("confrontation_crowds")
    for h in hits:
        if h.family != "clash" or not clash_terms.any_in(words, h.first, h.last + 1):
            continue
        lo, hi = _clause(words, h.first, h.last)
        if armed_words.any_in(words, lo, hi):
            return None
        roles = role_mentions(words[lo:hi])
        groups = group_mentions(words, lo, hi)
        if any(r.kind in _ARMED_KINDS for r in roles) or any(g.kind not in STATE_FORCE_KINDS for g in groups):
            return None
        if not _force_named(words, h, lo, hi, roles, groups):
            continue
        crowd_at = [m.first for m in crowds.find(words, h.last + 1, hi)]
        crowd_at += [lo + r.first for r in roles if r.kind in _CROWD_KINDS]
        starts = _side_starts(words, h, hi)
        if any(0 <= c - s <= _QUANTIFIER for c in crowd_at for s in starts):
            return h
    return None
