"""A court named as the site of an act, not a trial.

A bomb that goes off ``أمام محكمة`` or ``بمحيط ميدان المحكمة`` (Court Square) is told at a court
building or a square named for one: nobody is tried there. Such a court word is no reference to
a trial told elsewhere (:mod:`rasd.stages.events.detect`), no sign that the sentence belongs to a
court report, and no evidence that the article is one (the event-ness ``court`` cue and genre,
:mod:`rasd.stages.events.eventness`): the article's headline naming the square must not frame
the bombing it reports as a trial. The cue lists are ``cues.json``'s ``court_building``,
``reference_site_before`` and ``court_appearance``.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import TermSet, Word, cue_set

__all__ = ["court_site", "court_told"]

#: How many words before a court word a site word (أمام, بمحيط, ميدان) makes it a building or a place.
SITE_REACH = 2


def court_site(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is a court named as the site of an act (``انفجار وقع أمام
    محكمة``, ``بمحيط المحكمة``, ``ميدان المحكمة``: cue lists ``court_building`` and
    ``reference_site_before``), not a trial: nobody appears before it (``مثل أمام المحكمة``,
    ``سيعرض أمام قاضي التحقيقات``: cue list ``court_appearance``)."""
    if not cue_set("court_building").any_in(words, at, at + 1):
        return False
    lo = max(0, at - SITE_REACH)
    return cue_set("reference_site_before").any_in(words, lo, at) and not cue_set(
        "court_appearance").any_in(words, max(0, at - SITE_REACH - 3), at)


def court_told(terms: TermSet, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> bool:
    """Whether a match of ``terms`` (court words) in ``words[lo:hi]`` tells of a court, a trial or
    a sentence, not only of a site named for a court (:func:`court_site`)."""
    return any(not court_site(words, m.first) for m in terms.find(words, lo, len(words) if hi is None else hi))
