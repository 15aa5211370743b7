"""The words of a range of a text (:class:`WordRange`), kept out of :mod:`.terms` so that
module can be compiled by ``python -m rasd.native_build``: mypyc compiles no subclass of
``list``, and this one is only data (the term sets read it in :mod:`.terms`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasd.stages.events.terms import Word, _Heads

    _WordList = list[Word]
else:
    _WordList = list

__all__ = ["WordRange"]


class WordRange(_WordList):
    """The words of a range of a text, as :func:`rasd.stages.events.lexicon.words_of` gives
    them from the text's layer: a list that knows where it stands, so a term set reads where
    its terms can start from the index of the whole text (``_Heads.heads``) instead of the
    words. ``present`` caches :func:`rasd.stages.events.terms.range_slots`."""

    __slots__ = ("offset", "present", "source")

    def __init__(self, words: list[Word], source: _Heads, offset: int) -> None:
        super().__init__(words)
        self.source = source
        self.offset = offset
        self.present: tuple[int, frozenset[int]] | None = None
