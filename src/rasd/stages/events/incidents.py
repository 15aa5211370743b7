"""Which incident of a sentence a toll belongs to, where one sentence tells several.

A sentence cut at ``فيما`` / ``بينما`` / ``كما`` (cue list ``incident_breaks``) may tell two
incidents: two places (``قتل 13 في مروة، فيما لقي 37 مصرعهم في غومبي``) or two kinds of act
at one place (``سيطرت القوات على المدينة، فيما قتل 57 مدنيا في قصف``). Then only the
trigger's own part gives an event its toll. Where the parts tell one incident (the two
sides' dead of one clash, a takeover and the fighters killed taking it) the whole sentence
counts. Used by :mod:`rasd.stages.events.stage`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rasd.document import Document, Place
from rasd.stages.events.detect import any_trigger, detect_sentence
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.lookup import places_by_start
from rasd.stages.events.marks import COMMAS
from rasd.stages.events.merge_places import km_apart
from rasd.stages.events.placenames import dual_place_nouns
from rasd.stages.events.tolls import fatalities_of_words, incident_range

__all__ = ["CASUALTY_FAMILIES", "clause_openings", "dual_partner", "incident_focus", "tolled_apart"]

#: Trigger families a casualty word alone gives (``قتل``, ``أصيب``): they type no act of
#: their own.
CASUALTY_FAMILIES = frozenset({"killing", "injury"})
#: How far apart (km) two towns must lie for a clause joined by ``، و`` to tell an incident of
#: its own (the same reach as one place's in :func:`rasd.stages.events.merge_places.near`).
_CLAUSE_KM = 25.0
#: ``بين``: two places named after it bound the one place between them.
_BETWEEN = frozenset({"بين", "وبين"})


def _acts_in(doc: Document, lo: int, hi: int) -> set[str]:
    """The sub-event types the characters ``lo``..``hi`` tell an act of (not a reference,
    not a casualty word alone)."""
    return {d.sub_event_type for d in detect_sentence(doc.text, lo, hi, doc.published)
            if not d.reference and d.families - CASUALTY_FAMILIES}


def clause_openings(doc: Document, words: Sequence[Any], breaks: Sequence[int]) -> set[int]:
    """The indices of ``words`` (a sentence) where a clause joined by ``، و`` opens that tells
    an act of its own (``أحبطت المقاومة هجوما في مأرب، وشنت طائرات التحالف غارات على لحج``):
    a comma, then a word led by ``و`` that is not a place (a list's next item), a town named in
    the clause that lies in another country or farther than :data:`_CLAUSE_KM` from every town
    the sentence named before it, and a trigger of an act (not a casualty word alone, not a
    reference) before the next such opening or break (``breaks``: the cue list
    ``incident_breaks``). Quarters and villages of one town stay one clause: their acts are the
    town's. The caller cuts there only where the parts name different places."""
    places = places_by_start(doc.places)
    heads = [i for i in range(1, len(words))
             if words[i - 1].punct and words[i - 1].key in COMMAS
             and not words[i].punct and words[i].key.startswith("و") and len(words[i].key) > 2
             and not _opens_place(places.among(words[i].start, words[i].end), words[i].start)]
    if not heads:
        return set()
    bounds = sorted({*heads, *breaks, len(words)})
    out: set[int] = set()
    for i in heads:
        end = next(b for b in bounds if b > i)
        lo, hi = words[i].start, (words[end].start if end < len(words) else words[-1].end)
        before = [p for p in places.among(words[0].start, lo) if words[0].start <= p.start < lo and p.precision < 3]
        own = [p for p in places.among(lo, hi) if lo <= p.start < hi and p.precision < 3]
        if before and any(all(_elsewhere(p, q) for q in before) for p in own) and _acts_in(doc, lo, hi):
            out.add(i)
    return out


def _opens_place(found: Iterable[Place], at: int) -> bool:
    """Whether a place mention starts at the word at ``at`` or right after its ``و``
    (``مثل البيضاء، وإب، وذمار``: one more item of a list of places, not a clause)."""
    return any(at <= p.start <= at + 1 for p in found)


def _elsewhere(p: Place, q: Place) -> bool:
    """Whether two towns are apart: another country, or farther than one incident's reach."""
    return p.country != q.country or km_apart(p, q) > _CLAUSE_KM


def dual_partner(doc: Document, first: Place, lo: int, hi: int) -> Place | None:
    """The second of two places a dual place noun names (``قصفت بلدتي نبل والزهراء``,
    ``سيطرت على مديريتي النادرة والقفر``) where the gazetteer read only the first, ``first``:
    the word led by ``و`` right after it, put at ``first``'s point as the gazetteer puts a village
    it does not know at its town (ACLED codes one event per place). ``None`` where no dual noun
    stands before ``first`` (inside ``lo``..``hi``), where the next word is not led by ``و``, is
    a place read already, or opens a trigger term (``وقتل``: a clause, not a name), and where
    ``بين`` stands before the noun (``الطريق بين مدينتي X وY``: one place between them). Areas and
    quarters of one town (``منطقتي``, ``حيي``) have no dual noun in the table: one town's event."""
    words = words_of(doc.text, lo, hi)
    at = next((i for i, w in enumerate(words) if w.start <= first.start < w.end), None)
    last = next((i for i, w in enumerate(words) if w.start < first.end <= w.end), None)
    if at is None or last is None or last + 1 >= len(words):
        return None
    duals = dual_place_nouns()
    noun = next((i for i in (at, at - 1) if i >= 0 and any(k in duals for k in (words[i].key, *words[i].stems))), None)
    if noun is None or (noun > 0 and words[noun - 1].key in _BETWEEN):
        return None  # (الطريق بين مدينتي X وY: one place on the road between them)
    second = words[last + 1]
    if second.punct or not second.key.startswith("و") or len(second.key) < 4 or any_trigger([second]) \
            or any(second.start <= p.start < second.end for p in doc.places):
        return None
    return Place(second.start + 1, second.end, name=first.name, country=first.country, admin1=first.admin1,
                 lat=first.lat, lon=first.lon, precision=max(2, first.precision))


def tolled_apart(doc: Document, parts: Sequence[tuple[int, int]]) -> bool:
    """Whether two parts of a sentence each tell their own toll of their own kind of incident
    (``اشتباكات أسفرت عن مقتل عشرة، كما لقي ثلاثة مدنيين حتفهم بقذائف هاون``): two incidents, not the
    two sides' dead of one clash (those parts tell the same kind)."""
    tolled = [(lo, hi) for lo, hi in parts if fatalities_of_words(words_of(doc.text, lo, hi))[0]]
    if len(tolled) < 2:
        return False
    # (a casualty word alone, قتل سبعة من عناصر الجماعة, types nothing of its own)
    kinds = [_acts_in(doc, lo, hi) for lo, hi in tolled]
    return all(kinds) and not any(a & b for i, a in enumerate(kinds) for b in kinds[i + 1:])


def incident_focus(doc: Document, words: Sequence[Any], focus: int | None, sub_event_type: str) -> int | None:
    """The trigger's word index ``focus`` when the sentence tells another incident on the
    other side of ``فيما`` / ``بينما``: then only the trigger's part gives the toll. That is
    the case where the parts name different places (``قتل 13 في مروة، فيما لقي 37 مصرعهم في
    غومبي``), or where the trigger's part tells no death and another part tells a toll with an
    act of its own of another kind than the event's ``sub_event_type`` (``سيطرت القوات على
    المدينة، فيما قتل 57 مدنيا في قصف``: the shelling's dead, not the takeover's). ``None`` (the
    whole sentence counts) otherwise: the two sides' dead of one clash, or a takeover's
    fighters killed told with no act of their own (``فيما قتل 20 مسلحا``)."""
    if focus is None or not words:
        return None
    lo, hi = incident_range(words, focus)
    if (lo, hi) == (0, len(words)):
        return None
    places = places_by_start(doc.places)
    inside = {p.name for p in places.among(words[lo].start, words[hi - 1].end)
              if words[lo].start <= p.start < words[hi - 1].end}
    outside = {p.name for p in places.among(words[0].start, words[-1].end) if words[0].start <= p.start < words[-1].end
               and not words[lo].start <= p.start < words[hi - 1].end}
    if inside and outside and not inside & outside:
        return focus
    return focus if _toll_of_another_act(doc, words, lo, hi, sub_event_type) else None


def _toll_of_another_act(doc: Document, words: Sequence[Any], lo: int, hi: int, sub_event_type: str) -> bool:
    """Whether the trigger's part ``lo``..``hi`` (word indices) tells no death count while a
    part outside it tells one together with an act of another kind than ``sub_event_type``
    and none of that kind."""
    if fatalities_of_words(words[lo:hi])[0]:
        return False
    for a, b in ((0, lo), (hi, len(words))):
        if b > a and fatalities_of_words(words[a:b])[0]:
            kinds = _acts_in(doc, words[a].start, words[b - 1].end)
            if kinds and sub_event_type not in kinds:
                return True
    return False
