"""Event dates: the day an event's own clause names, else the day carried from the sentence
before it, else the article's news day (the day a daily paper's ``أمس`` names, which is also
the day of an undated report of a daily), else the publication date (where the article has
none, nothing); the times that date a report (``قال اليوم إن ...``) never date the event. A
night told by the two days it joins (``ليل السبت الأحد``) dates its incident by the second day
(:func:`overnight_times`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

from rasd.document import Document, Sentence, TimeExpr
from rasd.stages.events.announced import statement_day_starts
from rasd.stages.events.lexicon import cue_set, words_of
from rasd.stages.events.lookup import times_by_start
from rasd.stages.events.outlet_day import posts_same_day
from rasd.stages.events.sentence_facts import sentence_facts
from rasd.stages.events.speaker_clause import REPORT_COMPLEMENTS, in_speaker_clause
from rasd.stages.times.calendar import day_of_value
from rasd.stages.times.lexicon import lexicon, words_key
from rasd.text import load_data, normalize_key

__all__ = ["NEWS_DAY_REACH", "STALE_DAYS", "Lapse", "carried_time", "day_of", "lapses", "main_day", "news_day",
           "opens_period", "overnight_times", "pick_time", "report_times", "shifted", "writer_day"]


#: The words that tell a named day as a past one recalled (``الخميس الماضي``), as
#: :func:`words_key` writes them (``الماضية`` is ``الماضيه``).
_PAST_MARKS = frozenset({"الماضي", "الماضيه", "المنصرم"})

#: The word that opens a round-up's next item (``وفي محافظة الأنبار``).
_NEXT_ITEM_OPENERS = frozenset({"وفي"})

#: The words that open a period (``منذ 20 يوليو``): what follows is when it began.
_PERIOD_OPENERS = frozenset({"منذ", "ومنذ"})


def opens_period(text: str, t: TimeExpr, published: dt.date | None) -> bool:
    """Whether the time is the start of a period that goes on, begun before the article's news
    days (``منذ 20 يوليو`` in a paper of 10 August): the start of a campaign or a siege, not the
    day of the incident told with it. A recent start (``منذ صباح أمس``) is the incident's day."""
    own = normalize_key(text[t.start:t.end]).split(" ")[0]
    before = words_of(text, max(0, t.start - 12), t.start)
    if not (own in _PERIOD_OPENERS or (before and before[-1].key in _PERIOD_OPENERS)):
        return False
    day = day_of(t, published)
    return day is None or published is None or (published - day).days > NEWS_DAY_REACH


_WORD = re.compile(r"\w+")


#: Words a night pair may hold beside its night word and its two days (``ليل الجمعة إلى
#: السبت``, ``ليلة الخميس/الجمعة الماضية``).
_PAIR_LINKS = frozenset({"يوم", "الي", "علي", "و", "الماضي", "الماضيه"})


def _reported_night(text: str, t: TimeExpr) -> bool:
    """Whether a night dates a report, not an incident: told right after a reporting verb with
    no ``أن`` between (``أعلنت المقاومة ليل الأحد الاثنين سيطرتها``) or right before ``أن``
    (``ذكرت مصادر، ليل السبت الأحد، أن ...``)."""
    if normalize_key(text[t.end:t.end + 8]).lstrip(" ،,").split(" ")[0] in REPORT_COMPLEMENTS:
        return True
    words = words_of(text, max(0, t.start - 40), t.start)
    verbs = [m.first for m in cue_set("reporting_verbs").find(words)]
    return bool(verbs) and not any(w.key in REPORT_COMPLEMENTS for w in words[max(verbs):])


def _overnight_day(text: str, t: TimeExpr, published: dt.date | None) -> str | None:
    """The day of an incident told by the night of ``t`` where it is not ``t``'s value (the
    first day of a night, as the times stage reads it): a night told by the two days it joins
    (``ليل السبت الأحد``, ``ليل الخميس/ الجمعة``) is the second day, the day after midnight when
    such incidents mostly happen and the day a coder gives them; after midnight of one day's
    night (``بعد منتصف ليل الاثنين``) it is the next day, where that day is before publication
    (where it is the publication day, the writer names the night by the day it opens:
    ``ليلة الخميس``, the eve of Thursday). ``None`` where the time is no such night or dates
    a report (:func:`_reported_night`)."""
    if not t.value or len(t.value) != 10:
        return None
    lex = lexicon()
    key = words_key(text[t.start:t.end])
    part = max((p for p in lex.night_parts if key.startswith(p + " ")), key=len, default=None)
    if part is None or _reported_night(text, t):
        return None
    rest = _WORD.findall(key[len(part):])
    days = [w for w in rest if w in lex.weekdays or (w[:1] == "و" and w[1:] in lex.weekdays)]
    before = words_of(text, max(0, t.start - 12), t.start)
    after_midnight = (len(days) == 1 and part.startswith("منتصف ") and bool(before)
                      and before[-1].key in ("بعد", "وبعد"))
    pair = len(days) == 2 and all(w in days or w in _PAIR_LINKS for w in rest)
    if not pair and not after_midnight:
        return None
    try:
        day = dt.date.fromisoformat(t.value) + dt.timedelta(days=1)
    except ValueError:
        return None
    if published is not None and (day > published or (after_midnight and day >= published)):
        return None
    return day.isoformat()


def overnight_times(doc: Document) -> Document:
    """The document with the value of each night time expression that tells the next day
    (:func:`_overnight_day`) moved to that day, for dating its events (the times stage's
    values are not changed); the same document where there is none."""
    moved = {t.start: day for t in doc.times if (day := _overnight_day(doc.text, t, doc.published)) is not None}
    if not moved:
        return doc
    return doc.evolve(times=tuple(replace(t, value=moved[t.start]) if t.start in moved else t for t in doc.times))


#: Relative pronouns that open a clause about the noun before them.
_RELATIVES = frozenset(normalize_key(w) for w in ("الذي", "التي", "الذى"))
#: Verbs of a relative clause that tell when the incident its noun names happened (``التفجير
#: الذي وقع ظهر الخميس``, ``الهجوم الذي استهدف أمس مسجدا``). Own knowledge.
_OCCURRED = frozenset(normalize_key(w) for w in (
    "وقع", "وقعت", "حدث", "حدثت", "جرى", "جرت", "استهدف", "استهدفت", "نفذ", "نفذت", "نفذه", "نفذها",
    "شهدته", "شهدتها", "ارتكب", "ارتكبت", "ارتكبه", "ارتكبها", "هز", "هزت", "ضرب", "ضربت", "شنه", "شنها"))
#: How far (characters) after its verb the time of such a clause may lie.
_OCCURRED_REACH = 80


def _occurrence_time(text: str, words: Sequence[Any], inside: Sequence[TimeExpr], anchor: int) -> TimeExpr | None:
    """The time told in a relative clause of occurrence right after the event's noun (``ندد
    الخطباء أمس بالتفجير الذي حدث في مسجد ... يوم أمس الأول``): the day of the incident,
    where the sentence's other times date what is told of it (a condemnation, an arrest)."""
    at = next((i for i, w in enumerate(words) if w.start >= anchor), None)
    if at is None:
        return None
    for i in range(at + 1, min(len(words) - 1, at + 4)):
        if words[i].key in _RELATIVES:
            if words[i + 1].key not in _OCCURRED:
                return None
            end = words[i + 1].end
            return next((t for t in inside if end <= t.start <= end + _OCCURRED_REACH and t.value
                         and len(t.value) == 10 and not any(c in text[end:t.start] for c in "،,.؛:")), None)
    return None


def report_times(text: str, words: Sequence[Any], times: Sequence[TimeExpr], anchor: int,
                 published: dt.date | None = None) -> set[int]:
    """Starts of the time expressions that do not date the event: one that dates a report, in a
    trailing attribution (``وفق ما أفاد مصدر اليوم الجمعة``) or between a reporting verb and its
    ``إن`` (``قالت الخلية اليوم الاثنين إن طائرة ... قصفت أمس``) when another time follows, and
    one that starts a period (:func:`opens_period`), one told of the speaker (``قالت الحكومة التي
    غادرت عدن في مارس إن ...``, :func:`in_speaker_clause`). Where a relative clause right after the
    event's noun tells when it happened (:func:`_occurrence_time`), every other time."""
    tails = [words[m.first].start for m in cue_set("attribution_tail").find(words) if words[m.first].start > anchor]
    cut = min(tails) if tails else None
    verbs = [words[m.first].end for m in cue_set("reporting_verbs").find(words)]
    inside = [t for t in times_by_start(times).among(words[0].start, words[-1].end + 1)
              if words[0].start <= t.start and t.end <= words[-1].end] if words else []
    out: set[int] = set()
    for t in inside:
        if ((cut is not None and t.start >= cut) or opens_period(text, t, published)
                or (in_speaker_clause(words, verbs, t, anchor) and any(u.start != t.start for u in inside))):
            out.add(t.start)  # (a time told of the speaker: speaker_clause)
            continue
        after = normalize_key(text[t.end:t.end + 6]).lstrip(" ،,").split(" ")[0]
        if (after in ("ان", "انه", "انها", "انهم") and any(0 <= t.start - v <= 60 for v in verbs)
                and any(u.start > t.end for u in inside)):
            out.add(t.start)
    own = _occurrence_time(text, words, inside, anchor)
    if own is not None and own.start not in out:
        out.update(t.start for t in inside if t.start != own.start)
    else:
        out |= _follow_up_times(text, words, inside, anchor, out)
    return out


def _follow_up_times(text: str, words: Sequence[Any], inside: Sequence[TimeExpr], anchor: int,
                     out: set[int]) -> set[int]:
    """Starts of the times that date a follow-up of the incident, not the incident: where the
    sentence tells its condemnation, funeral, inquiry or claim (the ``reference`` cues) before
    the incident's noun at ``anchor`` (``أبدى خطباء الجمعة إدانتهم للتفجيرات ... والتي كان
    آخرها يوم أمس الأول``، ``ندد المجلس اليوم بهجوم أمس``), a day told before the noun is the
    follow-up's where the noun's own clause tells a day that is not later (nothing is condemned
    before it happens). The noun's clause runs to the next punctuation, within
    :data:`_NOUN_CLAUSE_REACH` characters, and not into a relative clause that tells what the
    incident did (``الذي أحزن السكان يوم الخميس``): only one of occurrence (:data:`_OCCURRED`).
    ``out``: the times already left out."""
    if not any(words[m.first].start < anchor for m in cue_set("reference").find(words)):
        return set()
    days = [(t, d) for t in inside if t.start not in out and (d := day_of_value(t.value)) is not None]
    told = [d for t, d in days if t.start >= anchor and _in_noun_clause(text, words, anchor, t)]
    if not told:
        return set()
    return {t.start for t, d in days if t.end <= anchor and min(told) <= d}


#: How far (characters) after the incident's noun a day of its own clause may lie.
_NOUN_CLAUSE_REACH = 120


def _in_noun_clause(text: str, words: Sequence[Any], anchor: int, t: TimeExpr) -> bool:
    """Whether time ``t`` lies in the clause of the noun at ``anchor``: no punctuation between,
    within :data:`_NOUN_CLAUSE_REACH` characters, and the last relative pronoun between them
    (``التي``، ``والتي``) opens a clause of occurrence (``الذي وقع``، ``التي كان آخرها``)."""
    if t.start - anchor > _NOUN_CLAUSE_REACH or any(c in text[anchor:t.start] for c in "،,.؛:"):
        return False
    between = [i for i, w in enumerate(words) if anchor < w.start and w.end <= t.start]
    rel = next((i for i in reversed(between) if _bare_relative(words[i].key)), None)
    return rel is None or (rel + 1 < len(words) and words[rel + 1].key in _OCCURRED | _WAS)


#: The verb of a relative clause that tells the incident's day as its last (``التي كان آخرها
#: يوم الخميس``).
_WAS = frozenset({"كان", "كانت"})


def _bare_relative(key: str) -> bool:
    """Whether a word key is a relative pronoun, with or without ``و``."""
    return key in _RELATIVES or (key[:1] == "و" and key[1:] in _RELATIVES)


#: Words starting with ``ب`` that open no report (``قال ... أمس بعد ...``).
_NOT_REPORTED = frozenset({"بعد", "بين", "بينما", "بسبب", "بالتزامن"})


def report_days(text: str, words: Sequence[Any], times: Sequence[TimeExpr]) -> set[str]:
    """The days (ISO dates) of a sentence's time expressions that may tell only the day of its
    report: told right after a reporting verb (within 60 characters) and followed by what it
    reports (``أفاد مصدر اليوم الجمعة بمقتل ...``، ``قالت القوة في بيان اليوم الأحد إن ...``)
    or by the sentence's end. An event dated by one of them may have happened a day before."""
    if not words:
        return set()
    verbs = [words[m.first].end for m in cue_set("reporting_verbs").find(words)]
    if not verbs:
        return set()
    end = words[-1].end
    out: set[str] = set()
    for t in times_by_start(times).among(words[0].start, end + 1):
        if (t.start < words[0].start or t.end > end or not t.value
                or not any(0 <= t.start - v <= 60 for v in verbs)):
            continue
        tail = normalize_key(text[t.end:min(end, t.end + 20)]).replace("(", " ").replace(")", " ").lstrip(" ،,")
        after = tail.split(" ")[0] if tail.strip(" .") else ""
        if (after == "" or after in REPORT_COMPLEMENTS
                or (after.startswith("ب") and len(after) > 3 and after not in _NOT_REPORTED)):
            out.add(t.value)
    return out


def pick_time(times: Sequence[TimeExpr], lo: int, hi: int, anchor: int,
               published: dt.date | None, skip: set[int] | frozenset[int] = frozenset()) -> tuple[str, int] | None:
    """The time expression of ``[lo, hi)`` nearest to ``anchor``, leaving out those that
    date a report (``skip``: their start offsets)."""
    best: tuple[int, str, int] | None = None
    for t in times_by_start(times).among(lo, hi + 1):
        if t.start < lo or t.end > hi or not t.value or t.start in skip:
            continue
        v = t.value
        if len(v) == 10:
            date, tp = v, 1
        elif len(v) == 7:
            date, tp = v + "-01", 3
        else:
            continue
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            continue
        if published is not None and day > published:
            continue
        dist = abs(t.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, date, tp)
    return (best[1], best[2]) if best else None


def day_of(t: TimeExpr, published: dt.date | None) -> dt.date | None:
    """The day a time expression names (``None`` for a month, a year or a future day)."""
    if not t.value or len(t.value) != 10:
        return None
    try:
        day = dt.date.fromisoformat(t.value)
    except ValueError:
        return None
    return None if published is not None and day > published else day


def _named_days(doc: Document, sent: Sentence, words: Sequence[Any]) -> list[dt.date]:
    """The days a sentence (its ``words``) names for what it tells, in order (not a report's
    time, a month or a future day)."""
    skip = report_times(doc.text, words, doc.times, sent.start, doc.published)
    return [d for t in times_by_start(doc.times).among(sent.start, sent.end + 1)
            if sent.start <= t.start and t.end <= sent.end and t.start not in skip
            and (d := day_of(t, doc.published)) is not None]


def _opens_another_story(doc: Document, sent: Sentence) -> bool:
    """Whether a sentence opens on another incident or topic (``من جهة أخرى``، ``وفي حادثة منفصلة``)."""
    words = words_of(doc.text, sent.start, sent.end)
    return any(m.first < 3 for name in ("topic_shift", "separate_incident") for m in cue_set(name).find(words))


def _background(doc: Document, day: dt.date) -> bool:
    """Whether a day is an earlier incident's recalled as background (older than the news days)."""
    return doc.published is not None and STALE_DAYS >= (doc.published - day).days > NEWS_DAY_REACH


def _lede_day(doc: Document, sentences: Sequence[Sentence], j: int, day: dt.date, words: Sequence[Any]) -> bool:
    """Whether sentence ``j`` is its paragraph's lede and ``day`` a day that dates what the
    paragraph tells: a day before publication (a daily's "today" mostly dates statements and
    plans), told as its incident's day or as its report's day (``أعلن الجيش يوم الأحد أن ...``)
    where that is before the news day (:func:`news_day`): what a report tells happened on or
    before the day it was told, so the undated details after it are not later than that. A
    report of the news day itself or later dates nothing; ``words``: the sentence's."""
    if not _paragraph_break_before(doc, sentences, j):
        return False
    if doc.published is not None and day >= doc.published:
        return False
    if day.isoformat() not in report_days(doc.text, words, doc.times):
        return True
    news = news_day(doc)
    return news is not None and day.isoformat() < news


def _paragraph_break(doc: Document, sentences: Sequence[Sentence], j: int) -> bool:
    """Whether a new paragraph starts between sentences ``j`` and ``j + 1``."""
    return "\n" in doc.text[sentences[j].end:sentences[j + 1].start]


def carried_time(doc: Document, sentences: Sequence[Sentence], k: int) -> tuple[str, int] | None:
    """The day told before sentence ``k``: a sentence that names no day of its own goes on
    telling the day the sentence before it in its paragraph named (``صباح أمس الاثنين ... .
    وقتل في القصف ...``), or the day of its paragraph's lede, or of the article's lede, told
    further back over sentences that name no day, only the same day again (``قتل 30 شخصا
    ... الثلاثاء ... . وكانت حصيلة أولى ... مساء الثلاثاء ... . وفي ديالى، قتل أربعة``) or
    only an older day recalled as background (``وفي 12 يوليو الماضي ...``). A lede's day is
    carried only where it is before the publication day and, if only its report's day, before
    the news day (:func:`_lede_day`); the article's lede alone reaches over paragraphs (a wire
    report told one sentence a paragraph), not into one that opens on the next item of a
    round-up (``وفي``). Another day in between, a sentence that opens another story (``من جهة
    أخرى``), or a paragraph break on the way to any lede but the article's ends the search.
    Times that date a report are left out."""
    told: dt.date | None = None  # the one day the sentences passed over named, if any
    crossed = False  # whether the search went back over a paragraph break
    memo = sentence_facts(doc, sentences, _named_days, _opens_another_story)
    for j in range(k - 1, -1, -1):
        if _paragraph_break(doc, sentences, j):
            if _opens_next_item(doc, sentences[j + 1]):
                return None  # a round-up's next item in a paragraph of its own (وفي محافظة الأنبار ...)
            crossed = True
        if (j < k - 1 or crossed) and memo.opens_another_story(j + 1):
            return None  # another story begins between the lede and this sentence
        words, days = memo.named(j)
        day = days[-1] if days else None  # the last day it names
        if day is None or _background(doc, day):
            continue  # no day, or an earlier incident recalled: it dates neither this one nor the news
        if j == k - 1 and not crossed:
            # precision 2: the day comes from the context, not from the event's own sentence
            return day.isoformat(), 2  # the sentence before, in the same paragraph
        if told is None and not crossed and _paragraph_break_before(doc, sentences, j):
            # the paragraph's lede, with nothing but undated sentences in between
            return (day.isoformat(), 2) if _lede_day(doc, sentences, j, day, words) else None
        if told is not None and day != told:
            return None  # two different days: which one goes on is unknown
        told = day
        if _paragraph_break_before(doc, sentences, j) and (j == 0 or not crossed):
            return _lede_scope(doc, sentences, j, days, words)
    return None


def _opens_next_item(doc: Document, sent: Sentence) -> bool:
    """Whether a paragraph opens on ``وفي`` (``وفي محافظة الأنبار``، ``وفي حادث منفصل``): the
    next item of a round-up, which the article's lede does not date."""
    words = words_of(doc.text, sent.start, min(sent.end, sent.start + 12))
    return bool(words) and words[0].key in _NEXT_ITEM_OPENERS


def _paragraph_break_before(doc: Document, sentences: Sequence[Sentence], j: int) -> bool:
    """Whether sentence ``j`` opens its paragraph (the first sentence of the text does)."""
    return j == 0 or _paragraph_break(doc, sentences, j - 1)


def _lede_scope(doc: Document, sentences: Sequence[Sentence], j: int, days: Sequence[dt.date],
                words: Sequence[Any]) -> tuple[str, int] | None:
    """The day of lede ``j`` (the days it names: ``days``, in order) carried over the sentences
    after it that name no day or the same one (or, from the article's lede, over paragraphs):
    where the lede names that one day
    only (``اشتباكات أمس الأحد ... بعد يومين على ... الجمعة`` tells two), it is its
    incident's (:func:`_lede_day`), one of the news days (up to :data:`NEWS_DAY_REACH` before
    publication) not told as a past one recalled (``كتبنا الخميس الماضي``), and it is not the
    news day the undated events get anyway (:func:`news_day`, whose day a carried one would
    displace in a merge)."""
    day = days[-1]
    if doc.published is None or (doc.published - day).days > NEWS_DAY_REACH:
        return None  # an older day is a recalled incident's, not the news'
    if set(days) != {day} or not _lede_day(doc, sentences, j, day, words):
        return None
    sent = sentences[j]
    if any(sent.start <= t.start and t.end <= sent.end and day_of(t, doc.published) == day
           and _PAST_MARKS & set(words_key(doc.text[t.start:t.end]).split())
           for t in times_by_start(doc.times).among(sent.start, sent.end + 1)):
        return None  # "last Thursday" (الخميس الماضي): a day recalled from the news', not the news'
    return None if day.isoformat() == news_day(doc) else (day.isoformat(), 2)


#: An event dated this many days before publication is background, not news (the events
#: stage drops it).
STALE_DAYS = 30

#: How many days before publication a day may lie to be the article's news day.
NEWS_DAY_REACH = 3


def _since(text: str, t: TimeExpr) -> bool:
    """Whether the time starts a period (``منذ بدء المعارك أمس السبت``): the start of a
    war or a siege, not the day of the news."""
    before = words_of(text, max(0, t.start - 40), t.start)[-5:]
    return any(w.key in _PERIOD_OPENERS for w in before)


#: How many days before publication the day a text was written on may lie (a wire report a
#: daily printed, or a site posted, a day or two later).
WRITER_DAY_REACH = 2


def _relative_offset(key: str) -> tuple[int, bool] | None:
    """The offset of the relative day a time expression names (``اليوم الثلاثاء``: 0, ``مساء
    أمس (الاثنين)``: -1, ``أول من أمس``: -2) and whether it names it by weekday; ``None``
    where it names no relative day."""
    lex = lexicon()
    words = key.replace("(", " ").replace(")", " ").split()
    at = next((i for i, w in enumerate(words) if w in lex.weekdays), None)
    before = words[:at] if at is not None else words
    for n in range(min(3, len(before)), 0, -1):
        for i in range(len(before) - n, -1, -1):
            offset = lex.relative_days.get(" ".join(before[i:i + n]))
            if offset is not None and (at is None or i + n == at):
                return offset, at is not None
    return None


def _after_open_bracket(text: str, pos: int) -> bool:
    """Whether the last character before ``pos`` that is not white space is ``(`` (what
    ``text[:pos].rstrip().endswith("(")`` tells, without copying the text before ``pos``)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos > 0 and text[pos - 1] == "("


def writer_day(doc: Document) -> dt.date | None:
    """The day the text was written on where it tells that day itself and that is a day or two
    before publication: every relative day it names by weekday (``اليوم الثلاثاء``, ``أمس
    (الاثنين)``) counts back from that one day (a wire report posted later). ``None`` where the
    text names no such day, names one that counts from publication, or two, or where a bare
    relative day (``أمس`` with no weekday) is valued later than it would be counted from that
    day (the paper's own voice beside the wire's: which one a bare day is told in is unknown)."""
    if doc.published is None:
        return None
    found: set[dt.date] = set()
    bare: list[tuple[dt.date, int]] = []
    for t in doc.times:
        day = day_of(t, doc.published)
        # a weekday in brackets names the relative day before it: اليوم (الثلاثاء)
        start = max(0, t.start - 16) if _after_open_bracket(doc.text, t.start) else t.start
        relative = _relative_offset(words_key(doc.text[start:t.end])) if day is not None else None
        if day is None or relative is None or relative[0] > 0:
            continue
        if relative[1]:
            found.add(day - dt.timedelta(days=relative[0]))
        else:
            bare.append((day, relative[0]))
    if len(found) != 1:
        return None
    written = found.pop()
    if not 0 < (doc.published - written).days <= WRITER_DAY_REACH:
        return None
    if any((day - written).days > offset for day, offset in bare):
        return None
    return written


def news_day(doc: Document) -> str | None:
    """The day the article's news happened, for an event whose own sentences name no day.
    Where the text names days up to :data:`NEWS_DAY_REACH` before publication, the day
    before publication (the day a daily paper's ``أمس`` names): a day named further back
    (``الاثنين``, ``أول من أمس``) dates its own incident, not the undated ones told around
    it. Where it names only the publication day, that day (a same-day report: ``اليوم``).
    Where it names none of those days, the day before publication too: a daily's edition
    reports the day before it (the day an ACLED coder gives an undated incident of a
    daily's report), unless the outlet posts on its news's day (a web outlet, the wire:
    :func:`.outlet_day.posts_same_day`): then the publication day. A time that starts a
    period (``منذ ... أمس``) does not count, nor one that dates only a statement (``أعلن
    اليوم أسماء الشهداء``: :func:`.announced.statement_day_starts`). Where the text tells it was written a day or
    two before publication (:func:`writer_day`), never a day after the one it was written
    on: its news is not later than that."""
    if doc.published is None:
        return None
    days: set[dt.date] = set()
    announced = statement_day_starts(doc)  # (the day of a statement: أعلن اليوم أسماء الضحايا)
    for t in doc.times:
        day = day_of(t, doc.published)
        if (day is not None and 0 <= (doc.published - day).days <= NEWS_DAY_REACH and not _since(doc.text, t)
                and t.start not in announced):
            days.add(day)
    same_day = days == {doc.published} or (not days and posts_same_day(doc))
    news = doc.published if same_day else doc.published - dt.timedelta(days=1)
    written = writer_day(doc)
    return min(news, written).isoformat() if written is not None else news.isoformat()


@dataclass(frozen=True, slots=True)
class Lapse:
    """``بعد أربعة أيام على الهجوم``: from word ``first`` on, the sentence tells an earlier
    incident, ``days`` before the event of its main clause (``None``: a lapse of unknown
    length, ``بعد أيام من``)."""

    first: int
    days: int | None


@lru_cache(maxsize=1)
def _lapse_tables() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, tuple[int, int | None]],
                            frozenset[str]]:
    d = load_data("events/lapses.json")
    units = {normalize_key(k): (int(v[0]), None if v[1] is None else int(v[1])) for k, v in d["units"].items()}
    return (frozenset(normalize_key(x) for x in d["openers"]),
            frozenset(normalize_key(x) for x in d["links"]),
            frozenset(normalize_key(w) for x in d["vague"] for w in x.split()), units,
            frozenset(normalize_key(x) for x in d.get("after_unit", ())))


_KEY = attrgetter("key")


@lru_cache(maxsize=4)
def _opener_keys(openers: frozenset[str]) -> frozenset[str]:
    """The word keys ``k`` that :func:`lapses` reads as an opener: ``k[1:]`` an opener when
    ``k`` starts with ``و``, else ``k`` one."""
    return frozenset({"و" + o for o in openers} | {o for o in openers if not o.startswith("و")})


def lapses(words: Sequence[Any]) -> list[Lapse]:
    """The lapses of a sentence's words (table in ``rasd/data/events/lapses.json``): an
    opener (``بعد``, ``عقب``), an optional count (digits or a number word), a unit
    (``أيام``, ``يومين``, ``ساعات``, ``أسبوع``), a word on the length if any (``تقريبا``, ``فقط``)
    and a link (``على``, ``من``). What follows is an earlier incident the report recalls."""
    from rasd.stages.events.numbers import parse_counts

    openers, links, vague, units, after_unit = _lapse_tables()
    out: list[Lapse] = []
    # the keys of an opener, with its "و" or without (a key that starts with "و" is read without it)
    heads = _opener_keys(openers)
    for i in [i for i, key in enumerate(map(_KEY, words)) if key in heads]:
        j = i + 1
        fuzzy = False
        while j < len(words) and j <= i + 3 and words[j].key in vague:
            fuzzy = True
            j += 1
        unit = next((k for k in range(j, min(len(words), j + 3)) if words[k].key in units), None)
        if unit is None:
            continue
        # بعد ثلاث سنوات تقريبا على، بعد ساعات فقط من: a word on the length before the link
        link = unit + 2 if unit + 1 < len(words) and words[unit + 1].key in after_unit else unit + 1
        if link >= len(words) or words[link].key not in links:
            continue
        per, implied = units[words[unit].key]
        counts = parse_counts(words[j:unit]) if unit > j else []
        if unit > j and (len(counts) != 1 or counts[0].first != 0 or counts[0].last != unit - j - 1):
            continue  # words between the opener and the unit that are not its count
        count = counts[0].value if counts else implied
        out.append(Lapse(i, 0 if per == 0 else None if count is None or fuzzy else per * count))
    return out


def shifted(day: tuple[str, int] | None, lapse_days: int) -> tuple[str, int] | None:
    """The day ``lapse_days`` before ``day`` (a date and its precision), as precise as it:
    counted back from a day the text names, it is a day the text gives."""
    if day is None:
        return None
    try:
        return (dt.date.fromisoformat(day[0][:10]) - dt.timedelta(days=lapse_days)).isoformat(), day[1]
    except ValueError:
        return None


def main_day(doc: Document, lo: int, hi: int, carried: tuple[str, int] | None,
             default_day: str | None) -> tuple[str, int] | None:
    """The day (and its precision) of the main clause ``[lo, hi)`` that a lapse counts back
    from: its own time expression, else the day carried from the sentence before, else the
    article's news day or the publication date (precision 2)."""
    words = words_of(doc.text, lo, hi)
    when = pick_time(doc.times, lo, hi, hi, doc.published, report_times(doc.text, words, doc.times, hi, doc.published))
    day = default_day or (doc.published.isoformat() if doc.published else None)
    return when or carried or ((day, 2) if day else None)
