"""The lexicon of the times stage, read from ``rasd/data/times/*.json``, and the regular
expressions built from it.

All matching runs on the normalised shadow of the text (``rasd.text.Shadow``: hamza forms
of alef folded, ى to ي, ة to ه, diacritics and tatweel dropped, Eastern Arabic and Persian
digits made ASCII), so every word here is normalised with ``normalize_key`` first.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.alternation import alternation
from rasd.text import load_data, normalize_key

__all__ = ["OPT_BLANKS", "LazyPattern", "Lexicon", "S", "lexicon", "words_key"]

#: One or more blanks inside a line (expressions never cross a line break).
S = r"[ \t]+"
#: Optional blanks.
OPT_BLANKS = r"[ \t]*"
#: End of a word.
E = r"(?!\w)"
#: Optional proclitics (و، ف، ب، ل، ك and their chains) kept outside the span.
PROCLITIC = r"(?<!\w)(?:[وف]?[بلك]|[وف])?"


def words_key(text: str) -> str:
    """Matching key of a matched phrase: normalised, single spaces."""
    return " ".join(normalize_key(text).split())


def _units(key: str) -> list[str]:
    """The regex pieces of one normalised phrase: one escaped character each, inner spaces
    as blanks (``S``) and a space after a leading و of a later word made optional."""
    tokens = key.split(" ")
    units = [re.escape(ch) for ch in tokens[0]]
    for tok in tokens[1:]:
        if tok.startswith("و") and len(tok) > 2:
            units += [S, "و", OPT_BLANKS, *map(re.escape, tok[1:])]
        else:
            units += [S, *map(re.escape, tok)]
    return units


def _alt(words: Any) -> str:
    """A regex alternation of normalised phrases, longest first; inner spaces match any
    blanks and a space after a leading و may be missing. Phrases share their leading
    characters (:func:`rasd.alternation.alternation`): one try per distinct letter."""
    keys = sorted({words_key(w) for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + alternation((_units(k) for k in keys), (S,)) + ")" if keys else "(?!)"


class LazyPattern:
    """A regular expression compiled at its first search. The patterns below are long
    alternations (a quarter of the times stage's start-up to compile them all), and most
    texts need a few of them: a pattern runs only over lines that hold its anchors."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lookups (normalised phrase -> meaning) and the compiled expression patterns."""

    months: dict[str, tuple[int, bool]]  # name -> (month, is_hijri)
    ambiguous_months: frozenset[str]
    month_prepositions: frozenset[str]  # before one of preposition_months: a month (في مايو)
    preposition_months: frozenset[str]
    weekdays: dict[str, int]
    weekday_not_before: dict[int, frozenset[str]]
    weekday_not_after: dict[int, frozenset[str]]
    night_parts: frozenset[str]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    relative_days: dict[str, int]
    not_after_today: frozenset[str]
    not_after_yesterday: frozenset[str]
    not_before_today: frozenset[str]
    year_prepositions: frozenset[str]
    tomorrow_prepositions: frozenset[str]
    past: frozenset[str]
    next: frozenset[str]
    current: frozenset[str]
    before_last: frozenset[str]
    units: dict[str, tuple[str, str]]  # word -> (unit, "one"|"two"|"many")
    hijri_era: frozenset[str]
    general_title_words: frozenset[str]
    bc_marker: re.Pattern[str]
    blockers: frozenset[str]
    range_links: frozenset[str]
    range_openers: frozenset[str]
    pubdate_words: frozenset[str]
    pubdate_max_chars: int
    pubdate_lines: int
    #: "the same day" (``في اليوم نفسه``): the day told just before it
    same_day: re.Pattern[str]
    same_day_not_after: frozenset[str]
    same_day_after_today: frozenset[str]  # نفسه of اليوم نفسه: after a part of day, still no today
    patterns: tuple[tuple[str, LazyPattern], ...]
    #: per pattern, the expressions a line must hold for the pattern to match in it
    anchors: tuple[tuple[re.Pattern[str], ...], ...]


def _norm_set(words: Any) -> frozenset[str]:
    return frozenset(words_key(w) for w in words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon and patterns (loaded once per process)."""
    months_data = load_data("times/months.json")
    months: dict[str, tuple[int, bool]] = {}
    for system in ("syriac", "egyptian", "maghrebi", "hijri"):
        for number, names in months_data[system].items():
            for name in names:
                months[words_key(name)] = (int(number), system == "hijri")
    wd_data = load_data("times/weekdays.json")
    weekdays = {words_key(n): int(k) for k, names in wd_data["names"].items() for n in names}
    parts = load_data("times/dayparts.json")
    ordinals = {words_key(w): int(k) for k, ws in load_data("times/ordinals.json")["days"].items() for w in ws}
    numbers = {words_key(w): int(v) for w, v in load_data("times/numbers.json")["cardinals"].items()}
    mods = load_data("times/modifiers.json")
    units: dict[str, tuple[str, str]] = {}
    for unit, forms in mods["units"].items():
        for form in ("many", "two", "one"):  # later forms win: singular over plural accusative
            for w in forms[form]:
                units[words_key(w)] = (unit, form)
    pub = load_data("times/pubdate.json")

    month_alt = _alt(months)
    wd_alt = _alt(weekdays)
    rel_alt = _alt([*mods["past"], *mods["next"], *mods["current"]])
    current_alt = _alt(mods["current"])
    dual_alt = _alt(wd_data["dual_day_word"])
    before_last_alt = _alt(mods["before_last"])
    pos_alt = _alt(mods["positions"])
    part_alt = _alt(parts["before"])
    night_alt = _alt(parts["night"])
    post_alt = _alt(parts["after"])
    ord_alt = _alt(ordinals)
    era_alt = _alt([*mods["era"]["gregorian"], *mods["era"]["hijri"]])
    link_alt = _alt(mods["date_link"])
    relday_alt = _alt(mods["relative_days"])
    num_alt = _alt(numbers)
    unit_alt = _alt(units)
    approx_alt = _alt(mods["approx"])
    this_alt = _alt(mods["this"])
    prep_alt = _alt(mods["year_prepositions"])
    year_range_alt = _alt(mods["year_range_openers"])
    month_word = _alt(months_data["month_word"])
    year_word = r"(?:(?:ال)?عام|(?:ال)?سنه)"

    pair = rf"(?:{OPT_BLANKS}[/(–-]{OPT_BLANKS}(?P<m2>{month_alt})(?:{OPT_BLANKS}\))?)?"
    year = rf"(?P<year>[0-9]{{4}})(?:{OPT_BLANKS}(?P<era>{era_alt}))?{E}"
    year_part = rf"(?:{OPT_BLANKS}[،,]?{OPT_BLANKS}(?:من{S})?(?:{year_word}{S})?{year})"
    # (``الـ17 من يوليو``: a day number may carry the article)
    day = rf"(?:(?<![0-9/.:])(?:ال)?(?P<day>[0-9]{{1,2}})(?![0-9])|(?P<ord>{ord_alt}))"
    day2 = rf"(?:(?:{OPT_BLANKS}[-–]{OPT_BLANKS}|{S}(?:الي|حتي){S}|{S}و{OPT_BLANKS})(?P<day2>[0-9]{{1,2}})(?![0-9]))?"
    head = (
        rf"(?:(?P<part>{part_alt}){S})?(?:يوم{S})?"
        rf"(?:(?P<wd>{wd_alt})(?:{S}(?P<hrel>{rel_alt}))?{OPT_BLANKS}[،,]?{OPT_BLANKS}(?:{link_alt}{OPT_BLANKS})?)?"
        rf"(?:(?:ال)?يوم{S})?"
    )
    rel_month = rf"(?P<relmonth>(?:الشهر{S}(?P<mrel>{rel_alt}))|{this_alt}{S}الشهر|(?P<mcur>{current_alt}){E})"
    month_any = rf"(?:(?:{month_word}{S})?(?P<m1>{month_alt}){pair}|{rel_month})"
    tail_rel = rf"(?:{S}(?P<rel>{rel_alt}))"
    patterns = [
        (
            "date",
            rf"{head}{day}{day2}(?:{OPT_BLANKS}[،,]?{S})?(?:من{S})?{month_any}(?:{year_part}|{tail_rel}{E})?",
        ),
        ("month_year", rf"(?:(?P<pos>{pos_alt}){S})?(?:(?P<sh>{month_word}){S})?(?P<m1>{month_alt}){pair}{year_part}"),
        ("month_rel", rf"(?:(?P<pos>{pos_alt}){S})?(?:(?P<sh>{month_word}){S})?(?P<m1>{month_alt}){pair}{tail_rel}{E}"),
        ("month_bare", rf"(?:(?P<pos>{pos_alt}){S})?(?:(?P<sh>{month_word}){S})?(?P<m1>{month_alt}){pair}{E}"),
        ("year", rf"(?:(?P<pos>{pos_alt}){S})?(?:(?P<yw>{year_word}){S})?{year}"),
        (
            "year_range",
            rf"{year_range_alt}{S}(?P<x>(?P<year>[0-9]{{4}}){OPT_BLANKS}(?:[-–]|{S}(?:الي|حتي|و|ولغايه|وحتي|والي){OPT_BLANKS}){OPT_BLANKS}"
            rf"(?:(?:ال)?عام{S})?(?P<year2>[0-9]{{4}}){E})",
        ),
        ("year_era", rf"(?P<year>[0-9]{{4}}){OPT_BLANKS}(?P<era>{era_alt}){E}"),
        ("year_prep", rf"(?P<prep>{prep_alt}){S}(?P<x>(?P<year>[0-9]{{4}}){E})"),
        (
            "period",
            rf"(?:(?P<pos>{pos_alt}){S})?(?:(?P<unit>الشهر|العام|السنه|الاسبوع)(?:{S}(?P<rel>{before_last_alt}|{rel_alt}))?"
            rf"|{this_alt}{S}(?P<unit2>الشهر|العام|السنه|الاسبوع)){E}",
        ),
        (
            "relday",
            rf"(?:(?P<part>{part_alt}){S})?(?:يوم{S})?(?P<rd>{relday_alt}){E}"
            # أمس (الأول): an editor's "the first", the day before yesterday (the span stops
            # before the parenthesis, as a clause's words do)
            rf"(?=(?P<first>{OPT_BLANKS}\({OPT_BLANKS}الاول{OPT_BLANKS}\))?)"
            rf"(?:{S}(?P<wd>{wd_alt}))?(?:{S}(?P<post>{post_alt}))?",
        ),
        (
            "night_pair",
            rf"(?P<part>{night_alt}){S}(?:يوم{S})?(?P<wd>{wd_alt})(?:{OPT_BLANKS}[-–/]{OPT_BLANKS}|{S}(?:الي|علي){S}|{S}و{OPT_BLANKS}|{S})(?P<wd2>{wd_alt})(?:{S}(?P<rel>{rel_alt}))?",
        ),
        (
            "weekday_pair",
            rf"(?:(?P<part>{part_alt}){S})?{dual_alt}{S}(?P<wd>{wd_alt}){S}و{OPT_BLANKS}(?P<wd2>{wd_alt})(?:{S}(?P<rel>{rel_alt}))?",
        ),
        (
            "weekday",
            rf"(?:(?P<part>{part_alt}){S})?(?:يوم{S})?(?P<wd>{wd_alt}){E}(?:{S}(?P<rel>{before_last_alt}|{rel_alt}){E})?(?:{S}(?P<post>{post_alt}))?",
        ),
        (
            "units",
            rf"(?P<anchor>قبل|منذ|بعد){S}(?:(?P<approx>{approx_alt}){S})?(?:(?P<num>[0-9]{{1,3}}|{num_alt}){S})?(?P<unit>{unit_alt})",
        ),
        (
            "numeric",
            rf"(?:(?P<wd>{wd_alt}){OPT_BLANKS}[،,]?{OPT_BLANKS})?"
            r"(?<![0-9/.\-])(?P<a>[0-9]{1,4})[ \t]?(?P<sep>[/.\-])[ \t]?(?P<b>[0-9]{1,2})[ \t]?(?P=sep)[ \t]?"
            r"(?P<c>[0-9]{2,4})(?![0-9]|[/.\-][0-9])"
            rf"(?:{OPT_BLANKS}(?P<era>{era_alt}))?",
        ),
    ]
    compiled = tuple(
        (kind, LazyPattern(PROCLITIC + (body if "(?P<x>" in body else "(?P<x>" + body + ")") + E))
        for kind, body in patterns
    )
    # What every match of a pattern holds (each anchor, somewhere in its line): lines
    # without one are not searched. An anchor is a required part of the pattern above.
    year4 = "[0-9]{4}"
    month_any_anchor = rf"{month_alt}|الشهر|{current_alt}"
    anchors = {
        "date": (month_any_anchor, rf"[0-9]|{ord_alt}"),
        "month_year": (month_alt, year4),
        "month_rel": (month_alt, rel_alt),
        "month_bare": (month_alt,),
        "year": (year4,),
        "year_range": (year4,),
        "year_era": (year4,),
        "year_prep": (year4,),
        "period": ("الشهر|العام|السنه|الاسبوع",),
        "relday": (relday_alt,),
        "night_pair": (night_alt, wd_alt),
        "weekday_pair": (dual_alt, wd_alt),
        "weekday": (wd_alt,),
        "units": ("قبل|منذ|بعد", unit_alt),
        "numeric": (r"[0-9][ \t]?[/.\-][ \t]?[0-9]",),
    }
    anchor_res = {a: re.compile(a) for kind, _ in patterns for a in anchors[kind]}
    return Lexicon(
        months=months,
        ambiguous_months=_norm_set(months_data["ambiguous"]),
        month_prepositions=_norm_set(months_data["month_prepositions"]),
        preposition_months=_norm_set(months_data["preposition_months"]),
        weekdays=weekdays,
        weekday_not_before={int(k): _norm_set(v) for k, v in wd_data["not_before"].items()},
        weekday_not_after={int(k): _norm_set(v) for k, v in wd_data["not_after"].items()},
        night_parts=_norm_set(parts["night"]),
        ordinals=ordinals,
        numbers=numbers,
        relative_days={words_key(k): int(v) for k, v in mods["relative_days"].items()},
        not_after_today=_norm_set(mods["not_after_today"]),
        not_after_yesterday=_norm_set(mods["not_after_yesterday"]),
        not_before_today=_norm_set(mods["not_before_today"]),
        year_prepositions=_norm_set(mods["year_prepositions"]),
        tomorrow_prepositions=_norm_set(mods["relative_prepositions_for_tomorrow"]),
        past=_norm_set(mods["past"]),
        next=_norm_set(mods["next"]),
        current=_norm_set(mods["current"]),
        before_last=_norm_set(mods["before_last"]),
        units=units,
        hijri_era=_norm_set(mods["era"]["hijri"]),
        general_title_words=_norm_set(mods["general_title_words"]),
        bc_marker=re.compile(rf"{OPT_BLANKS}\(?{OPT_BLANKS}" + _alt(mods["bc_markers"]).replace(r"\.", r"\.?")),
        blockers=_norm_set(mods["named_date_blockers"]),
        range_links=_norm_set(mods["range_links"]),
        range_openers=_norm_set(mods["range_openers"]),
        pubdate_words=_norm_set(pub["words"]),
        pubdate_max_chars=int(pub["max_line_chars"]),
        pubdate_lines=int(pub["lines_at_each_end"]),
        same_day=re.compile(PROCLITIC + "(?P<x>" + _alt(mods["same_day"]) + ")" + E),
        same_day_not_after=_norm_set(mods["same_day_not_after"]),
        same_day_after_today=frozenset(k.split()[1] for k in _norm_set(mods["same_day"]) if k.split()[0] == "اليوم"),
        patterns=compiled,
        anchors=tuple(tuple(anchor_res[a] for a in anchors[kind]) for kind, _ in patterns),
    )
