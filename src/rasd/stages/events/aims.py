"""A takeover word that is no takeover of its sentence: an aim, or a takeover done before.

ACLED codes "Government regains territory" / "Non-state actor overtakes territory" where the
text says control passed. A sentence that tells an operation *to* retake a place (``بدأت
القوات عملية لاستعادة المطار``, ``معارك من أجل السيطرة على التلة``) or recalls a place taken
earlier (``سبق لها استعادة الحي``) while it tells the fighting (``اندلعت اشتباكات``) reports a
battle whose outcome it does not state: the fight names the sub-event (Armed clash).
:func:`aims_only` reads, for a sentence's takeover hits, whether every one is such (cue lists
``takeover_aims`` and ``prior_acts`` in ``rasd/data/events/cues.json``); the typing keeps a
takeover wherever any takeover word of the sentence is told as done (:func:`aim_fight`). The
reading is only a label: the event is read, merged and given its sides as a takeover as before,
and where a sentence merged into it tells control passed (:func:`outcome_of_aim`) it stays one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rasd.stages.events.lexicon import Word, cue_set
from rasd.stages.events.type_sets import TAKEOVER_SUBTYPES

__all__ = ["aim_fight", "aimed", "aims_only", "outcome_of_aim"]

#: A conjunction that may lead the purpose لـ (ولاستعادة, فللسيطرة).
_CONJUNCTIONS = ("و", "ف")
#: ``لسيطرة X`` / ``لسيطرتها`` is "under X's control" (after الخاضعة), not the purpose "to control".
_CONTROL_NOUN = "سيطر"
#: ``من سيطرة X``: "from X's control".
_FROM = "من"
#: How many words before the takeover word an aim cue may stand (من أجل السيطرة, في محاولة لاستعادة).
_AIM_REACH = 2
#: How many words before the takeover word a prior-act cue may stand (سبق لها أن استعادت).
_PRIOR_REACH = 3
#: Trigger families of remote means: a takeover aimed at beside one is left as read (a fight
#: told with artillery is still a battle, as acts._type_hits reads it).
_REMOTE_MEANS = frozenset({"chemical", "suicide", "grenade", "air", "ied"})


class _TakeoverHit(Protocol):
    """The trigger fields :func:`aims_only` reads (``acts.Hit``)."""

    @property
    def family(self) -> str: ...

    @property
    def first(self) -> int: ...


def _purpose_lam(key: str) -> bool:
    """Whether the word is a takeover noun led by the purpose لـ (``لاستعادة``, ``للسيطرة``,
    ``ولتحرير``; not ``لسيطرة``/``لسيطرتها``, under someone's control)."""
    if key[:1] in _CONJUNCTIONS and key[1:2] == "ل":
        key = key[1:]
    return key.startswith("لل") or (key.startswith("ل") and not key[1:].startswith(_CONTROL_NOUN))


def _cue_before(words: Sequence[Word], first: int, cues: str, reach: int) -> bool:
    """Whether a word of the cue list ``cues`` ends up to ``reach`` words before ``words[first]``
    with no punctuation between."""
    start = max(0, first - reach - 1)
    return any(m.last < first and not any(w.punct for w in words[m.last + 1:first])
               for m in cue_set(cues).find(words, start, first))


def aimed(words: Sequence[Word], first: int) -> bool:
    """Whether the takeover word at ``words[first]`` is told as an aim (``لاستعادة``, ``من أجل
    السيطرة``) or as a takeover done before the sentence's act (``سبق لها استعادة``)."""
    return (_purpose_lam(words[first].key) or _cue_before(words, first, "takeover_aims", _AIM_REACH)
            or _cue_before(words, first, "prior_acts", _PRIOR_REACH))


def _from_control(words: Sequence[Word], first: int) -> bool:
    """Whether the takeover word at ``words[first]`` is the control a place is taken *from*
    (``لاستعادة المطار من سيطرة التنظيم``): it completes another takeover word, tells none."""
    return first > 0 and words[first - 1].key == _FROM and words[first].key.startswith(_CONTROL_NOUN)


def aims_only(words: Sequence[Word], hits: Sequence[_TakeoverHit]) -> bool:
    """Whether the sentence has takeover hits and every one is :func:`aimed` (the control a
    place is taken from, :func:`_from_control`, is left out: it goes with the word it completes)."""
    taken = [h for h in hits if h.family == "territory" and not _from_control(words, h.first)]
    return bool(taken) and all(aimed(words, h.first) for h in taken)


class _TypedHit(_TakeoverHit, Protocol):
    """The trigger fields :func:`aim_fight` reads (``acts.Hit``)."""

    @property
    def term(self) -> str: ...


def aim_fight(words: Sequence[Word], hits: Sequence[_TypedHit], sub_event_type: str,
              generic_attacks: tuple[str, ...]) -> bool:
    """Whether a takeover reading (``sub_event_type``) of a sentence is a fight for a place, not a
    takeover: every takeover word is :func:`aimed` (:func:`aims_only`) and the sentence tells the
    fighting with a named clash word (not only a generic attack, ``generic_attacks``: هجوم،
    اقتحام), and no remote means (an air strike, a bomb; artillery fire is part of a fight)."""
    return (sub_event_type in TAKEOVER_SUBTYPES
            and any(h.family == "clash" and not h.term.startswith(generic_attacks) for h in hits)
            and not any(h.family in _REMOTE_MEANS for h in hits)
            and aims_only(words, hits))


def outcome_of_aim(other_sub: str, other_aimed: str | None) -> bool:
    """Whether another reading merged into an aimed fight tells control passed: a takeover
    (``other_sub``) not itself aimed (``other_aimed`` None)."""
    return other_sub in TAKEOVER_SUBTYPES and other_aimed is None
