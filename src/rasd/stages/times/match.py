"""Finding and resolving Arabic time expressions (the engine of the times stage).

:func:`find_candidates` runs every pattern of :mod:`rasd.stages.times.lexicon` over the
normalised shadow of a text, resolves each match against the publication date and keeps
the longest non-overlapping matches; ``منذ/من/بين X حتى/إلى Y`` ranges are then joined into
one expression valued by their start.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rasd.stages.times import calendar as cal
from rasd.stages.times.lexicon import LazyPattern, Lexicon, lexicon, words_key

__all__ = ["Candidate", "find_candidates"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A resolved expression in key offsets. ``absolute``: its value does not depend on the
    publication date; ``kind``: the pattern that found it."""

    start: int
    end: int
    value: str | None
    absolute: bool
    kind: str
    #: (month, day or None) of a Gregorian date or month read without a year, so that a
    #: range can take the year of its end (``من نيسان إلى حزيران 2000``).
    month_day: tuple[int, int | None] | None = None


_WORD_RE = re.compile(r"\w+")
_GREGORIAN_YEARS = range(1000, 2201)


def _prev_word(key: str, pos: int) -> str:
    words = _WORD_RE.findall(key[max(0, pos - 40) : pos])
    return words[-1] if words else ""


def _next_word(key: str, pos: int) -> str:
    m = _WORD_RE.search(key, pos, min(len(key), pos + 40))
    if m is None or "\n" in key[pos : m.start()]:
        return ""
    return m.group()


def _direction(lex: Lexicon, rel: str | None) -> int | None:
    """-1 past, +1 next, 0 current, None for no modifier."""
    if not rel:
        return None
    k = words_key(rel)
    if k in lex.before_last:
        return -2
    if k in lex.past:
        return -1
    if k in lex.next:
        return 1
    return 0


def _bare_forms(word: str) -> set[str]:
    """``word`` and its readings without a proclitic (``لهجمات`` -> ``هجمات``,
    ``للثوره`` -> ``الثوره``)."""
    forms = {word}
    rest = word[1:] if word[:1] in ("و", "ف") else word
    forms.add(rest)
    if rest.startswith("لل"):
        forms.add("ال" + rest[2:])
    if rest[:1] in ("ب", "ل", "ك"):
        forms.add(rest[1:])
    return forms


def _blocked_name(lex: Lexicon, key: str, pos: int) -> bool:
    """``ثورة 25 يناير``, ``قوى 14 آذار``, ``لهجمات 11 سبتمبر``: a date used as a name."""
    return not _bare_forms(_prev_word(key, pos)).isdisjoint(lex.blockers)


# ------------------------------------------------------------------------ handlers
# Each handler returns (value, absolute) or None to drop the match.

#: A handler result that drops the match and everything inside it (``ثورة 25 يناير``
#: must not leave ``يناير``; ``الأحد عشر`` must not leave ``الأحد``).
BLOCK: tuple[str | None, bool] = ("", False)
#: A handler result kept only when it joins a range: an ambiguous month name alone
#: (``نيسان``) is no date, but ``من نيسان إلى حزيران 2000`` is.
WEAK: tuple[str | None, bool] = ("weak", False)

Result = tuple[str | None, bool] | None


def _month_of(lex: Lexicon, m: re.Match[str]) -> tuple[int, bool] | None:
    first = lex.months.get(words_key(m.group("m1")))
    if first is None:
        return None
    if m.group("m2"):
        second = lex.months.get(words_key(m.group("m2")))
        if second is None or second[0] != first[0] or second[1] != first[1]:
            return None
    return first


def _year_of(lex: Lexicon, m: re.Match[str], hijri_month: bool) -> tuple[int, bool] | None:
    """(year, is_hijri) from the ``year``/``era`` groups, None when out of range."""
    year = int(m.group("year"))
    era = m.group("era")
    hijri = hijri_month or (era is not None and words_key(era) in lex.hijri_era)
    if hijri_month and era is not None and words_key(era) not in lex.hijri_era:
        return None
    if hijri:
        return (year, True) if year in cal.HIJRI_YEARS else None
    return (year, False) if year in _GREGORIAN_YEARS else None


def _date(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    ordinal = words_key(m.group("ord") or "").replace(" و ", " و")
    day = int(m.group("day")) if m.group("day") else lex.ordinals.get(ordinal, 0)
    if not 1 <= day <= 31:
        return None
    if m.group("day2") and not day < int(m.group("day2")) <= 31:
        return None
    if m.group("relmonth"):
        if pub is None:
            return None, False
        shift = _direction(lex, m.group("mrel")) or 0
        y, mo = cal.shift_month(pub.year, pub.month, shift)
        return cal.day_value(cal.make_date(y, mo, day)), False
    month_info = _month_of(lex, m)
    if month_info is None:
        return None
    month, hijri = month_info
    if m.group("year"):
        year_info = _year_of(lex, m, hijri)
        if year_info is None:
            return None
        year, year_hijri = year_info
        if year_hijri and not hijri:
            return None
        found = cal.hijri_day(year, month, day) if hijri else cal.make_date(year, month, day)
        return (cal.day_value(found), True) if found else None
    direction = _direction(lex, m.group("rel"))
    if direction is None and _blocked_name(lex, key, m.start("x")):
        return BLOCK
    if pub is None:
        return None, False
    if hijri:
        return cal.day_value(cal.infer_hijri_date(month, day, pub, direction or 0)), False
    if direction is None:
        return cal.day_value(cal.make_date(cal.infer_year(month, day, pub), month, day)), False
    return cal.day_value(cal.relative_day(month, day, max(-1, direction), pub)), False


def _month_year(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    month_info = _month_of(lex, m)
    if month_info is None:
        return None
    month, hijri = month_info
    year_info = _year_of(lex, m, hijri)
    if year_info is None or (year_info[1] and not hijri):
        return None
    if hijri:
        return cal.hijri_month_value(year_info[0], month, None), True
    return cal.month_value(year_info[0], month), True


def _month_rel(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    month_info = _month_of(lex, m)
    if month_info is None:
        return None
    month, hijri = month_info
    direction = max(-1, _direction(lex, m.group("rel")) or 0)
    if pub is None:
        return None, False
    if hijri:
        return cal.hijri_month_value(None, month, pub, direction), False
    return cal.month_value(*cal.relative_month(month, direction, pub)), False


def _month_bare(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    month_info = _month_of(lex, m)
    if month_info is None:
        return None
    month, hijri = month_info
    named = bool(m.group("sh") or m.group("m2") or m.group("pos"))
    if hijri and not m.group("sh"):
        return None
    if _blocked_name(lex, key, m.start("x")):
        return BLOCK
    # (``في مايو``: a preposition right before the name makes it the month)
    name = words_key(m.group("m1"))
    weak = name in lex.ambiguous_months and not named and not (
        name in lex.preposition_months
        and not _bare_forms(_prev_word(key, m.start("x"))).isdisjoint(lex.month_prepositions))
    if pub is None:
        return WEAK if weak else (None, False)
    if hijri:
        return cal.hijri_month_value(None, month, pub), False
    if weak:
        return WEAK
    return cal.month_value(*cal.nearest_month(month, pub)), False


def _year_value(lex: Lexicon, m: re.Match[str]) -> str | None:
    info = _year_of(lex, m, False)
    if info is None:
        return None
    return cal.hijri_year_value(info[0]) if info[1] else cal.year_value(info[0])


def _year(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    if not (m.group("pos") or m.group("yw")):
        return _year_era(lex, m, key, pub) if m.group("era") else None
    value = _year_value(lex, m)
    return (value, True) if value else None


def _year_era(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    year = int(m.group("year"))
    if words_key(m.group("era")) not in lex.hijri_era and not 1900 <= year <= 2100:
        return None  # ``1500 م`` is more often metres than a year
    value = _year_value(lex, m)
    return (value, True) if value else None


def _year_prep(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    year = int(m.group("year"))
    if words_key(m.group("prep")) not in lex.year_prepositions or not 1950 <= year <= 2100:
        return None
    after = _next_word(key, m.end("x"))
    if after in lex.units or (after.endswith("ا") and len(after) > 2):
        return None  # ``حتى 2000 قتيلا``: a count
    return cal.year_value(year), True


def _year_range(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    first, last = int(m.group("year")), int(m.group("year2"))
    if not 1900 <= first < last <= 2100:
        return None
    return cal.year_value(first), True


def _period(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    unit = m.group("unit") or m.group("unit2")
    if unit == "العام" and not m.group("pos") and _prev_word(key, m.start("x")) in lex.general_title_words:
        return BLOCK  # المدير العام الحالي: 'general', not 'year'
    if m.group("unit2"):
        direction = 0
    else:
        found = _direction(lex, m.group("rel"))
        if found is None:
            if not m.group("pos"):
                return None
            found = 0
        direction = found
    if pub is None:
        return None, False
    if unit == "الشهر":
        return cal.month_value(*cal.shift_month(pub.year, pub.month, direction)), False
    if unit == "الاسبوع":
        if direction == 0 and not m.group("unit2") and not m.group("rel"):
            return None  # a bare "the week" (في مطلع الأسبوع): which one is not told
        return cal.week_value(cal.add_days(pub, 7 * direction)), False
    return cal.year_value(pub.year + direction), False


def _relday(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    rd = words_key(m.group("rd"))
    offset = lex.relative_days.get(rd)
    if offset is None:
        return None
    if m.group("first") and offset == -1:
        offset = -2  # أمس (الأول): the day before yesterday
    prefixed = bool(m.group("part")) or m.group("x").startswith("يوم")
    before = _prev_word(key, m.start("x"))
    if rd in ("اليوم", "الليله") and not prefixed:
        if not _bare_forms(before).isdisjoint(lex.not_before_today):
            return BLOCK  # (بنفس اليوم: with a proclitic too)
        if not m.group("wd") and _next_word(key, m.end("rd")) in lex.not_after_today:
            return BLOCK
    if rd == "اليوم" and _next_word(key, m.end("rd")) in lex.same_day_after_today:
        return BLOCK  # عصر اليوم نفسه: the same day as one told before, not today
    if (offset == -1 and not prefixed and not m.group("wd")
            and _next_word(key, m.end("rd")) in lex.not_after_yesterday):
        return BLOCK  # في أمس الحاجة: most pressing, not yesterday
    if rd == "الغد" and not prefixed and before not in lex.tomorrow_prepositions:
        return None
    if rd == "غد" and not prefixed:
        return None
    if pub is None:
        return None, False
    day = cal.add_days(pub, offset)
    wd = lex.weekdays.get(words_key(m.group("wd"))) if m.group("wd") else None
    if day is not None and wd is not None:
        day = cal.weekday_near(wd, day, pub) or day  # the named weekday over the relative word
    return cal.day_value(day), False


def _weekday_ok(lex: Lexicon, wd: int, key: str, start: int, end: int) -> bool:
    if _prev_word(key, start) in lex.weekday_not_before.get(wd, frozenset()):
        return False
    return _next_word(key, end) not in lex.weekday_not_after.get(wd, frozenset())


def _weekday(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    wd = lex.weekdays.get(words_key(m.group("wd")))
    if wd is None:
        return None
    if not m.group("part") and not m.group("x").startswith("يوم") and not m.group("rel"):
        if not _weekday_ok(lex, wd, key, m.start("wd"), m.end("wd")):
            return BLOCK
    if pub is None:
        return None, False
    direction = _direction(lex, m.group("rel"))
    if direction is not None and direction < -1:  # الجمعة قبل الماضية: the one a week before the last
        last = cal.weekday_before(wd, pub)
        return cal.day_value(cal.add_days(last, -7) if last is not None else None), False
    if direction is not None and direction < 0:
        return cal.day_value(cal.weekday_before(wd, pub)), False
    if direction is not None and direction > 0:
        return cal.day_value(cal.weekday_after(wd, pub)), False
    return cal.day_value(cal.weekday_on_or_before(wd, pub)), False


def _pair_value(lex: Lexicon, m: re.Match[str], pub: dt.date | None, first: int, second: int) -> Result:
    """The value of a pair of weekdays (``ليل الجمعة السبت``, ``يومي السبت والأحد``): the first day."""
    if pub is None:
        return None, False
    direction = _direction(lex, m.group("rel"))
    if direction is not None and direction > 0:
        return cal.day_value(cal.weekday_after(first, pub)), False
    end = cal.weekday_before(second, pub) if direction is not None and direction < 0 else None
    end = end or cal.weekday_on_or_before(second, pub)
    gap = (second - first) % 7
    return cal.day_value(cal.add_days(end, -gap) if end else None), False


def _night_pair(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    first = lex.weekdays.get(words_key(m.group("wd")))
    second = lex.weekdays.get(words_key(m.group("wd2")))
    if first is None or second is None or second != (first + 1) % 7:
        return None
    return _pair_value(lex, m, pub, first, second)


def _weekday_pair(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    """``يومي السبت والأحد الماضيين``: valued by the first day."""
    first = lex.weekdays.get(words_key(m.group("wd")))
    second = lex.weekdays.get(words_key(m.group("wd2")))
    if first is None or second is None or first == second:
        return None
    return _pair_value(lex, m, pub, first, second)


def _units(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    unit_info = lex.units.get(words_key(m.group("unit")))
    if unit_info is None:
        return None
    unit, form = unit_info
    after = _next_word(key, m.end("x"))
    if (
        after[:1].isdigit()
        or after in ("من", "علي", "اليوم")
        or after in lex.weekdays
        or after in lex.months
    ):
        return None
    num = m.group("num")
    if num:
        count = int(num) if num.isdigit() else lex.numbers.get(words_key(num), 0)
    else:
        count = {"one": 1, "two": 2}.get(form, 0)
    if not 0 < count <= 400:
        return None
    if pub is None:
        return None, False
    sign = 1 if m.group("anchor") == "بعد" else -1
    if unit == "day":
        return cal.day_value(cal.add_days(pub, sign * count)), False
    if unit == "week":
        return cal.day_value(cal.add_days(pub, sign * 7 * count)), False
    if unit == "month":
        return cal.month_value(*cal.shift_month(pub.year, pub.month, sign * count)), False
    return cal.year_value(pub.year + sign * count), False


def _numeric(lex: Lexicon, m: re.Match[str], key: str, pub: dt.date | None) -> Result:
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        year, day, month = int(c), int(a), int(b)
        if month > 12 >= day:  # 10/15/2017, month first
            day, month = month, day
    else:
        return None
    era = m.group("era")
    if (era and words_key(era) in lex.hijri_era) or (year in cal.HIJRI_YEARS and year < 1900):
        found = cal.hijri_to_gregorian(year, month, day)
    elif 1900 <= year <= 2100:
        found = cal.make_date(year, month, day)
    else:
        return None
    return (cal.day_value(found), True) if found else None


_HANDLERS: dict[str, Callable[[Lexicon, re.Match[str], str, dt.date | None], Result]] = {
    "date": _date,
    "month_year": _month_year,
    "month_rel": _month_rel,
    "month_bare": _month_bare,
    "year": _year,
    "year_era": _year_era,
    "year_prep": _year_prep,
    "year_range": _year_range,
    "period": _period,
    "relday": _relday,
    "night_pair": _night_pair,
    "weekday_pair": _weekday_pair,
    "weekday": _weekday,
    "units": _units,
    "numeric": _numeric,
}


def _with_year_of(first: Candidate, last: Candidate) -> Candidate:
    """``نيسان`` in ``من نيسان إلى حزيران 2000``: the start takes the year of the end."""
    if first.month_day is None or not last.absolute or not last.value:
        return first
    year = int(last.value[:4])
    month, day = first.month_day
    value = cal.month_value(year, month) if day is None else cal.day_value(cal.make_date(year, month, day))
    if value is not None and value[: len(last.value)] > last.value:
        value = cal.month_value(year - 1, month) if day is None else cal.day_value(cal.make_date(year - 1, month, day))
    return Candidate(first.start, first.end, value, True, first.kind)


def _join_ranges(lex: Lexicon, key: str, chosen: list[Candidate]) -> list[Candidate]:
    """``منذ 2011 وحتى اليوم``, ``من حزيران إلى آب``, ``بين نيسان وأيار``: one expression
    valued by its start."""
    out: list[Candidate] = []
    for cand in chosen:
        if out:
            prev = out[-1]
            link = " ".join(key[prev.end : cand.start].replace("،", " ").replace(",", " ").split())
            opener = _prev_word(key, prev.start)
            if opener[:1] in ("و", "ف") and opener[1:] in lex.range_openers:
                opener = opener[1:]
            linked = link in lex.range_links or (opener == "بين" and link == "و")
            if "\n" not in key[prev.end : cand.start] and linked and opener in lex.range_openers:
                first = _with_year_of(prev, cand)
                out[-1] = Candidate(
                    prev.start, cand.end, first.value, first.absolute and cand.absolute, "range"
                )
                continue
        out.append(cand)
    return out


def _month_day(lex: Lexicon, kind: str, m: re.Match[str]) -> tuple[int, int | None] | None:
    """(month, day) of a year-less Gregorian date or month without a modifier."""
    if kind not in ("date", "month_bare") or m.group("m1") is None or m.groupdict().get("rel"):
        return None
    if kind == "date" and m.group("year"):
        return None
    info = lex.months.get(words_key(m.group("m1")))
    if info is None or info[1]:
        return None
    if kind == "month_bare":
        return info[0], None
    day = int(m.group("day")) if m.group("day") else lex.ordinals.get(words_key(m.group("ord") or "").replace(" و ", " و"))
    return info[0], day


class _Lines:
    """The lines of a normalised text and, per anchor expression, the lines that hold it.

    No pattern matches across a line break (blanks are spaces and tabs), so a pattern runs
    only over the lines that hold all its anchors (:attr:`Lexicon.anchors`), each searched
    on its own (``finditer(key, start, end)``: look-behinds still see the text before the
    line, and the end of a line reads like the line break it stands for). The matches are
    those ``finditer(key)`` gives, in the same order."""

    __slots__ = ("_held", "key", "starts")

    def __init__(self, key: str) -> None:
        self.key = key
        starts = [0]
        at = key.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = key.find("\n", at + 1)
        self.starts = starts
        self._held: dict[re.Pattern[str], list[int]] = {}

    def _holding(self, anchor: re.Pattern[str]) -> list[int]:
        """Indices of the lines where ``anchor`` matches, ascending."""
        held = self._held.get(anchor)
        if held is None:
            held = self._held[anchor] = []
            starts, key = self.starts, self.key
            pos = 0
            while (m := anchor.search(key, pos)) is not None:
                line = bisect_right(starts, m.start()) - 1
                held.append(line)
                if line + 1 >= len(starts):
                    break
                pos = starts[line + 1]
        return held

    def matches(self, pattern: LazyPattern, anchors: tuple[re.Pattern[str], ...]) -> Iterator[re.Match[str]]:
        lines = self._holding(anchors[0])
        for anchor in anchors[1:]:
            if lines:
                also = set(self._holding(anchor))
                lines = [i for i in lines if i in also]
        starts, key = self.starts, self.key
        for i in lines:
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(key)
            yield from pattern.finditer(key, starts[i], end)


def find_candidates(key: str, published: dt.date | None) -> list[Candidate]:
    """Every time expression of a normalised text, resolved (offsets into ``key``)."""
    lex = lexicon()
    found: list[Candidate] = []
    lines = _Lines(key)
    for (kind, pattern), anchors in zip(lex.patterns, lex.anchors, strict=True):
        handler = _HANDLERS[kind]
        for m in lines.matches(pattern, anchors):
            result = handler(lex, m, key, published)
            if result is None:
                continue
            value, absolute = result
            # (== not is: a compiled build unboxes these tuples; no other result equals them)
            label = "blocked" if result == BLOCK else "weak" if result == WEAK else kind
            if result == WEAK:
                info = lex.months.get(words_key(m.group("m1")))
                value = cal.month_value(*cal.nearest_month(info[0], published)) if info and published else None
            if absolute and lex.bc_marker.match(key, m.end("x")):
                label = "blocked"  # عام 2000 ق.م
            found.append(Candidate(m.start("x"), m.end("x"), value, absolute, label, _month_day(lex, kind, m)))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    taken = sorted((c for c in taken if c.kind != "blocked"), key=lambda c: c.start)
    return [c for c in _join_ranges(lex, key, taken) if c.kind != "weak"]
