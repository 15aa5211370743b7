"""Chains of places that name one site: a place, then the places that locate it.

Arabic names a site from the finest place out: ``في قرية X التابعة لمديرية Y بمحافظة Z``,
``مدينة X عاصمة محافظة Y``, ``بلدة الوادي بمديرية حيس جنوب الحديدة``, ``مدينة الحلة، على بعد 100
كيلومتر جنوب العاصمة``. The places after the first only say where the first lies: the
event happened at the first. A chain's places follow one another with nothing between them
but locator words (``في``, ``ب``, place nouns, directions, cue list ``locator_words``: ``عاصمة``,
``التابعة ل``, ``على بعد ... كم``) and punctuation; ``و`` starts a list of places, not a chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.document import Place
from rasd.stages.events.lexicon import Word, cue_set, words_of
from rasd.stages.events.lookup import places_by_end, places_by_start

__all__ = ["chain_from", "chain_site", "located_by"]

#: How many characters may stand between two places of a chain.
_MAX_GAP = 45
#: Punctuation that may stand between two places of a chain (not a full stop nor a colon:
#: the next sentence or a quote).
_GLUE = frozenset("،,«»\"'()-–")
#: Words that locate nothing alone (``من X``, ``على X``: where people come from, a road
#: to): a gap of only these is no chain.
_WEAK = frozenset({"من", "على"})
#: The cue lists whose words may stand between a place and the place that locates it.
_LOCATORS = ("place_nouns", "directions", "locator_words")
#: The widest place level that is a site
#: of its own: a province or a country at the head of a chain gives way to a finer member.
_FINE_LEVEL = 2


def _nisba(key: str) -> bool:
    """A definite relative adjective (``الشرقي``, ``الجنوبية``) that may follow a place."""
    return key.startswith("ال") and key.endswith(("يه", "ي")) and len(key) > 4


def _whole_cue(w: Word) -> bool:
    """Whether the word, read whole (no proclitic taken off), is a locator word (``ولاية``,
    ``وسط``, not ``ومدينة``)."""
    whole = [w._replace(stems=(w.key,))]
    return any(cue_set(name).any_in(whole) for name in _LOCATORS)


def located_by(text: str, a: Place, b: Place) -> bool:
    """Whether ``b`` (after ``a``) only says where ``a`` lies: same country, and nothing
    but locator words and punctuation between them (at least one word that locates)."""
    if b.start < a.end or b.start - a.end > _MAX_GAP or (a.country and b.country and a.country != b.country):
        return False
    gap = text[a.end:b.start]
    if any(ch in gap for ch in ".\n:;؛!?؟"):
        return False
    words = words_of(text, a.end, b.start)
    covered: set[int] = set()
    for name in _LOCATORS:
        for m in cue_set(name).find(words):
            covered.update(range(m.first, m.last + 1))
    locating = False
    for i, w in enumerate(words):
        if w.punct:
            if w.key not in _GLUE:
                return False
            continue
        if w.key == "و" or (w.key.startswith("و") and not _whole_cue(w)):
            return False  # (X وY, X ومدينة Y): a list of places, not a chain
        if w.key.isdigit():
            continue
        if not (i in covered or _nisba(w.key)):
            return False
        locating = locating or (i in covered and w.key not in _WEAK)
    return locating


def _before(text: str, places: Sequence[Place], p: Place) -> Place | None:
    """The place right before ``p`` that ``p`` locates, if any."""
    found = [q for q in places_by_end(places).among(p.start - _MAX_GAP, p.start + 1)
             if q is not p and q.end <= p.start and located_by(text, q, p)]
    return max(found, key=lambda q: (q.end, -q.start)) if found else None


def _after(text: str, places: Sequence[Place], p: Place) -> Place | None:
    """The place right after ``p`` that locates it, if any."""
    found = [q for q in places_by_start(places).among(p.end, p.end + _MAX_GAP + 1)
             if q is not p and q.start >= p.end and located_by(text, p, q)]
    return min(found, key=lambda q: (q.start, -q.end)) if found else None


def _listed_after(text: str, places: Sequence[Place], p: Place) -> bool:
    """Whether ``p`` is a later item of a list of places (``X وY``, ``X ومدينة Y``)."""
    for q in places_by_end(places).among(p.start - _MAX_GAP, p.start + 1):
        if q is p or q.end > p.start:
            continue
        words = words_of(text, q.end, p.start)
        if words and len(words) <= 2 and words[0].key.startswith("و") and not any(w.punct for w in words) \
                and not _whole_cue(words[0]):
            return True
    return False


def chain_from(text: str, places: Sequence[Place], p: Place) -> list[Place]:
    """``p`` and the places after it that locate it, in text order."""
    out = [p]
    while (q := _after(text, places, out[-1])) is not None and len(out) < 8:
        out.append(q)
    return out


def chain_site(text: str, places: Sequence[Place], p: Place, level: Callable[[Place], int], lo: int = 0) -> Place:
    """The site of the chain ``p`` belongs to: its first place (from ``lo`` on), or, where
    that is a province or a country (``level``: 1 a town ... 4 a country), the chain's first
    finer place."""
    chain = [p]
    while (q := _before(text, places, chain[0])) is not None and q.start >= lo and len(chain) < 8:
        chain.insert(0, q)
    chain.extend(chain_from(text, places, p)[1:])
    head = chain[0]
    if head is not p and _listed_after(text, places, head):
        # (حملة دهم في منطقتي باب التبانة وجبل محسن في طرابلس): the chain locates a list of
        # parts of one place, which stays the place named
        return p
    if level(head) > _FINE_LEVEL:
        return next((q for q in chain if level(q) <= _FINE_LEVEL), head)
    return head
