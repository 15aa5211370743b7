"""Credited news agencies: from the dateline and from attributions in the body
(``لرويترز``, ``لوكالة فرانس برس``, ``(أ ف ب)``), in canonical English names.

The table is ``rasd/data/sources/agencies.json``. Ambiguous aliases (``قنا`` is also the
Egyptian city, ``بترا`` the Jordanian site) are listed as *strict*: they count only inside
parentheses, in the dateline, or after ``وكالة``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from rasd.alternation import alternation, pieces
from rasd.document import Document
from rasd.text import load_data, normalize_key

__all__ = ["SourcesStage", "find_sources", "canonical_source"]

_CREDIT_LINE = re.compile(r"^\s*(?:المصدر|المصادر|مصدر الخبر|المصدر الأصلي)\s*[:：]\s*(.+)$")
_LETTER = r"\u0621-\u064A\u0660-\u0669\u066E-\u06FFA-Za-z0-9"


@dataclass(frozen=True, slots=True)
class _Agency:
    name: str
    loose: re.Pattern[str] | None
    strict: re.Pattern[str] | None


def _alias_pattern(aliases: list[str], strict: bool) -> re.Pattern[str] | None:
    keys = sorted({normalize_key(a).rstrip(".") for a in aliases}, key=len, reverse=True)
    if not keys:
        return None
    alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
    if strict:
        # inside parentheses, or after وكالة / a proclitic ل (لقنا), or alone on a line
        paren = rf"(?:(?<=\()\s*|^\s*)(?:{alts})\.?(?=\s*\)|\s*$|\s*[-–—:])"
        cited = rf"(?:(?:وكاله|وكالتي)\s+|(?<![{_LETTER}])[وف]?ل)(?:{alts})(?![{_LETTER}])"
        return re.compile(rf"{paren}|{cited}", re.MULTILINE)
    return re.compile(rf"(?<![{_LETTER}])(?:[وفبلك]|لل|ول|وب|فل)?(?:{alts})\.?(?![{_LETTER}])")


@lru_cache(maxsize=1)
def _agencies() -> tuple[_Agency, ...]:
    out = []
    for item in load_data("sources/agencies.json")["agencies"]:
        strict = set(item.get("strict", []))
        loose = [a for a in item["aliases"] if a not in strict]
        out.append(_Agency(item["name"], _alias_pattern(loose, False), _alias_pattern(sorted(strict), True)))
    return tuple(out)


def canonical_source(surface: str) -> str | None:
    """The canonical English name of an agency written as ``surface`` (e.g. ``أ ف ب``)."""
    key = normalize_key(surface.strip("()[] -–—:"))
    for agency in _agencies():
        for pat in (agency.loose, agency.strict):
            if pat is not None and pat.fullmatch(key) is not None:
                return agency.name
        if agency.strict is not None and agency.strict.search(f"({key})"):
            return agency.name
    return None


_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "لل", "ول", "وب", "فل"})
_LETTER_RE = re.compile(f"[{_LETTER}]")


@lru_cache(maxsize=1)
def _combined() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """Alternations over every loose and every strict alias (one pass each), alias key -> agency."""
    loose: dict[str, str] = {}
    strict: dict[str, str] = {}
    for item in load_data("sources/agencies.json")["agencies"]:
        strict_aliases = set(item.get("strict", []))
        for alias in item["aliases"]:
            target = strict if alias in strict_aliases else loose
            target.setdefault(normalize_key(alias).rstrip("."), item["name"])

    def aliases(keys: dict[str, str]) -> str:
        # longest first, sharing leading characters (one try per letter, same matches)
        return alternation((pieces(k, r"\s+") for k in sorted(keys, key=len, reverse=True)), (r"\s+",))

    loose_re = re.compile(f"(?:{aliases(loose)})")
    alts = aliases(strict)
    strict_re = re.compile(
        rf"(?:(?<=\()\s*|^\s*)({alts})\.?(?=\s*\)|\s*$|\s*[-–—:])"
        rf"|(?:(?:وكاله|وكالتي)\s+|(?<![{_LETTER}])[وف]?ل)({alts})(?![{_LETTER}])",
        re.MULTILINE,
    )
    return loose_re, loose, strict_re, strict


def _word_bounded(key: str, start: int, end: int) -> bool:
    """Does ``key[start:end]`` stand as a word, allowing a proclitic in front (لرويترز)?"""
    if end < len(key) and key[end] != "." and _LETTER_RE.match(key[end]):
        return False
    j = start
    while j > 0 and start - j < 3 and _LETTER_RE.match(key[j - 1]):
        j -= 1
    if j > 0 and _LETTER_RE.match(key[j - 1]):
        return False
    return key[j:start] in _PREFIXES


def find_sources(text: str) -> list[tuple[int, str]]:
    """``(position, canonical name)`` of every credited agency in ``text`` (first mention)."""
    key = "\n".join(normalize_key(line) for line in text.split("\n"))
    found: dict[str, int] = {}
    loose_re, loose, strict_re, strict = _combined()
    for m in loose_re.finditer(key):
        name = loose.get(" ".join(m.group().split()))
        if name and name not in found and _word_bounded(key, m.start(), m.end()):
            found[name] = m.start()
    for m in strict_re.finditer(key):
        alias = m.group(1) or m.group(2)
        name = strict.get(" ".join(alias.split()))
        if name and name not in found:
            found[name] = m.start()
    return sorted(((pos, name) for name, pos in found.items()))


class SourcesStage:
    """Fill ``doc.sources`` from the dateline and the body."""

    name: ClassVar[str] = "sources"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"sources"})

    def preload(self) -> None:
        """Compile the agencies' patterns now (each is compiled at its first use: the
        per-agency ones only for an article with a dateline credit)."""
        _agencies()
        _combined()

    def __call__(self, doc: Document) -> Document:
        names: list[str] = []
        if doc.dateline and doc.dateline.source:
            first = canonical_source(doc.dateline.source)
            if first:
                names.append(first)
        for _, name in find_sources(doc.text):
            if name not in names:
                names.append(name)
        for cand in _removed_credits(tuple(doc.removed)):
            if cand not in names:
                names.append(cand)
        return doc.evolve(sources=tuple(names))


@lru_cache(maxsize=8)
def _removed_credits(removed: tuple[str, ...]) -> tuple[str, ...]:
    """The agencies credited by lines cleaning removed as debris (a trailing ``المصدر:
    الأناضول``), in order. Cached: every part of a long article asks about the same lines."""
    out: list[str] = []
    for line in removed:
        m = _CREDIT_LINE.match(line)
        if not m:
            continue
        credit = m.group(1).strip()
        found: list[str | None] = [canonical_source(credit)]
        found.extend(n for _, n in find_sources(credit))
        out.extend(cand for cand in found if cand)
    return tuple(out)
