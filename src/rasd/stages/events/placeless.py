"""Violence told without a place of its own, in a piece that is not a report: talk about a war.

A statement piece (a minister's view, an analyst's reading, a tribal leader's vow, a spokesman's
answer on a country's right to respond) names the war's acts in general: ``قال رئيس الأركان إن
اليمن وقع تحت سيطرة مليشيات``, ``إنه بما أن الحوثيين شنوا هجمات عبر الحدود فإن للمملكة حق الرد``.
rasd reads a weak event from such a sentence and, having no town, puts it in the country (or a
region across provinces) or nowhere. Four readings together say it is talk, not an incident: the
place is no finer than a country; the genre model does not call the article a report; the sentence report-ness model
calls none of the event's sentences a report; and no sentence names a recent day or counts its
act. Each alone is common in right events (realnews codes many weak events told in statements,
some placed at country level); all four together, on unseen text, were wrong every time but
once, in a piece's first sentence: an event told in the lead, or in a piece of a few sentences, is never read as talk here.

The bars are the ``placeless`` table of ``rasd/data/events/eventness.json``. Silent without the
genre or the report-ness model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document
from rasd.stages.events.eventness_tables import eventness_tables
from rasd.stages.events.genre import report_probability as article_report_probability
from rasd.stages.events.lexicon import Word
from rasd.stages.events.merge import Candidate
from rasd.stages.events.reportness import counts_an_act, report_probability
from rasd.text import load_data

__all__ = ["PlacelessBars", "placeless_bars", "talk_without_place"]


@dataclass(frozen=True, slots=True)
class PlacelessBars:
    """The ``placeless`` table: which events it reads and the bars they must all be under."""

    types: frozenset[str]  # event types it reads (violence; strategic developments have their own rules)
    min_precision: int  # the location precision from which a place is no town (3); one with a province is a place
    max_confidence: float  # only events under this confidence
    max_genre: float  # only in articles the genre model gives less than this
    max_report: float  # only when every sentence of the event is under this report-ness
    min_sentences: int  # only in pieces of this many sentences or more (the genre model reads little in fewer)


@lru_cache(maxsize=1)
def placeless_bars() -> PlacelessBars:
    """The bars of ``eventness.json``'s ``placeless`` table (no type read when it is absent)."""
    raw = load_data("events/eventness.json").get("placeless", {})
    return PlacelessBars(
        types=frozenset(raw.get("types", ())),
        min_precision=int(raw.get("min_precision", 3)),
        max_confidence=float(raw.get("max_confidence", 0.0)),
        max_genre=float(raw.get("max_genre", 0.0)),
        max_report=float(raw.get("max_report", 0.0)),
        min_sentences=int(raw.get("min_sentences", 0)),
    )


def talk_without_place(doc: Document, words: Sequence[Word], ranges: Sequence[tuple[int, int]],
                       cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` (read from ``words[lo:hi]`` for each of ``ranges``, at ``confidence``) is
    talk about a war rather than an incident (see the module docstring)."""
    bars = placeless_bars()
    if cand.event_type not in bars.types or confidence >= bars.max_confidence or not ranges:
        return False
    if cand.location is not None and (cand.location.precision < bars.min_precision or cand.location.admin1):
        return False  # a town, or a province: rasd read a place of the act (محافظة تعز، ذمار)
    if not doc.sentences or len(doc.sentences) < bars.min_sentences:
        return False  # in a piece of a few sentences the genre model reads too little
    if any(start < doc.sentences[0].end for start, _ in cand.spans or ((cand.start, cand.end),)):
        return False  # the lead of a piece is its news (أحرزت المقاومة في محافظة تعز تقدما كبيرا ...)
    genre = article_report_probability(doc.title or "", doc.text)
    if genre is None or genre >= bars.max_genre:
        return False
    recent = eventness_tables().sentence.get("recent")
    for lo, hi in ranges:
        p = report_probability(words, lo, hi)
        if p is None or p >= bars.max_report or counts_an_act(words, lo, hi):
            return False
        if recent is not None and recent.any_in(words, lo, hi):
            return False
    return True
