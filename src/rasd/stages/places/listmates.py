"""The list as context: a town whose name is also an everyday word (حديثة "modern") is read
as the town when it stands in a و/comma list of names that are places by themselves, of the
same country and region (``في الرطبة والفلوجة وحديثة``). The list's other members must each be
a place without help from the list (a location tag, a place word before it, or a name that is
no frequent word), so a list of ordinary words lends nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rasd.kb.gazetteer import KIND_COUNTRY, Gazetteer, GeoMatch, haversine_km

if TYPE_CHECKING:
    from rasd.stages.places.match import Mention

__all__ = ["LIST_REGION_KM", "list_joined", "mark_list_mates"]

LIST_REGION_KM = 300.0  # a listed name's reading this close to a list-mate's counts as the same region
_FREQUENT_ZIPF = 4.0  # a name rarer than this in running Arabic is a place by itself (الرطبة)
#: What may stand between two places of one list, spaces aside: و, a comma, or a comma and و
_LIST_GAPS = frozenset({"و", "،", ",", "،و", ",و"})


def list_joined(text: str, prev: Mention, m: Mention) -> bool:
    """Whether only و or a comma (and spaces, on one line: a paragraph ends a list) stands between
    two mentions (``طعوم وسرمين``, ``الرطبة، حديثة``)."""
    gap = text[prev.end : m.start]
    return "\n" not in gap and "".join(gap.split()) in _LIST_GAPS


def _comma_only(text: str, prev: Mention, m: Mention) -> bool:
    return "و" not in text[prev.end : m.start]


def _runs(text: str, mentions: list[Mention]) -> Iterator[list[Mention]]:
    """The maximal runs of two mentions or more joined by و or commas; a run does not end on
    a name joined by a comma alone (``مأرب، عبر منفذ الوديعة``, ``لبنان، رأى``: a new clause
    may begin after a place and a comma)."""
    run: list[Mention] = []
    for m in [*mentions, None]:
        if m is not None and run and list_joined(text, run[-1], m):
            run.append(m)
            continue
        while len(run) > 1 and _comma_only(text, run[-2], run[-1]):
            run.pop()
        if len(run) > 1:
            yield run
        run = [] if m is None else [m]


def _doubtful(m: Mention) -> bool:
    """Whether a mention is read as something other than a place (a common word, a guessed
    skeleton, an article its name never takes, tagged another kind of name): a list neither
    leans on it nor lends it a place."""
    return m.weak or m.guess or m.article_added or m.ner_other


def _firm(gaz: Gazetteer, m: Mention) -> bool:
    """Whether a mention is a place without the list's help: a place (not a country) named
    after a place word, tagged a location, or by a name that is no frequent word."""
    if _doubtful(m):
        return False
    if not any(c.kind != KIND_COUNTRY for c in m.candidates):
        return False
    if m.trigger is not None or m.ner_loc:
        return True
    words = (m.form or m.key).split(" ")
    return all(gaz.zipf(w) < _FREQUENT_ZIPF and gaz.commonness(w) == 0.0 for w in words)


def _near_mate(c: GeoMatch, mates: list[GeoMatch]) -> bool:
    return any(o.country == c.country and haversine_km(c.lat, c.lon, o.lat, o.lon) <= LIST_REGION_KM for o in mates)


def mark_list_mates(gaz: Gazetteer, text: str, mentions: list[Mention]) -> None:
    """Record on each mention of a و/comma list that is no place by itself
    (:attr:`Mention.listed_near`) its readings that lie within :data:`LIST_REGION_KM` of a
    reading of a list member that is (:func:`_firm`), in the same country. Run after the
    context marks (``mark_context``): firmness reads the location tags."""
    for run in _runs(text, mentions):
        firm = [_firm(gaz, m) for m in run]
        mates = [c for m, f in zip(run, firm, strict=True) if f for c in m.candidates if c.kind != KIND_COUNTRY]
        for m, f in zip(run, firm, strict=True):
            if f or m.trigger is not None or _doubtful(m):
                continue
            near = frozenset(c.index for c in m.candidates if c.kind != KIND_COUNTRY and _near_mate(c, mates))
            if near:
                m.listed_near = near
