"""A sentence cut into the incidents it tells (the ``events`` stage's **cutting**).

A round-up sentence is read part by part where its parts (cut at ``كما``, ``بينما``,
``فيما`` ...) each name a place the others do not (as the text spells it: two villages the
gazetteer puts at one town are two; ``بريف حلب``, ``شمال حلب`` only locate a place); a part
is cut again where a lapse starts (``بعد يومين على تفجير انتحاري``). Used by
:mod:`rasd.stages.events.stage`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from rasd.document import Document, Sentence
from rasd.stages.events.dates import lapses
from rasd.stages.events.detect import any_trigger
from rasd.stages.events.incidents import clause_openings, tolled_apart
from rasd.stages.events.lexicon import cue_set, words_of
from rasd.stages.events.lookup import places_by_start
from rasd.stages.events.numbers import tables
from rasd.stages.events.where import distinct_places

__all__ = ["incident_parts", "lapse_parts"]


def lapse_parts(doc: Document, sent: Sentence, main_cc: str | None) -> list[tuple[int, int, int | None, bool, bool]]:
    """The sentence's incident parts (:func:`incident_parts`), each cut again where a lapse
    starts (``بعد يومين على تفجير انتحاري``, :func:`rasd.stages.events.dates.lapses`):
    ``(start, end, lapse_days, recalled, continued)``; a recalled part tells an earlier incident,
    ``lapse_days`` before the main clause's event (``None``: unknown, and then the part
    gives no event unless it names its own day); a continued part is a clause joined by
    ``، و`` that goes on telling the day the sentence named before it."""
    out: list[tuple[int, int, int | None, bool, bool]] = []
    parts, joined = incident_parts(doc, sent, main_cc)
    for lo, hi in parts:
        words = words_of(doc.text, lo, hi)
        cut = next((lp for lp in lapses(words) if lp.first > 0), None)
        continued = joined and lo > sent.start
        if cut is None:
            out.append((lo, hi, None, False, continued))
            continue
        at = words[cut.first].start
        out.extend([(lo, at, None, False, continued), (at, hi, cut.days, True, False)])
    return out


def incident_parts(doc: Document, sent: Sentence, main_cc: str | None) -> tuple[list[tuple[int, int]], bool]:
    """The sentence cut at ``فيما``, ``بينما``, ``كما`` ... (cue list ``incident_breaks``)
    where its parts name different places: incidents told one after another in one sentence
    (``قتل 9 في الموصل فيما لقي 14 مصرعهم في بغداد``, a round-up ``... كما قصفت قوات النظام
    بلدة الطيبة، بينما اختطف مجهولون عنصرا في قدسيا``), and at ``، و`` where the clause it opens
    tells an act at a town of its own (:func:`rasd.stages.events.incidents.clause_openings`,
    only in a sentence with no break cue; then the parts are ``joined``, the flag returned with
    them); else the whole sentence."""
    words = words_of(doc.text, sent.start, sent.end)
    whole = ([(sent.start, sent.end)], False)
    if len(words) < 6:
        return whole
    breaks = sorted({m.first for m in cue_set("incident_breaks").find(words)} - {0})
    cuts = breaks or sorted(clause_openings(doc, words, breaks))
    if not cuts:
        return whole
    bounds = [0, *cuts, len(words)]
    parts = [(words[a].start if a > 0 else sent.start, words[b].start if b < len(words) else sent.end)
             for a, b in pairwise(bounds) if b > a]
    # the places an event could take (a word the geocoder read abroad, سلميا, does not
    # count, nor the area or reference point a place is located by): the parts are told
    # apart where each names a place no other part names
    names = [distinct_places(doc.text, doc.places, lo, hi, main_cc) for lo, hi in parts]
    placed = [n for n in names if n]
    if len(placed) < 2 or not all(any(not _named_in(k, other) for k in n)
                                  for n in placed for other in [[k for m in placed if m is not n for k in m]]):
        # (two tolls need two death words: most sentences are left at once)
        if not (len(tables().death.find(words)) > 1 and tolled_apart(doc, parts)):
            return whole
    joined = _items_joined(doc, parts)
    return (joined, not breaks) if len(joined) > 1 else whole


#: How many words may open a part before its first place for the part to be one more item
#: of a list of places (``، وفي مدينة الحوطة``) rather than a clause of its own.
_ITEM_WORDS = 2


def _items_joined(doc: Document, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts, each part that is only one more place of the list before it (``غارات على
    قاعدة العند، وفي الحوطة، فضلا عن تعز``: no trigger term, a place right after the break)
    joined to the part before it: the incident told before goes on there."""
    out = [parts[0]]
    places = places_by_start(doc.places)
    for lo, hi in parts[1:]:
        words = words_of(doc.text, lo, hi)
        first = next((p for p in places.among(lo, hi) if lo <= p.start < hi), None)
        if first is not None and not any_trigger(words) and \
                len([w for w in words_of(doc.text, lo, first.start) if not w.punct]) <= _ITEM_WORDS:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _named_in(key: str, keys: Sequence[str]) -> bool:
    """Whether the place spelled ``key`` is among ``keys`` (or a name that holds it, or one it
    holds: ``الفلوجه`` and ``وسط الفلوجه``)."""
    return any(key in k or k in key for k in keys)
