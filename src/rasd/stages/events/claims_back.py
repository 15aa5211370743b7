"""A claim or a blame of a definite act told before it is that act's, not an incident of its own.

A report tells its incident, then who claimed it (``تبنى التنظيم الهجوم``, ``أعلنت الجماعة
مسؤوليتها عن التفجير``) or whom an official holds responsible (``حمل الوزير الحركة مسؤولية
الهجوم الانتحاري``). Detection reads such a sentence as a reference; but where it names no place
and no day of the act, the place it is given is the one the sentence before it named (often the
speaker's city) and its day the report's, so the merge found no event to join it to, kept it apart
and let later sentences about the same incident make it an event of its own (at the capital, on
the announcement's day). Here the sentence is given the place and the day of the nearest act of
its family told before it at a place of its own, so that the merge joins it there (adding the
claimant as the doer where the act has none) and it makes no record of its own. Silent where the
sentence names a place of its own, a day in its act's clause, or a toll of its own, and where no
act of that family was told before it.

A claim whose act noun is indefinite (``أعلنت الحركة مسؤوليتها عن هجوم أمس الانتحاري``) was read
as an act of its own; it is the act told before only where it tells the act's day in its own
clause or the act's toll, and where a verb of claiming tells it (a blame or an attribution of
such an act, ``هجمات نسبتها إلى الحزب``, is left alone). Run before
:func:`rasd.stages.events.merge.merge_candidates`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasd.stages.events.clause_roles import claimants
from rasd.stages.events.detect import claims_responsibility, find_hits
from rasd.stages.events.lexicon import clauses_of, cue_set, words_of
from rasd.stages.events.merge import VIOLENT_TYPES, Candidate
from rasd.stages.events.merge_coarse import same_family
from rasd.stages.events.terms import Word

__all__ = ["attribution", "refer_claims_back"]

#: How many words before a responsibility noun a negation cancels it (``لم تعلن أي جهة مسؤوليتها``).
_NEGATION_REACH = 4


def attribution(words: Sequence[Word]) -> bool:
    """Whether the sentence lays an act on someone: a claim (``تبنى``, ``أعلن مسؤوليته``) or a
    blame (``حمل ... مسؤولية``) not negated and not about other attacks (``claim_elsewhere``),
    every act noun it tells definite (``الهجوم``, ``التفجير الانتحاري``: the act told before)."""
    if not words or cue_set("claim_elsewhere").any_in(words):
        return False
    if not any(not cue_set("negation").any_in(words, max(0, m.first - _NEGATION_REACH), m.first)
               for m in cue_set("claim").find(words)):
        return False
    hits = find_hits(words, clauses_of(words, cue_set("clause_breaks")))
    return bool(hits) and all(words[h.first].key.startswith("ال") for h in hits)


def _own_place(text: str, c: Candidate) -> bool:
    """Whether ``c``'s place is named in its own sentence (not carried from the one before)."""
    return (c.location is not None and not c.location_fallback
            and any(c.location.text in text[lo:hi] for lo, hi in c.sentences))


def _tells_own(text: str, c: Candidate, act: Candidate) -> bool:
    """Whether ``c`` tells something ``act`` lacks: a place, a day of its act's clause, a toll."""
    if _own_place(text, c) and (act.location is None or c.location is None or c.location.name != act.location.name):
        return True
    if c.clause_day and c.date != act.date:
        return True
    return bool(c.fatalities) and c.fatalities != act.fatalities


def _claims(words: Sequence[Word]) -> bool:
    """Whether the sentence tells a group claiming an act with a verb of its own (``تبنته الحركة``,
    ``أعلنت الحركة مسؤوليتها``: :func:`claimants` finds a word in the claimant's slot), not one
    laid on it by others (``هجمات نسبتها إلى الحزب``)."""
    return bool(claimants(words, 0, len(words), range(len(words)))) and claims_responsibility(words)


def _same_told(c: Candidate, act: Candidate) -> bool:
    """Whether a claim read as an act of its own (its noun indefinite: ``تبنت الحركة هجوم أمس``)
    tells the act's own day in its clause or the act's toll: the act retold, not another."""
    return (c.clause_day and c.date == act.date) or (bool(c.fatalities) and c.fatalities == act.fatalities)


def refer_claims_back(text: str, cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` with each claim or blame of a definite act (:func:`attribution`), read as a
    reference, given the place and day of the nearest act of its family told before it."""
    out = list(cands)
    for k, c in enumerate(out):
        if c.event_type not in VIOLENT_TYPES or not c.sentences or c.distinct or c.separate:
            continue
        act = next((e for e in reversed(out[:k]) if not e.reference and e.location is not None
                    and not e.location_fallback and same_family(e, c)
                    and not set(e.sentences) & set(c.sentences)), None)
        if act is None or _tells_own(text, c, act):
            continue
        words = words_of(text, c.sentences[0][0], c.sentences[0][1])
        if not (attribution(words) if c.reference else (_same_told(c, act) and _claims(words))):
            continue
        out[k] = replace(c, location=act.location, location_fallback=act.location_fallback, date=act.date,
                         time_precision=act.time_precision, day_carried=False, clause_day=False, reference=True)
    return out
