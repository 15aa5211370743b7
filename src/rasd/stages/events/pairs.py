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
