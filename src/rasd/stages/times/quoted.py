"""Relative days told inside a direct quotation whose day the text names: ``وقال مساء الخميس
إن "الاشتباكات مستمرة منذ صباح اليوم"`` in a Saturday paper. The quotation is the speaker's
words, so its ``اليوم`` is the day the speaker spoke (Thursday), not the paper's; its ``أمس``
the day before that. Only a quotation that opens right after its attribution's day is read so
(``قال ... أمس: «...»``، ``ذكر ... الخميس إن «...»``); one an editor glossed (``اليوم (أمس)``)
is already in the paper's voice and is left as it is. A quotation whose attribution names no day
(``وقال المرصد: «...»``) is read from the day its speaker's report was dated just before
(``ذكر المرصد أمس الخميس ...``, :func:`_speaker_day`). Reported speech whose verb names its day by
the weekday alone (``قال مسؤولون الأحد إن ... الليلة الماضية``) is read the same way."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from rasd.document import TimeExpr
from rasd.stages.times.calendar import day_of_value
from rasd.stages.times.lexicon import lexicon, words_key
from rasd.stages.times.match import Candidate
from rasd.text import load_data, normalize_key

__all__ = ["quoted_days"]


#: A direct quotation on one line (``«...»``، ``"..."``، ``“...”``).
_QUOTATION = re.compile(r'«[^»\n]{1,600}»|"[^"\n]{1,600}"|“[^”\n]{1,600}”')
#: What may stand between the attribution's day and the quotation's opening mark: a closing
#: bracket of a gloss, a colon or comma, and ``إن``/``أن`` (``مساء الخميس إن "``، ``أمس: «``).
_OPENING = re.compile(r"\s*\)?\s*[:،,]?\s*(?:(?:إن|ان|أن|بأن|إنه|انه|أنه)\s*)?[:،,]?\s*")
#: How far (characters) before its day the reporting verb of an attribution may lie.
_VERB_REACH = 60


@lru_cache(maxsize=1)
def _quote_verbs() -> frozenset[str]:
    """The reporting verbs of ``modifiers.json`` (``quote_verbs``), normalised, with ``و``."""
    verbs = {normalize_key(v) for v in load_data("times/modifiers.json")["quote_verbs"]}
    return frozenset(verbs | {"و" + v for v in verbs})


def _attribution_day(text: str, published: dt.date, times: Sequence[TimeExpr], start: int) -> dt.date | None:
    """The day of the attribution a quotation opening at ``start`` follows (``قال مساء الخميس
    إن "``): a day before publication told right before the opening mark, after a reporting verb."""
    before = [t for t in times if t.end <= start]
    if not before:
        return None
    t = max(before, key=lambda x: x.end)
    day = day_of_value(t.value)
    if day is None or day >= published or _OPENING.fullmatch(text, t.end, start) is None:
        return None
    words = normalize_key(text[max(0, t.start - _VERB_REACH):t.start]).split()
    return day if _quote_verbs() & set(words) else None


#: Where the sentence of a quotation's attribution starts: a full stop or a line break.
_SENTENCE_END = re.compile(r"[.\n]")
#: How far (characters) before its opening mark an attribution may start, how many words may
#: name its speaker, and how far back (characters) the speaker's dated report may lie.
_ATTRIBUTION_REACH = 120
_SPEAKER_WORDS = 4
_EARLIER_REACH = 1200
#: Words of an attribution after its speaker (``قال المرصد إن «``).
_COMPLEMENTS = frozenset({"ان", "انه", "بان"})


def _speaker(text: str, lo: int, start: int) -> str | None:
    """The first word of the speaker of an attribution ``[lo, start)`` that names no day
    (``وقال المرصد: «``): the word right after its last reporting verb, where the speaker is
    told in at most :data:`_SPEAKER_WORDS` words before the opening mark and that word is
    definite (``المصدر``: the one named before; ``مصدر`` is a new one, ``في بيان`` none)."""
    words: list[str] = re.findall(r"\w+", normalize_key(text[lo:start]))
    while words and words[-1] in _COMPLEMENTS:
        words.pop()
    at = max((i for i, w in enumerate(words) if w in _quote_verbs()), default=None)
    if at is None or not 0 < len(words) - at - 1 <= _SPEAKER_WORDS or not words[at + 1].startswith("ال"):
        return None
    return words[at + 1]


def _speaker_day(text: str, published: dt.date, times: Sequence[TimeExpr], start: int) -> dt.date | None:
    """The day a quotation opening at ``start`` was given, where its own attribution names no
    day but its speaker's report was dated just before (``ذكر المرصد أمس الخميس ... وقال
    المرصد: «خطف عناصر ... مساء أمس»``): the day of the nearest earlier time, before
    publication, told after a reporting verb and that speaker (``ذكر المرصد ... أمس الخميس``)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _ATTRIBUTION_REACH), start)]
    lo = ends[-1] if ends else max(0, start - _ATTRIBUTION_REACH)
    if any(lo <= t.start < start for t in times):
        return None
    who = _speaker(text, lo, start)
    if who is None:
        return None
    for t in sorted((t for t in times if lo - _EARLIER_REACH <= t.start and t.end <= lo),
                    key=lambda x: -x.end):
        words = normalize_key(text[max(0, t.start - _VERB_REACH):t.start]).split()
        verb = max((i for i, w in enumerate(words) if w in _quote_verbs()), default=None)
        if verb is not None and who in words[verb + 1:]:
            day = day_of_value(t.value)
            return day if day is not None and day < published else None
    return None


def _glossed_inside(text: str, times: Sequence[TimeExpr], a: int, b: int) -> bool:
    """Whether a quotation ``[a, b)`` holds an editor's gloss of a day (``اليوم (أمس)``)."""
    return any(a < t.start < b and text[max(a, t.start - 3):t.start].rstrip().endswith("(") for t in times)


def _names_weekday(text: str, t: TimeExpr) -> bool:
    """Whether a relative day names its weekday (``أمس الخميس``): that resolves it already."""
    weekdays = lexicon().weekdays
    return any(w in weekdays for w in words_key(text[t.start:t.end]).replace("(", " ").split())


def quoted_days(text: str, published: dt.date | None,
                found: list[tuple[TimeExpr, Candidate]]) -> list[tuple[TimeExpr, Candidate]]:
    """The times with each relative day (``relday``) told inside a direct quotation counted from
    the day its attribution names (:func:`_attribution_day`), not from publication: the day
    the speaker spoke is the quotation's "today". Other times, and quotations with no such
    attribution or with an editor's gloss, are left as they are."""
    if published is None or not found:
        return found
    times = [t for t, _ in found]
    moved: dict[int, str] = {}
    for m in _QUOTATION.finditer(text):
        spoke = _attribution_day(text, published, times, m.start()) or _speaker_day(text, published, times, m.start())
        if spoke is None or _glossed_inside(text, times, m.start(), m.end()):
            continue
        for t, c in found:
            day = day_of_value(t.value)
            if (c.kind == "relday" and day is not None and m.start() < t.start and t.end < m.end()
                    and not _names_weekday(text, t)):
                moved[t.start] = (spoke - (published - day)).isoformat()
    moved.update(_indirect_days(text, published, found, moved))
    if not moved:
        return found
    return [(TimeExpr(t.start, t.end, moved[t.start]), c) if t.start in moved else (t, c) for t, c in found]


#: What stands between a reporting verb's weekday and the reported clause it opens
#: (``قال مسؤولون الأحد إن``، ``ذكر مسؤول السبت: إن``، ``أعلن الجيش الخميس أن``).
_INDIRECT = re.compile(r"\s*[:،,]?\s*(?:إن|ان|أن|بأن|إنه|انه|أنه)\s")
#: Where a reported clause ends: a full stop or a line break (or this many characters on).
_CLAUSE_END = re.compile(r"[.\n]")
_CLAUSE_REACH = 300


def _indirect_days(text: str, published: dt.date, found: list[tuple[TimeExpr, Candidate]],
                   moved: dict[int, str]) -> dict[int, str]:
    """Relative days told in reported speech whose reporting verb names its day by the
    weekday alone (``قال مسؤولون الأحد إن مسلحين هاجموا الليلة الماضية``, a wire's style): the
    speaker's "last night" counts from that day, as in a direct quotation. Not where the
    report's day is itself a relative one (``قال ... أمس إن``: a daily's own voice may tell
    its clause's days from the paper's day), nor for days a quotation already moved."""
    out: dict[int, str] = {}
    for t, c in found:
        if c.kind != "weekday" or _INDIRECT.match(text, t.end) is None:
            continue
        spoke = day_of_value(t.value)
        words = normalize_key(text[max(0, t.start - _VERB_REACH):t.start]).split()
        if spoke is None or spoke >= published or not _quote_verbs() & set(words):
            continue
        stop = _CLAUSE_END.search(text, t.end, t.end + _CLAUSE_REACH)
        end = stop.start() if stop else t.end + _CLAUSE_REACH
        for u, d in found:
            day = day_of_value(u.value)
            if (d.kind == "relday" and day is not None and t.end < u.start and u.end <= end
                    and u.start not in moved and not _names_weekday(text, u)):
                out[u.start] = (spoke - (published - day)).isoformat()
    return out
