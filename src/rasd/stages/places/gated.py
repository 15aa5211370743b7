"""A quarter read through its place word against a namesake abroad (part of the places stage).

Some gazetteer rows are read only after their place word (``districts.tsv``: a quarter named
after ``حي``): ``حي الملقا`` is a quarter of Riyadh, while the bare ``ملقا`` is Malacca. A
mention that spans the place word and the name holds both readings; the namesake, a bigger
town, outscores the quarter unless the story's evidence for the quarter's country is strong.
:func:`quarter_over_namesake` keeps the quarter where the place word names it, the story's
other places lie in its country, and nothing in the story but the mention points abroad.
"""

from __future__ import annotations

from collections.abc import Iterable

from rasd.kb.gazetteer import KIND_SUBTOWN, Gazetteer, GeoMatch
from rasd.stages.places.match import Mention
from rasd.stages.places.score import Context
from rasd.stages.places.words import trigger_kind

__all__ = ["countries_named", "quarter_over_namesake"]


def countries_named(mentions: Iterable[Mention]) -> dict[str, int]:
    """How many mentions of the story have a reading in each country."""
    counts: dict[str, int] = {}
    for m in mentions:
        for cc in {c.country for c in m.candidates if c.country}:
            counts[cc] = counts.get(cc, 0) + 1
    return counts


def quarter_over_namesake(
    gaz: Gazetteer, ctx: Context, m: Mention, best: GeoMatch, named: dict[str, int], own: int = 0,
) -> GeoMatch:
    """The quarter that ``m``'s own place word opens (``حي الملقا``: Malqa, Riyadh), instead of
    ``best``, a namesake in another country, where another mention of the story has a reading
    in the quarter's country and the story gives no evidence of the namesake's country
    beyond the mention itself (``own``); else ``best``."""
    first = m.key.split(" ", 1)[0]
    if " " not in m.key or trigger_kind(first) != "town" or best.kind == KIND_SUBTOWN:
        return best
    gated = [c for c in gaz.candidates(m.key) if c.kind == KIND_SUBTOWN and c in m.candidates]
    if len({c.country for c in gated}) != 1 or gated[0].country == best.country:
        return best
    home = gated[0].country
    own_readings = {c.country for c in m.candidates}
    others_home = named.get(home, 0) - (home in own_readings)
    if others_home <= 0 or ctx.counts.get(best.country, 0) - own > 0:
        return best
    return max(gated, key=lambda c: c.population)
