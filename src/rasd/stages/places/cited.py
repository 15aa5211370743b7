"""Demonyms that stand for a cited news agency (``وفقا للألمانية``, ``ذكرت الفرنسية``, ``قال
للفرنسية إن``): the German or French agency, not the story naming Germany or France. The
places stage's demonym count leaves them out. Cue words: ``places/cited_source.json``."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rasd.alternation import alternation, pieces
from rasd.kb.gazetteer import Gazetteer
from rasd.text import load_data

__all__ = ["cited_demonyms"]

_LETTER = r"\u0621-\u064A\u0660-\u0669\u066E-\u06FF"
# a definite feminine singular adjective, behind at most و/ف and ل (الفرنسية, للألمانية, وللفرنسية)
_ADJ = r"(?:[وف]?(?:لل|ال))[\u0621-\u064A]{2,}(?:ية|يه)"


def _alts(words: list[str]) -> str:
    """The branches of an alternation of ``words``, longest first (:func:`rasd.alternation.alternation`)."""
    return alternation(pieces(w, re.escape(" ")) for w in sorted(words, key=lambda w: len(re.escape(w)), reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = load_data("places/cited_source.json")
    that = rf"(?=\s*[:،,.»\"]|\s+(?:{_alts(data['that'])})(?![{_LETTER}]))"
    edge = rf"(?<![{_LETTER}])"
    return (
        # وفقا للألمانية, بحسب الفرنسية
        re.compile(rf"{edge}(?:{_alts(data['attribution'])})\s+({_ADJ})(?![{_LETTER}])"),
        # ذكرت الفرنسية أن (not قالت الفرنسية <a name>)
        re.compile(rf"{edge}(?:{_alts(data['reporting'])})\s+({_ADJ}){that}"),
        # قال للفرنسية إن / قال للألمانية:
        re.compile(rf"{edge}([وف]?لل[\u0621-\u064A]{{2,}}(?:ية|يه)){that}"),
    )


def cited_demonyms(gaz: Gazetteer, text: str) -> Counter[str]:
    """How many times each country's demonym stands in ``text`` as a cited agency."""
    out: Counter[str] = Counter()
    seen: set[int] = set()
    for pat in _patterns():
        for m in pat.finditer(text):
            if m.start(1) in seen:
                continue
            cc = gaz.demonym_country(m.group(1), clitics=True)
            if cc:
                seen.add(m.start(1))
                out[cc] += 1
    return out
