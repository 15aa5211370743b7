"""A town read in a country the story names nowhere else (part of the places stage).

Many town names have namesakes abroad: ``الرباط`` is an area of Lahij as well as Rabat, a Syrian
village may share its name with a town of Iraq or Egypt. Where the reading the gazetteer chose
lies in a country that nothing else in the story names (no other place, no demonym adjective,
no actor of that country), while the story is plainly set elsewhere (its dateline, or the
places it names most), the foreign reading stands on nothing but the name itself.
:func:`reread_lone_towns` then reads the name as its namesake in the story's country when the
gazetteer has one near another place of the story; otherwise the place stays a place of the text but is marked
``lone_abroad``, and the events stage places no event there (an event falls back to the next
place the story gives).

A name the text ties to its country (``الرباط المغربية``, ``طرابلس (لبنان)``), one with a
demonym or another place of its country anywhere in the story or its headline, a whole country,
a province or a byline's place is left as read; so is a country's capital whose name no place
of the story's country shares (``بروكسل`` is Brussels in a story about Turkey; ``الرباط`` in a
Yemeni story is not surely Rabat: Yemen has a place of that name).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rasd.kb.actors import load_actor_kb
from rasd.kb.gazetteer import KIND_ADMIN1, KIND_COUNTRY, Gazetteer, GeoMatch, haversine_km
from rasd.stages.places.capital import capital_of
from rasd.stages.places.mention import Mention
from rasd.stages.places.resolve import Resolved
from rasd.text import load_data

__all__ = ["reread_lone_towns", "story_country"]


def story_country(resolved: Sequence[Resolved], dateline_cc: str | None, named: Counter[str]) -> str | None:
    """The country the story is set in: its dateline's, else the one its places (each
    mention), demonyms and actors (``named``) name most, when no other is named as often."""
    if dateline_cc:
        return dateline_cc
    counts: Counter[str] = Counter(named)
    counts.update(r.match.country for r in resolved if r.match.country)
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _key_of(r: Resolved, mentions: dict[int, Mention]) -> str:
    m = mentions.get(r.start)
    return m.key if m is not None else f"@{r.start}"


def _lone_candidate(text: str, r: Resolved, m: Mention | None) -> bool:
    """Whether ``r`` is a town-level reading that only its own name may support: not a
    country or a province, not a name the text qualifies (``الرباط المغربية``), not a byline's
    place (``سبق- جازان:`` names where the story was written)."""
    c = r.match
    if m is None or not c.country or c.kind in (KIND_COUNTRY, KIND_ADMIN1):
        return False
    return not (m.qualifier_cc or m.qualifier_admin or m.qualifier_only or _in_byline(text, m))


#: how far into the text a byline's place may stand
_BYLINE_REACH = 60
#: the marks that part a byline's pieces (``القاهرة - رويترز:``, ``سبق- جازان:``, ``عكاظ ــ جدة``)
_BYLINE_MARKS = frozenset(":-–—/ـ")


def _in_byline(text: str, m: Mention) -> bool:
    """Whether ``m`` is the place of a byline opening the text (``سبق- جازان:``, ``القاهرة -
    رويترز:``, ``عكاظ اليوم ــ جدة``): in its first line, near its start, with a byline mark
    right before or after it."""
    if m.start > _BYLINE_REACH or "\n" in text[:m.start].strip() or "." in text[:m.start]:
        return False
    before = text[max(0, m.start - 4):m.start].strip()
    after = text[m.end:m.end + 4].strip()
    return bool(before and before[-1] in _BYLINE_MARKS) or bool(after and after[0] in _BYLINE_MARKS)


def reread_lone_towns(gaz: Gazetteer, text: str, mentions: Sequence[Mention], resolved: dict[int, Resolved],
                      dateline_cc: str | None, demonyms: Counter[str], headline: Counter[str] | None = None) -> set[int]:
    """Re-read (in place) the towns of ``resolved`` (by start) read in a country the story
    names nowhere else as their namesakes in the story's country (see the module's
    docstring); the starts of those with no such namesake, which no event is placed at.
    ``headline``: the countries the headline names (a country or a demonym), which are not
    named nowhere else."""
    lone_abroad: set[int] = set()
    headlined = headline or Counter()
    by_start = {m.start: m for m in mentions}
    placed = list(resolved.values())
    keys_by_country: dict[str, set[str]] = {}
    for r in placed:
        keys_by_country.setdefault(r.match.country, set()).add(_key_of(r, by_start))

    def named(cc: str, counts: Counter[str]) -> bool:
        return any(counts.get(k) for k in _kin(cc))

    # a town the story names by one name only, of a country no demonym names
    alone = [r for r in placed if r.match.country
             and len(set().union(*(keys_by_country.get(k, set()) for k in _kin(r.match.country)))) == 1
             and not named(r.match.country, demonyms) and not named(r.match.country, headlined)
             and _lone_candidate(text, r, by_start.get(r.start))]
    if not alone:
        return lone_abroad
    actors = _actor_countries(text, mentions)
    home = story_country(placed, dateline_cc, demonyms + actors)
    if home is None:
        return lone_abroad
    for r in alone:
        if home in _kin(r.match.country) or named(r.match.country, actors):
            continue
        m = by_start[r.start]
        towns = [q.match for q in placed if q.match.country == home and q.match.kind not in (KIND_COUNTRY, KIND_ADMIN1)]
        namesake = _namesake(m, home, towns)
        if namesake is None:
            if not (_capital(gaz, r.match) and all(c.country != home for c in m.candidates)):
                lone_abroad.add(r.start)
        else:
            m.choice = namesake
            resolved[r.start] = Resolved(r.start, r.end, namesake, max(r.precision, namesake.precision))
    return lone_abroad


@lru_cache(maxsize=1)
def _held() -> dict[str, str]:
    """Territories and the state whose forces hold them (``military_of_territory`` of
    ``events/actors.json``: the West Bank's, Israel's)."""
    table: dict[str, str] = load_data("events/actors.json").get("military_of_territory", {})
    return table


def _kin(cc: str) -> frozenset[str]:
    """``cc`` with the state that holds it or the territories it holds: the story of one is
    the story of the other (القدس in a story told by the Israeli police)."""
    held = _held()
    return frozenset({cc, *(k for k, v in held.items() if v == cc), *([held[cc]] if cc in held else [])})


def _actor_countries(text: str, mentions: Sequence[Mention]) -> Counter[str]:
    """The countries of the actors the text names (a country once per actor named), leaving
    out a name that is a place mention itself (the knowledge base holds cities as actors:
    ``الرباط`` is Rabat's)."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _b in spans]
    out: Counter[str] = Counter()
    seen: set[str] = set()
    for a in load_actor_kb().find(text):
        if not a.actor.country:
            continue
        k = bisect_right(starts, a.start)
        if any(s < a.end and a.start < e for s, e in spans[max(0, k - 2):k + 1]):
            continue
        if a.actor.id not in seen:
            seen.add(a.actor.id)
            out[a.actor.country] += 1
    return out


def _capital(gaz: Gazetteer, c: GeoMatch) -> bool:
    """Whether ``c`` is its country's capital: a capital's name that no place of the story's
    country shares is the capital (or its government), wherever the story is set."""
    cap = capital_of(gaz, c.country)
    return cap is not None and cap.index == c.index


#: how near another place of the story a namesake at home must lie to be the place meant
_NAMESAKE_KM = 60.0


def _namesake(m: Mention, home: str, around: Sequence[GeoMatch]) -> GeoMatch | None:
    """The most populous of the mention's readings in country ``home`` that lies within
    :data:`_NAMESAKE_KM` of a place of ``around`` (the story's towns at home, not a province's
    point: a namesake across the country is no better a guess than the foreign one), if any."""
    same = [c for c in m.candidates if c.country == home
            and any(haversine_km(c.lat, c.lon, a.lat, a.lon) < _NAMESAKE_KM for a in around)]
    return max(same, key=lambda c: c.population) if same else None
