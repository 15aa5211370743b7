"""Localities a clause names that the gazetteer does not read, and the incidents they keep apart.

The gazetteer puts a village, a quarter or a district it does not know at the town or province
around it (``قرية X بريف حلب`` at Aleppo; two quarters both at their city), so two incidents told
at two such localities share one point, and the merge's same-place rule joins them. The text
still names them: the word(s) after a locality noun (``قرية``, ``بلدتي``, ``حي``, ``منطقة``,
``مديرية`` ...; table ``rasd/data/events/unread_localities.json``). A candidate carries those
names (:func:`with_localities`), its place stays the point the gazetteer found, and two acts that
each name localities of their own, none shared, stay two events
(:func:`rasd.stages.events.merge_places.unread_apart`).

A name the gazetteer read only at the point of a place around it (a village put at its town,
precision 2 or coarser) counts as unread. Silent where unsure: a locality noun followed by a place
read at a point of its own, by a common noun or an adjective (``منطقة عسكرية``, ``حي سكني``), a
verb, a number, punctuation or an event word names no unread locality; a candidate placed at
another locality read at district level keeps none (the names are other places told beside it);
the merge keeps apart only two villages, two districts, or a village and a quarter or area.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rasd.document import Document, Place
from rasd.stages.events.detect import any_trigger
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.placenames import names_an_area
from rasd.stages.events.terms import Word
from rasd.text import load_data, normalize_key

if TYPE_CHECKING:
    from rasd.stages.events.merge import Candidate

__all__ = ["unread_names", "with_localities"]

#: How a run of proclitics that holds the article ends (``القرية``, ``وللمنطقة``): a locality
#: noun with the article refers to a place already told and opens no name.
_ARTICLE_ENDS = ("ال", "لل")


@lru_cache(maxsize=8)
def _table(name: str) -> frozenset[str]:
    """The normalized keys of the list ``name`` of ``unread_localities.json``."""
    return frozenset(normalize_key(w) for w in load_data("events/unread_localities.json")[name])


def _noun(word: Word) -> str | None:
    """The locality noun ``word`` is (the token layer's reading of it without proclitics, the
    article not among them: ``وقرية``, ``بقرية``, ``فبلدة``, ``وبمنطقة``, ``لحي``), or ``None``."""
    nouns = _table("locality_nouns")
    if word.punct:
        return None
    return next((stem for stem in word.stems
                 if stem in nouns and not word.key[: len(word.key) - len(stem)].endswith(_ARTICLE_ENDS)), None)


def _bare(key: str) -> str:
    """A name's key without the article (``الخالدية`` and ``خالدية`` are one name)."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _name_at(text: str, words: Sequence[Word], i: int, read: Sequence[Place]) -> tuple[str, int] | None:
    """The locality name that starts at ``words[i]`` and the index after it: a name the gazetteer
    did not read, or one it read only at the point of a place around it (precision 2 or coarser:
    a village at its town). ``None`` where the word is a place read at a point of its own,
    punctuation, a number, an event word or a common word."""
    if i >= len(words):
        return None
    w = words[i]
    if (w.punct or any(ch.isdigit() for ch in w.key) or len(w.key) < 3 or w.key in _table("not_names")
            or _noun(w) is not None or any_trigger([w])):
        return None
    place = next((p for p in read if p.start < w.end and w.start < p.end), None)
    if place is not None:  # read: a name of its own only where put at the point of a place around it
        return None if place.precision < 2 else (_bare(normalize_key(text[w.start:place.end])), i + 1)
    if not w.key.startswith("ال") and w.key.endswith("يه"):
        return None  # an indefinite feminine adjective (منطقة صحراوية), not a name
    if w.key in _table("name_heads") and i + 1 < len(words):
        nxt = words[i + 1]
        if nxt.punct or any(p.start < nxt.end and nxt.start < p.end for p in read):
            return None
        return f"{w.key} {_bare(nxt.key)}", i + 2
    return _bare(w.key), i + 1


def _kind(noun: str) -> str:
    """What a locality noun opens: a ``district`` (``مديرية``), an ``area`` (a quarter, an area or
    a camp: ``حي``, ``منطقة``, ``مخيم``) or a ``settlement`` (a village or town: ``قرية``, ``بلدة``)."""
    if noun in _table("district_nouns"):
        return "district"
    return "area" if noun in _table("area_nouns") else "settlement"


def unread_names(doc: Document, lo: int, hi: int) -> tuple[tuple[str, str], ...]:
    """The localities ``doc.text[lo:hi]`` names after a locality noun that the gazetteer did not
    read at a point of their own, as (kind, name) pairs (``قرية X`` -> (settlement, X); ``بلدتي X
    وY`` -> X and Y), in text order."""
    words = words_of(doc.text, lo, hi)
    read = [p for p in doc.places if lo <= p.start < hi]
    out: list[tuple[str, str]] = []
    for i, w in enumerate(words):
        noun = _noun(w)
        if noun is None:
            continue
        first = _name_at(doc.text, words, i + 1, read)
        if first is None:
            continue
        name, after = first
        out.append((_kind(noun), name))
        if noun in _table("dual_nouns") and after < len(words) and words[after].key.startswith("و") \
                and not words[after].punct and len(words[after].key) > 3:
            second = words[after]._replace(key=words[after].key[1:], start=words[after].start + 1)
            tail = _name_at(doc.text, [*words[:after], second, *words[after + 1:]], after, read)
            if tail is not None:
                out.append((_kind(noun), tail[0]))
    return tuple(dict.fromkeys(out))


def _own(c: Candidate, names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``names`` where they may be ``c``'s own place: none where ``c`` is placed at another
    locality its clause names (a place read at district level, not an area around places, whose
    name is none of them: the localities are other places told beside it)."""
    loc = c.location
    if loc is None or c.location_fallback or loc.precision != 2 or names_an_area(loc.text):
        return names  # (placed at the area around them: ريف حماة)
    key = normalize_key(loc.text)
    return names if any(name in key for _kind, name in names) else ()


def with_localities(doc: Document, cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` with the unread localities of each one's own part of its sentence."""
    return [replace(c, localities=names) if (names := _own(c, unread_names(doc, c.start, c.end))) else c
            for c in cands]
