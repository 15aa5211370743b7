"""Days that date an announcement, not the incident it is about (issue 16).

Articles often name the day something was said or shown while the incident itself happened on
an earlier day they leave untold: ``أعلنت الوزارة يوم الثلاثاء أسماء ضحايا الهجوم`` (the names
were announced on Tuesday), ``أدان المجلس في بيان أصدره اليوم التفجير`` (a statement issued
today), ``الجماعة التي قالت الأحد ...`` (the group that said on Sunday). Such a day is the
statement's: :func:`announcement_times` tells the events stage to leave it out, and the event
gets the day it would get without it (another day of its sentence, the day carried from the
sentence before, the article's news day), but never a later one: nothing is announced before
it happens (:func:`announced_days`). The day still tells the day of the story for the sentences
after it (:func:`rasd.stages.events.dates.carried_time` reads it), but it is no evidence of the
day the article's news happened (:func:`statement_day_starts`, read by
:func:`rasd.stages.events.dates.news_day`). Where the announcement reports the event itself
(``قال الجيش في بيان أصدره اليوم إن مسلحين ...``: the event after the verb's ``أن``; ``أعلنت
القيادة في بيان لها اليوم مقتل جندي``: the event the object of a reporting verb) the day still
dates the event, as a report's day does. The word lists are ``rasd/data/events/announced.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document, TimeExpr
from rasd.stages.events.lexicon import cue_set, words_of
from rasd.stages.events.lookup import times_by_start
from rasd.stages.events.speaker_clause import REPORT_COMPLEMENTS
from rasd.stages.events.terms import TermMatch, TermSet, Word
from rasd.stages.times.calendar import day_of_value
from rasd.text import load_data, normalize_key

__all__ = ["announced_days", "announcement_times", "statement_day_starts"]


@dataclass(frozen=True, slots=True)
class _Table:
    statement_nouns: TermSet
    issue_verbs: TermSet
    fillers: frozenset[str]
    documents: TermSet
    noun_reach: int
    verb_reach: int


@lru_cache(maxsize=1)
def _table() -> _Table:
    d = load_data("events/announced.json")
    return _Table(TermSet(d["statement_nouns"]), TermSet(d["issue_verbs"]),
                  frozenset(normalize_key(w) for w in d["statement_fillers"]), TermSet(d["documents"]),
                  int(d["noun_reach"]), int(d["verb_reach"]))


#: Marks that may stand around a day told between commas (``أعلنت الحكومة، السبت، عن``).
_COMMAS = frozenset("،,()")
#: The preposition an announcement's object may follow (``أعلنت اليوم عن أسماء``).
_ABOUT = frozenset({"عن"})
#: How many words after the announcement's day its ``أن`` may follow for the day to date
#: what it reports.
_COMPLEMENT_REACH = 8


def _plain(words: Sequence[Word], lo: int, hi: int, commas: bool = False) -> bool:
    """Whether ``words[lo:hi]`` holds no punctuation (but commas and brackets, where allowed)."""
    return not any(w.punct and not (commas and w.key in _COMMAS) for w in words[lo:hi])


def _before(matches: Sequence[TermMatch], at: int, reach: int) -> list[TermMatch]:
    """The matches that end before word ``at`` with at most ``reach`` words between."""
    return [m for m in matches if m.last < at and at - m.last - 1 <= reach]


def _issued(words: Sequence[Word], at: int, nouns: Sequence[TermMatch], verbs: Sequence[TermMatch]) -> int | None:
    """Where word ``at`` opens a day told in the clause of a statement issued (``في بيان أصدرته
    الوزارة اليوم``) or of a statement noun itself (``في بيان له اليوم``): the statement noun's
    first word; else ``None``."""
    tb = _table()
    for v in _before(verbs, at, tb.verb_reach):
        if _plain(words, v.first, at):
            n = next((n for n in _before(nouns, v.first, tb.noun_reach) if _plain(words, n.last, v.first)), None)
            if n is not None:
                return n.first
    return next((n.first for n in _before(nouns, at, len(tb.fillers))
                 if all(w.key in tb.fillers for w in words[n.last + 1:at])), None)


def _said_in_relative(words: Sequence[Word], at: int, verbs: Sequence[TermMatch]) -> TermMatch | None:
    """The verb of a speaker's relative clause whose day word ``at`` opens (``التي قالت الأحد``)."""
    relatives = cue_set("relatives")
    return next((v for v in _before(verbs, at, _table().verb_reach)
                 if v.first > 0 and relatives.any_in(words, v.first - 1, v.first) and _plain(words, v.first, at)), None)


def _shown(words: Sequence[Word], at: int, after: int, verbs: Sequence[TermMatch], documents: Sequence[TermMatch]) -> bool:
    """Whether the day of words ``[at, after)`` is told between an announcing verb and its
    document object (``أعلنت الوزارة يوم الثلاثاء أسماء الضحايا``)."""
    reach = _table().verb_reach
    if not any(_plain(words, v.first, at, commas=True) for v in _before(verbs, at, reach)):
        return False
    i = after
    while i < len(words) and words[i].punct and words[i].key in _COMMAS:
        i += 1
    if i < len(words) and words[i].key in _ABOUT:
        i += 1
    return any(i <= m.first <= i + reach and _plain(words, after, m.first, commas=True) for m in documents)


#: How many words before a statement noun the reporting verb whose statement it is may stand
#: (``وأكد الناطق الرسمي باسم الحكومة الدكتور محمد المومني في بيان``).
_SPEAKER_REACH = 10


#: Marks that end what a reporting verb governs (a quote's marks and commas do not).
_CLAUSE_ENDS = frozenset(".!?؟؛:")


def _reports_event(words: Sequence[Word], reporting: Sequence[TermMatch], verb: int, after: int,
                   anchor: int | None) -> bool:
    """Whether the announcement whose verb (or statement noun) is word ``verb`` reports the event
    at ``anchor`` itself: an ``أن`` follows right after the day (words ``after`` on: ``قال تجمع
    المعتقلين في بيان أمس أن ...``, what the sentence tells is what was announced), or the
    announcement is one a reporting verb (``reporting_verbs``) tells and the event's trigger
    follows the day in the same clause (``أعلنت الوزارة في بيان أمس عن مصرع حارس``: no mark
    that ends a clause between) or after the verb's ``أن``. ``anchor`` ``None``: any event the
    sentence may tell (a reporting verb's announcement reports one)."""
    near = [w for w in words[after:after + 3] if not (w.punct and w.key in _COMMAS)]
    if near and near[0].key in REPORT_COMPLEMENTS:
        return True  # what the sentence tells is what was announced (a trigger before it names the speaker)
    if not any(m.first <= verb and verb - m.last <= _SPEAKER_REACH and not _ends_clause(words, m.first, verb)
               for m in reporting):
        return False
    if anchor is None:
        return True
    trigger = next((i for i, w in enumerate(words) if w.start >= anchor), len(words))
    return trigger >= after and (not _ends_clause(words, after, trigger) or any(
        w.key in REPORT_COMPLEMENTS for w in words[after:min(trigger, after + _COMPLEMENT_REACH)]))


def _ends_clause(words: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether a mark that ends a clause (not a comma, a bracket or a dash) stands in ``words[lo:hi]``."""
    return any(w.punct and w.key in _CLAUSE_ENDS for w in words[lo:hi])


def announcement_times(words: Sequence[Word], inside: Sequence[TimeExpr], anchor: int | None) -> set[int]:
    """Starts of the times of a sentence (``words``; its times: ``inside``) that date an
    announcement the event at ``anchor`` is not what is reported of (``None``: that reports no
    event): a statement issued that day, a speaker's relative clause, an announcement of a
    document (the module's docstring)."""
    if not words or not inside:
        return set()
    tb = _table()
    reporting = cue_set("reporting_verbs").find(words)
    issued = tb.issue_verbs.find(words)
    announcing = reporting + issued
    nouns = tb.statement_nouns.find(words)
    if not announcing and not nouns:
        return set()
    documents = tb.documents.find(words)
    out: set[int] = set()
    for t in inside:
        at = next((i for i, w in enumerate(words) if w.start >= t.start), None)
        if at is None:
            continue
        after = next((i for i, w in enumerate(words) if w.start >= t.end), len(words))
        if _shown(words, at, after, announcing, documents):
            out.add(t.start)
            continue
        noun = _issued(words, at, nouns, issued)
        said = _said_in_relative(words, at, announcing) if noun is None else None
        verb = noun if noun is not None else said.first if said is not None else None
        if verb is not None and not _reports_event(words, reporting, verb, after, anchor):
            out.add(t.start)
    return out


def announced_days(words: Sequence[Word], times: Sequence[TimeExpr], anchor: int,
                   published: dt.date | None) -> tuple[set[int], str | None]:
    """The starts of the times of a sentence (``words``) that date an announcement, not the event
    at ``anchor`` (:func:`announcement_times`), and the earliest day among them (``None`` where
    there is none): the latest day the event may be given, as nothing is announced before it
    happens."""
    if not words:
        return set(), None
    lo, hi = words[0].start, words[-1].end
    inside = [t for t in times_by_start(times).among(lo, hi + 1) if lo <= t.start and t.end <= hi]
    starts = announcement_times(words, inside, anchor)
    days = [d for t in inside if t.start in starts and (d := day_of_value(t.value)) is not None
            and (published is None or d <= published)]
    return starts, min(days).isoformat() if days else None


def statement_day_starts(doc: Document) -> set[int]:
    """The starts of the times of ``doc`` that date an announcement that reports no event
    (:func:`announcement_times`; not one a reporting verb tells: ``أعلنت القيادة في بيان
    اليوم استشهاد جندي``): a day
    that is no evidence of the day the article's news happened (``أعلن اليوم أسماء الشهداء
    الذين قضوا في التفجير``: the bombing is not today's because its victims were named today)."""
    out: set[int] = set()
    for sent in doc.sentences:
        inside = [t for t in times_by_start(doc.times).among(sent.start, sent.end + 1)
                  if sent.start <= t.start and t.end <= sent.end]
        if inside:
            out |= announcement_times(words_of(doc.text, sent.start, sent.end), inside, None)
    return out
