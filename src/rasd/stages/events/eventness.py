"""Event-ness: whether a sentence, read in its article, reports a specific recent incident.

Detection (:mod:`rasd.stages.events.detect`) decides *which* kind of event a sentence would be; this module
decides *whether* it reports one at all, from evidence that does not depend on the type:

* **the article**: how much of it is sport, economy, court, accident, opinion, history, military exercise or culture (film, books)
  vocabulary against conflict vocabulary (title words count three times), how many of its
  sentences are anchored in the days before publication (a news report is; a column, an
  anniversary feature or a list of old disasters is not), and its headline (one that counts
  over a period, recalls an anniversary, is about a trial or an accident, or exclaims); an
  article with no word of conflict, arrest or protest at all is *quiet* (a museum, an
  obituary, a diplomat's remarks), and one that attributes nothing to anyone (no قال, no
  بحسب) while long or asking is a column; a sentence that opens an item of its own
  (``إلى ذلك``, ``أمنيا``) and tells an act of violence or a demonstration is read without
  the article's genre and headline (a court report's security item is news);
* **the sentence**: a recency anchor (``أمس``, a weekday, a time expression resolved to the
  last few days) against an old date (a time expression weeks or years before
  publication), a period or running toll (``خلال عشرة أشهر``, ``منذ ذلك الحين``, a toll in
  the hundreds), an anniversary or background phrase, modality and intent (``مسألة وقت``,
  ``تحسبا``, ``إذا``), generic talk (``مثل``, ``شعار``), court and accident vocabulary,
  first-person voice, a direct quote, a visit, condolence or condemnation that names the act
  as its object (``زار المصابين جراء التفجير``); a footer or caption that repeats the headline
  makes no event. Beside a period, an anniversary or an old date, a recency anchor counts for little: it dates the report, not the incident;
* **the genre model** (:mod:`rasd.stages.events.genre`): in a piece it is sure reports nothing
  (a column, an analysis, an interview, a statement) :func:`weigh_candidates` keeps only the confident events and those told in an item of their own;
* **the type**: a transfer of territory or a change to a group read weakly is mostly talk (:mod:`.talk_types`);
* **the report-ness model** (:mod:`rasd.stages.events.reportness`): an event none of whose sentences reports
  an incident, it is sure, is dropped (if confident, only when very sure); weak violence in no town, in a piece
  that is no report, is talk (:mod:`.placeless`), as is a weak battle named only as a setting (:mod:`.battle_setting`)
  and a weak act whose own nouns give it a sense that is no conflict (:mod:`.word_sense`) or that is only
  told inside a background frame in a piece about something else (:mod:`.background_frame`).

Each cue adds its log-odds from ``rasd/data/events/eventness.json``; the sum is the event-ness probability. :func:`drop_non_events` drops, before merging, the sentence-level
candidates below the threshold (and a sentence that only refers back to one just dropped,
``جراء هذه الغارات``); :func:`weigh_candidates` gives each merged event a ``score`` meant as
the chance that it is right (:func:`confidence_of`: event-ness, detection strength, place and date read, type)."""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rasd.document import Document
from rasd.stages.events.acts import dawn_noun
from rasd.stages.events.background_frame import told_as_background
from rasd.stages.events.battle_setting import told_as_setting
from rasd.stages.events.court_site import court_site, court_told
from rasd.stages.events.eventness_tables import EventnessTables, eventness_tables, opens_item_at
from rasd.stages.events.genre import GENRE_NO_REPORT, reports_nothing
from rasd.stages.events.lexicon import TermMatch, TermSet, Word, cue_set, words_of
from rasd.stages.events.lookup import direct_quotes, times_by_start
from rasd.stages.events.merge import Candidate
from rasd.stages.events.reportless import weak_talk
from rasd.stages.events.reportness import unreported
from rasd.stages.events.since import spans_since
from rasd.stages.events.statement import statement_only, statement_terms, told_in_statement
from rasd.stages.events.talk_governor import governed_by_talk
from rasd.stages.events.talk_types import told_as_talk
from rasd.stages.events.tense import before_first_act, pluperfect, recalled
from rasd.stages.events.word_sense import told_in_other_sense
from rasd.text import normalize_key

__all__ = ["ArticleProfile", "article_profile", "sentence_cues", "eventness", "confidence_of", "drop_non_events",
           "weigh_candidates", "irrealis", "opens_item", "GENRES", "GENRE_NO_REPORT", "GENRE_KEEP"]

GENRES = ("sport", "economy", "court", "accident", "opinion", "history", "exercise", "culture")
_TITLE_WEIGHT = 3
#: The event types whose triggers are the least ambiguous (see ``violent_type``).
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
#: Sentence cue lists that, found in the headline, frame the whole article.
_TITLE_CUES = ("period", "anniversary", "court", "accident")
#: Cue lists of the detector (cues.json) whose words in a headline make it a statement's.
_STATEMENT_LISTS = ("threat", "denial", "forecast", "call")

#: Question and exclamation marks: a piece that asks or exclaims argues.
_ASKS = frozenset("؟?!")


def _death_terms() -> TermSet:
    from rasd.stages.events.numbers import tables

    return tables().death


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _logit(p: float) -> float:
    p = min(0.999, max(0.001, p))
    return math.log(p / (1.0 - p))


# --------------------------------------------------------------------------- article
@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """What kind of piece an article is, as event-ness evidence."""

    genres: dict[str, float]  # strength 0..1 of each non-news genre
    recent_share: float  # share of sentences anchored in the days before publication
    title_conflict: bool  # the headline itself uses conflict vocabulary
    logit: float  # the article's contribution to every sentence's log-odds
    # the article's words (one token list, so that every cue list compiles it once), their
    # start offsets, and the cues found per sentence span
    words: list[Word] = field(default_factory=list, compare=False, repr=False)
    starts: list[int] = field(default_factory=list, compare=False, repr=False)
    cues: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict, compare=False, repr=False)
    # no conflict vocabulary anywhere in the article, headline included: a piece about
    # something else (a museum, a diplomat's remarks, an obituary), whatever one word reads as
    quiet: bool = False
    # the part of ``logit`` the article's genres and headline give: the frame a sentence that
    # opens an item of its own (``إلى ذلك``, ``أمنيا``) is not read in
    frame: float = 0.0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The word range ``[lo, hi)`` of the characters ``[start, end)``."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end)


def _day_of(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a time value covers (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``)."""
    if not value:
        return None
    try:
        if len(value) == 10:
            d = dt.date.fromisoformat(value)
            return d, d
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first, nxt - dt.timedelta(days=1)
        if len(value) == 4:
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None
    return None


def _month_part(text: str, span: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """``span`` (a whole month) narrowed to the part of it that ``text`` names, if any: from
    the part's first day to its middle (a vague "early this month" is about its 5th, and
    counts as old from about three weeks on, as an exact day two weeks old does)."""
    first, last = span
    if first.day != 1 or (last - first).days < 27:
        return span
    keys = {normalize_key(w) for w in text.split()}
    keys |= {k[1:] for k in keys if k[:1] in "وفب"}
    for words, lo, hi in eventness_tables().month_parts:
        if keys & words:
            return first.replace(day=lo), min(last, first + dt.timedelta(days=(lo + hi) // 2 - 1))
    return span


def _time_cues(doc: Document, start: int, end: int) -> tuple[bool, bool]:
    """``(recent, old)``: whether a time expression inside ``[start, end)`` falls within the
    last few days before publication, and whether one lies weeks or more before it."""
    if doc.published is None:
        return False, False
    t = eventness_tables()
    recent = old = False
    for x in times_by_start(doc.times).among(start, end + 1):
        if x.start < start or x.end > end:
            continue
        span = _day_of(x.value)
        if span is None:
            continue
        first, last = _month_part(doc.text[x.start:x.end], span)
        age = (doc.published - last).days
        if age > t.old_days:
            old = True
        elif (doc.published - first).days <= t.recent_days and age >= -1:
            recent = True
    return recent, old


def _masked(t: EventnessTables, found: list[TermMatch], words: Sequence[Word], lo: int, hi: int) -> list[TermMatch]:
    """The accident-word matches of ``found`` (in ``words[lo:hi]``) that no ``not_accident``
    phrase covers: ``حوادث أمنية`` (security incidents) is violence, not a crash."""
    if not found:
        return found
    masks = t.not_accident.find(words, lo, hi)
    return [m for m in found if not any(k.first <= m.first and m.last <= k.last for k in masks)]


def _accident_in(t: EventnessTables, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> bool:
    """Whether an accident word not named as violence stands in ``words[lo:hi]``: one of the
    accident list, or a fire's word (``mishap``) where nothing names an attack."""
    hi = len(words) if hi is None else hi
    if _masked(t, t.sentence["accident"].find(words, lo, hi), words, lo, hi):
        return True
    return t.mishap.any_in(words, lo, hi) and not _attacked(t, words, lo, hi)


def _attacked(t: EventnessTables, words: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` name an attack, an attacker or a weapon (``assailant``): the
    harm beside an accident word is then done by someone."""
    return t.assailant.any_in(words, lo, hi)


def article_profile(doc: Document, words: list[Word] | None = None) -> ArticleProfile:
    """The genre and anchoring of ``doc`` (see the module docstring); ``words``: its
    ``words_of(doc.text)`` when the caller has them already."""
    t = eventness_tables()
    body = words if words is not None else words_of(doc.text)
    title = words_of(doc.title) if doc.title else []
    hits: Counter[str] = Counter()
    for words, weight in ((body, 1), (title, _TITLE_WEIGHT)):
        found = t.genre_terms.find(words) if words else []
        kept = {id(m) for m in _masked(t, found, words, 0, len(words))}
        for m in found:
            for name in t.genre_of.get(m.term, ()):
                if (name != "accident" or id(m) in kept) and not (name == "court" and court_site(words, m.first)):
                    hits[name] += weight
    n_conflict = hits["conflict"]
    genres: dict[str, float] = {}
    for g in GENRES:
        if hits[g] < t.min_hits.get(g, 3):
            genres[g] = 0.0
            continue
        ratio = hits[g] / max(1.0, float(n_conflict))
        r0 = t.ratio.get(g, 1.0)
        genres[g] = max(0.0, min(1.0, (ratio - r0) / r0 + 0.5)) if ratio >= r0 else 0.0
    sents = list(doc.sentences) or []
    starts = [w.start for w in body]
    anchored = attributed = 0
    recent_terms = t.sentence["recent"]
    sources = (cue_set("reporting_verbs"), cue_set("attribution_tail"))
    for s in sents:
        recent, _old = _time_cues(doc, s.start, s.end)
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        if recent or recent_terms.any_in(body, lo, hi):
            anchored += 1
        if attributed <= t.column_quotes and any(terms.any_in(body, lo, hi) for terms in sources):
            attributed += 1
    share = anchored / len(sents) if sents else 0.0
    quoted_once = attributed <= t.column_quotes and share < t.column_recent
    if (not attributed or quoted_once) and len(sents) >= t.unattributed_at and (
            len(sents) >= t.unattributed_long or any(ch in _ASKS for ch in (doc.title or "") + doc.text)):
        # a piece that attributes nothing to anyone (no قال, أفادت, بحسب; a column, anchored in
        # no recent day, may quote once), long or asking and exclaiming: a column, whatever it
        # mentions, not a report (a short wire piece can attribute nothing too)
        genres["opinion"] = 1.0
    title_conflict = bool(title) and t.genres["conflict"].any_in(title)
    w = t.weights
    # a headline that counts over a period, recalls an anniversary, or is about a trial or
    # an accident frames the whole piece; one that exclaims or asks is a column's
    z_title = sum(w.get("title_" + k, 0.0) for k in _TITLE_CUES if title and (
        _accident_in(t, title) if k == "accident" else court_told(t.sentence[k], title) if k == "court"
        else t.sentence[k].any_in(title)))
    if doc.title and doc.title.rstrip().endswith(("!", "?", "؟")):
        z_title += w.get("title_punct", 0.0)
    if title and (any(cue_set(k).any_in(title) for k in _STATEMENT_LISTS) or t.sentence["modal"].any_in(title)):
        z_title += w.get("title_statement", 0.0)  # a piece about a threat, denial, forecast or call
    z = frame = sum(w.get("genre_" + g, 0.0) * v for g, v in genres.items()) + z_title
    z += w.get("article_recent", 0.0) * (min(1.0, share / 0.3) - 0.5) * 2
    z += w.get("title_conflict", 0.0) * (1.0 if title_conflict else 0.0)
    quiet = n_conflict < t.min_conflict and not t.engaged.any_in(body) and not (title and t.engaged.any_in(title))
    if quiet:
        z += w.get("article_quiet", 0.0)
    return ArticleProfile(genres, share, title_conflict, z, body, starts, quiet=quiet, frame=frame)


# --------------------------------------------------------------------------- trigger
def irrealis(words: Sequence[Word], trigger: int, lo: int = 0, hi: int | None = None, last: int | None = None) -> bool:
    """Whether the trigger at word ``trigger`` (its last word ``last``, its clause the words
    ``[lo, hi)``) is out of the real world of the report: the complement of a verb of talk
    (:func:`governed_by_talk`), a word of the ``scope`` list a few words before it (a future,
    plan, preparation, ability, purpose, threat, demand, condition, habit or exercise:
    ``مستعدون لشن هجمات``, ``بهدف التوصل إلى وقف لإطلاق النار``), or the trigger
    itself with the preposition li- (``لتحرير المدينة``), except after an exposure word
    (``تعرضت لقصف``: it happened)."""
    if not 0 <= trigger < len(words):
        return False
    t = eventness_tables()
    if (t.scope.any_in(words, max(lo, trigger - t.reach), trigger) or t.clause_scope.any_in(words, lo, trigger)
            or governed_by_talk(words, trigger, lo)):  # طالب الجماعة بوقف القصف: asked for, threatened
        return True
    if trigger > lo and t.negation.any_in(words, trigger - 1, trigger):
        return True  # لم تقصف, دون قتال: a negated act
    end = max(trigger, last if last is not None else trigger) + 1
    if (t.after.any_in(words, end, min(len(words), end + t.reach_after))
            or t.clause_after.any_in(words, end, len(words) if hi is None else hi)):
        return True
    key = words[trigger].key
    bare = key[2:] if key.startswith("لل") else key[1:] if key.startswith("ل") else ""
    if bare in t.purpose or "ال" + bare in t.purpose:
        return not t.exposure.any_in(words, max(lo, trigger - t.reach - 2), trigger)
    bare = key[1:] if key.startswith("ب") else ""  # طالبت الحزب بتسليم سلاحه: what a demand asks for
    return bool(bare) and (bare in t.purpose or "ال" + bare in t.purpose) and t.demand.any_in(
        words, max(lo, trigger - t.reach), trigger)


# -------------------------------------------------------------------------- sentence
def sentence_cues(doc: Document, start: int, end: int, profile: ArticleProfile | None = None) -> dict[str, float]:
    """The event-ness cues present in ``doc.text[start:end]`` (1.0 each); with ``profile``
    (of ``doc``), read from its word list and remembered per span."""
    if profile is not None and (start, end) in profile.cues:
        return profile.cues[(start, end)]
    t = eventness_tables()
    if profile is not None and profile.words:
        words: Sequence[Word] = profile.words
        lo, hi = profile.span(start, end)
    else:
        words = words_of(doc.text, start, end)
        lo, hi = 0, len(words)
    cues: dict[str, float] = {}
    for name, terms in t.sentence.items():
        if name == "aftermath":
            # a visit to the wounded, a condolence, a condemnation of the act named after it
            found = before_first_act(words, lo, hi, terms) if terms.any_in(words, lo, hi) else False
        elif name == "since":
            found = spans_since(words, lo, hi)  # منذ آب: a span, unless after أعنف هجوم
        elif name == "device":  # فجر اليوم (dawn) names no bomb: only the verb فجّر does
            found = any(not dawn_noun(words, m.first) for m in terms.find(words, lo, hi))
        else:
            found = name != "back_reference" and (_accident_in(t, words, lo, hi) if name == "accident" else
                                                  court_told(terms, words, lo, hi) if name == "court" else
                                                  terms.any_in(words, lo, hi))
        if found:
            cues[name] = 1.0
    if "period" in cues and _death_terms().any_in(words, lo, hi):
        cues["running_toll"] = 1.0  # deaths counted over a period: a running total
    recent, old = _time_cues(doc, start, end)
    if recent:
        cues["recent_time"] = 1.0
    if old and not recent:
        cues["old_time"] = 1.0
    elif not recent and "recent" not in cues:
        carried = _carried_old(doc, start, profile)
        if carried:
            cues[carried] = 1.0  # "... في حرب 1973. وقال إن رجاله اقتحموا ...": still then
    if not recent and "recent" not in cues and pluperfect(words, lo, hi):
        # وكانت المدفعية قد قصفت ...: told as what had happened before the report, and with no
        # recent day of its own (وكان ملثمون اقتحموا أمس ... is the day's news told with kana)
        cues["pluperfect"] = 1.0
    if direct_quotes(doc.quotes).overlaps(start, end):
        cues["quoted"] = 1.0
    if profile is not None:
        profile.cues[(start, end)] = cues
    return cues


#: How many sentences back an undated sentence may take its time from.
_CARRY_BACK = 2


def _carried_old(doc: Document, start: int, profile: ArticleProfile | None = None) -> str | None:
    """``"carried_old"`` where the nearest of the few sentences before the one at ``start``
    that names a time names an old one only; ``"carried_period"`` where the sentence goes
    on with the statement of the one right before it (``وأوضح أن الحملات شملت ...``) and that
    one counts over a period (``خلال الأسبوعين الماضيين``): it goes on with that count;
    else ``None``."""
    sents = doc.sentences
    k = bisect_left([s.start for s in sents], start)
    t = eventness_tables()
    if k > 0:
        def words(lo: int, hi: int) -> tuple[Sequence[Word], int, int]:
            if profile is not None and profile.words:
                return (profile.words, *profile.span(lo, hi))
            w = words_of(doc.text, lo, hi)
            return w, 0, len(w)
        here, lo, hi = words(start, sents[k].end if k < len(sents) else len(doc.text))
        before = sents[k - 1]
        if hi > lo and t.continuation.any_in(here, lo, lo + 1) and t.span.any_in(*words(before.start, before.end)):
            return "carried_period"
    if profile is not None and profile.words and opens_item_at(sents, profile.words, profile.starts, start):
        return None  # "إلى ذلك، أعلن ...": a new item, not told at the time of the one before it
    for s in reversed(sents[max(0, k - _CARRY_BACK):k]):
        recent, old = _time_cues(doc, s.start, s.end)
        if recent or old:
            return "carried_old" if old and not recent else None
    return None


def eventness(doc: Document, start: int, end: int, profile: ArticleProfile | None = None) -> float:
    """The probability that ``doc.text[start:end]`` reports a specific, recent incident."""
    profile = profile or article_profile(doc)
    return _sigmoid(_span_logit(doc, start, end, profile))


def opens_item(doc: Document, profile: ArticleProfile, start: int) -> bool:
    """Whether the sentence holding ``start`` opens an item of its own: one of its first two
    words begins an ``item_openers`` phrase (``إلى ذلك``, ``وفي غضون ذلك``, ``أمنيا``, ``على
    صعيد آخر``; not ``من جهة أخرى``, mostly another side's word on the same matter). A court
    report or a sports piece that goes on with a security item tells that item as news: the
    article's genre and headline do not frame it."""
    return opens_item_at(doc.sentences, profile.words, profile.starts, start)


#: The event types an item opener frees from the article's frame: acts of violence and
#: demonstrations. A court or economy piece's own vocabulary (تسليم, الإفراج, اتفاق) reads as
#: strategic developments, and its items stay in its frame.
_ITEM_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"})


def _span_logit(doc: Document, start: int, end: int, profile: ArticleProfile, event_type: str | None = None) -> float:
    """The event-ness log-odds of ``doc.text[start:end]`` in its article, for an event of
    ``event_type`` (none: any)."""
    own = (event_type in _ITEM_TYPES and profile.frame < 0 and bool(profile.words)
           and opens_item(doc, profile, start))
    return _sentence_logit(sentence_cues(doc, start, end, profile), profile, own)


#: Sub-event types that a crash, a fire or a flood also reads as (السيول دمرت المنازل).
_ACCIDENT_PRONE = frozenset({"Looting/property destruction"})
#: The event types of a demonstration: a sentence tells one by its own words, whatever
#: accident word stands beside them.
_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
#: The sub-event type an explosion is read as, bomb or not (انفجار داخل منجم).
_BLAST = "Remote explosive/landmine/IED"

#: Cues that put a sentence's incident in the past or over a period, or make it the object of
#: a visit or a statement: beside them a recency anchor usually dates the report (``قال المرصد
#: أمس إن ... خلال عشرة أشهر``, ``زار أمس المصابين جراء التفجير``).
_BACKGROUND = ("period", "since", "tally", "anniversary", "old_time", "aftermath")


def _sentence_logit(cues: dict[str, float], profile: ArticleProfile, own_item: bool = False) -> float:
    """The log-odds that a sentence with ``cues`` reports an incident; ``own_item``: it opens
    an item of its own (:func:`opens_item`), read outside the article's genre and headline."""
    t = eventness_tables()
    # beside a period, an anniversary or an old date, and in a sport, economy, court ...
    # piece, a recency anchor dates the report, not an incident
    background = (any(k in cues for k in _BACKGROUND) or profile.quiet
                  or (not own_item and max(profile.genres.values(), default=0.0) >= t.damp_at))
    damp = t.background_damp if background else 1.0
    z = t.weights.get("bias", 0.0) + profile.logit - (profile.frame if own_item else 0.0)
    for k, v in cues.items():
        w = t.weights.get(k, 0.0)
        z += (w * damp if k in ("recent", "recent_time") else w) * v
    return z


def confidence_of(c: Candidate, ev: float) -> float:
    """The chance that candidate ``c`` is right, given its event-ness ``ev``."""
    w = eventness_tables().confidence
    z = w.get("bias", 0.0) + w.get("eventness", 1.0) * _logit(ev)
    z += w.get("detection", 0.0) * (c.score - 0.75)
    if not c.location_fallback and c.location is not None:
        z += w.get("fine_place" if c.location.precision == 1 else "coarse_place", 0.0)
    if c.event_type in _VIOLENT_TYPES:
        z += w.get("violent_type", 0.0)
    if c.time_precision != 2:
        z += w.get("explicit_date", 0.0)
    if c.reference:
        z += w.get("reference", 0.0)
    if c.weak:
        z += w.get("weak", 0.0)
    # even an event with little evidence for its arguments is sometimes right: the floor
    floor = w.get("floor", 0.0)
    return round(floor + (1.0 - floor) * _sigmoid(z), 4)


def _toll_logit(toll: int | None) -> float:
    t = eventness_tables()
    return t.weights.get("large_toll", 0.0) if toll is not None and toll >= t.large_toll else 0.0


def drop_non_events(doc: Document, cands: Sequence[Candidate],
                    profile: ArticleProfile | None = None) -> list[Candidate]:
    """The sentence-level candidates whose own sentence reports an incident (event-ness at
    least the threshold), before they are merged: a background sentence must not lend its
    type or arguments to the event it would merge with."""
    if not cands:
        return []
    t = eventness_tables()
    profile = profile or article_profile(doc)
    back = t.sentence["back_reference"]
    out: list[Candidate] = []
    tags: set[int] = set()  # ids of the kept candidates read from a tag line
    dropped_before = False
    stated = statement_terms(doc)  # "مجلس الأمن يدين التفجير": what was said about an act
    title = words_of(doc.title) if doc.title else []
    # an accident named beside no attack (headline, or a candidate's sentence): حادث انقلاب, not
    # "هذا الوباء" said of a bombing
    accident_named = _accident_in(t, title) and not _attacked(t, title, 0, len(title))
    for c in cands:
        cues = sentence_cues(doc, c.start, c.end, profile)
        lo, hi = profile.span(c.start, c.end)
        unattacked_accident = "accident" in cues and not _attacked(t, profile.words, lo, hi)
        accident_named = accident_named or unattacked_accident
        z = _span_logit(doc, c.start, c.end, profile, c.event_type) + _toll_logit(c.fatalities)
        # a sentence that only refers to the event (a claim, a condemnation) adds actors
        # to it or is dropped when merging; it never makes an event by itself
        keep = c.reference or _sigmoid(z) >= t.threshold
        if keep and "accident" in cues and (c.weak or c.sub_event_type in _ACCIDENT_PRONE or (
                c.sub_event_type == _BLAST and "device" not in cues) or (
                c.event_type not in _DEMONSTRATIONS and unattacked_accident)):
            # deaths or damage, and no attack, in a sentence about a crash, a fire, a flood; a
            # blast with no bomb, mine, shell or attack in a mine, a gas cylinder, a tank; any
            # act but a demonstration (تظاهروا دون أن تسجل أي حوادث: told by its own words) in one
            # that names no attacker nor weapon (سيطرت فرق الإطفاء على الحريق)
            keep = False
        if keep and stated is not None and told_in_statement(profile.words, lo, hi, stated):
            keep = False  # "أدانت الوزارة التفجير الذي استهدف أمس": the statement's object
        if keep and dropped_before and back.any_in(profile.words, lo, hi):
            keep = False  # "killed in these strikes": the strikes of the sentence just dropped
        if keep and not c.reference and recalled(profile.words, lo, hi, c.event_type):
            keep = False  # "منذ هجوم الشتاء": an earlier incident named as a point in time
        if keep and _repeats_title(doc, profile, c):
            keep = False  # "رابط الخبر: <headline>": a footer or caption, not a report
        if keep and _tag_line(doc, profile, c):
            tags.add(id(c))
        if keep:
            out.append(c)
        dropped_before = not keep
    if accident_named and all(c.weak for c in out):
        # deaths and injuries with no act of their own, in an article that names an accident
        # (مصرع 3 في حادث انقلاب ... ونقل المصابون): the accident's toll, not a victim of violence
        return []
    if tags:
        # "سمات اليمن الحوثي هدنة": an outlet's keywords make no event of their own; one that
        # can only join a reported event (a casualty word, the same type) may lend it its place
        told = {c.event_type for c in out if id(c) not in tags}
        out = [c for c in out if id(c) not in tags or c.weak or c.event_type in told]
    return out


#: In an article the genre model is sure reports nothing (:func:`rasd.stages.events.genre.reports_nothing`)
#: an event of at least this confidence is kept: only a confident one (the line the realnews
#: evaluation's ``confident_right`` draws), as a column's or an analysis's background mention
#: reads at 0.5-0.8 too (unseen SaudiNewsNet text: 7 of 8 such events were background).
GENRE_KEEP = 0.8


#: How many words besides the headline a footer or caption that repeats it may hold.
_FOOTER_EXTRA = 6


def _repeats_title(doc: Document, profile: ArticleProfile, c: Candidate) -> bool:
    """Whether the sentence of ``c`` (not the article's first) is the headline again with a few
    words around it (a footer "رابط الخبر بصحيفة ...: <headline>", a caption): it tells
    nothing the article has not, and a trigger in it makes no event of its own."""
    if not doc.title or not doc.sentences or c.start <= doc.sentences[0].end:
        return False
    # (words only: the headline's quotes may be HTML entities, the footer's typographic ones)
    title = [w.key for w in words_of(doc.title) if w.key.isalpha()]
    lo, hi = profile.span(*(c.sentences[0] if c.sentences else (c.start, c.end)))
    here = [w.key for w in profile.words[lo:hi] if w.key.isalpha()]
    n = len(title)
    if n < 4 or len(here) > n + _FOOTER_EXTRA:
        return False
    return any(here[i:i + n] == title for i in range(len(here) - n + 1))


def _tag_line(doc: Document, profile: ArticleProfile, c: Candidate) -> bool:
    """Whether the sentence of ``c`` (not the article's first) opens with a tag-line word."""
    if not doc.sentences or c.start <= doc.sentences[0].end:
        return False
    lo, hi = profile.span(*(c.sentences[0] if c.sentences else (c.start, c.end)))
    return hi > lo and profile.words[lo].key in eventness_tables().tag_openers


def weigh_candidates(doc: Document, cands: Sequence[Candidate],
                     profile: ArticleProfile | None = None) -> list[Candidate]:
    """The (merged) candidates that report an incident (event-ness of their best sentence at
    least the threshold), each with ``score`` replaced by its calibrated confidence."""
    if not cands:
        return []
    t = eventness_tables()
    profile = profile or article_profile(doc)
    cache: dict[tuple[int, int, str], float] = {}  # log-odds per sentence and event type
    out: list[Candidate] = []
    # a piece the genre model is sure reports nothing: its events under GENRE_KEEP are background (read once)
    no_report: bool | None = None
    for c in cands:
        spans = c.spans or ((c.start, c.end),)
        best = 0.0
        for s in spans:
            key = (*s, c.event_type)
            if key not in cache:
                cache[key] = _span_logit(doc, s[0], s[1], profile, c.event_type)
            best = max(best, _sigmoid(cache[key] + _toll_logit(c.fatalities)))
        if best < t.threshold:
            continue
        score = confidence_of(c, best)
        ranges = [profile.span(*s) for s in spans]
        if score < t.talk_floor and c.sub_event_type in t.talk_types and told_as_talk(c, profile.words, ranges):
            continue  # a handover, an allegiance read weakly: mostly talk of one
        if (unreported(profile.words, ranges, score, c.fatalities) or weak_talk(doc, profile.words, ranges, c, score)
                or told_as_setting(doc, profile.words, ranges, c, score)
                or told_in_other_sense(profile.words, ranges, c, score)
                or told_as_background(doc, profile.words, ranges, c, score)):
            continue  # no incident reported; weak talk; a battle as setting; another sense; background
        if score < GENRE_KEEP and not (
                c.event_type in _ITEM_TYPES and any(opens_item(doc, profile, s[0]) for s in spans)):
            if no_report is None:
                no_report = statement_only(doc) or reports_nothing(doc.title or "", doc.text)
            if no_report:
                continue  # (an item of its own, "ميدانيا، سقط صاروخ ...", is news in any piece)
        out.append(replace(c, score=score))
    return out
