"""A piece with no conflict in it: weak violent events read from a piece that names no armed or
political actor, no weapon of war and no conflict setting anywhere (issue 16, no-event articles).

Crime and police news (a man who shoots his son, a student stabbed in a car park, a gang
arrested for fraud), accidents, animals (a cobra that killed its owner, a bear in a park),
disease ("an outbreak killed four") and sport or election pieces ("he attacked his rival") give
rasd weak Violence-against-civilians, Battles, Explosions and Arrests events. ACLED codes
political violence: an attack needs an organised armed actor, an arrest a political reason. A
report of one almost always names that actor or its setting somewhere in the piece: a group
(``داعش``, ``الحوثيين``, ``مسلحين``), a force (``الجيش``, ``قوات``, ``دورية``, ``الجندي``), a weapon
of war (``قذيفة``, ``عبوة``, ``سيارة ملغومة``), war itself (``الحرب``, ``معارك``), a martyr, a wanted
man, or a political person or act (``ناشط``, ``معارض``, ``متظاهرين``, ``اغتيال``). The police
alone do not count: they report, investigate and arrest in every crime story.

An event is dropped when all of these hold: its type is one the ``conflictless`` table of
``rasd/data/events/eventness.json`` reads (protests and riots keep their own rules), its
confidence is under ``max_confidence``, and neither the headline nor the text of the piece holds
any of the table's ``terms``. Silent when the table is absent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document
from rasd.stages.events.lexicon import TermSet, words_of
from rasd.stages.events.merge import Candidate
from rasd.text import load_data

__all__ = ["ConflictlessBars", "conflictless_bars", "names_no_conflict", "weak_in_conflictless_piece"]


@dataclass(frozen=True, slots=True)
class ConflictlessBars:
    """The ``conflictless`` table: which events it reads, their confidence bar, and the terms
    any one of which names a conflict in a piece."""

    types: frozenset[str]
    max_confidence: float
    terms: TermSet | None


@lru_cache(maxsize=1)
def conflictless_bars() -> ConflictlessBars:
    """The ``conflictless`` table of ``eventness.json`` (no type read when it is absent)."""
    raw = load_data("events/eventness.json").get("conflictless", {})
    terms = raw.get("terms", ())
    return ConflictlessBars(types=frozenset(raw.get("types", ())),
                            max_confidence=float(raw.get("max_confidence", 0.0)),
                            terms=TermSet(terms) if terms else None)


@lru_cache(maxsize=16)
def names_no_conflict(title: str, text: str) -> bool:
    """Whether neither ``title`` nor ``text`` holds a term of the ``conflictless`` table (False
    without terms)."""
    terms = conflictless_bars().terms
    if terms is None:
        return False
    for part in (title, text):
        words = words_of(part)
        if words and terms.any_in(words, 0, len(words)):
            return False
    return True


def weak_in_conflictless_piece(doc: Document, cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` (at ``confidence``) is a weak event of a type the table reads in a piece
    that names no conflict (see the module docstring)."""
    bars = conflictless_bars()
    if cand.event_type not in bars.types or confidence >= bars.max_confidence:
        return False
    return names_no_conflict(doc.title or "", doc.text)
