"""Fatality counts from Arabic text: digits, number words (``خمسة وعشرون``), duals
(``جنديان``, ``قتيلين``) and ACLED's conventions for vague counts (``عشرات`` = 10,
``مئات`` = 100, a range takes its lower bound, an unknown count stays ``None``).

This module reads the numbers and loads the tables; which count is a death toll is
:mod:`rasd.stages.events.tolls`, whose victims a phrase names :mod:`rasd.stages.events.victims`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.stages.events.lexicon import TermSet, Word
from rasd.text import load_data, normalize_key

__all__ = ["Count", "NumberTables", "parse_at", "parse_counts", "tables"]


@dataclass(frozen=True, slots=True)
class Count:
    """A count at words ``[first, last]``."""

    value: int
    first: int
    last: int
    noun_is_death: bool = False


@dataclass(frozen=True, slots=True)
class NumberTables:
    units: dict[str, int]
    ten_words: dict[str, int]
    tens: dict[str, int]
    hundreds: dict[str, int]
    thousands: dict[str, int]
    vague: dict[str, int]
    duals: dict[str, int]
    death_duals: frozenset[str]
    singular: frozenset[str]
    death: TermSet
    wound: TermSet
    subset: TermSet
    units_after: TermSet
    cumulative: TermSet
    post_cues: frozenset[str]
    singular_deaths: TermSet
    period_openers: TermSet
    period_heads: TermSet
    period_phrases: TermSet
    death_nouns: TermSet
    wound_nouns: TermSet
    other_verbs: TermSet
    loss_verbs: TermSet
    damage_only: TermSet
    mixed: TermSet
    verdict: TermSet
    day_of_month: TermSet
    named_victim_cues: TermSet
    doer_death: TermSet
    time_words: TermSet
    intransitive_deaths: TermSet
    superlatives: TermSet
    approx: TermSet
    additions: TermSet
    lapse_words: TermSet
    lapse_units: TermSet
    accusations: TermSet
    death_idioms: TermSet
    subset_apposition: TermSet
    construct_titles: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    companions: frozenset[str] = frozenset()
    possessed_duals: frozenset[str] = frozenset()
    possessed_singles: frozenset[str] = frozenset()
    construct_dual_nouns: frozenset[str] = frozenset()
    construct_dual_heads: frozenset[str] = frozenset()
    nisbas: frozenset[str] = frozenset()


def _norm(d: dict[str, int]) -> dict[str, int]:
    return {normalize_key(k): int(v) for k, v in d.items()}


@lru_cache(maxsize=1)
def tables() -> NumberTables:
    d = load_data("events/numbers.json")
    return NumberTables(
        units=_norm(d["units"]), ten_words=_norm(d["ten_words"]), tens=_norm(d["tens"]),
        hundreds=_norm(d["hundreds"]), thousands=_norm(d["thousands"]), vague=_norm(d["vague"]),
        duals={normalize_key(k): int(v) for k, v in d["duals"].items() if " " not in k},
        death_duals=frozenset(normalize_key(x) for x in d["death_duals"]),
        singular=frozenset(normalize_key(x) for x in d["singular_victims"]),
        death=TermSet(d["death"]), wound=TermSet(d["wound"]), subset=TermSet(d["subset"]),
        units_after=TermSet(d["non_count_units"]), cumulative=TermSet(d["cumulative"]),
        post_cues=frozenset(d["post_cues"]),
        people=frozenset(normalize_key(x) for x in d["people_plurals"]),
        singular_deaths=TermSet(d["singular_death_terms"]),
        period_openers=TermSet(d.get("period_openers", ())), period_heads=TermSet(d.get("period_heads", ())),
        period_phrases=TermSet(d.get("period_phrases", ())),
        death_nouns=TermSet(d.get("count_nouns_death", ())), wound_nouns=TermSet(d.get("count_nouns_wound", ())),
        other_verbs=TermSet([*d.get("other_verbs", ()), *d.get("property_acts", ())]), loss_verbs=TermSet(d.get("loss_verbs", ())),
        damage_only=TermSet(d.get("damage_only", ())), mixed=TermSet(d.get("mixed", ())),
        verdict=TermSet(d.get("verdict", ())), day_of_month=TermSet(d.get("day_of_month", ())),
        named_victim_cues=TermSet(d.get("named_victim_cues", ())), doer_death=TermSet(d.get("doer_death", ())),
        ranks=frozenset(normalize_key(x) for x in d.get("ranks", ())), time_words=TermSet(d.get("time_words", ())),
        intransitive_deaths=TermSet(d.get("intransitive_deaths", ())), death_idioms=TermSet(d.get("death_idioms", ())),
        companions=frozenset(normalize_key(x) for x in d.get("companions", ())),
        possessed_duals=frozenset(normalize_key(x) for x in d.get("companion_duals", ())),
        possessed_singles=frozenset(normalize_key(x) for x in d.get("companion_nouns", ())),
        superlatives=TermSet(d.get("superlatives", ())), approx=TermSet(d.get("approx", ())),
        additions=TermSet(d.get("additions", ())),
        lapse_words=TermSet(d.get("lapse_words", ())), lapse_units=TermSet(d.get("lapse_units", ())),
        accusations=TermSet(d.get("accusations", ())), subset_apposition=TermSet(d.get("subset_apposition", ())),
        construct_titles=frozenset(normalize_key(x) for x in d.get("construct_titles", ())),
        construct_dual_nouns=frozenset(normalize_key(x) for x in d.get("construct_dual_nouns", ())),
        construct_dual_heads=frozenset(normalize_key(x) for x in d.get("construct_dual_heads", ())),
        nisbas=_nisbas(d),
    )


def _nisbas(d: dict[str, object]) -> frozenset[str]:
    """Relative adjectives that name a person of a people or a party (``فلسطيني``, ``حوثي``): the
    countries' masculine adjectives (kb/countries.json) and numbers.json ``nisba_victims``."""
    countries = load_data("kb/countries.json")["countries"]
    forms = [c["adj_m"] for c in countries if c.get("adj_m")]
    extra = d.get("nisba_victims", ())
    assert isinstance(extra, list)
    return frozenset(normalize_key(x) for x in (*forms, *extra))


def _digits(key: str) -> int | None:
    s = key.replace(",", "").replace("\u066c", "").replace("\u066b", ".")
    if "." in s:
        s = s.split(".")[0]
    return int(s) if s.isdigit() and len(s) <= 7 else None


def _word_value(w: Word, t: NumberTables, *, first: bool) -> tuple[str, int] | None:
    """The kind and value of one number word (``first``: no ``و`` needed)."""
    forms = w.stems if not first else (w.key, *w.stems[1:])
    for form in forms:
        if not first and form == w.key and not w.key.startswith("و"):
            # later words of a compound must be joined by و (except عشر and multipliers)
            if form in t.ten_words:
                return "ten", t.ten_words[form]
            if form in t.thousands:
                return "thousand", t.thousands[form]
            if form in t.hundreds and form in ("مئه", "مائه"):
                return "hundred", t.hundreds[form]
            continue
        for kind, table in (("unit", t.units), ("tens", t.tens), ("hundred", t.hundreds),
                            ("thousand", t.thousands)):
            if form in table:
                return kind, table[form]
        if first and form in t.ten_words:
            return "unit", 10
    return None


def parse_at(words: Sequence[Word], i: int, t: NumberTables) -> tuple[int, int, bool] | None:
    """A number starting at word ``i``: ``(value, last_index, is_death_noun)``."""
    w = words[i]
    if w.punct:
        return None
    d = _digits(w.key)
    if d is not None:
        value, j = d, i
        if j + 1 < len(words) and words[j + 1].key in t.thousands:
            value *= 1000
            j += 1
        return value, j, False
    for form in w.stems:
        if form in t.duals:
            return t.duals[form], i, form in t.death_duals
    for form in w.stems:
        # the nominative dual of a victim noun (متظاهران، صحفيان، طفلتان)
        if len(form) > 4 and form.endswith("ان") and (
                form[:-2] in t.singular or (form.endswith("تان") and form[:-3] in t.singular)
                or (form.endswith("يان") and form[:-2] in t.nisbas and not _after_count(words, i, t))):
            # a relative adjective's nominative dual names two people (قتل حوثيان، استشهد فلسطينيان);
            # its oblique form is a sound plural's too (فلسطينيين), so only the nominative counts
            return 2, i, False
    if _construct_dual(words, i, t):
        return 2, i, False
    for form in w.stems:
        if form in t.vague:
            return t.vague[form], i, False
    if w.key.startswith("ال") and w.key.endswith("ه"):
        adjective = _definite_number(words, i, t)
        if adjective is not None:
            return adjective, i, False
    first = _word_value(w, t, first=True)
    if first is None:
        return None
    kind, value = first
    total = 0
    cur = value if kind != "thousand" else 0
    if kind == "thousand":
        total = value
    j = i
    while j + 1 < len(words):
        nxt = _word_value(words[j + 1], t, first=False)
        if nxt is None:
            break
        k, v = nxt
        if k in ("unit", "tens") and words[j + 1].key.startswith("و") and not (
                (k == "tens" and cur > 0 and cur % 100 < 10) or (k == "unit" and cur >= 100 and cur % 100 == 0)):
            break  # اثني عشر وخمسة عشر: two numbers (a range), not 12 + 15
        if k == "ten":
            cur += 10
        elif k == "thousand":
            total += (cur or 1) * (v if v > 1000 else 1000)
            cur = 0
        elif k == "hundred" and v == 100 and cur and cur < 10:
            cur *= 100
        else:
            cur += v
        j += 1
    return total + cur, j, False


def _after_count(words: Sequence[Word], i: int, t: NumberTables) -> bool:
    """Word ``i`` follows a count, so a dual there is its adjective (جنديان تركيان: two, not four), or
    follows a relative adjective: one item of a list of origins (هم مصري ويمنيان), not a count of its own."""
    return i > 0 and (parse_at(words, i - 1, t) is not None or any(f in t.nisbas for f in words[i - 1].stems))


def _construct_dual(words: Sequence[Word], i: int, t: NumberTables) -> bool:
    """A victim noun's dual in construct, its ``ن`` dropped before the noun it belongs to
    (``ضابطا شرطة``, ``ضابطي صف``, ``عنصري الأمن``): two people. Only nouns whose plural is
    broken (``ضباط``), so that the ``ي`` form is no sound plural, and only before a
    ``construct_dual_heads`` noun, so that an accusative singular (``قتلوا ضابطا آخر``) stays one."""
    if i + 1 >= len(words) or words[i + 1].punct:
        return False
    if not any(len(form) > 3 and form[-1] in "اي" and form[:-1] in t.construct_dual_nouns
               for form in words[i].stems):
        return False
    return words[i + 1].key in t.construct_dual_heads


def _definite_number(words: Sequence[Word], i: int, t: NumberTables) -> int | None:
    """A number word with the article after a definite plural noun (``جثث الركاب الثلاثة``,
    ``الجنود الخمسة``): the feminine form only (``الاثنين`` is Monday, ``الأربعاء`` Wednesday)."""
    key = words[i].key
    if i == 0 or not key.startswith("ال") or not key.endswith("ه") or words[i - 1].punct:
        return None
    if not words[i - 1].key.startswith(("ال", "وال")) or _definite_number(words, i - 1, t) is not None:
        return None
    value = t.units.get(key[2:], t.ten_words.get(key[2:]))
    return value if value is not None and value >= 3 else None


def _restated(words: Sequence[Word], first: int, last: int, value: int, t: NumberTables) -> int:
    """The last word of a count told twice, in digits and in words, one of them between
    brackets (``استشهاد (15) خمسة عشر``, ``خمسة عشر (15)``, ``7 (سبعة)``): one count, not two. ``last`` when the
    count at ``[first, last]`` is not restated."""
    n = len(words)
    if 0 < first and words[first - 1].key == "(" and last + 2 < n and words[last + 1].key == ")" \
            and _digits(words[first].key) is not None:
        again = parse_at(words, last + 2, t)
        if again is not None and again[0] == value and _digits(words[last + 2].key) is None:
            return again[1]
    if last + 3 < n and words[last + 1].key == "(" and words[last + 3].key == ")" \
            and _digits(words[first].key) is None and _digits(words[last + 2].key) == value:
        return last + 3
    if last + 3 < n and words[last + 1].key == "(" and _digits(words[first].key) is not None:
        again = parse_at(words, last + 2, t)  # 7 (سبعة)
        if again is not None and again[0] == value and again[1] + 1 < n and words[again[1] + 1].key == ")":
            return again[1] + 1
    return last


#: Hijri years (``1436هـ``): a year of this range followed by ``هـ`` / ``هجري`` is a date.
HIJRI_YEARS = (1300, 1500)
_HIJRI_MARKS = frozenset({"ه", "هـ", "هجري", "هجريه", "للهجره"})


def _date_end(words: Sequence[Word], i: int) -> int | None:
    """The last word of a date starting at word ``i`` (``1436/10/15هـ``, ``15/10/2017``: digits
    joined by slashes; ``1436 هـ``: a Hijri year), ``None`` where none starts there: a date, never a count."""
    n = len(words)
    if _digits(words[i].key) is None:
        return None
    j = i
    while j + 2 < n and words[j + 1].key == "/" and _digits(words[j + 2].key) is not None:
        j += 2
    if j > i:
        return j + 1 if j + 1 < n and words[j + 1].key in _HIJRI_MARKS else j
    value = _digits(words[i].key)
    if value is not None and HIJRI_YEARS[0] <= value <= HIJRI_YEARS[1] and i + 1 < n and words[i + 1].key in _HIJRI_MARKS:
        return i + 1
    return None


def _counted_noun(words: Sequence[Word], first: int, last: int, value: int, t: NumberTables) -> bool:
    """Whether the word right after the count ending at ``last`` is a victim noun whose
    oblique plural is spelt like its dual (``خمسة شرطيين``, ``12 مدنيين``): the noun the count
    counts, not a dual of two more. Not where the count is itself a dual or ``و`` joins the word."""
    j = last + 1
    if j >= len(words) or words[j].punct or words[j].key.startswith("و") or _digits(words[j].key) is not None:
        return False
    if value == 2 and first == last and _digits(words[first].key) is None:
        return False  # جثتي جنديين / شرطيين اثنين: read by the dual rules
    got = parse_at(words, j, t)
    return got is not None and got[0] == 2 and got[1] == j and not got[2] and _word_value(words[j], t, first=True) is None


def parse_counts(words: Sequence[Word]) -> list[Count]:
    """Every count in ``words`` (ranges reduced to their lower bound; dates skipped)."""
    t = tables()
    out: list[Count] = []
    i = 0
    while i < len(words):
        date = _date_end(words, i)
        if date is not None:
            i = date + 1
            continue
        got = parse_at(words, i, t)
        if got is None:
            i += 1
            continue
        value, last, death_noun = got
        if value == 2 and last == i and _digits(words[i].key) is None and last + 1 < len(words) \
                and t.units.get(words[last + 1].key) == 2:
            last += 1  # شرطيين اثنين: a dual and the number word that stresses it are one count
        if death_noun and value == 2 and last + 1 < len(words):
            # the dual of a death noun before the dual of its victims (جثتي جنديين, two bodies
            # of two soldiers) is one count of two
            victims = parse_at(words, last + 1, t)
            if victims is not None and victims[0] == 2 and not victims[2] and victims[1] == last + 1:
                last += 1
        last = _restated(words, i, last, value, t)
        if not death_noun and _counted_noun(words, i, last, value, t):
            last += 1  # خمسة شرطيين: a plural spelt like a dual, the count's noun, not two more
        # a range "5 إلى 7" / "بين 5 و7": keep the lower bound, skip the upper
        # (the upper bound starts after إلى or a dash; after بين, at "و7" itself or after a
        # conjunction split off the digits, "و 7")
        j = last + 1
        between = i > 0 and words[i - 1].key == "بين"
        at: int | None = None
        if j < len(words):
            key = words[j].key
            if key in ("الي", "-", "–") or (between and key == "و"):
                at = j + 1
            elif between and key.startswith("و"):
                at = j
        upper = parse_at(words, at, t) if at is not None and at < len(words) else None
        if upper is not None:
            last = upper[1]
        out.append(Count(value, i, last, death_noun))
        i = last + 1
    return out
