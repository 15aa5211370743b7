"""Two dead told by a verb: a dual past verb after a count of two is its subject (``أن اثنين
من موظفي شركة النقل قتلا``). Used by :mod:`rasd.stages.events.tolls` (kept apart from it for
its size); the cue tables are :mod:`rasd.stages.events.numbers`'.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import TermMatch, Word
from rasd.stages.events.numbers import Count, NumberTables

__all__ = ["dual_verb"]


def dual_verb(words: Sequence[Word], c: Count, m: TermMatch, t: NumberTables) -> bool:
    """Whether the cue ``m`` is a dual past verb (``قتلا``, ``أصيبا``) after a count of two, its
    subject (``أن اثنين من موظفي شركة النقل قتلا``), and not an accusative noun (``قتيلا``)."""
    key = words[m.first].key
    return c.value == 2 and m.first == m.last and key.endswith("ا") and not key.startswith("و") \
        and not t.death_nouns.any_in(words, m.first, m.first + 1) \
        and not t.wound_nouns.any_in(words, m.first, m.first + 1)


#: Words after a count that make the count after them a part of it, not the verb's object.
_PART_WORDS = frozenset({"منهم", "منهن", "بينهم", "بينهن"})


def doers_before_object(words: Sequence[Word], counts: Sequence[Count], k: int, t: NumberTables) -> int | None:
    """Where the count ``counts[k]``, a nominative dual, stands right after a killing verb and right
    before a second count, the verb's object (``قتل مسلحان 13 شخصا``, ``قتلت شابتان انتحاريتان 13
    شخصا``): the verb is active and the first count its subject, the killers, not dead of the
    event (``قتل جنديان``, the passive, has no object count). At most one word (the subject's
    noun or adjective) stands between the two counts: no punctuation, no ``و`` (``قتل 5 جنود
    و3 مدنيين``: a list of the dead), no preposition; the object is no part of the subject
    (``5 منهم``) and no year: then 0 (the object count tells the dead). Where the object is a
    singular victim noun in the accusative (``اغتال مسلحان ضابطا``), 1: the one victim. ``None``
    where the count is no killers'."""
    c = counts[k]
    if c.first == 0 or c.noun_is_death or c.value != 2 or c.first != c.last or not words[c.first].key.endswith("ان"):
        return None  # (only a nominative dual is a subject told apart from its object: مسلحان)
    verb = c.first - 1
    if not t.death.any_in(words, verb, c.first) or t.death_nouns.any_in(words, verb, c.first) \
            or t.intransitive_deaths.any_in(words, verb, c.first):
        return None  # (استشهد جنديان: a verb with no object)
    nxt = counts[k + 1].first if k + 1 < len(counts) else len(words)
    if any(_accusative_victim(words[j], t) for j in range(c.last + 1, min(nxt, c.last + 3))
           if not any(w.punct or w.key.startswith("و") for w in words[c.last + 1:j + 1])):
        return 1
    if k + 1 >= len(counts):
        return None
    n = counts[k + 1]
    gap = words[c.last + 1:n.first]
    if len(gap) > 1 or any(w.punct or w.key.startswith("و") or w.key in _PREPOSITIONS for w in gap):
        return None
    if words[n.first].key.startswith("و") or 1900 <= n.value <= 2100:
        return None
    return None if any(w.key in _PART_WORDS for w in words[n.last + 1:n.last + 3]) else 0


#: Prepositions that start a phrase of their own between two counts (``قتل 3 من الجنود``).
_PREPOSITIONS = frozenset({"من", "في", "على", "الى", "عن", "مع", "بين", "خلال"})


def _accusative_victim(w: Word, t: NumberTables) -> bool:
    """Whether ``w`` is a singular victim noun in the accusative (``ضابطا``, ``شرطيا``): an object."""
    return len(w.key) > 3 and w.key.endswith("ا") and not w.key.startswith("و") \
        and any(s in t.singular for s in (w.key[:-1], *w.stems))
