"""The bars of the weak-talk tables of ``rasd/data/events/eventness.json`` (``placeless``,
``reportless``): which events a table reads and the bars they must all be under, read by one
loader (:func:`weak_bars`) and one test of whether the table reads an event at all
(:meth:`WeakBars.reads`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document
from rasd.stages.events.merge import Candidate
from rasd.text import load_data

__all__ = ["WeakBars", "told_in_lead", "weak_bars"]


@dataclass(frozen=True, slots=True)
class WeakBars:
    """A weak-talk table: which events it reads and the bars they must all be under."""

    types: frozenset[str]  # event types it reads
    max_confidence: float  # only events under this confidence
    max_genre: float  # only in articles the genre model gives less than this
    max_report: float  # only under this sentence report-ness (the event's sentences, or the piece's)
    min_sentences: int  # only in pieces of this many sentences or more (the genre model reads little in fewer)
    min_precision: int  # (placeless) the location precision from which a place is no town (3)

    def reads(self, doc: Document, cand: Candidate, confidence: float, ranges: Sequence[tuple[int, int]]) -> bool:
        """Whether the table reads ``cand`` (at ``confidence``, read from ``ranges``) in ``doc``:
        one of its types, under its confidence, read from some sentence, in a piece of
        ``min_sentences`` sentences or more."""
        return not (cand.event_type not in self.types or confidence >= self.max_confidence or not ranges
                    or not doc.sentences or len(doc.sentences) < self.min_sentences)


@lru_cache(maxsize=4)
def weak_bars(table: str) -> WeakBars:
    """The bars of ``eventness.json``'s table ``table`` (no type read when it is absent)."""
    raw = load_data("events/eventness.json").get(table, {})
    return WeakBars(
        types=frozenset(raw.get("types", ())),
        max_confidence=float(raw.get("max_confidence", 0.0)),
        max_genre=float(raw.get("max_genre", 0.0)),
        max_report=float(raw.get("max_report", 0.0)),
        min_sentences=int(raw.get("min_sentences", 0)),
        min_precision=int(raw.get("min_precision", 3)),
    )


def told_in_lead(doc: Document, cand: Candidate) -> bool:
    """Whether a span of ``cand`` starts in the piece's first sentence (the lead of a piece is
    its news); ``doc`` has a sentence."""
    lead_end = doc.sentences[0].end
    return any(start < lead_end for start, _ in cand.spans or ((cand.start, cand.end),))
