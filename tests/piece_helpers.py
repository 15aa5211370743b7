"""Helpers shared by the tests of the piece-level event checks (placeless talk, reportless
pieces): an article built from sentences written for the test, a weak candidate told by one of
them, and the word range of a character span."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasd.document import Document, Sentence
from rasd.stages.events.lexicon import Word
from rasd.stages.events.merge import Candidate

__all__ = ["piece_document", "weak_candidate", "word_range"]


def piece_document(sentences: Sequence[str], title: str, count: int | None = None) -> Document:
    """The document of the first ``count`` (all) ``sentences`` joined by spaces, one sentence each."""
    chosen = sentences[: len(sentences) if count is None else count]
    spans, at = [], 0
    for s in chosen:
        spans.append(Sentence(at, at + len(s)))
        at += len(s) + 1
    return Document(id="t", text=" ".join(chosen), title=title, sentences=tuple(spans))


def weak_candidate(sentences: Sequence[str], index: int, **changes: object) -> Candidate:
    """A weak Armed clash told by ``sentences[index]`` of the document of all ``sentences``, in
    no place and in a month unless ``changes`` say otherwise."""
    start = " ".join(sentences).index(sentences[index])
    base = Candidate(event_type="Battles", sub_event_type="Armed clash", date="2015-08-05",
                     time_precision=2, location=None, location_fallback=False, actor1=None,
                     actor2=None, fatalities=None, start=start, end=start + len(sentences[index]), score=0.2,
                     weak=True, reference=False)
    return replace(base, **changes)  # type: ignore[arg-type]


def word_range(words: Sequence[Word], start: int, end: int) -> tuple[int, int]:
    """The range ``[lo, hi)`` of ``words`` covering the characters ``[start, end)``."""
    starts = [w.start for w in words]
    lo = next(i for i, s in enumerate(starts) if s >= start)
    return lo, next((i for i, s in enumerate(starts) if s >= end), len(words))
