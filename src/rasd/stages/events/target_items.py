"""A distributive list of targets struck from afar, each with its own place.

An air strike or a shelling told once may name several targets, each with an in-place phrase
of its own: ``غارات على مخزن في محافظة ذمار، وثكنة في مديرية أرحب بمحافظة صنعاء، وفي مواقع من
محافظة الجوف``. ACLED codes one event per place. :func:`target_items` reads such a list after the
trigger: items are cut where ``،`` or a word led by ``و`` opens a new in-place phrase (``في``,
a ``ب`` before the place or its place noun, or ``و`` + a place noun), each item's places are a
chain (a town, then the province that locates it: ``مديرية أرحب بمحافظة صنعاء``), and the
item's place is the chain's most specific one (the province where that is all it names).

It is silent (no list) where the list is not such a reading: fewer than two items, a gap
between items longer than a short object phrase, a word that opens another clause or tells a
route, a border or a destination (``list_breaks`` of ``cues.json``: ``الطريق الرابط بين X
وY``), where the place the event was given is no item of it, or where the sentence names a
listed place again after the list (a summary whose incidents it then tells one by one). An item
whose place is a whole country, or is in another country than the event's place, gives no
event."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.document import Place
from rasd.stages.events.lexicon import Word, cue_set, words_of
from rasd.stages.events.lookup import ordered_places
from rasd.stages.events.where import place_level

__all__ = ["target_items", "with_target_items"]

#: The most words (punctuation aside) an item's opening may hold before its place: ``،
#: وثكنة في`` (2), ``وفي مواقع متفرقة من محافظة`` (5).
_ITEM_GAP = 7
#: How many words before the first item's place may hold its in-place phrase (the trigger's
#: object between: ``على مخزن للسلاح تابع للجماعة في``).
_OBJECT_GAP = 10
#: Marks that end the list.
_ENDS = frozenset(".\n:؛;")
_COUNTRY = 4


def _breaks(words: Sequence[Word]) -> bool:
    """A word that ends the list: another clause, a route, a border, a destination."""
    return cue_set("list_breaks").any_in(words, 0, len(words))


def _in_place_opening(text: str, words: Sequence[Word], p: Place) -> bool:
    """The words before ``p`` (after its separator) hold an in-place phrase: ``في`` / ``وفي``
    (the target's words may follow it: ``وفي مواقع متفرقة من محافظة``), a place noun led by
    ``ب`` (``بمحافظة``), a ``ب`` on the name itself (``بصنعاء``), or ``و`` + a place noun
    (``ومديرية``)."""
    if text[max(0, p.start - 1):p.start] == "ب" and (p.start < 2 or text[p.start - 2] in " و«\"("):
        return True
    nouns = cue_set("place_nouns")
    k = len(words)
    while k > 0 and (words[k - 1].punct or nouns.any_in(words, k - 1, k)):
        k -= 1
    if any(w.key in ("في", "وفي") for w in words[:k]):
        return True  # (وثكنة في, وفي مواقع متفرقة من محافظة)
    # the place noun itself carries the locative or the و (بمحافظة, ومديرية, وبمديرية)
    return any(not w.punct and _led_noun(w) for w in words[k:])


def _led_noun(w: Word) -> bool:
    """A place noun with ``ب``, ``و`` or ``وب`` before it (``بمحافظة``, ``ومديرية``; not
    ``بلدة``, whose ``ب`` is its own)."""
    nouns = cue_set("place_nouns")
    return any(w.key.startswith(lead) and nouns.any_in([w._replace(key=w.key[len(lead):], stems=(w.key[len(lead):],))], 0, 1)
               for lead in ("وب", "ب", "و"))


def _chains(text: str, places: Sequence[Place], lo: int, hi: int) -> list[list[Place]] | None:
    """The items after the trigger (``lo``) up to ``hi``: each a chain of places; None when
    the span is not a distributive list."""
    ordered, _ = ordered_places(places)
    inside = [p for p in ordered if lo <= p.start and p.end <= hi]
    if not inside:
        return None
    opening = words_of(text, lo, inside[0].start)
    if any(ch in _ENDS for ch in text[lo:inside[0].start]) or _breaks(opening) \
            or not _in_place_opening(text, [w for w in opening if not w.punct][-_OBJECT_GAP:], inside[0]):
        return None
    chains = [[inside[0]]]
    for p in inside[1:]:
        if p.start < chains[-1][-1].end:
            continue  # (a reading inside another)
        gap_text = text[chains[-1][-1].end:p.start]
        words = [w for w in words_of(text, chains[-1][-1].end, p.start) if not w.punct]
        if any(ch in _ENDS for ch in gap_text) or _breaks(words):
            break
        separated = "،" in gap_text or "," in gap_text or any(w.key.startswith("و") for w in words)
        if not separated:
            chains[-1].append(p)  # (أرحب بمحافظة صنعاء, مدينة زبيد التابعة للحديدة)
            continue
        if len(words) > _ITEM_GAP or not _in_place_opening(text, words_of(text, chains[-1][-1].end, p.start), p):
            break
        chains.append([p])
    return chains


def _told_again(places: Sequence[Place], chains: Sequence[Sequence[Place]], hi: int) -> bool:
    """The sentence names a listed place again after the list (``غارات طالت سوقا في مدينة حلب
    ومزرعة في ريف إدلب، إذ أصاب صاروخ ... مدينة حلب``): the list sums up incidents it then tells
    one by one, each of which gives its own event."""
    end = chains[-1][-1].end
    names = {p.name for chain in chains for p in chain}
    return any(end <= q.start and q.end <= hi and q.name in names for q in places)


def _area_of_an_item(p: Place, others: Sequence[Place]) -> bool:
    """``p`` is a province another listed place lies in (``في بلدتي الوهط وصبر بمحافظة لحج``:
    the province locates a town whose name was not read): no item of its own."""
    return place_level(p) >= 3 and bool(p.admin1) and any(
        q is not p and q.admin1 == p.admin1 and place_level(q) < place_level(p) for q in others)


def _item_place(chain: Sequence[Place]) -> Place | None:
    """The chain's most specific place that is no whole country (the first of its level)."""
    kept = [p for p in chain if place_level(p) < _COUNTRY]
    return min(kept, key=place_level) if kept else None


def target_items(text: str, places: Sequence[Place], first: Place, lo: int, hi: int) -> list[Place]:
    """One place per item of a distributive list of targets read in ``[lo, hi)`` (``lo``: the
    trigger's end), in text order; [] where there is no such list of two items or more, or
    ``first`` (the event's place) is no item's place."""
    chains = _chains(text, places, lo, hi)
    if not chains or len(chains) < 2 or _told_again(places, chains, hi):
        return []
    items: list[Place] = []
    for chain in chains:
        p = _item_place(chain)
        if p is not None and p.country == first.country and all(q.name != p.name for q in items):
            items.append(p)
    items = [p for p in items if not _area_of_an_item(p, items)]
    if len(items) < 2 or not any(p is first or (p.name == first.name and p.start == first.start) for p in items):
        return []
    return items


def with_target_items(text: str, places: Sequence[Place], first: Place | None, listed: Sequence[Place],
                      lo: int, hi: int) -> list[Place]:
    """``listed`` (the places :func:`rasd.stages.events.where.place_list` joined with ``first``)
    with the items of a distributive list of targets that it lacks, in text order; ``listed``
    itself where there is no such list (or no place)."""
    items = target_items(text, places, first, lo, hi) if first is not None else []
    if not items:
        return list(listed)
    out = list(listed)
    for p in items:
        if all(q.name != p.name for q in out) and not _area_of_an_item(p, out):
            out.append(p)
    return sorted(out, key=lambda p: p.start)
