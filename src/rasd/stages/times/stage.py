"""The times stage: every Arabic time expression, resolved against the publication date.

``اليوم الأحد``, ``مساء السبت``, ``السادس من حزيران/يونيو``, ``15 تشرين الأول 2017``,
``25 محرم 1439 هـ``, ``الشهر الماضي``, ``منذ 2011`` ... become :class:`TimeExpr` spans with
a value ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (see ``docs/times.md`` for the rules).
Without a publication date the stage first looks for a date line at the top or bottom of
the article (``نشر في 15 أكتوبر 2017``); failing that, relative expressions keep a null
value and absolute ones still resolve.

Pure functions for other stages: :func:`resolve_times` and :func:`find_publication_date`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import ClassVar

from rasd.document import Document, TimeExpr
from rasd.stages.times.anaphora import same_days
from rasd.stages.times.feasts import feast_candidates
from rasd.stages.times.lexicon import lexicon
from rasd.stages.times.match import Candidate, find_candidates
from rasd.stages.times.quoted import quoted_days
from rasd.text import Shadow, load_data, normalize_char, normalize_key

__all__ = ["TimesStage", "find_publication_date", "resolve_times"]


def _resolve(text: str, published: dt.date | None) -> list[tuple[TimeExpr, Candidate]]:
    try:
        shadow = Shadow.of(text)
        found = _with_feasts(find_candidates(shadow.key, published), feast_candidates(shadow.key, published))
    except RecursionError:  # pragma: no cover - pathological input
        return []
    out = []
    for cand in found:
        start, end = shadow.original(cand.start, cand.end)
        while end < len(text) and not text[end].isspace() and normalize_char(text[end]) == "":
            end += 1  # the tatweel of هـ, a final tanwin
        out.append((TimeExpr(start, end, cand.value), cand))
    return same_days(text, shadow, _glossed(text, published, quoted_days(text, published, out)))


def _with_feasts(found: list[Candidate], feasts: list[Candidate]) -> list[Candidate]:
    """The candidates with the feast days (:func:`feast_candidates`) in place of what they
    overlap (the ``اليوم`` of ``اليوم الثاني من العيد``, the ``مساء`` of ``مساء يوم العيد``)."""
    if not feasts:
        return found
    kept = [c for c in found if not any(c.start < f.end and f.start < c.end for f in feasts)]
    return sorted(kept + feasts, key=lambda c: (c.start, c.end))


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


@lru_cache(maxsize=1)
def _today_tables() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of ``modifiers.json`` that name today (offset 0) and the phrases that make
    a following ``اليوم`` "such a day" (``لمثل هذا اليوم``), all normalised."""
    mods = load_data("times/modifiers.json")
    today = frozenset(normalize_key(k) for k, v in mods["relative_days"].items() if int(v) == 0)
    return today, tuple(" " + normalize_key(x) for x in mods["such_a_day"])


def _names_today(text: str, t: TimeExpr) -> bool:
    """Whether the expression's relative day is today's (``صباح اليوم``, not ``غدا``)."""
    key = normalize_key(text[t.start:t.end])
    return any(f" {w} " in f" {key} " for w in _today_tables()[0])


def _such_a_day(text: str, t: TimeExpr) -> bool:
    """``في مثل هذا اليوم``, ``لمثل هذا اليوم``: a kind of day, not today."""
    before = " " + normalize_key(text[max(0, t.start - 20):t.start])
    return normalize_key(text[t.start:t.end]) == "اليوم" and before.rstrip().endswith(_today_tables()[1])


#: Quotation marks that, right around a bare ``اليوم``, make it a name (the daily ``اليوم``:
#: ``قالوا لـ"اليوم"``، ``«اليوم» رصدت``), not today.
_QUOTES = frozenset('"«»“”„')


def _quoted_name(text: str, t: TimeExpr, ends: frozenset[int]) -> bool:
    """Whether the expression is a bare ``اليوم`` with a quotation mark right before and right
    after it (``لـ"اليوم"``، ``لـ «اليوم»``): a name, the daily's or a programme's, not a day.
    Not where another time ends right before the mark (``غدا «اليوم»``: an editor's gloss of
    it); ``ends``: where the text's times end."""
    if not (0 < t.start and t.end < len(text) and text[t.start - 1] in _QUOTES and text[t.end] in _QUOTES
            and normalize_key(text[t.start:t.end]) == "اليوم"):
        return False
    mark = t.start - 1
    while mark > 0 and text[mark - 1].isspace():
        mark -= 1
    return mark not in ends


def _glossed(text: str, published: dt.date | None,
             found: list[tuple[TimeExpr, Candidate]]) -> list[tuple[TimeExpr, Candidate]]:
    """Relative days valued by the day an editor's parenthesis names: ``فجر اليوم (أمس
    الخميس)``, ``ظهر اليوم (أمس)`` (a wire report's "today" is the paper's yesterday). Where
    the text glosses one "today" so, its other "today"s, told by the same report, are that day too."""
    ends = frozenset(t.end for t, _ in found)
    out = [(t, c) for t, c in found
           if not (c.kind == "relday" and (_such_a_day(text, t) or _quoted_name(text, t, ends)))]
    today = published.isoformat() if published else None
    shifted: str | None = None
    for i in range(len(out) - 1):
        (a, ca), (b, _) = out[i], out[i + 1]
        if (ca.absolute or not a.value or not b.value or len(a.value) != 10 or len(b.value) != 10
                or not 0 < abs((dt.date.fromisoformat(a.value) - dt.date.fromisoformat(b.value)).days) <= 2):
            continue
        gap = _OPEN.fullmatch(text, a.end, b.start)
        if gap is None or _CLOSE.match(text, b.end) is None:
            continue
        if a.value == today and b.value < a.value:
            shifted = b.value
        out[i] = (TimeExpr(a.start, a.end, b.value), ca)
    if shifted is None:
        shifted = _own_today(text, published, out)
    if shifted is not None:
        out = [(TimeExpr(t.start, t.end, shifted), c)
               if c.kind == "relday" and t.value == today and _names_today(text, t) else (t, c) for t, c in out]
    return out


#: How many days before publication the day a report calls "today" by name may lie.
OWN_TODAY_REACH = 2


def _own_today(text: str, published: dt.date | None, found: list[tuple[TimeExpr, Candidate]]) -> str | None:
    """The day a report names as its own "today" (``اليوم الاثنين``, ``اليوم (الاثنين)``) where
    that is a day or two before publication (a wire report a daily printed the next day); its
    bare "today"s (``صباح اليوم``) are that day too. ``None`` where it names no such day, or
    names two."""
    if published is None:
        return None
    weekdays = lexicon().weekdays
    days: set[dt.date | None] = set()
    for t, c in found:
        if c.kind != "relday" or not t.value or len(t.value) != 10 or not _names_today(text, t):
            continue
        words = _TOKEN.findall(normalize_key(text[t.start:min(len(text), t.end + 12)]))
        if not any(w in weekdays for w in words[1:3]):
            continue
        day = dt.date.fromisoformat(t.value)
        days.add(day if 0 < (published - day).days <= OWN_TODAY_REACH else None)
    only = days.pop() if len(days) == 1 else None
    return only.isoformat() if only is not None else None


def resolve_times(text: str, published: dt.date | str | None = None) -> list[TimeExpr]:
    """The time expressions of ``text`` with values resolved against ``published``
    (a date or an ISO string). Spans are offsets into ``text``."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    return [expr for expr, _ in _resolve(text, published)]


_CLOCK = re.compile(
    r"(?:(?<=[0-9])t|(?<!\w))[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?(?:\.[0-9]+)?(?:z|[+-][0-9]{2}:?[0-9]{2})?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+")


def _date_of_line(line: str) -> dt.date | None:
    """The date of a line that holds nothing but a full date, clock times and the words of
    ``pubdate.json`` (weekday names included), else None."""
    lex = lexicon()
    if not line.strip() or len(line) > lex.pubdate_max_chars:
        return None
    shadow = Shadow.of(line)
    key = shadow.key
    found = [c for c in find_candidates(key, None) if c.absolute and c.value and len(c.value) == 10]
    if len(found) != 1:
        return None
    cand = found[0]
    rest = key[: cand.start] + " " + key[cand.end :]
    rest = _CLOCK.sub(" ", rest)
    for word in _TOKEN.findall(rest):
        if word in lex.pubdate_words or word in lex.weekdays or "ال" + word in lex.weekdays:
            continue
        return None
    assert cand.value is not None
    return dt.date.fromisoformat(cand.value)


def find_publication_date(text: str, extra_lines: Iterable[str] = ()) -> dt.date | None:
    """The publication date from a date line near the top or bottom of ``text``
    (``نشر في 15 أكتوبر 2017``, ``الأحد 15 تشرين الأول 2017``, ``2017-10-15 10:30``), or
    from ``extra_lines`` (e.g. the lines the cleaning stage removed). None if there is none."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    n = lexicon().pubdate_lines
    head, tail = lines[:n], lines[n:][-n:]
    for line in [*head, *reversed(tail)]:
        found = _date_of_line(line)
        if found is not None:
            return found
    return _first_dated(tuple(extra_lines))


@lru_cache(maxsize=8)
def _first_dated(lines: tuple[str, ...]) -> dt.date | None:
    """The date of the first date line among ``lines``. Cached: every part of a long article
    (:mod:`rasd.pipeline_parts`) asks about the same lines, the title and those cleaning
    removed from the whole article, and a scan per part would cost the square of its length."""
    for line in lines:
        found = _date_of_line(line)
        if found is not None:
            return found
    return None


class TimesStage:
    """Fill ``doc.times``; set ``doc.published`` from a date line when it is missing (a
    line near the top or bottom of the text, the title, or a line cleaning removed).

    Options: ``find_published`` (default True) looks for the publication date in the text
    when the document has none.
    """

    name: ClassVar[str] = "times"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"times", "published"})

    def __init__(self, find_published: bool = True) -> None:
        self.find_published = bool(find_published)

    def __call__(self, doc: Document) -> Document:
        if doc.language not in (None, "ar"):
            return doc.evolve(times=())
        published = doc.published
        if published is None and self.find_published:
            extra = (doc.title, *doc.removed) if doc.title else doc.removed
            published = find_publication_date(doc.text, extra)
        times = [expr for expr, _ in _resolve(doc.text, published)]
        if published != doc.published:
            return doc.evolve(times=times, published=published)
        return doc.evolve(times=times)
