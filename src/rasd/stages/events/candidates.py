"""One detection read into candidate events (the ``events`` stage's arguments of an incident).

Each argument comes from the incident's own clause (see :mod:`rasd.stages.events.stage`):
its **location** (a place of the clause, else of the sentence, nearest to the trigger), its
**date** (the nearest time expression of the clause, else of the sentence, else the day told
before, the news day or the publication date), its **actors**
(:func:`rasd.stages.events.actors.pick_actors`) and its **fatalities**
(:func:`rasd.stages.events.tolls.fatalities_in`); a list of places struck gives one
candidate per place, a shared toll split evenly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from typing import Any

from rasd.document import Document, Location, Place, Sentence
from rasd.stages.events.actors import country_name, name_at, pick_actors
from rasd.stages.events.acts import territory_subtype
from rasd.stages.events.announced import announced_days
from rasd.stages.events.dates import pick_time, report_days, report_times
from rasd.stages.events.detect import (
    ASSAULT_TYPES,
    Detection,
    claims_responsibility,
    find_hits,
    statement_clause,
)
from rasd.stages.events.doers import STATE_ONLY_SUBTYPES, abroad
from rasd.stages.events.eventness import irrealis
from rasd.stages.events.force_anaphora import Antecedent
from rasd.stages.events.incidents import CASUALTY_FAMILIES, dual_partner, incident_focus
from rasd.stages.events.lexicon import clauses_of, cue_set, words_of
from rasd.stages.events.lookup import antecedent_before
from rasd.stages.events.merge import VIOLENT_TYPES, Candidate
from rasd.stages.events.numbers import tables
from rasd.stages.events.placenames import settlement_of_its_own
from rasd.stages.events.protest_sites import marched_in_list
from rasd.stages.events.sides import air_sides, bomb_sides
from rasd.stages.events.target_items import with_target_items
from rasd.stages.events.tense import clause_pluperfect
from rasd.stages.events.tolls import fatalities_in, vague_ceiling
from rasd.stages.events.voice import harm_positions
from rasd.stages.events.weeks import week_time
from rasd.stages.events.where import fronted_place, location_of, pick_place, place_level, place_list
from rasd.text import load_data, normalize_key

__all__ = ["detection_candidates"]

#: Event types that ACLED codes with 0 fatalities where no death is reported.
_NONLETHAL_TYPES = frozenset({"Protests", "Riots", "Strategic developments"})
_NONLETHAL_SUBTYPES = frozenset({"Abduction/forced disappearance"})
#: Ground taken by the state's forces, and by anyone else (ACLED's two takeover sub-events),
#: the names a state's forces begin with, and the sub-event of a fight told for a place.
_TAKEN_BY_STATE = "Government regains territory"
_TAKEN_BY_OTHERS = "Non-state actor overtakes territory"
_STATE_FORCES = ("Military Forces", "Police Forces")
_FIGHT = "Armed clash"
#: Event types whose unnamed doer ACLED codes as "Unidentified Armed Group (<country>)"
#: (except where only a state's forces can be the doer: ``STATE_ONLY_SUBTYPES``).
_UNNAMED_DOER_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})
#: Strikes from afar, whose list of targets may mix towns and provinces.
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: From this :func:`place_level` on (a province, a country), a place yields to a finer one of another clause.
_COARSE = 3
#: The definite generic words that refer back to an attack already told.
_THE_ATTACK = frozenset({"الهجوم", "والهجوم", "الاعتداء", "والاعتداء", "الهجمه", "العمليه"})


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


def _told_time(doc: Document, det: Detection, words: Sequence[Any], open_clauses: Sequence[tuple[int, int]],
               skip: set[int]) -> tuple[tuple[str, int] | None, bool]:
    """The day (and its precision) the sentence tells for the event of ``det``, leaving out the
    times of ``skip``: its own clause's, else the nearest open clause's, else the week it tells
    (``الأسبوع الماضي``); and whether the trigger's own clause told it."""
    anchor = det.trigger_start
    when = pick_time(doc.times, det.clause_start, det.clause_end, anchor, doc.published, skip)
    clause_day = when is not None  # the day the trigger's own clause names
    for lo, hi in sorted(open_clauses, key=lambda c: abs(words[c[0]].start - anchor)):
        if when is not None:
            break
        when = pick_time(doc.times, words[lo].start, words[hi - 1].end, anchor, doc.published, skip)
    if when is None:  # no day told: the week it tells (الأسبوع الماضي), if any
        when = week_time(doc.text, doc.times, [(det.clause_start, det.clause_end)] + [
            (words[lo].start, words[hi - 1].end) for lo, hi in open_clauses], anchor, doc.published, skip)
    return when, clause_day


def detection_candidates(doc: Document, sent: Sentence, det: Detection, main_cc: str | None,
               fallback: Location | None, antecedents: Sequence[tuple[int, str]],
               carried: tuple[str, int] | None = None, default_day: str | None = None,
               prior: Sequence[Antecedent] = ()) -> list[Candidate]:
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
    # a day that dates only an announcement (أعلنت يوم الثلاثاء أسماء ضحايا الهجوم) does not date
    # the event, unless the day it would get without it is later (nothing is announced before it happens)
    announced, latest = announced_days(words, doc.times, anchor, doc.published)
    when, clause_day = _told_time(doc, det, words, open_clauses, skip | announced)
    without = when[0] if when else carried[0] if carried else default_day or (
        doc.published.isoformat() if doc.published else None)
    if latest is not None and (without is None or without[:10] > latest):
        when, clause_day = _told_time(doc, det, words, open_clauses, skip)
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
        trigger_pos=next((i for i, w in enumerate(actor_words) if w.start >= anchor), None), claim=claim,
        prior=prior)
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
    if sub == _TAKEN_BY_STATE and actor1 and not actor1.startswith(_STATE_FORCES):
        sub = _TAKEN_BY_OTHERS
    # (ACLED: the state's affiliates regain ground too: the Popular Resistance in Yemen; put
    # on the event once merged, so that merging and doers read the sub-type as before)
    retyped = territory_subtype(sub, actor1, country)
    # a takeover told only as the aim of the fight its sentence tells: the fight (Armed clash),
    # unless another sentence merged into it tells control passed (merge; ``aimed`` keeps the
    # takeover reading for that)
    aimed = retyped if det.aimed else None
    if aimed is not None:
        retyped = _FIGHT
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
                     settlement=place is not None and settlement_of_its_own(text, place.start, place.end),
                     aimed=aimed)
    # towns and provinces list together only as targets struck from afar (غارات على ... في ذمار وعمران وحجة;
    # each with its place: في ذمار، وثكنة في أرحب), told after the trigger (not where a warning about mines
    # was sent, nor the areas mines were left in); a list of provinces for battles is a summary of the fronts
    mixed = det.sub_event_type in _FROM_AFAR and place is not None and det.trigger_start <= place.start
    # (a demonstration's towns and provinces: مسيرات في الكوت وميسان والسماوة, one event each)
    marched = marched_in_list(text, det.event_type, det.trigger_start, place)
    listed = place_list(text, doc.places, place, sent.start, sent.end, anchor, mixed, marched) \
        if place is not None and place is not fronted and not det.reference else []
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
                    shared_toll=fat or None,
                    settlement=settlement_of_its_own(text, p.start, p.end),
                    actor1=abroad(cand.actor1, home, p.country), actor2=abroad(cand.actor2, home, p.country))
            for p, n in zip(listed, shares, strict=True)]
