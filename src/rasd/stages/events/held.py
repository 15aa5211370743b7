"""Who an arrest told as a verbal noun befalls: the noun phrase after ``اعتقال``, ``القبض على``,
``توقيف`` (past a count, a quantity or a member word: ``اعتقال 40 من عناصر التنظيم``,
``القبض على نحو عشرة من القيادات الحوثية``) names the arrested. A group named there is the arrest's
target, never the side that made it (:func:`rasd.stages.events.actors.pick_actors` then leaves
the doer to the clause's other names, or to ACLED's doer of an unnamed arrest).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word
from rasd.stages.events.naming import STATE_FORCE_KINDS
from rasd.stages.events.numbers import Count
from rasd.stages.events.sides import actor_terms, table_words

__all__ = ["HELD_REACH", "held_positions"]

#: How far (in words) after the arrest noun the group named in its phrase may start.
HELD_REACH = 7


def held_positions(words: Sequence[Word], lo: int, hi: int, cands: Sequence[tuple[int, str, str]],
                   counts: Sequence[Count]) -> frozenset[int]:
    """Positions of the candidates (``(position, name, kind)``) that stand in the noun phrase of
    an arrest noun in ``words[lo:hi]``: the first candidate reached from the noun through words
    of that phrase only (``held_phrase``, the words of a count), with no punctuation between;
    not a state's forces."""
    between_ok = table_words("held_phrase")
    counted = {j for c in counts for j in range(c.first, c.last + 1)}
    starts = {c[0]: c for c in cands}
    out: set[int] = set()
    for m in actor_terms("arrest_nouns").find(words, lo, hi):
        for j in range(m.last + 1, min(hi, m.last + 1 + HELD_REACH)):
            if j in starts:
                if starts[j][2] not in STATE_FORCE_KINDS:  # (اعتقال الشرطة لثلاثة: the subject that arrests)
                    out.add(j)
                break
            w = words[j]
            if w.punct or not (w.key in between_ok or j in counted):
                break
    return frozenset(out)
