"""Feast days told by name (``أول أيام عيد الفطر``, ``مساء يوم العيد``, ``ليلة العيد``,
``اليوم الثاني من عيد الأضحى``): days of the Hijri calendar (Umm al-Qura), resolved to the
feast nearest the publication date, the way a reader of the day takes them. A bare ``العيد``
is the feast that began last before publication, within :data:`FEAST_REACH` days; a feast
further away (or none) is no day. Table: ``rasd/data/times/feasts.json``."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from rasd.alternation import alternation, pieces
from rasd.stages.times.calendar import add_days, day_value, infer_hijri_date
from rasd.stages.times.match import Candidate
from rasd.text import load_data, normalize_key

__all__ = ["FEAST_REACH", "feast_candidates"]

#: How many days before (or after) publication a feast told by name may begin.
FEAST_REACH = 30


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[str, tuple[int, int]], dict[str, int], frozenset[str], frozenset[str]]:
    d = load_data("times/feasts.json")
    feasts = {normalize_key(k): (int(v[0]), int(v[1])) for k, v in d["feasts"].items()}
    bare = [normalize_key(x) for x in d["bare"]]
    ordinals = {normalize_key(k): int(v) for k, v in d["ordinals"].items()}
    day_words = [normalize_key(x) for x in d["day_words"]]
    eves = frozenset(normalize_key(x) for x in d["eve_words"])

    def alt(words: list[str] | set[str] | frozenset[str]) -> str:
        return alternation(pieces(w, re.escape(" ")) for w in sorted(words, key=len, reverse=True))

    epithet = rf"(?:\s+(?:{alt([normalize_key(x) for x in d['epithets']])}))?"
    name = rf"(?P<name>{alt(list(feasts) + bare)}){epithet}"
    pattern = (rf"(?<!\w)(?:"
               rf"(?P<ord>{alt(set(ordinals))})\s+ايام\s+{name}"
               rf"|اليوم\s+(?P<ord2>{alt(set(ordinals))})\s+(?:من\s+|ل)(?P<name2>{alt(list(feasts) + bare)}){epithet}"
               rf"|(?P<part>{alt(set(day_words) | eves)})\s+(?:يوم\s+)?(?P<name3>{alt(list(feasts) + bare)}){epithet}"
               rf")(?!\w)")
    return re.compile(pattern), feasts, ordinals, eves, frozenset(bare)


def _feast_start(name: str, published: dt.date) -> dt.date | None:
    """The first day of the feast ``name`` nearest ``published`` within :data:`FEAST_REACH`
    days; a bare name: the one of the table's feasts that began last before publication."""
    _, feasts, _, _, bare = _tables()
    if name in bare:
        starts = [d for month, day in feasts.values() if (d := infer_hijri_date(month, day, published, -1)) is not None]
        starts = [d for d in starts if (published - d).days <= FEAST_REACH]
        return max(starts) if starts else None
    month, day = feasts[name]
    start = infer_hijri_date(month, day, published)
    return start if start is not None and abs((published - start).days) <= FEAST_REACH else None


#: A definite word right after a bare feast name qualifies it (``العيد الوطني``, ``عيد
#: الاستقلال`` told ``العيد ال...``): a feast of another kind.
_QUALIFIED = re.compile(r"\s+ال\w")


def feast_candidates(key: str, published: dt.date | None) -> list[Candidate]:
    """The feast days told in ``key`` (normalised text), as candidates in its offsets."""
    if published is None:
        return []
    pattern, _, ordinals, eves, bare = _tables()
    out: list[Candidate] = []
    for m in pattern.finditer(key):
        name = m.group("name") or m.group("name2") or m.group("name3")
        if name in bare and _QUALIFIED.match(key, m.end()):
            continue  # يوم العيد الوطني: another feast, not the one of the calendar
        start = _feast_start(name, published)
        if start is None:
            continue
        if m.group("ord") or m.group("ord2"):
            day = add_days(start, ordinals[m.group("ord") or m.group("ord2")] - 1)
        else:
            day = add_days(start, -1) if m.group("part") in eves else start
        value = day_value(day)
        if value is not None:
            out.append(Candidate(m.start(), m.end(), value, False, "feast"))
    return out
