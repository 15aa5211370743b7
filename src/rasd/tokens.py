"""The token layer of a text: its words read once and shared by every stage.

Like spaCy's ``Doc`` holds its tokens, a :class:`TokenLayer` holds the tokens of one text
(``Document.text``): parallel tuples of start and end offsets, kinds (``ar``, ``lat``,
``num``, ``punct``, see :func:`rasd.text.tokenize`) and normalised keys, plus views that are
built on first use and then kept: :class:`rasd.text.Token` objects, the matching shadow of
the whole text, and per-consumer tables (a stage's own word list, an index of the
knowledge base's keys) registered under a name with :meth:`TokenLayer.view`.

The layer is never serialised: it is a function of the text, so a document read back from
JSON recomputes it. :meth:`TokenLayer.of` keeps the layers of the last few texts (by
identity), so every stage that asks for the layer of the document it is working on gets
the same object, computed once.

A range ``[start, end)`` of the text maps to a range of tokens with :meth:`TokenLayer.span`,
which returns ``None`` where a token straddles an edge of the range (tokenising the
substring would then read a different, cut token): callers tokenise the substring then, so
results never depend on whether the layer was used.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat
from typing import Any, TypeVar

from rasd.span_index import whole_range
from rasd.text import _TOKEN_RE, Shadow, Token, normalize_key

__all__ = ["TokenLayer"]

T = TypeVar("T")

#: How many texts' layers :meth:`TokenLayer.of` keeps (a pipeline works on one document at a
#: time; the parts of a long one and a title or two come in between).
_KEEP = 8
_MEMO: dict[int, TokenLayer] = {}


class TokenLayer:
    """The tokens of one text as parallel tuples, and the views derived from them."""

    __slots__ = ("_ends", "_keys", "_kinds", "_shadow", "_starts", "_tokens", "_views", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: tuple[int, ...] | None = None
        self._ends: tuple[int, ...] = ()
        self._kinds: tuple[str, ...] = ()
        self._keys: tuple[str, ...] | None = None
        self._tokens: tuple[Token, ...] | None = None
        self._shadow: Shadow | None = None
        self._views: dict[str, Any] = {}

    @classmethod
    def of(cls, text: str) -> TokenLayer:
        """The layer of ``text`` (the same object for the same string while it is recent)."""
        layer = _MEMO.get(id(text))
        if layer is not None and layer.text is text:
            return layer
        layer = cls(text)
        if len(_MEMO) >= _KEEP:
            del _MEMO[next(iter(_MEMO))]
        _MEMO[id(text)] = layer
        return layer

    @staticmethod
    def get(text: str) -> TokenLayer | None:
        """The layer of ``text`` if one was made (by :meth:`of`) and is still kept, else None:
        for helpers that take any string and read a document's text through its layer."""
        layer = _MEMO.get(id(text))
        return layer if layer is not None and layer.text is text else None

    def _read(self) -> tuple[int, ...]:
        starts: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        for m in _TOKEN_RE.finditer(self.text):
            starts.append(m.start())
            ends.append(m.end())
            kinds.append(m.lastgroup or "punct")
        self._ends, self._kinds = tuple(ends), tuple(kinds)
        self._starts = tuple(starts)
        return self._starts

    @property
    def starts(self) -> tuple[int, ...]:
        """Start offset of each token."""
        return self._starts if self._starts is not None else self._read()

    @property
    def ends(self) -> tuple[int, ...]:
        """End offset of each token."""
        if self._starts is None:
            self._read()
        return self._ends

    @property
    def kinds(self) -> tuple[str, ...]:
        """Kind of each token: ``ar``, ``lat``, ``num`` or ``punct``."""
        if self._starts is None:
            self._read()
        return self._kinds

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def keys(self) -> tuple[str, ...]:
        """``normalize_key`` of each token's surface."""
        if self._keys is None:
            text = self.text
            self._keys = tuple(map(normalize_key, map(text.__getitem__, map(slice, self.starts, self.ends))))
        return self._keys

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens as :class:`rasd.text.Token` objects (what ``tokenize(text)`` returns)."""
        if self._tokens is None:
            # ``Token._make`` without its Python frame: tuple.__new__ over the rows, all in C
            rows = zip(self.starts, self.ends, self.kinds, strict=True)
            self._tokens = tuple(map(tuple.__new__, repeat(Token), rows))
        return self._tokens

    @property
    def shadow(self) -> Shadow:
        """The matching shadow of the whole text (``Shadow.of(text)``)."""
        if self._shadow is None:
            self._shadow = Shadow.of(self.text)
        return self._shadow

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indices ``[i, j)`` of the tokens inside ``text[start:end]``; None when a
        token straddles ``start`` or ``end``."""
        return whole_range(self.starts, self.ends, start, end)

    def tokens_in(self, start: int, end: int) -> list[Token] | None:
        """The tokens of ``text[start:end]`` with absolute offsets, as ``tokenize`` of the
        substring would give them shifted by ``start``; None when a token straddles an edge."""
        rng = self.span(start, end)
        if rng is None:
            return None
        return list(self.tokens[rng[0] : rng[1]])

    def view(self, name: str, build: Callable[[TokenLayer], T]) -> T:
        """A per-consumer table derived from this layer, built by ``build(self)`` on first
        use and kept with the layer (``name`` must be unique to the consumer)."""
        try:
            return self._views[name]  # type: ignore[no-any-return]
        except KeyError:
            value = self._views[name] = build(self)
            return value
