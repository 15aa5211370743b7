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

from rasd.document import Document
from rasd.stages.events.eventness_tables import eventness_tables
from rasd.stages.events.genre import report_probability as article_report_probability
from rasd.stages.events.lexicon import Word
from rasd.stages.events.merge import Candidate
from rasd.stages.events.reportness import counts_an_act, report_probability
from rasd.stages.events.weak_bars import WeakBars, told_in_lead, weak_bars

__all__ = ["placeless_bars", "talk_without_place"]


def placeless_bars() -> WeakBars:
    """The bars of ``eventness.json``'s ``placeless`` table (no type read when it is absent)."""
    return weak_bars("placeless")


def talk_without_place(doc: Document, words: Sequence[Word], ranges: Sequence[tuple[int, int]],
                       cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` (read from ``words[lo:hi]`` for each of ``ranges``, at ``confidence``) is
    talk about a war rather than an incident (see the module docstring)."""
    bars = placeless_bars()
    if not bars.reads(doc, cand, confidence, ranges):
        return False  # (in a piece of a few sentences the genre model reads too little)
    if cand.location is not None and (cand.location.precision < bars.min_precision or cand.location.admin1):
        return False  # a town, or a province: rasd read a place of the act (محافظة تعز، ذمار)
    if told_in_lead(doc, cand):
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
