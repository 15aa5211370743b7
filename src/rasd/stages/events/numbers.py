"""Fatality counts from Arabic text: digits, number words (``خمسة وعشرون``), duals
(``جنديان``, ``قتيلين``) and ACLED's conventions for vague counts (``عشرات`` = 10,
``مئات`` = 100, a range takes its lower bound, an unknown count stays ``None``).

A count belongs to the nearest death cue (``مقتل``, ``قتلى``, ``استشهد`` ...) unless a
wound cue (``أصيب``, ``جرحى``) is nearer; counts after ``بينهم`` (a subset), counts with a
unit (``عاما``, ``كم``, ``في المئة``) and cumulative tolls (``ارتفعت حصيلة ... إلى``) never
count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.stages.events.lexicon import TermSet, Word, cue_set, words_of
from rasd.text import load_data, normalize_key

__all__ = ["Count", "parse_counts", "fatalities_in", "fatalities_of_words", "incident_range", "NumberTables"]


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
    people: frozenset[str] = frozenset()


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
        other_verbs=TermSet(d.get("other_verbs", ())), loss_verbs=TermSet(d.get("loss_verbs", ())),
        damage_only=TermSet(d.get("damage_only", ())), mixed=TermSet(d.get("mixed", ())),
        verdict=TermSet(d.get("verdict", ())), day_of_month=TermSet(d.get("day_of_month", ())),
        named_victim_cues=TermSet(d.get("named_victim_cues", ())), doer_death=TermSet(d.get("doer_death", ())),
    )


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


def _parse_at(words: Sequence[Word], i: int, t: NumberTables) -> tuple[int, int, bool] | None:
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
                form[:-2] in t.singular or (form.endswith("تان") and form[:-3] in t.singular)):
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


def parse_counts(words: Sequence[Word]) -> list[Count]:
    """Every count in ``words`` (ranges reduced to their lower bound)."""
    t = tables()
    out: list[Count] = []
    i = 0
    while i < len(words):
        got = _parse_at(words, i, t)
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
            victims = _parse_at(words, last + 1, t)
            if victims is not None and victims[0] == 2 and not victims[2] and victims[1] == last + 1:
                last += 1
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
        upper = _parse_at(words, at, t) if at is not None and at < len(words) else None
        if upper is not None:
            last = upper[1]
        out.append(Count(value, i, last, death_noun))
        i = last + 1
    return out


def _and_one_more(words: Sequence[Word], last: int, t: NumberTables) -> int:
    """1 when the victims' phrase after a count ends with ``و`` + one singular victim
    (``ثلاثة من عناصر الشرطة ومدني``), else 0."""
    for j in range(last + 1, min(len(words), last + 8)):
        w = words[j]
        if w.punct or t.wound.any_in(words, j, j + 1) or t.death.any_in(words, j, j + 1):
            return 0
        if w.key.startswith("و") and any(s in t.singular for s in w.stems[1:]):
            return 1
    return 0


#: Words that cannot qualify a victim noun (``مقتل جندي في ...``): between it and a count
#: joined by ``و`` they start another phrase.
_NOT_QUALIFIERS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "بعد", "قبل", "خلال", "اثر", "جراء"})


NAME_WORDS = 5  # the longest person's name (words) between a casualty cue and a count joined to it


def _one_before(words: Sequence[Word], cue_last: int, first: int, t: NumberTables,
                persons: frozenset[int] = frozenset()) -> int:
    """1 when one singular victim, with at most one qualifying word, or one person's name
    stands between the casualty cue and a count joined to it by ``و`` (``مقتل ضابط وثلاثة
    جنود``, ``قتل شرطي وجنديان``, ``قتل قائد عسكري وأحد العناصر``, ``بمقتل فلان وثلاثة من
    مرافقيه``), else 0."""
    if cue_last + 1 in persons and cue_last + 2 <= first <= cue_last + 1 + NAME_WORDS \
            and words[first].key.startswith("و") and not any(
                w.punct or w.key in _NOT_QUALIFIERS for w in words[cue_last + 1:first]):
        return 1
    if not (cue_last + 2 <= first <= cue_last + 3 and words[first].key.startswith("و")
            and _is_singular(words[cue_last + 1], t)):
        return 0
    if words[first].key in t.units and not (first + 1 < len(words) and (
            words[first + 1].key.startswith("ال") or words[first + 1].key == "من")):
        return 0  # جندي واحد: one soldier (but وأحد العناصر, "and one of the men")
    if first == cue_last + 3:
        q = words[cue_last + 2]
        if q.punct or q.key.startswith("و") or q.key in _NOT_QUALIFIERS or _parse_at(words, cue_last + 2, t):
            return 0
    return 1


def _year_before(words: Sequence[Word], i: int) -> bool:
    """Whether the word before ``i`` is a month name, a year word (``عام``) or a preposition
    of time (``في 2019``)."""
    return i > 0 and (cue_set("year_markers").any_in(words, i - 1, i)
                      or words[i - 1].key in ("في", "خلال", "حتي", "قبل", "بعد"))


def _singular_after(words: Sequence[Word], cue_last: int, t: NumberTables) -> bool:
    """One victim named after the casualty cue: a singular victim noun right after it
    (``قتل جندي``), or the verb's object in the accusative (``رجلا``, ``شابا``) past its subject
    or a day and place (``قتلت الشرطة مساء الثلاثاء في المدينة رجلا``), with no punctuation
    between and no count before it."""
    j = cue_last + 1
    if j < len(words) and any(s in t.singular for s in words[j].stems):
        return True
    for k in range(j, min(len(words), j + CUE_WINDOW_PEOPLE)):
        if words[k].punct or _parse_at(words, k, t) is not None:
            return False  # another clause, or the noun of a count (مقتل 95 شخصا)
        if _is_accusative_singular(words[k], t):
            return True
    return False


#: How far (in words) a count may follow the casualty cue that introduces it; a count of
#: people (``ستة مدنيين``) may stand further off, after a verb's subject
#: (``أعدم عناصر تنظيم داعش أمس ستة مدنيين``), when nothing but words sits between.
CUE_WINDOW = 4
CUE_WINDOW_PEOPLE = 6


def _people_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    j = last + 1
    return j < len(words) and any(s in t.people or s in t.singular for s in words[j].stems)


#: How far (in words) before its count a loss verb may stand (``فقد اللواء، خلال
#: ساعات من القتال، تسعة من أفراده``).
LOSS_REACH = 8
_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما")


def _own_losses_after(words: Sequence[Word], last: int) -> bool:
    """Whether a count is followed by ``من`` and a noun with a possessive pronoun
    (``ستة من جنودها``, ``عشرة من مقاتليه``): a side's own people."""
    j = last + 1
    return (j + 1 < len(words) and words[j].key == "من" and not words[j + 1].punct
            and len(words[j + 1].key) > 4 and not words[j + 1].key.startswith("ال")
            and words[j + 1].key.endswith(_POSSESSIVE_ENDINGS))


#: How far (in words) after a count its victims' phrase may run to a mixed casualty phrase
#: (``عشرات الحوثيين ومن القوات الموالية لصالح بين قتيل وجريح``).
MIXED_REACH = 10


def _mixed_after(words: Sequence[Word], last: int, starts: frozenset[int], t: NumberTables) -> bool:
    """Whether the count ending at ``last`` counts the dead and the wounded together
    (``12 شخصا بين قتيل وجريح``, ``عشرات القتلى والجرحى``): a mixed phrase (starting at one
    of ``starts``) follows it in its phrase, with no punctuation, count or other casualty word
    between."""
    for j in range(last + 1, min(len(words), last + 1 + MIXED_REACH)):
        if j in starts:
            return True
        if words[j].punct or _parse_at(words, j, t) is not None or \
                t.death.any_in(words, j, j + 1) or t.wound.any_in(words, j, j + 1):
            return False
    return False


#: How far (in words) after a count its clause is searched for a period (``خلال 10 أشهر``).
PERIOD_REACH = 16
_CLAUSE_END = frozenset({".", "،", ",", "؛", ";", ":", "!", "؟", "?"})


def _period_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """Whether the clause after a count dates it over a period (``قتل 130 شخصا هذا الشهر``,
    ``... خلال 10 أشهر``, ``منذ 2013``): a toll over weeks or months, not one incident's."""
    hi = min(len(words), last + 1 + PERIOD_REACH)
    breaks = {m.first for m in cue_set("clause_breaks").find(words, last + 1, len(words))}
    phrases = {m.first for m in t.period_phrases.find(words, last + 1, len(words))}
    openers = {m.first: m.last for m in t.period_openers.find(words, last + 1, len(words))}
    for j in range(last + 1, hi):
        if (words[j].punct and words[j].key in _CLAUSE_END) or j in breaks:
            return False
        if j in phrases:
            return True
        if j in openers and t.period_heads.any_in(words, openers[j] + 1, min(len(words), openers[j] + 4)):
            return True
    return False


#: How far (in words) before its death verb a singular subject after ``أن`` may stand.
SUBJECT_REACH = 14


def _is_accusative_singular(w: Word, t: NumberTables) -> bool:
    """A singular victim noun in the indefinite accusative (``رجلا``, ``شابا``)."""
    return any(s.endswith("ا") and s[:-1] in t.singular for s in w.stems)


def _is_singular(w: Word, t: NumberTables) -> bool:
    return any(s in t.singular for s in w.stems) or _is_accusative_singular(w, t)


def _singular_subject(words: Sequence[Word], verb: int, t: NumberTables,
                      persons: frozenset[int] = frozenset()) -> bool:
    """``أكد مسؤولون أن جنرالا كبيرا في الجيش ومن أقرب مساعدي الرئيس، قتل اليوم``: a singular
    victim noun right after ``أن`` is the subject of the death verb that ends its phrase."""
    for j in range(verb - 1, max(-1, verb - SUBJECT_REACH - 1), -1):
        if words[j].key in ("ان", "بان"):
            return j + 1 < verb - 1 and (_is_singular(words[j + 1], t) or j + 1 in persons)
        if words[j].punct and words[j].key not in ("،", ",", "(", ")"):
            return False
    return False


#: The longest insert between commas skipped between a count and its verb (words).
INSERT_WORDS = 6


def _gap_past_insert(words: Sequence[Word], lo: int, hi: int, t: NumberTables) -> int | None:
    """How many words stand in ``[lo, hi)`` (between a count and the verb after it) outside
    one insert between commas (``17 مدنيا، بينهم أطفال، قتلوا``); ``None`` where other
    punctuation stands between, or the insert is long or holds a count or a casualty word
    (then it tells something else)."""
    marks = [j for j in range(lo, hi) if words[j].punct]
    if not marks:
        return hi - lo
    if len(marks) != 2 or any(words[j].key not in ("،", ",") for j in marks):
        return None
    a, b = marks
    if b - a - 1 > INSERT_WORDS or b + 1 != hi or parse_counts(words[a + 1:b]) or \
            t.death.any_in(words, a + 1, b) or t.wound.any_in(words, a + 1, b):
        return None
    return a - lo


def _day_of_month(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """Whether the count ending at ``last`` is a day of the month (``قتل في الـ8 من يوليو``,
    ``في 12 من الشهر الجاري``): ``من`` and a month name or a month noun follow it."""
    j = last + 2
    return j < len(words) and words[last + 1].key == "من" and (t.units_after.any_in(words, j, j + 1) or t.day_of_month.any_in(words, j, j + 1))


#: The longest victims' phrase (words) between a death count and the comma before a count
#: of the other side's dead (``مقتل 20 من المتمردين وأنصارهم، وستة من الجنود``).
PARALLEL_GAP = 6


def _parallel_to(words: Sequence[Word], prev: Count, c: Count, cues: Sequence[tuple[int, int]],
                 t: NumberTables) -> bool:
    """Whether count ``c`` lists more dead of the phrase of the death count ``prev`` before it:
    ``c`` is joined by ``و`` right after a comma, both counts are followed by the same kind of
    victims' phrase (``من`` + a side, or a people noun), and only that phrase (no other
    punctuation, casualty or act word, no preposition past its first word) stands between
    ``prev`` and the comma."""
    joined = words[c.first].key.startswith("و") or (c.first > 0 and words[c.first - 1].key == "و")
    comma = c.first - 1 if words[c.first].key.startswith("و") else c.first - 2
    if not joined or comma <= prev.last or words[comma].key not in ("،", ",") or comma - prev.last - 1 > PARALLEL_GAP \
            or any(w.punct for w in words[prev.last + 1:comma]):
        return False
    if any(prev.last < first < comma for first, _ in cues) or any(
            w.key in _NOT_QUALIFIERS for w in words[prev.last + 2:comma]):
        return False  # (قتل خمسة جنود في الهجوم، وثلاثة مدنيين في قصف آخر: another incident's)
    partitive = [k + 2 < len(words) and words[k + 1].key == "من" and not words[k + 2].punct for k in (prev.last, c.last)]
    return all(partitive) or (_people_after(words, prev.last, t) and _people_after(words, c.last, t))


def _noun_after(words: Sequence[Word], last: int, t: NumberTables) -> str | None:
    """``"death"`` or ``"wound"`` when the word right after a count is a casualty noun
    (``32 قتيلا``, ``ومئة جريح``): the count's own noun says what it counts."""
    j = last + 1
    if j >= len(words) or words[j].punct or words[j].key.startswith("و"):
        return None
    if t.wound_nouns.any_in(words, j, j + 1):
        return "wound"
    if t.death_nouns.any_in(words, j, j + 1):
        return "death"
    return None


def incident_range(words: Sequence[Word], focus: int | None) -> tuple[int, int]:
    """The words of the incident at word ``focus``: the sentence cut at clause-break words
    (``فيما``, ``بينما``), so that the toll of another incident told in the same sentence
    (``قتل 13 في مروة فيما لقي 37 مصرعهم في غومبي``) is not added to it."""
    if focus is None:
        return 0, len(words)
    cuts = sorted({m.first for m in cue_set("incident_breaks").find(words)})
    lo, hi = 0, len(words)
    for c in cuts:
        if c <= focus:
            lo = c
        else:
            hi = c
            break
    return lo, hi


def fatalities_in(words: Sequence[Word], focus: int | None = None,
                  persons: frozenset[int] = frozenset()) -> tuple[int | None, bool]:
    """Like :func:`fatalities_of_words`, but where the sentence tells several incidents (cut
    at ``فيما``, ``بينما`` ...) and more than one part has a death count, only the part of
    word ``focus`` (the event's trigger) counts. ``persons``: the words where a person's
    name starts (a named victim is one death)."""
    if focus is not None:
        lo, hi = incident_range(words, focus)
        if (lo, hi) != (0, len(words)):
            parts = [(0, lo), (lo, hi), (hi, len(words))]
            tolls = [fatalities_of_words(words[a:b]) for a, b in parts if b > a]
            if sum(1 for f, _ in tolls if f) > 1:
                return fatalities_of_words(words[lo:hi], frozenset(i - lo for i in persons if lo <= i < hi))
    return fatalities_of_words(words, persons)


def fatalities_of_words(words: Sequence[Word], persons: frozenset[int] = frozenset()) -> tuple[int | None, bool]:
    """``(fatalities, cumulative_seen)`` for one sentence's words; ``None`` when deaths are
    mentioned without a usable count or not at all. ``persons``: the words where a person's
    name starts."""
    t = tables()
    # احتجاجا على مقتل ناشط: a killing protested against is not a casualty of the event
    grievance = cue_set("grievance")
    # (قضت المحكمة بإعدام خمسة: a death sentence, not a death)
    deaths = [m for m in t.death.find(words) if not grievance.any_in(words, max(0, m.first - 3), m.first)
              and not (m.term.startswith("إعدام") and t.verdict.any_in(words, max(0, m.first - 4), m.first))]
    wounds = t.wound.find(words)
    # (not one joined to a death verb: قتلوا واحتجزوا خمسة, the count is the killed too)
    others = [m for m in t.other_verbs.find(words) if not any(d.last + 1 == m.first for d in deaths)]
    losses = t.loss_verbs.find(words)
    counts = parse_counts(words)
    mixed = frozenset(m.first for m in t.mixed.find(words))
    total = 0
    found = False
    cumulative = False
    added: list[Count] = []  # the death counts summed so far
    cues = [(m.first, m.last) for m in (*deaths, *wounds, *others)]
    for k, c in enumerate(counts):
        if mixed and _mixed_after(words, c.last, mixed, t):
            continue  # سقوط عشرات بين قتيل وجريح: the dead among them are not told
        if c.noun_is_death:
            total += c.value
            found = True
            added.append(c)
            continue
        if c.last + 1 < len(words) and t.units_after.any_in(words, c.last + 1, c.last + 2):
            continue
        if _day_of_month(words, c.last, t):
            continue  # قتل في الـ8 من يوليو: a date, not a count
        if added and k > 0 and counts[k - 1] is added[-1] and _parallel_to(words, added[-1], c, cues, t):
            total += c.value  # مقتل 20 من المتمردين، وستة من الجنود: both sides' dead
            added.append(c)
            continue
        if 1900 <= c.value <= 2100 and c.first == c.last and _year_before(words, c.first):
            continue  # في أكتوبر 2017: a year, never a count
        if t.subset.any_in(words, max(0, c.first - 2), c.first):
            continue
        if t.cumulative.any_in(words, max(0, c.first - 6), c.first) or _period_after(words, c.last, t):
            cumulative = True
            continue
        own = _noun_after(words, c.last, t)
        if own is not None:
            if own == "death":
                total += c.value + _and_one_more(words, c.last, t)
                found = True
                added.append(c)
            continue
        best: tuple[int, int, str, int] | None = None  # (distance, cue-after penalty, kind, cue's last word)
        if _own_losses_after(words, c.last):
            # خسرت القوات، في المعارك، ستة من جنودها: a side's own dead after a loss verb
            loss = [m for m in losses if 0 < c.first - m.last <= LOSS_REACH]
            if loss:
                best = (c.first - loss[-1].last, 0, "death", loss[-1].last)
        # (a count after another verb on people is that verb's object: وأصابوا ثلاثة)
        for kind, matches in (("death", deaths), ("wound", wounds), ("other", others)):
            for m in matches:
                limit = CUE_WINDOW
                if m.last < c.first:
                    if any(w.punct and w.key in _CLAUSE_END for w in words[m.last + 1:c.first]):
                        continue  # وقتل من فيها، وتفكيك 3 منازل: the count is another clause's
                    dist, pen = c.first - m.last, 0
                    if _people_after(words, c.last, t) and not any(w.punct for w in words[m.last + 1:c.first]):
                        limit = CUE_WINDOW_PEOPLE
                elif (m.first > c.last and m.term in t.post_cues and not words[m.first].key.startswith("و")
                      and (gap := _gap_past_insert(words, c.last + 1, m.first, t)) is not None):
                    dist, pen = gap + 1, 1
                else:
                    continue
                if dist > limit:
                    continue
                if best is None or (dist, pen) < (best[0], best[1]):
                    best = (dist, pen, kind, m.last)
        if best is not None and best[2] == "death":
            total += c.value + _and_one_more(words, c.last, t) + _one_before(words, best[3], c.first, t, persons)
            found = True
            added.append(c)
    if not found:
        for m in deaths:
            if _singular_after(words, m.last, t):
                return 1, cumulative
            if (m.first > 0 and not cumulative and not words[m.first].key.endswith("وا")
                    and not any(m.first - 3 <= c.last < m.first for c in counts)
                    and _is_singular(words[m.first - 1], t)):
                return 1, cumulative  # أن شخصا قتل: one victim named just before the verb
            if not cumulative and not words[m.first].key.endswith("وا") \
                    and _singular_subject(words, m.first, t, persons) and not any(c.last < m.first for c in counts):
                return 1, cumulative  # أن جنرالا كبيرا في الجيش ...، قتل: the clause's subject, one victim
            if m.last + 1 in persons and not cumulative and t.named_victim_cues.any_in(words, m.first, m.last + 1):
                return 1, cumulative  # أفاد الجيش بمقتل فلان: a named victim
        for m in t.singular_deaths.find(words):
            # لقي صياد حتفه / ضرب رجلا حتى الموت: one death, unless a count stands just before
            if not any(m.first - 4 <= c.last < m.first for c in counts):
                return 1, cumulative
        if cue_set("no_casualties").any_in(words):
            return 0, cumulative  # دون أن تسفر عن ضحايا: a known count, none
        if wounds and not deaths and not cumulative and not mixed:
            return 0, cumulative  # أصيب خمسة بجروح: the wounded are told, and no one killed
        if not deaths and not wounds and not cumulative and t.damage_only.any_in(words):
            return 0, cumulative  # أسفرت الغارة عن تدمير المنزل: damage told, no casualty
    if found and added and any(m.first > added[-1].last for m in t.doer_death.find(words)):
        total += 1  # قتل خمسة جنود قبل أن يقتل برصاص الشرطة: the attacker died too
    return (total if found else None), cumulative


def fatalities_of_text(text: str) -> int | None:
    """Convenience: fatalities of one sentence given as a string."""
    return fatalities_in(words_of(text))[0]
