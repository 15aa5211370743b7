"""Matching an Arabic place name against Latin GeoNames names (places with no Arabic alias).

Many towns and villages of GeoNames (``Rutshuru``, ``Shinkafi``, ``Mueda``) have only Latin
names. The gazetteer finds them in two steps, both driven by
``rasd/data/places/transliteration.json``:

1. a **key**: the consonant skeleton (vowel letters, ع and the article dropped; k/q/c/kh/gh one
   class), looked up in an index of the Latin names of a country. A letter that stands for two
   sounds (ج j or g, ق/ك/غ k or g, ث th or s, Latin ch sh or tch) gives one key per reading;
2. a **check** of the vowels: each Arabic vowel letter (ا، و، ي) must stand for a Latin vowel
   of its class in the same place between consonants (``صغيرة`` is not Sukkur: ي is not u),
   while short Latin vowels may be left unwritten in Arabic (``كفر`` is Kafr); the long vowels
   that romanisations of Arabic names mark (ā, ī, ū) may not. The check works on a Latin name's
   *form*: its letters as classes, consonants lower-case, vowels upper-case (``rUtxUrU`` for
   Rutshuru), stored in the index.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from typing import Any

from rasd.text import load_data, normalize_key

__all__ = [
    "TABLE_FILE",
    "arabic_keys",
    "arabic_pattern",
    "arabic_skeleton",
    "arabic_vowel_count",
    "c_as_j_countries",
    "extra_latin_countries",
    "form_key",
    "generic_suffixes",
    "latin_forms",
    "latin_skeleton",
]

#: the data file of the letter classes (part of the gazetteer cache key)
TABLE_FILE = "transliteration.json"

_VOWELS = "AEIOUĀĪŪ"
_V = "[AEIOU]*"  # short Latin vowels, which Arabic may leave unwritten
_LONG_MARK = "\x01\x02\x03\x04\x05\x06"  # placeholders that survive accent folding
_SPECIAL_MARK = "\x11\x12\x13\x14\x15\x16"  # the same for ç, ş, ı (latin_special_letters)
_MAX_VARIANTS = 8
_LATIN_ARTICLE = re.compile(r"^(?:a[lnrstdzḑḏţşẕ]|el|ad|ed|es|er|en)[\s\-‘’'`]+", re.IGNORECASE)
_LATIN_ARTICLE_WORD = re.compile(r"^(?:a[lnrstdz]|el|ad|ed|es|er|en|ash|ath|adh)$")
_LATIN_SPLIT = re.compile(r"[\s\-‘’'`]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    data: dict[str, Any] = load_data(f"places/{TABLE_FILE}")
    return data


def _alts(value: str) -> tuple[str, ...]:
    return tuple(value.split("|"))


@lru_cache(maxsize=1)
def _arabic_maps() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, str], frozenset[str]]:
    t = _table()
    consonants = {k: _alts(v) for k, v in t["arabic_consonants"].items()}
    digraphs = {k: _alts(v) for k, v in t["arabic_digraphs"].items()}
    return consonants, digraphs, dict(t["arabic_vowels"]), frozenset(t["arabic_silent"])


@lru_cache(maxsize=1)
def _latin_maps() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], str, dict[str, str]]:
    t = _table()
    digraphs = {k: _alts(v) for k, v in t["latin_digraphs"].items()}
    letters = {k: _alts(v) for k, v in t["latin_letters"].items()}
    long_vowels: dict[str, str] = {}
    for mark, (ch, cls) in zip(_LONG_MARK, t["latin_long_vowels"].items(), strict=False):
        long_vowels[ch] = mark
        letters[mark] = (cls,)
    for mark, (ch, classes) in zip(_SPECIAL_MARK, t.get("latin_special_letters", {}).items(), strict=False):
        long_vowels[ch] = mark
        letters[mark] = _alts(classes)
    return digraphs, letters, str(t["latin_soft_c"]), long_vowels


def _collapse(s: str) -> str:
    """Adjacent repeats of a consonant class made one (``ss`` in Massawa)."""
    out: list[str] = []
    for c in s:
        if not out or out[-1] != c or c in _VOWELS:
            out.append(c)
    return "".join(out)


def form_key(form: str) -> str:
    """The index key of a form: its consonants, adjacent repeats made one."""
    cons = [c for c in form if c not in _VOWELS]
    out: list[str] = []
    for c in cons:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


# ------------------------------------------------------------------------------- Arabic
# a token: ("c", alternatives) a consonant, ("v", classes) a vowel letter, ("h", ()) a final ه
_Token = tuple[str, tuple[str, ...]]


@lru_cache(maxsize=4096)
def _arabic_tokens(word: str) -> tuple[_Token, ...]:
    consonants, digraphs, vowels, silent = _arabic_maps()
    out: list[_Token] = []
    for part in normalize_key(word).split():
        if part.startswith("ال") and len(part) > 4:
            part = part[2:]
        final_h = len(part) > 2 and part.endswith("ه")
        if final_h:
            part = part[:-1]
        i = 0
        while i < len(part):
            two = part[i : i + 2]
            ch = part[i]
            if two in digraphs:
                out.append(("c", digraphs[two]))
                i += 2
                continue
            if ch in consonants:
                alts = consonants[ch]
                if not (out and out[-1] == ("c", alts)):  # a doubled consonant is one
                    out.append(("c", alts))
            elif ch in vowels and not (i == 0 and ch == "ا"):  # an initial alef only carries a vowel
                out.append(("v", (vowels[ch],)))
            elif ch in silent or ch == "ا":
                pass
            i += 1
        if final_h:
            out.append(("h", ()))
    return tuple(out)


def arabic_keys(word: str) -> tuple[str, ...]:
    """Index keys of an Arabic name, one per reading of its ambiguous letters (primary first)."""
    options = [t[1] for t in _arabic_tokens(word) if t[0] == "c"]
    out: list[str] = []
    for combo in itertools.islice(itertools.product(*options), _MAX_VARIANTS * 2):
        key = form_key("".join(combo))
        if key not in out:
            out.append(key)
    return tuple(out)


def arabic_skeleton(word: str) -> str:
    """Consonant skeleton of an Arabic name (article, vowel letters, ع and final ة dropped)."""
    keys = arabic_keys(word)
    return keys[0] if keys else ""


def arabic_vowel_count(word: str) -> int:
    """How many vowel letters (ا، و، ي after the first letter) the name has."""
    return sum(1 for t in _arabic_tokens(word) if t[0] == "v")


@lru_cache(maxsize=2048)
def arabic_pattern(word: str) -> re.Pattern[str]:
    """A regular expression over Latin forms (see :func:`latin_forms`) that the Latin
    spelling of the Arabic ``word`` must match."""
    parts = ["^", _V]
    for kind, alts in _arabic_tokens(word):
        if kind == "c":
            parts.append("(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0])
        elif kind == "v":
            parts.append("[" + alts[0] + "]")
        else:  # a final ه: Latin -ah, -eh or a real h
            parts.append("h?")
        parts.append(_V)
    parts.append("$")
    return re.compile("".join(parts))


# -------------------------------------------------------------------------------- Latin
def _fold(name: str) -> list[str]:
    """Lower-cased, accent-free words of a Latin name without its articles."""
    name = _LATIN_ARTICLE.sub("", name.strip())
    long_vowels = _latin_maps()[3]
    lowered = "".join(long_vowels.get(c, c) for c in unicodedata.normalize("NFC", name.lower()))
    folded = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
    words = [p for p in _LATIN_SPLIT.split(folded) if p]
    return [p for k, p in enumerate(words) if k == len(words) - 1 or not _LATIN_ARTICLE_WORD.match(p)]


def _latin_word_tokens(word: str) -> list[tuple[str, ...]]:
    digraphs, letters, soft_c, _long = _latin_maps()
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for n in (3, 2):
            if word[i : i + n] in digraphs:
                out.append(digraphs[word[i : i + n]])
                i += n
                break
        else:
            ch = word[i]
            if ch == "c" and word[i + 1 : i + 2] in ("e", "i", "y"):
                out.append((*letters["c"], soft_c))
            elif ch in letters:
                out.append(letters[ch])
            i += 1
    # the h of a final -ah or -eh is not written in Arabic (ة)
    if len(out) >= 2 and out[-1] == ("h",) and out[-2] in (("A",), ("E",)):
        out.pop()
    return out


def latin_forms(name: str, suffixes: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The forms of a Latin name (letters as classes; one per reading of its ambiguous
    letters, primary first); with ``suffixes``, also the forms without a generic suffix."""
    words = _fold(name)
    if not words:
        return ()
    bases = [words]
    last = words[-1]
    for suf in suffixes:
        if last != suf and last.endswith(suf) and len(last) - len(suf) >= 4:
            bases.append([*words[:-1], last[: -len(suf)]])
        elif last == suf and len(words) > 1:
            bases.append(words[:-1])
    out: list[str] = []
    for base in bases:
        tokens = [t for w in base for t in _latin_word_tokens(w)]
        for combo in itertools.islice(itertools.product(*tokens), _MAX_VARIANTS):
            form = _collapse("".join(combo))
            if form and form not in out:
                out.append(form)
    return tuple(out)


def latin_skeleton(name: str) -> str:
    """Consonant skeleton of a Latin GeoNames name, comparable with :func:`arabic_skeleton`
    (articles dropped wherever they stand: ``Khan al Asal`` -> ``knsl``)."""
    forms = latin_forms(name)
    return form_key(forms[0]) if forms else ""


def c_as_j_countries() -> frozenset[str]:
    """Countries whose Latin ``c`` is the sound j (Turkish ``Ceylanpınar``)."""
    return frozenset(_table().get("latin_c_as_j", ()))


def extra_latin_countries() -> frozenset[str]:
    """Countries outside the focus regions whose Latin names are indexed too (Turkey, Iran)."""
    return frozenset(_table().get("latin_extra_countries", ()))


def generic_suffixes() -> dict[str, list[str]]:
    """Country -> Latin name parts that Arabic spellings leave out (``weyne``)."""
    return {cc: list(v) for cc, v in _table()["generic_suffixes"].items()}
