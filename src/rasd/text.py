"""Arabic text utilities shared by every stage: Unicode folding, the normalised matching
shadow, tokenisation and clitic splitting.

``fold_unicode`` changes the text (NFC, presentation forms folded, bidi and zero-width marks
removed) and is applied once by the cleaning stage. Everything else leaves the text alone:
matching uses ``normalize_key`` (hamza forms of alef, ى/ي, ة/ه, tatweel, diacritics, digits),
and :class:`Shadow` keeps a map from the normalised string back to the original offsets.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

__all__ = [
    "fold_unicode",
    "normalize_key",
    "normalize_char",
    "fast_key",
    "Shadow",
    "Token",
    "tokenize",
    "proclitic_splits",
    "strip_proclitics",
    "is_arabic_letter",
    "ARABIC_LETTERS_RE",
    "load_data",
]

# Bidi controls, ALM, zero-width characters and the BOM.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x061C, *range(0x202A, 0x202F),
     *range(0x2066, 0x206A), 0x00AD],
    None,
)
_SPACES = dict.fromkeys([0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
                         0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0x0009, 0x000B, 0x000C],
                        " ")
_INVISIBLE_RE = re.compile("[" + "".join(chr(c) for c in _INVISIBLE) + "]")
_SPACES_RE = re.compile("[" + "".join(chr(c) for c in _SPACES) + "]")
_PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")

ARABIC_LETTERS_RE = re.compile("[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]")
_DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")

_CHAR_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ۀ": "ه",
    "ە": "ه", "ے": "ي",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _CHAR_MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _CHAR_MAP[_d] = str(_i)


def fold_unicode(text: str) -> str:
    """NFC; Arabic presentation forms folded to standard letters; bidi and zero-width
    marks removed; exotic spaces made plain; line ends made ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if _INVISIBLE_RE.search(text):
        text = text.translate(_INVISIBLE)
    if _SPACES_RE.search(text):
        text = text.translate(_SPACES)
    if _PRESENTATION.search(text):
        text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return unicodedata.normalize("NFC", text)


_KEY_TABLE: dict[int, str | None] = {ord(k): v for k, v in _CHAR_MAP.items()}
for _cp in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]:
    _KEY_TABLE[_cp] = None


_KEY_REPLACE = tuple(_CHAR_MAP.items())
_KEY_NEEDS = re.compile("[" + "".join(_CHAR_MAP) + "]")


def fast_key(text: str) -> str:
    """``normalize_key`` without collapsing spaces (C-level string passes only)."""
    if _DIACRITICS.search(text):
        text = _DIACRITICS.sub("", text)
    if _KEY_NEEDS.search(text):
        for old, new in _KEY_REPLACE:
            if old in text:
                text = text.replace(old, new)
    return text.lower()


def normalize_char(ch: str) -> str:
    """The matching form of one character ('' for diacritics and tatweel)."""
    if _DIACRITICS.match(ch):
        return ""
    return _CHAR_MAP.get(ch, ch.lower())


#: Strings up to this length (words and names) are cached by :func:`normalize_key`; longer
#: ones (sentences, whole articles) are not, so the cache's memory stays small.
_KEY_CACHED_LEN = 64


def normalize_key(text: str) -> str:
    """The matching shadow of a string: diacritics and tatweel dropped, hamza forms of alef
    to ا, ى to ي, ة to ه, Eastern digits to ASCII, Latin lower-cased, spaces collapsed."""
    if len(text) > _KEY_CACHED_LEN:
        return " ".join(fast_key(text).split())
    return _short_key(text)


@lru_cache(maxsize=1 << 13)
def _short_key(text: str) -> str:
    return " ".join(fast_key(text).split())


_SHADOW_TABLE: dict[int, str | None] = {ord(k): v for k, v in _CHAR_MAP.items()}
for _cp in range(0x0610, 0x0700):
    if _DIACRITICS.match(chr(_cp)):
        _SHADOW_TABLE[_cp] = None


#: Characters whose lower case is not one character on its own (İ -> i̇, final sigma) and
#: diacritics outside the Arabic block: :meth:`Shadow.of` walks those texts character by character.
#: İ is the one character of the BMP above ASCII that lowers to several (Python 3.11's
#: Unicode tables: ``test_text_shadow_slow_characters_are_those_lowering_to_several``
#: reads them all; written out, not found at every start, which took 7 ms).
_SHADOW_SLOW = re.compile("[\u0130\u03a3]")


@dataclass(frozen=True, slots=True)
class Shadow:
    """The normalised form of a text with a map back to original offsets.

    ``key`` is ``normalize_key``-style (without collapsing spaces) and ``index[i]`` is the
    offset in the original text of ``key[i]``; ``index[len(key)] == len(text)``.
    """

    key: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Shadow:
        if not _SHADOW_SLOW.search(text):
            # C-level passes: drop diacritics and tatweel, fold letters, lower-case; the
            # index skips the dropped characters (every other character maps to one)
            index: list[int] = []
            kept: list[str] = []
            at = 0
            for m in _DIACRITICS.finditer(text):
                index.extend(range(at, m.start()))
                kept.append(text[at : m.start()])
                at = m.end()
            index.extend(range(at, len(text) + 1))
            key = "".join(kept) + text[at:] if kept else text
            # ``key.translate(_SHADOW_TABLE)`` (diacritics are gone), one C pass per letter
            # that occurs: no replacement is itself replaced, so the order does not matter
            if _KEY_NEEDS.search(key):
                for old, new in _KEY_REPLACE:
                    if old in key:
                        key = key.replace(old, new)
            return cls(key.lower(), tuple(index))
        return cls._of_chars(text)

    @classmethod
    def _of_chars(cls, text: str) -> Shadow:
        chars: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(text):
            n = normalize_char(ch)
            for c in n:
                chars.append(c)
                index.append(i)
        index.append(len(text))
        return cls("".join(chars), tuple(index))

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of ``key[start:end]``."""
        if end <= start:
            o = self.index[start]
            return o, o
        return self.index[start], self.index[end - 1] + 1


class Token(NamedTuple):
    """One token: offsets into the text it was read from and its kind (a named tuple:
    documents hold thousands, made and read in C)."""

    start: int
    end: int
    kind: str  # "ar", "lat", "num", "punct"


_TOKEN_RE = re.compile(
    r"(?P<num>[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*)"
    r"|(?P<ar>[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06D5-\u06ED\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]+)"
    r"|(?P<lat>[^\W\d_\u0600-\u06FF]+(?:['’-][^\W\d_\u0600-\u06FF]+)*)"
    r"|(?P<punct>\S)"
)


def tokenize(text: str) -> list[Token]:
    """Split text into Arabic words, Latin words, numbers and single punctuation marks."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        out.append(Token(m.start(), m.end(), kind))
    return out


def is_arabic_letter(ch: str) -> bool:
    return bool(ARABIC_LETTERS_RE.match(ch))


@cache
def load_data(name: str) -> Any:
    """Load a JSON data file shipped in ``rasd/data``."""
    with resources.files("rasd.data").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _proclitics() -> tuple[str, ...]:
    data = load_data("clitics.json")
    return tuple(sorted((normalize_key(p) for p in data["proclitics"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _proclitics_by_first() -> dict[str, tuple[str, ...]]:
    """The proclitics grouped by first letter, longest first within each group."""
    groups: dict[str, list[str]] = {}
    for p in _proclitics():
        groups.setdefault(p[:1], []).append(p)
    return {k: tuple(v) for k, v in groups.items()}


def proclitic_splits(word: str) -> list[tuple[int, str]]:
    """Candidate readings of ``word`` without proclitics (see :func:`_proclitic_splits`)."""
    return list(_proclitic_splits(word))


@lru_cache(maxsize=1 << 14)
def _proclitic_splits(word: str) -> tuple[tuple[int, str], ...]:
    """Candidate readings of ``word`` without proclitics, longest-prefix first.

    Returns ``(prefix_length, stem)`` pairs, the unsplit word first as ``(0, word)``. The
    prefix length counts characters of ``word``, so offsets can be adjusted. ``لل`` (ل + ال
    with the alef dropped) leaves the bare stem (``للتنظيم`` -> ``تنظيم``): callers that
    match names with the article should also try ``"ال" + stem``.
    """
    out: list[tuple[int, str]] = [(0, word)]
    key = normalize_key(word)
    if len(key) != len(word):  # diacritics present: only offer the whole word
        return tuple(out)
    seen = {word}
    for p in _proclitics_by_first().get(key[:1], ()):
        if key.startswith(p) and len(word) - len(p) >= 2:
            stem = word[len(p) :]
            if stem not in seen:
                out.append((len(p), stem))
                seen.add(stem)
    return tuple(out)


def strip_proclitics(word: str, known: Any = None) -> tuple[int, str]:
    """The first proclitic reading of ``word`` whose stem is in ``known`` (any container of
    normalised keys); without ``known``, the word itself. Returns ``(prefix_length, stem)``."""
    if known is None:
        return 0, word
    for plen, stem in proclitic_splits(word):
        if normalize_key(stem) in known:
            return plen, stem
    return 0, word
