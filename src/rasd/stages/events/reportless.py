"""A piece with no report in it: weak events read from a piece no sentence of which tells an
incident (issue 16, no-event articles).

A column, a diplomat's remarks, a feature on a launch or a meeting, a piece on a ministry's
plans: rasd reads weak events from their war words (``بعد أن تم استعادة المدينة``, ``لمواجهة
التنظيم``, ``الهجوم على القرار``, an explosion of a telephone). Where the genre model does not
call the article a report and the sentence report-ness model
(:mod:`rasd.stages.events.reportness`) gives *every* sentence of the piece less than
``max_report``, nothing in the piece is told the way an incident is; such an event is dropped
when it is also weak (confidence under ``max_confidence``) and none of these says it happened:

* it is told in the piece's first sentence (the lead of a piece is its news);
* a sentence of it names a recent day (``recent``), counts its act, or names dead or wounded;
* a sentence of it refers to an incident (a condemnation, an investigation, a funeral: the
  ``reference`` cues), which names one that happened;
* a sentence of it opens an item of its own (``إلى ذلك``, ``وفي غضون ذلك``, ``أمنيا``: the
  ``item_openers`` of event-ness), which is news in any piece.

The reading is of the whole piece, not of the event's sentence alone: statement pieces whose
right events are weak (a commander's account of his forces' advance) always hold some sentence
the model reads as a report. Bars: the ``reportless`` table of ``rasd/data/events/eventness.json``.
Silent without the genre or the report-ness model, and for a piece of fewer than
``min_sentences`` sentences.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from rasd.document import Document
from rasd.stages.events.conflictless import weak_in_conflictless_piece
from rasd.stages.events.eventness_tables import eventness_tables, opens_item_at
from rasd.stages.events.genre import report_probability as article_report_probability
from rasd.stages.events.lexicon import Word, cue_set, words_of
from rasd.stages.events.merge import Candidate
from rasd.stages.events.numbers import tables as number_tables
from rasd.stages.events.placeless import talk_without_place
from rasd.stages.events.reportness import counts_an_act, report_probability
from rasd.stages.events.weak_bars import WeakBars, told_in_lead, weak_bars

__all__ = ["most_reportlike", "reportless_bars", "weak_in_reportless_piece", "weak_talk"]


def reportless_bars() -> WeakBars:
    """The bars of ``eventness.json``'s ``reportless`` table (no type read when it is absent)."""
    return weak_bars("reportless")


@lru_cache(maxsize=16)
def most_reportlike(text: str, sentences: tuple[tuple[int, int], ...]) -> float | None:
    """The highest report-ness any of ``sentences`` (character ranges of ``text``) gets from the
    sentence model; None without the model or without a sentence."""
    words = words_of(text)
    starts = [w.start for w in words]
    best: float | None = None
    for start, end in sentences:
        p = report_probability(words, bisect_left(starts, start), bisect_left(starts, end))
        if p is None:
            return None
        best = p if best is None else max(best, p)
    return best


def _says_it_happened(words: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether the sentence ``words[lo:hi]`` names a recent day, counts its act, names dead or
    wounded, or refers to an incident (a condemnation, an investigation, a funeral)."""
    recent = eventness_tables().sentence.get("recent")
    casualties = number_tables()
    return (counts_an_act(words, lo, hi) or (recent is not None and recent.any_in(words, lo, hi))
            or casualties.death.any_in(words, lo, hi) or casualties.wound.any_in(words, lo, hi)
            or cue_set("reference").any_in(words, lo, hi))


def weak_in_reportless_piece(doc: Document, words: Sequence[Word], ranges: Sequence[tuple[int, int]],
                             cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` (read from ``words[lo:hi]`` for each of ``ranges``, at ``confidence``) is
    a weak reading in a piece that reports nothing (see the module docstring)."""
    bars = reportless_bars()
    if not bars.reads(doc, cand, confidence, ranges):
        return False
    starts = [w.start for w in words]
    if told_in_lead(doc, cand) or any(opens_item_at(doc.sentences, words, starts, start)
                                      for start, _ in cand.spans or ((cand.start, cand.end),)):
        return False  # the lead of a piece is its news, and so is an item of its own
    genre = article_report_probability(doc.title or "", doc.text)
    if genre is None or genre >= bars.max_genre:
        return False
    if any(_says_it_happened(words, lo, hi) for lo, hi in ranges):
        return False
    best = most_reportlike(doc.text, tuple((s.start, s.end) for s in doc.sentences))
    return best is not None and best < bars.max_report


def weak_talk(doc: Document, words: Sequence[Word], ranges: Sequence[tuple[int, int]],
              cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` is weak talk rather than an incident: violence told in no town in a piece
    that is no report (:func:`rasd.stages.events.placeless.talk_without_place`), a weak
    reading in a piece no sentence of which reports (:func:`weak_in_reportless_piece`), or a
    weak reading in a piece that names no armed or political actor, weapon or war at all
    (:func:`rasd.stages.events.conflictless.weak_in_conflictless_piece`: crime, accidents)."""
    return (talk_without_place(doc, words, ranges, cand, confidence)
            or weak_in_reportless_piece(doc, words, ranges, cand, confidence)
            or weak_in_conflictless_piece(doc, cand, confidence))
