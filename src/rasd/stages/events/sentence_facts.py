"""What :func:`rasd.stages.events.dates.carried_time` reads of each earlier sentence on its walk
back (the sentence's words and the days it names; whether it opens another story), read once per
sentence of a document: the walk from every later sentence passes the same sentences again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from rasd.document import Document, Sentence
from rasd.stages.events.lexicon import words_of

__all__ = ["SentenceFacts", "sentence_facts"]

NamedDays = Callable[[Document, Sentence, Sequence[Any]], list[dt.date]]
OpensStory = Callable[[Document, Sentence], bool]


class SentenceFacts:
    """One document's (split into ``sentences``) facts per sentence index, read on first ask."""

    __slots__ = ("_another", "_named", "_named_days", "_opens_story", "doc", "sentences")

    def __init__(self, doc: Document, sentences: Sequence[Sentence], named_days: NamedDays,
                 opens_story: OpensStory) -> None:
        self.doc, self.sentences = doc, sentences
        self._named_days, self._opens_story = named_days, opens_story
        self._named: dict[int, tuple[list[Any], list[dt.date]]] = {}
        self._another: dict[int, bool] = {}

    def named(self, j: int) -> tuple[list[Any], list[dt.date]]:
        """Sentence ``j``'s words and the days it names."""
        got = self._named.get(j)
        if got is None:
            sent = self.sentences[j]
            words = words_of(self.doc.text, sent.start, sent.end)
            got = self._named[j] = (words, self._named_days(self.doc, sent, words))
        return got

    def opens_another_story(self, j: int) -> bool:
        """Whether sentence ``j`` opens on another incident or topic."""
        got = self._another.get(j)
        if got is None:
            got = self._another[j] = self._opens_story(self.doc, self.sentences[j])
        return got


_LAST: list[SentenceFacts] = []  # the last document's only: memory stays bounded


def sentence_facts(doc: Document, sentences: Sequence[Sentence], named_days: NamedDays,
                   opens_story: OpensStory) -> SentenceFacts:
    """The facts of ``doc`` split into ``sentences``, kept while the same document and split
    are asked about (the events stage asks once per sentence with a detection)."""
    if not (_LAST and _LAST[0].doc is doc and _LAST[0].sentences is sentences):
        _LAST[:] = [SentenceFacts(doc, sentences, named_days, opens_story)]
    return _LAST[0]
