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

What a word is, as written, is read once per word type and shared by every stage: a
:class:`Reading` of a surface (its ``normalize_key`` and its proclitic stems, plus fields the
events lexicon and the actor search fill on first use) is kept in a bounded table of two
generations (:func:`reading`), and a layer's :attr:`TokenLayer.readings` are those of its
tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count, repeat
from operator import attrgetter, is_
from typing import Any, TypeVar

from rasd.span_index import whole_range
from rasd.text import _TOKEN_RE, Shadow, Token, _proclitics_by_first, normalize_key

__all__ = ["PLAIN_LETTERS", "Reading", "TokenLayer", "is_arabic_kind", "keep_in_generations", "reading", "unseen"]

#: Whether a token kind (:attr:`TokenLayer.kinds`) is an Arabic word's (``"ar"``): a bound
#: ``str.__eq__``, so ``map(is_arabic_kind, kinds)`` runs in C.
is_arabic_kind: Callable[[str], bool] = "ar".__eq__

T = TypeVar("T")

#: How many texts' layers :meth:`TokenLayer.of` keeps (a pipeline works on one document at a
#: time; the parts of a long one and a title or two come in between).
_KEEP = 8
_MEMO: dict[int, TokenLayer] = {}


# Words of these letters only: ``normalize_key`` maps each letter to one letter on its own
# (no diacritic, tatweel or space to drop), so a stem's key is the word's key cut at the
# same place (tests/test_places_words.py checks every letter).
PLAIN_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3"
_PLAIN_WORD = re.compile(f"[{PLAIN_LETTERS}]+")


class Reading:
    """What a word is as written, read once per surface and shared by every stage.

    ``key``: ``normalize_key(surface)``; ``stems``: ``(prefix length, normalised stem)`` for
    the surface and each reading of it without proclitics (what
    :func:`rasd.text.proclitic_splits` gives, each stem normalised), unsplit first.
    ``events``, ``actors`` and ``names`` are None until the events lexicon (its word
    reading) and the actor search (the token key with the KB's spelling folds, and the
    readings without proclitics that names are looked up by) store their own reading of the
    surface there (each computed once per surface)."""

    __slots__ = ("actors", "events", "key", "names", "stems")

    def __init__(self, surface: str) -> None:
        key = normalize_key(surface)
        if key == surface:
            key = surface  # one string where the word is its own key
        self.key = key
        self.stems: tuple[tuple[int, str], ...] = ((0, key),)
        self.events: Any = None
        self.actors: Any = None
        self.names: Any = None
        n = len(surface)
        if len(key) != n:  # diacritics present: only the whole word (as proclitic_splits)
            return
        heads = _proclitics_by_first().get(key[:1])
        if heads is None:
            return
        out = [(0, key)]
        plain = _PLAIN_WORD.fullmatch(surface) is not None
        for p in heads:
            if n - len(p) >= 2 and key.startswith(p):
                cut = len(p)
                out.append((cut, key[cut:] if plain else normalize_key(surface[cut:])))
        if len(out) > 1:
            self.stems = tuple(out)


#: surface -> its :class:`Reading`; when full, the table becomes ``_OLD_READINGS`` and starts
#: again, a surface read since moving back from there (the common words stay, however many
#: rare ones came in between; at most ``2 * _MAX_READINGS`` surfaces are kept)
_READINGS: dict[str, Reading] = {}
_OLD_READINGS: dict[str, Reading] = {}
_MAX_READINGS = 1 << 15
_KEY_OF = attrgetter("key")


def reading(surface: str) -> Reading:
    """The :class:`Reading` of a word as written (made once per surface while it is kept)."""
    got = _READINGS.get(surface)
    if got is not None:
        return got
    got = _OLD_READINGS.get(surface)
    return keep_in_generations(_READINGS, _OLD_READINGS, surface, Reading(surface) if got is None else got,
                               _MAX_READINGS)


K = TypeVar("K")
V = TypeVar("V")


def keep_in_generations(new: dict[K, V], old: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store ``key -> value`` in the per-key cache ``new`` and return ``value``; when ``new``
    already holds ``limit`` entries it first becomes the old generation ``old`` (which a miss
    in ``new`` reads) and starts again, so that the keys still in use come back however many
    rare ones came in between, and at most ``2 * limit`` are kept. Both tables are changed in
    place: whoever holds them keeps holding the live ones."""
    if len(new) >= limit:
        old.clear()
        old.update(new)
        new.clear()
    new[key] = value
    return value


def unseen(got: Sequence[object]) -> Iterator[int]:
    """The positions of the None entries of ``got`` (found in C: a table read from a cache
    by ``map(cache.get, ...)`` has Python work only where a key was not seen before)."""
    return compress(count(), map(is_, got, repeat(None)))


class TokenLayer:
    """The tokens of one text as parallel tuples, and the views derived from them."""

    __slots__ = ("_ends", "_keys", "_kinds", "_readings", "_shadow", "_starts", "_surfaces", "_tokens", "_views",
                 "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: tuple[int, ...] | None = None
        self._ends: tuple[int, ...] = ()
        self._kinds: tuple[str, ...] = ()
        self._keys: tuple[str, ...] | None = None
        self._surfaces: tuple[str, ...] | None = None
        self._readings: tuple[Reading, ...] | None = None
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
    def surfaces(self) -> tuple[str, ...]:
        """Each token as written (``text[start:end]``)."""
        if self._surfaces is None:
            text = self.text
            self._surfaces = tuple(map(text.__getitem__, map(slice, self.starts, self.ends)))
        return self._surfaces

    @property
    def readings(self) -> tuple[Reading, ...]:
        """The :class:`Reading` of each token's surface (:func:`reading`)."""
        if self._readings is None:
            surfaces = self.surfaces
            got = list(map(_READINGS.get, surfaces))
            if None in got:
                got = [r if r is not None else reading(surfaces[i]) for i, r in enumerate(got)]
            self._readings = tuple(got)  # type: ignore[arg-type]
        return self._readings

    @property
    def keys(self) -> tuple[str, ...]:
        """``normalize_key`` of each token's surface."""
        if self._keys is None:
            self._keys = tuple(map(_KEY_OF, self.readings))
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
