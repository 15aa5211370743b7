"""An incident told in passing, in a piece about something else: background, not news (issue 16).

A column, a visit, a ceremony, a diplomatic or a sports piece often names an incident that is
not its news: the child whom settlers burned (``الطفل الذي أحرقه مستوطنون``), the power cut by
the fighting (``الكهرباء الذي قطعته المعارك``), a plan foiled before attacks like an
earlier one (``على غرار هجوم ...``), a decision taken after a defeat. The act is presupposed
by a frame (a relative clause, a time clause, a comparison) rather than told as what happened.

A weak event (dated to a day or a week at most: the piece's own day or ``قبل يومين`` date a
background act as readily as a report's) is dropped when every trigger (of any act) in every
sentence of it stands a few words after a frame word (a relative pronoun, a time word, a
comparison, or a cause: ``بسبب المعارك``, ``جراء القصف``, ``الناتجة من هجوم``), and the
article itself is not about an incident: its headline names no act, its first sentence tells
none outside a frame, and the genre model reads the piece as no report -- or as half a report
(an aid flight, a visit: their wording is a report's) while it tells at most a few acts
outside a frame anywhere. A war report tells its incidents in the same frames (``قتل خمسة
إثر قصف``, ``التحالف الذي شن غارات``), but there the headline or the lede tells an act, the
genre reads a report, or many sentences tell acts as news, and the event is left alone.

The frame words and the bars are the table ``rasd/data/events/background_frames.json``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document
from rasd.stages.events.detect import find_hits
from rasd.stages.events.genre import report_probability
from rasd.stages.events.lexicon import TermSet, Word, words_of
from rasd.stages.events.merge import Candidate
from rasd.text import load_data

__all__ = ["FrameTable", "frame_table", "framed", "lede_tells_act", "told_as_background", "told_sentences"]


@dataclass(frozen=True, slots=True)
class FrameTable:
    """The ``background_frames`` table: the frame words, how far before a trigger they reach,
    the confidence and report-probability bars and the time precisions an event may have."""

    frames: TermSet
    reach: int
    max_confidence: float
    max_report: float
    max_report_framed: float
    max_told: int
    precisions: frozenset[int] = frozenset({2})


@lru_cache(maxsize=1)
def frame_table() -> FrameTable:
    """The table of ``background_frames.json``."""
    raw = load_data("events/background_frames.json")
    return FrameTable(TermSet(raw.get("frames", ())), int(raw.get("reach", 0)),
                      float(raw.get("max_confidence", 0.0)), float(raw.get("max_report", 0.0)),
                      float(raw.get("max_report_framed", 0.0)), int(raw.get("max_told", 0)),
                      frozenset(int(p) for p in raw.get("precisions", (2,))))


def _framed_hits(words: Sequence[Word]) -> tuple[bool, bool]:
    """Whether ``words`` hold a trigger, and whether every trigger there stands within the
    table's reach after a frame word."""
    t = frame_table()
    hits = find_hits(words)
    return bool(hits), all(t.frames.any_in(words, max(0, h.first - t.reach), h.first) for h in hits)


def framed(words: Sequence[Word], lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``words[lo:hi]`` hold a trigger and every trigger of any act there stands within
    the table's reach after a frame word (``الذي``, ``بعد``, ``على غرار``)."""
    some, every = _framed_hits(words[lo:len(words) if hi is None else hi])
    return some and every


def lede_tells_act(doc: Document, words: Sequence[Word]) -> bool:
    """Whether the headline of ``doc`` holds a trigger of any act, or its first sentence (read
    from ``words``, the words of ``doc.text``) one outside a frame: a lede that names an act only
    in a frame (``نقل جثمان الجندي الذي استشهد ...``) is about something else."""
    title = words_of(doc.title) if doc.title else []
    if title and find_hits(title):
        return True
    if not doc.sentences:
        return False
    starts = [w.start for w in words]
    lo, hi = bisect_left(starts, doc.sentences[0].start), bisect_left(starts, doc.sentences[0].end)
    return hi > lo and not _framed_hits(words[lo:hi])[1]


def told_sentences(doc: Document, words: Sequence[Word]) -> int:
    """How many sentences of ``doc`` (read from ``words``, the words of ``doc.text``) hold a
    trigger outside a frame: the incidents a piece tells as its news."""
    starts = [w.start for w in words]
    told = 0
    for sent in doc.sentences:
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        some, every = _framed_hits(words[lo:hi])
        told += int(some and not every)
    return told


def told_as_background(doc: Document, words: Sequence[Word], ranges: Sequence[tuple[int, int]],
                       cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` (read from ``words[lo:hi]`` for each of ``ranges``, at ``confidence``;
    ``words``: those of ``doc.text``) is an incident the piece names
    in passing: weak, dated to a day or a week (the table's precisions), told only in frames,
    in an article whose headline and lede tell no act and that the genre model reads as no
    report."""
    t = frame_table()
    if confidence >= t.max_confidence or cand.time_precision not in t.precisions or not ranges:
        return False
    if not all(framed(words, lo, hi) for lo, hi in ranges):
        return False
    if lede_tells_act(doc, words):
        return False
    report = report_probability(doc.title or "", doc.text)
    if report is None or report >= max(t.max_report, t.max_report_framed):
        return False
    # a piece the genre model reads as more of a report is left alone when it tells several acts as news
    return report < t.max_report or told_sentences(doc, words) <= t.max_told
