"""Who a count joined to a death count counts, read from the phrase's form: a partitive
(``7 من أفراد الحرس``, also past the dead's own noun: ``7 شهداء من أفراد الحرس``) or people counted
by a noun's form: an indefinite sound masculine plural of a participle
(``مُفَعِّلين``: ``4 متطوعين``, ``2 مسعفين``, ``3 موظفين``), a noun that names people by what they
do or undergo, whether or not the people-noun table knows it.

Read by :func:`rasd.stages.events.victims.members_after` only where a count is already tied to
a death count (joined by ``و``, a comma or an addition phrase), so the form tells who the joined
count counts, not whether anyone died.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word
from rasd.stages.events.numbers import NumberTables

__all__ = ["PARTICIPLE_PREFIX", "PARTICIPLE_SUFFIX", "dead_noun_after", "partitive_after", "participle_plural_at"]

#: The prefix of a participle (``مُ``) and the ending of its sound masculine plural in the
#: accusative/genitive (``ـين``), the case a count's noun takes.
PARTICIPLE_PREFIX = "م"
PARTICIPLE_SUFFIX = "ين"
#: The shortest such plural: ``م`` + a root of three letters + ``ين`` (``مسلحين``).
_SHORTEST = 6


def participle_plural_at(words: Sequence[Word], j: int, t: NumberTables) -> bool:
    """Whether word ``j`` is an indefinite sound masculine plural of a participle (``متطوعين``,
    ``مسعفين``): ``م`` + at least three letters + ``ين``, no article or ``و`` before it, not a
    punctuation mark, and not a word that tells the wounded, the dead, a unit or another verb's
    people (``مصابين``, ``ملايين``)."""
    if j >= len(words):
        return False
    w = words[j]
    if w.punct or len(w.key) < _SHORTEST or not w.key.startswith(PARTICIPLE_PREFIX) \
            or not w.key.endswith(PARTICIPLE_SUFFIX):
        return False
    if w.key in t.units or any(s in t.units for s in w.stems):
        return False
    return not any(ts.any_in(words, j, j + 1) for ts in (t.units_after, t.wound, t.wound_nouns, t.death,
                                                         t.death_nouns, t.other_verbs))


def partitive_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """Whether ``من`` + a word follows the count ending at word ``last``, right after it (``7 من
    أفراد الحرس``) or after one indefinite noun of the dead (``7 شهداء من أفراد الحرس``, ``9 قتلى من
    المهاجمين``): the count counts people of a side."""
    j = last + 2 if dead_noun_after(words, last, t) else last + 1
    return j + 1 < len(words) and words[j].key == "من" and not words[j + 1].punct


def dead_noun_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """Whether an indefinite noun of the dead (``قتلى``, ``شهداء``) stands right after the count
    ending at word ``last``: the count's own noun, not a casualty cue of another phrase."""
    j = last + 1
    return j < len(words) and not words[j].key.startswith("ال") and t.death_nouns.any_in(words, j, j + 1)
