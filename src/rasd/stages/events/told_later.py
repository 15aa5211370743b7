"""The day a later sentence tells for an incident its lead dated by the report (issue 16).

A lead told through a report (``ذكر مسعفون أمس أن ستة أشخاص لقوا حتفهم خلال اشتباكات``) gives the
report's day; the incident's own day is often told a sentence or two later, in the clause of a
noun that tells the incident again (``واندلع القتال أول من أمس``، ``بعد مقتل أربعة ... يوم
الخميس``). Where the event's day is such a report day (:attr:`Candidate.reported`), the first
day a later sentence tells in such a noun's clause dates the event when it is one to
:data:`reach_days` days before the report's (nothing is reported before it happens, and a day
further back is another incident). Silent when no later sentence tells one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasd.document import Document, Sentence
from rasd.stages.events.dates import day_of
from rasd.stages.events.lexicon import cue_set, words_of
from rasd.stages.events.lookup import times_by_start
from rasd.stages.events.merge import Candidate
from rasd.text import load_data, normalize_key

__all__ = ["told_later_day", "told_later_days"]


#: Characters after the noun within which its clause may tell the day.
_CLAUSE_REACH = 120
#: Marks that end the noun's clause.
_CLAUSE_ENDS = "،,.؛:"
#: Proclitics a noun may carry (والقتال، بالتفجيرات).
_PROCLITICS = ("و", "ب", "ل", "وب", "ول", "ف")


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], int, int]:
    d = load_data("events/told_later.json")
    nouns = frozenset(normalize_key(w) for w in d["incident_nouns"])
    return nouns, int(d["reach_sentences"]), int(d["reach_days"])


def _incident_noun(key: str, nouns: frozenset[str]) -> bool:
    return key in nouns or any(key.startswith(p) and key[len(p):] in nouns for p in _PROCLITICS)


def _opens_another(doc: Document, sent: Sentence) -> bool:
    words = words_of(doc.text, sent.start, sent.end)
    return any(m.first < 3 for name in ("topic_shift", "separate_incident") for m in cue_set(name).find(words))


def _noun_clause_day(doc: Document, sent: Sentence) -> dt.date | None:
    """The first day a sentence tells in the clause of a noun that tells an incident again."""
    nouns = _table()[0]
    text = doc.text
    times = [t for t in times_by_start(doc.times).among(sent.start, sent.end + 1)
             if sent.start <= t.start and t.end <= sent.end]
    if not times:
        return None
    for w in words_of(text, sent.start, sent.end):
        if not _incident_noun(w.key, nouns):
            continue
        for t in times:
            if t.start < w.end or t.start - w.end > _CLAUSE_REACH:
                continue
            if any(c in text[w.end:t.start] for c in _CLAUSE_ENDS):
                break
            return day_of(t, doc.published)
    return None


def told_later_day(doc: Document, sentences: Sequence[Sentence], k: int, day: str) -> str | None:
    """The incident's day a sentence after sentence ``k`` tells, where the event of sentence ``k``
    is dated ``day`` by its report: the first day told in an incident noun's clause within
    :data:`reach_sentences` sentences (not past one that opens another story), when it is one to
    :data:`reach_days` days before ``day``; else ``None``."""
    _nouns, reach, back = _table()
    try:
        reported = dt.date.fromisoformat(day[:10])
    except ValueError:
        return None
    for j in range(k + 1, min(len(sentences), k + 1 + reach)):
        if _opens_another(doc, sentences[j]):
            return None
        told = _noun_clause_day(doc, sentences[j])
        if told is None:
            continue
        gap = (reported - told).days
        return told.isoformat() if 1 <= gap <= back else None
    return None


def told_later_days(doc: Document, sentences: Sequence[Sentence], cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` with each event dated by its report's day (:attr:`Candidate.reported`, a day
    its own sentence names) moved to the day a later sentence tells (:func:`told_later_day`)."""
    index = {s.start: i for i, s in enumerate(sentences)}
    out: list[Candidate] = []
    for c in cands:
        k = index.get(c.sentences[0][0]) if c.sentences else None
        if c.reported and c.time_precision == 1 and c.date and k is not None:
            told = told_later_day(doc, sentences, k, c.date)
            if told is not None:
                c = replace(c, date=told)
        out.append(c)
    return out
