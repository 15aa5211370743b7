"""Times told of the speaker, not of what the speaker reports: a time in a relative clause
between a reporting verb and its ``إن`` (``قالت الحكومة التي غادرت عدن في مارس إن قواتها
استعادت ...``) dates the speaker's story, not the incident reported after ``إن``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasd.document import TimeExpr
from rasd.text import normalize_key

__all__ = ["REPORT_COMPLEMENTS", "in_speaker_clause"]

_RELATIVES = frozenset(normalize_key(w) for w in ("الذي", "التي", "الذى", "اللذين", "الذين"))
#: Words that open what a reporting verb reports (``قال ... اليوم إن``, ``أفاد ... أمس بمقتل``).
REPORT_COMPLEMENTS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"})


def _relative(key: str) -> bool:
    return key in _RELATIVES or (key[:1] == "و" and key[1:] in _RELATIVES)


def in_speaker_clause(words: Sequence[Any], verb_ends: Sequence[int], t: TimeExpr, anchor: int) -> bool:
    """Whether time ``t`` lies in a relative clause opened after a reporting verb (ending at one
    of ``verb_ends``) and closed by the verb's ``إن`` before ``anchor`` (the event's noun)."""
    for v in verb_ends:
        if v > t.start:
            continue
        between = [w for w in words if v <= w.start and w.end <= t.start]
        if any(w.key in REPORT_COMPLEMENTS for w in between) or not any(_relative(w.key) for w in between):
            continue
        if any(w.key in REPORT_COMPLEMENTS and t.end <= w.start and w.end <= anchor for w in words):
            return True
    return False
