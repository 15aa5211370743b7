"""Small judgements on a place mention and its neighbours in the text: whether a tagger's
longer name swallows it, whether a division named only after a place word is listed with a
place (``نينوى وصلاح الدين``), and whether a name is listed with countries (``والنيجر وبنين``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from rasd.kb.gazetteer import KIND_ADMIN1, KIND_COUNTRY, GeoMatch
from rasd.span_index import SpanIndex
from rasd.stages.places.letters import ARABIC_WORD
from rasd.stages.places.words import place_triggers
from rasd.text import normalize_key, proclitic_splits

if TYPE_CHECKING:
    from rasd.stages.places.match import Mention

__all__ = ["countries_listed", "inside_longer", "listed_division", "several_listed"]


def inside_longer(m: Mention, spans: Sequence[tuple[int, int]] | SpanIndex) -> bool:
    """Whether ``m`` lies strictly inside one of ``spans`` (a person's name: ``صلاح الدين`` in
    ``صلاح الدين الأيوبي``); a country stays (سلطان عمان: Oman all the same), and a span that
    adds only a proclitic (a tagger's ``وصلاح الدين``) is the same name. ``spans`` may be
    given as a :class:`SpanIndex` of them (one per document)."""
    if any(c.kind == KIND_COUNTRY for c in m.candidates):
        return False
    index = spans if isinstance(spans, SpanIndex) else SpanIndex(spans)
    # a span from 3 characters before the name or longer than it (s <= m.start - 3 and
    # m.end <= e, or s <= m.start and m.end < e)
    return index.contains(m.start - 3, m.end) or index.contains(m.start, m.end + 1)


def listed_division(prev: Mention | None, proclitic: str, cands: list[GeoMatch]) -> bool:
    """``محافظتي نينوى وصلاح الدين``, ``بغداد وصلاح الدين والأنبار``: a division's name that is
    a place only after a place word counts when و joins it to the place just before it
    (``prev``), of the same country."""
    if prev is None or normalize_key(proclitic) != "و":
        return False
    countries = {c.country for c in prev.candidates}
    return any(c.kind == KIND_ADMIN1 and c.country in countries for c in cands)


def countries_listed(text: str, mentions: list[Mention]) -> None:
    """A name that can be a country, joined by و to a name that can be one just before it, is
    the country (``تشاد والكاميرون ونيجيريا وبنين والنيجر``: Niger and Benin, not Nigeria's
    Niger State and Benin City): its other readings are dropped."""
    for prev, m in pairwise(mentions):
        # (a gap whose key is و holds one و and nothing but spaces and marks besides)
        if text.count("و", prev.end, m.start) != 1 or normalize_key(text[prev.end : m.start].strip()) != "و":
            continue
        if any(c.kind == KIND_COUNTRY for c in prev.candidates) and any(c.kind == KIND_COUNTRY for c in m.candidates):
            m.candidates = [c for c in m.candidates if c.kind == KIND_COUNTRY]


_LAST_WORD = re.compile(rf"({ARABIC_WORD})\s*$")
_LISTED_KINDS = frozenset({"town", "district", "admin", "area"})


def _opens_several(text: str, m: Mention) -> bool:
    """Whether the place word right before ``m`` names two places or more (``منطقتي``,
    ``بلدات``; see ``several`` in places/triggers.json)."""
    last = _LAST_WORD.search(text, max(0, m.start - 24), m.start)
    if last is None:
        return False
    several = frozenset(place_triggers()["several"])
    return any(normalize_key(stem) in several for _p, stem in proclitic_splits(last.group(1)))


def several_listed(text: str, mentions: list[Mention]) -> None:
    """``منطقتي سلمى وكباني``, ``بين بلدتي المسيفرة وأم ولد``, ``قرى X وY وZ``: the names
    joined by و to a name after a place word for several places take that
    word's kind, as if it stood before each of them (a name so listed is located by the
    place after the list like the first one, not read as a far namesake)."""
    kind: str | None = None
    for prev, m in pairwise(mentions):
        gap = text[prev.end : m.start]
        joined = gap.strip(" \u060c,") == "و"  # (a comma alone may end the list: مدن حلب، القاهرة وعمان)
        if not joined:
            kind = None
            continue
        if kind is None and prev.trigger in _LISTED_KINDS and _opens_several(text, prev):
            kind = prev.trigger
        if kind is not None and m.trigger is None:
            m.trigger = kind
        elif m.trigger is not None:
            kind = None
