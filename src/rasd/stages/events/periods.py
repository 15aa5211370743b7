"""Tolls that are not one incident's: counts dated over a period (``خلال 10 أشهر``, ``منذ
بداية العام``), cumulative tolls (``ارتفعت حصيلة ... إلى``) and counts told of an earlier
incident after a lapse phrase (``بعد أسبوع من الاعتداء``), and where a sentence goes on to
another incident (``...، وأضاف أن المقاتلات نفذت ضربة أخرى في هيت``). Read by :mod:`rasd.stages.events.tolls`,
which leaves such counts out of an incident's fatalities.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import TermMatch, Word, cue_set
from rasd.stages.events.marks import TOLL_QUOTES
from rasd.stages.events.numbers import NumberTables, parse_at, tables
from rasd.text import load_data, normalize_key

__all__ = ["ANOTHER_REACH", "CLAUSE_END", "PERIOD_REACH", "another_clauses", "cumulative_before", "lapsed_ranges", "period_after", "period_before", "within"]


#: How far (in words) after a count its clause is searched for a period (``خلال 10 أشهر``).
PERIOD_REACH = 16
#: Punctuation that ends a clause.
CLAUSE_END = frozenset({".", "،", ",", "؛", ";", ":", "!", "؟", "?"})


def period_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """Whether the clause after a count dates it over a period (``قتل 130 شخصا هذا الشهر``,
    ``... خلال 10 أشهر``, ``منذ 2013``): a toll over weeks or months, not one incident's."""
    hi = min(len(words), last + 1 + PERIOD_REACH)
    breaks = {m.first for m in cue_set("clause_breaks").find(words, last + 1, len(words))}
    phrases = {m.first for m in t.period_phrases.find(words, last + 1, len(words))}
    openers = {m.first: m.last for m in t.period_openers.find(words, last + 1, len(words))}
    # (a superlative, then a period: the period is the superlative's, not the count's)
    breaks |= {m.first for m in t.superlatives.find(words, last + 1, hi)}
    for j in range(last + 1, hi):
        if (words[j].punct and words[j].key in CLAUSE_END) or j in breaks:
            return False
        if j in phrases:
            return True
        if j in openers and t.period_heads.any_in(words, openers[j] + 1, min(len(words), openers[j] + 4)):
            return True
    return False


def period_before(words: Sequence[Word], lead: int, t: NumberTables) -> bool:
    """Whether the clause before a count (from word ``lead``, its hedge) dates it over a period
    told first (``عدد القتلى خلال الشهر بلغ نحو 500``, ``منذ بداية العام قتل 300``): a toll over
    weeks or months, as :func:`period_after` reads one told after its count."""
    lo = max(0, lead - PERIOD_REACH)
    breaks = {m.first for m in cue_set("clause_breaks").find(words, lo, lead)}
    # (not a bare منذ: منذ التفجير الذي أودى بحياة 32 dates from an incident, whose toll it is)
    phrases = {m.first for m in t.period_phrases.find(words, lo, lead) if m.last > m.first}
    openers = {m.first: m.last for m in t.period_openers.find(words, lo, lead)}
    for j in range(lead - 1, lo - 1, -1):
        if (words[j].punct and words[j].key in CLAUSE_END) or j in breaks:
            return False
        if j in phrases:
            return True
        if j in openers and t.period_heads.any_in(words, openers[j] + 1, min(lead, openers[j] + 4)):
            return True
    return False


#: Words that may stand between a lapse's time unit and its ``من`` / ``على`` (``بعد أيام قليلة
#: من``, ``بعد 10 أيام فقط على``).
_LAPSE_FILLERS = frozenset({"فقط", "فحسب", "تقريبا", "قليله", "معدوده"})


#: Qualifiers that make a toll one incident's (``حصيلة القتلى الأولية``, ``الحصيلة النهائية``).
_ONE_INCIDENT_TOLLS = frozenset({"الاوليه", "اوليه", "الاولي", "المبدئيه", "مبدئيه", "النهائيه", "نهائيه"})


def cumulative_before(words: Sequence[Word], first: int, t: NumberTables) -> bool:
    """Whether a cumulative word (``حصيلة``, ``ارتفع``, ``منذ``) stands in the six words before
    the count at ``first``; not a toll called initial or final within two words after it
    (``حصيلة القتلى الأولية هي 10``: one incident's first count)."""
    for m in t.cumulative.find(words, max(0, first - 6), first):
        if not (words[m.first].key in ("حصيله", "الحصيله")
                and any(w.key in _ONE_INCIDENT_TOLLS for w in words[m.last + 1:min(first, m.last + 3)])):
            return True
    return False


def _lapse_ends(words: Sequence[Word], t: NumberTables) -> list[int]:
    """The last words of the phrases that date an earlier incident (``غداة``, ``بعد أسبوع من``,
    ``بعد ثلاثة أيام من``)."""
    ends = [m.last for m in t.lapse_words.find(words)]
    for i, w in enumerate(words[:-2]):
        if w.key not in ("بعد", "وبعد", "فبعد"):
            continue
        j = i + 1
        if parse_at(words, j, t) is not None and not t.lapse_units.any_in(words, j, j + 1):
            j += 1  # بعد ثلاثة أيام من
        if not (j + 1 < len(words) and t.lapse_units.any_in(words, j, j + 1)):
            continue
        k = j + 2 if j + 2 < len(words) and words[j + 1].key in _LAPSE_FILLERS else j + 1
        if words[k].key in ("من", "علي"):
            ends.append(k)  # (بعد 10 أيام فقط على: a filler word before من/على)
    return ends


def lapsed_ranges(words: Sequence[Word], deaths: Sequence[TermMatch], t: NumberTables) -> list[tuple[int, int]]:
    """The word ranges told of an earlier incident: after a lapse phrase (:func:`_lapse_ends`),
    up to the clause's end or the second death cue after it (``بعد أسبوع من الاعتداء الذي خلف 40
    قتيلا ... تبنت الجماعة قتل ثلاثة جنود``: the 40 are the earlier attack's, the three this one's)."""
    out = []
    for end in _lapse_ends(words, t):
        hi = next((j for j in range(end + 1, len(words)) if words[j].punct and words[j].key in CLAUSE_END), len(words))
        after = [m.first for m in deaths if end < m.first < hi]
        out.append((end + 1, after[1] if len(after) > 1 else hi))
    return out


def within(i: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether word ``i`` lies in one of the half-open word ``ranges``."""
    return any(lo <= i < hi for lo, hi in ranges)


#: How far (in words) before ``أخرى`` / ``آخر`` the comma that opens its clause may stand.
ANOTHER_REACH = 8


def another_clauses(words: Sequence[Word]) -> list[int]:
    """The words that open a clause telling another incident than the one before it: the word
    after the comma nearest before ``آخر`` / ``أخرى`` (cue list ``another_incident``, the bare
    word) where it qualifies an act, not casualties (``وأصيب آخر``), a count (``خمسة آخرون``)
    nor a time (``مرة أخرى``): ``أوقعت 21 قتيلا منهم قرب بيجي، وأضاف أن المقاتلات نفذت ضربة
    أخرى في هيت أوقعت قتيلين``. Like the clause-break words, such a cut keeps a toll
    apart only where the parts name different places or acts
    (:func:`rasd.stages.events.incidents.incident_focus`)."""
    t = tables()
    another = frozenset(normalize_key(term) for term in load_data("events/cues.json").get("another_incident", ()))
    cuts = []
    for j in range(2, len(words)):
        before = words[j - 1]
        if words[j].key not in another or before.punct or before.key in _NOT_ACTS \
                or parse_at(words, j - 1, t) is not None \
                or t.death.any_in(words, j - 1, j) or t.wound.any_in(words, j - 1, j):
            continue
        comma = next((k for k in range(j - 2, max(0, j - 2 - ANOTHER_REACH), -1)
                      if words[k].punct and words[k].key not in TOLL_QUOTES), None)
        if comma is not None and words[comma].key in CLAUSE_END and comma + 1 < j - 1:
            cuts.append(comma + 1)
    return cuts


#: Nouns that ``أخرى`` / ``آخر`` qualify without telling another incident (``مرة أخرى``: again).
_NOT_ACTS = frozenset({"مره", "جهه", "ناحيه", "بعباره", "وبعباره", "اشخاص", "شخص", "مدنيين"})
