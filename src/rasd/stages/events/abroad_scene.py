"""An event set abroad by its own clause, placed there after merging.

An event whose clause names no place the events stage takes (:func:`rasd.stages.events.where.pick_place`
leaves out a country other than the story's) falls back to the article's main place. Where the clause
does say where the act happened, and says it is in another country than that fallback's
(``قصفت طائرات حربية مواقع للمسلحين في شمال العراق`` in a story of a Turkish town), the fallback is
surely wrong: the event takes that country (or the finest place of it the clause names). Only a place
after the trigger, or fronted at the head of its clause (``وفي العراق، ...``), sets the scene: one
before the verb is the speaker's or the topic's.

Silent where the clause also names a place of the fallback's country, where its places abroad are of
two countries, or where a place abroad is only a neighbour, a source or a way through
(``قرب الحدود مع سوريا``, ``من داخل أراضي البلد``, ``نحو تركيا``), where a victim is treated
(``في مستشفى ... في البلد``), where a place of it only locates another (``شمال X``), or where the
clause sums up acts (``حتى الآن``, ``منذ``).

The scene is read per candidate left with the fallback (:func:`abroad_scene`, kept on
``Candidate.abroad``) but given only after merging (:func:`placed_abroad`), to an event no merged
sentence gave a place of its own: the move never changes which sentences make one event, nor an
event's type (round 29 moved the place before merging, and the follow-ups it un-merged joined
other events).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.document import Location, Place
from rasd.stages.events.detect import any_trigger
from rasd.stages.events.lexicon import cue_set, words_of
from rasd.stages.events.lookup import places_by_start
from rasd.stages.events.periods import CLAUSE_END
from rasd.stages.events.where import locative_before, place_level, reference_point

if TYPE_CHECKING:
    from rasd.stages.events.merge import Candidate

__all__ = ["abroad_scene", "placed_abroad"]

#: how many words before a place abroad may make it a neighbour or a source (``قرب الحدود مع``)
_NOT_SCENE_REACH = 3
#: the prepositions a fronted locative opens with (normalised keys)
_FRONTING = frozenset({"في", "وفي", "ب", "وب"})


def _located(text: str, p: Place) -> bool:
    """Whether the text says something happened at ``p``: a locative before it (``في``,
    ``على``, ``قرب``), or a compass word opening its own span (``شرق لبنان``)."""
    return locative_before(text, p.start) or bool(cue_set("directions").find(words_of(text, p.start, p.end), 0, 1))


def _not_scene(text: str, p: Place) -> bool:
    """Whether ``p`` is only a neighbour, a source, a way through, a destination or where a
    victim is treated (``قرب الحدود مع سوريا``, ``من داخل أراضي البلد``, ``نحو تركيا``)."""
    before = words_of(text, max(0, p.start - 40), p.start)
    near = before[-_NOT_SCENE_REACH:]
    return cue_set("abroad_not_scene").any_in(near) or cue_set("destinations").any_in(before[-2:])


def _fronted(text: str, lo: int, p: Place) -> bool:
    """Whether ``p`` opens the span at ``lo`` as a fronted locative (``وفي العراق، أصابت
    الغارات ...``)."""
    before = words_of(text, lo, p.start)
    return 0 < len(before) <= 2 and before[0].key in _FRONTING


def _other_act_between(text: str, anchor: int | None, p: Place) -> bool:
    """Whether a clause with another act's trigger opens, after a comma or a stop, between the
    event's trigger at ``anchor`` and ``p`` (``هجوم ... استهدف البلد، شن الطيران غارات في البلد
    الآخر``): ``p`` sets that act, not this one."""
    if anchor is None or p.start <= anchor:
        return False
    between = words_of(text, anchor, p.start)
    cuts = [i for i, w in enumerate(between) if w.key in CLAUSE_END]
    return bool(cuts) and any_trigger(between[cuts[-1] + 1:])


def _joined_home(text: str, places: Sequence[Place], p: Place, home: str) -> bool:
    """Whether a place of the fallback's country ``home`` is joined to ``p`` by ``و``
    (``في الكاميرون ونيجيريا``): the text sets the act in both."""
    return any(q.country == home and q.start >= p.end and text[p.end:q.start].strip() in ("و", "")
               and text[q.start - 1:q.start] in ("و", " ")
               for q in places_by_start(places).among(p.end, p.end + 4))


def _scene_in(text: str, places: Sequence[Place], lo: int, hi: int, anchor: int | None,
              home: str) -> Place | bool | None:
    """The finest place abroad ``[lo, hi)`` sets its act in (nearest ``anchor`` among the
    finest); ``False`` where it locates nothing, ``None`` where it is unsure (a place at
    ``home`` too, or two countries abroad). With a trigger (``anchor``), only a place after
    it or fronted at ``lo`` counts (a place before the verb is the speaker's or the topic's)."""
    located = [p for p in places_by_start(places).among(lo, hi + 1)
               if lo <= p.start and p.end <= hi and p.country and _located(text, p)
               and (anchor is None or p.start >= anchor or _fronted(text, lo, p))
               and not _other_act_between(text, anchor, p)
               and not reference_point(text, places, p)]  # (شمال بغداد, المقابلة لمدينة X: only locates)
    if not located:
        return False
    if any(p.country == home or _joined_home(text, places, p, home) for p in located):
        return None  # (the text names a place at home too: not sure which is the scene)
    abroad = [p for p in located if not _not_scene(text, p)]
    if len({p.country for p in abroad}) != 1:
        return None
    at = hi if anchor is None else anchor
    return min(abroad, key=lambda p: (place_level(p), abs(p.start - at)))


def abroad_scene(text: str, places: Sequence[Place], spans: Sequence[tuple[int, int]], anchor: int,
                 fallback: Location | None) -> Place | None:
    """The place abroad that an event's text sets it in, where the event has only the
    article's ``fallback`` place: the first of ``spans`` (its clause, then its part of the
    sentence; its trigger at ``anchor``) that locates anything decides: the finest place of
    the one country, other than the fallback's, it locates something in; ``None`` where it
    locates something in the fallback's country too, or in two countries abroad."""
    if fallback is None or not fallback.country or any(
            cue_set("cumulative").any_in(words_of(text, lo, hi)) for lo, hi in spans):
        return None  # (a sum over days or places, ``حتى الآن``, ``منذ``: no one act's scene)
    for lo, hi in spans:
        got = _scene_in(text, places, lo, hi, anchor, fallback.country)
        if got is not False:
            return got if isinstance(got, Place) else None
    return None


def placed_abroad(merged: Sequence[Candidate]) -> list[Candidate]:
    """The merged events, each one whose own clause set it abroad (``Candidate.abroad``) and
    that is still at the article's fallback place it was left with (no sentence merged into it
    had a place of its own), moved there; nothing else of an event changes."""
    return [replace(c, location=c.abroad[1], location_fallback=False)
            if c.abroad is not None and c.location_fallback and c.location == c.abroad[0] else c
            for c in merged]
