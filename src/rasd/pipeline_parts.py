"""Long articles in parts: the cost of an article stays linear in its length.

Several stages compare every mention with every other one (actors, place scoring), so
their cost grows with the square of an article's length: a 200 KB text took seconds, an
800 KB one minutes. A :class:`~rasd.pipeline.Pipeline` therefore runs the stages that
change the text (cleaning) on the whole article, then cuts the cleaned text into parts of
at most ``part_chars`` characters at paragraph (else sentence, else word) boundaries, runs
the remaining stages on each part, and joins the results: the parts concatenate to the
text, so every span keeps its meaning once shifted by its part's start. Ordinary news
articles (a few thousand characters) are far below the part size and run as one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from rasd.document import Document, Event, Quote, Span

__all__ = ["DEFAULT_PART_CHARS", "WHOLE_TEXT_STAGES", "run_in_parts", "split_parts"]

#: Characters per part (about 30 KB of Arabic in UTF-8; news articles are far shorter).
DEFAULT_PART_CHARS = 16_000

#: Stages that change the text or read the article's head: they run on the whole article.
WHOLE_TEXT_STAGES = frozenset({"clean"})

_BREAKS = (re.compile(r"\n"), re.compile(r"[.!?؟؛]\s"), re.compile(r"\s"))


def split_parts(text: str, size: int) -> list[tuple[int, int]]:
    """``[start, end)`` ranges covering ``text`` in order, each at most ``size`` characters
    (more only where no break exists), cut after a line break, else a sentence end, else a
    space, in the last third of the window."""
    size = max(1, size)
    parts: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        limit = start + size
        cut = -1
        for pattern in _BREAKS:
            for m in pattern.finditer(text, start + size * 2 // 3, limit):
                cut = m.end()
            if cut > start:
                break
        if cut <= start:
            cut = limit
        parts.append((start, cut))
        start = cut
    if start < n or not parts:
        parts.append((start, n))
    return parts


def _shift(span: Any, offset: int) -> Any:
    return replace(span, start=span.start + offset, end=span.end + offset)


def _shift_quote(q: Quote, offset: int) -> Quote:
    sp = q.speaker
    if sp is not None and sp.start is not None and sp.end is not None:
        sp = replace(sp, start=sp.start + offset, end=sp.end + offset)
    return replace(q, start=q.start + offset, end=q.end + offset, speaker=sp)


def _shift_event(e: Event, offset: int) -> Event:
    return replace(e, evidence=Span(e.evidence.start + offset, e.evidence.end + offset))


def _unique(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def run_in_parts(stages: Sequence[Any], doc: Document, part_chars: int = DEFAULT_PART_CHARS) -> Document:
    """``doc`` through ``stages``: the leading :data:`WHOLE_TEXT_STAGES` on the whole
    text, the rest part by part (see the module docstring)."""
    i = 0
    while i < len(stages) and stages[i].name in WHOLE_TEXT_STAGES:
        doc = stages[i](doc)
        i += 1
    rest = stages[i:]
    if len(doc.text) <= part_chars or not rest:
        for stage in rest:
            doc = stage(doc)
        return doc
    text = doc.text
    ranges = split_parts(text, part_chars)
    results: list[tuple[int, Document]] = []
    for start, end in ranges:
        part = doc.evolve(text=text[start:end])
        for stage in rest:
            part = stage(part)
        results.append((start, part))
    languages = Counter[str]()
    for _, part in results:
        if part.language:
            languages[part.language] += len(part.text)
    merged = results[0][1]
    return doc.evolve(
        text=text,
        title=merged.title,
        dateline=merged.dateline,
        language=languages.most_common(1)[0][0] if languages else merged.language,
        removed=merged.removed,
        sources=_unique([s for _, p in results for s in p.sources]),
        sentences=[_shift(s, o) for o, p in results for s in p.sentences],
        entities=[_shift(e, o) for o, p in results for e in p.entities],
        quotes=[_shift_quote(q, o) for o, p in results for q in p.quotes],
        times=[_shift(t, o) for o, p in results for t in p.times],
        places=[_shift(pl, o) for o, p in results for pl in p.places],
        events=[_shift_event(e, o) for o, p in results for e in p.events],
        warnings=_unique([*doc.warnings, *(w for _, p in results for w in p.warnings),
                          f"long article ({len(text):,} characters) analysed in {len(ranges)} parts"]),
    )
