"""Article-level event-ness: a piece that reports no recent incident at all.

:mod:`rasd.stages.events.eventness` weighs each sentence in its article; this module reads the
article as a whole. A news report of an incident names it in its headline (``مقتل``, ``غارات``,
``القبض``, ``انفجار``) or dates it in the days before publication (``أمس``, ``اليوم الأربعاء``).
A piece whose headline is about something else (a diplomat's remarks, a visit, a storm, a
hospital's emergency drill, a market) and none of whose event sentences is anchored in a recent
day tells of violence only in passing: a statement about a past liberation, a condolence, a
background line. Its candidates make no event.

The rule never touches a candidate whose own sentence names a recent day (:func:`anchored`): one
such sentence keeps the whole article in play.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from rasd.document import Document
from rasd.stages.events.detect import any_trigger
from rasd.stages.events.lexicon import TermSet, Word, words_of
from rasd.text import load_data

__all__ = ["ANCHOR_CUES", "anchored", "headline_names_incident", "reports_no_recent_incident", "sentences_around",
           "war_density", "war_terms"]

#: The sentence cues (eventness.json) that anchor a sentence in the days before publication.
ANCHOR_CUES = ("recent", "recent_time")
#: A headline of fewer words than this (a bare tag, "#عاجل") says too little to judge by.
_MIN_TITLE_WORDS = 3
#: The prefixes of a present-tense verb (يقتل, تعتقل, نستهدف).
_IMPERFECT = frozenset("يتن")


@lru_cache(maxsize=1)
def war_terms() -> TermSet:
    """The words of war a headline about fighting holds (``data/events/headline.json``)."""
    return TermSet(load_data("events/headline.json")["war"])


def sentences_around(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``doc``'s sentences that ``[start, end)`` overlaps (the span itself where
    none does): a candidate read from one clause is anchored by a day anywhere in its sentence."""
    spans = [(s.start, s.end) for s in doc.sentences if s.start < end and start < s.end]
    return spans or [(start, end)]


def anchored(cues: Mapping[str, float]) -> bool:
    """Whether a sentence with these event-ness cues names a recent day of its own."""
    return any(k in cues for k in ANCHOR_CUES)


def headline_names_incident(doc: Document, incident_terms: Iterable[TermSet]) -> bool:
    """Whether ``doc``'s headline holds an event trigger (of any type: ``تعتقل``, ``تحرير``), a
    word of violence, arrest, protest or death (any of ``incident_terms``: ``داعش``, ``مصرع``)
    or a word of war (:func:`war_terms`: ``المقاومة``, ``خسائر``);
    ``True`` where there is no headline to read, or one too short."""
    if not doc.title:
        return True
    title = words_of(doc.title)
    if sum(1 for w in title if w.key.isalpha()) < _MIN_TITLE_WORDS:
        return True
    # a headline tells its act in the present (تعتقل, يقتل): read each such verb as its past too
    past = [w.key[1:] for w in title if w.key[:1] in _IMPERFECT and len(w.key) > 3]
    if past:
        title = words_of(doc.title + " " + " ".join(past + ["ا" + k for k in past]))
    return any_trigger(title) or any(terms.any_in(title) for terms in (*incident_terms, war_terms()))


def war_density(words: Sequence[Word], terms: Iterable[TermSet]) -> float:
    """How many words of ``terms`` (conflict, engaged) ``words`` hold per 100 words."""
    return 100.0 * sum(len(ts.find(words)) for ts in terms) / max(1, len(words))


@lru_cache(maxsize=1)
def _dense_at() -> float:
    return float(load_data("events/headline.json").get("dense_per_100", 1e9))


def reports_no_recent_incident(doc: Document, cues_of_candidates: Iterable[Mapping[str, float]],
                               incident_terms: Iterable[TermSet], body: Sequence[Word] | None = None,
                               dense_terms: Iterable[TermSet] = ()) -> bool:
    """Whether ``doc`` reports no recent incident: its headline names none (see
    :func:`headline_names_incident`), no candidate sentence (the cues of each in
    ``cues_of_candidates``) is anchored in a recent day, and its body (``body``: its words,
    when the caller has them) is no round-up dense in the words of ``dense_terms``."""
    if headline_names_incident(doc, incident_terms):
        return False
    if any(anchored(cues) for cues in cues_of_candidates):
        return False
    words = body if body is not None else words_of(doc.text)
    return war_density(words, dense_terms) < _dense_at()
