"""The victims a casualty phrase names besides its count: one singular victim or a named
person before or after the cue (``مقتل ضابط وثلاثة جنود``, ``أن جنرالا ... قتل``), one more
after the count (``ثلاثة من عناصر الشرطة ومدني``), both sides' dead listed in parallel
(``مقتل 20 من المتمردين، وستة من الجنود``) and a side's own losses (``ستة من جنودها``).
Used by :mod:`rasd.stages.events.tolls`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word
from rasd.stages.events.numbers import Count, NumberTables, parse_at

__all__ = [
    "CUE_WINDOW", "CUE_WINDOW_PEOPLE", "LOSS_REACH", "NAME_WORDS", "NOT_QUALIFIERS", "PARALLEL_GAP", "SUBJECT_REACH",
    "and_one_more", "is_accusative_singular", "is_singular", "one_before", "own_losses_after", "parallel_to",
    "people_after", "singular_after", "singular_subject",
]


def and_one_more(words: Sequence[Word], last: int, t: NumberTables) -> int:
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
NOT_QUALIFIERS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "بعد", "قبل", "خلال", "اثر", "جراء"})


NAME_WORDS = 5  # the longest person's name (words) between a casualty cue and a count joined to it


def one_before(words: Sequence[Word], cue_last: int, first: int, t: NumberTables,
                persons: frozenset[int] = frozenset()) -> int:
    """1 when one singular victim, with at most one qualifying word, or one person's name
    stands between the casualty cue and a count joined to it by ``و`` (``مقتل ضابط وثلاثة
    جنود``, ``قتل شرطي وجنديان``, ``قتل قائد عسكري وأحد العناصر``, ``بمقتل فلان وثلاثة من
    مرافقيه``), else 0."""
    if cue_last + 1 in persons and cue_last + 2 <= first <= cue_last + 1 + NAME_WORDS \
            and words[first].key.startswith("و") and not any(
                w.punct or w.key in NOT_QUALIFIERS for w in words[cue_last + 1:first]):
        return 1
    if not (cue_last + 2 <= first <= cue_last + 3 and words[first].key.startswith("و")
            and is_singular(words[cue_last + 1], t)):
        return 0
    if words[first].key in t.units and not (first + 1 < len(words) and (
            words[first + 1].key.startswith("ال") or words[first + 1].key == "من")):
        return 0  # جندي واحد: one soldier (but وأحد العناصر, "and one of the men")
    if first == cue_last + 3:
        q = words[cue_last + 2]
        if q.punct or q.key.startswith("و") or q.key in NOT_QUALIFIERS or parse_at(words, cue_last + 2, t):
            return 0
    return 1


def singular_after(words: Sequence[Word], cue_last: int, t: NumberTables) -> bool:
    """One victim named after the casualty cue: a singular victim noun right after it
    (``قتل جندي``), or the verb's object in the accusative (``رجلا``, ``شابا``) past its subject
    or a day and place (``قتلت الشرطة مساء الثلاثاء في المدينة رجلا``), with no punctuation
    between and no count before it."""
    j = cue_last + 1
    if j < len(words) and any(s in t.singular for s in words[j].stems):
        return True
    for k in range(j, min(len(words), j + CUE_WINDOW_PEOPLE)):
        if words[k].punct or parse_at(words, k, t) is not None:
            return False  # another clause, or the noun of a count (مقتل 95 شخصا)
        if is_accusative_singular(words[k], t):
            return True
    return False


#: How far (in words) a count may follow the casualty cue that introduces it; a count of
#: people (``ستة مدنيين``) may stand further off, after a verb's subject
#: (``أعدم عناصر تنظيم داعش أمس ستة مدنيين``), when nothing but words sits between.
CUE_WINDOW = 4
CUE_WINDOW_PEOPLE = 6


def people_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    j = last + 1
    return j < len(words) and any(s in t.people or s in t.singular for s in words[j].stems)


#: How far (in words) before its count a loss verb may stand (``فقد اللواء، خلال
#: ساعات من القتال، تسعة من أفراده``).
LOSS_REACH = 8
_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما")


def own_losses_after(words: Sequence[Word], last: int) -> bool:
    """Whether a count is followed by ``من`` and a noun with a possessive pronoun
    (``ستة من جنودها``, ``عشرة من مقاتليه``): a side's own people."""
    j = last + 1
    return (j + 1 < len(words) and words[j].key == "من" and not words[j + 1].punct
            and len(words[j + 1].key) > 4 and not words[j + 1].key.startswith("ال")
            and words[j + 1].key.endswith(_POSSESSIVE_ENDINGS))


#: How far (in words) before its death verb a singular subject after ``أن`` may stand.
SUBJECT_REACH = 14


def is_accusative_singular(w: Word, t: NumberTables) -> bool:
    """A singular victim noun in the indefinite accusative (``رجلا``, ``شابا``)."""
    return any(s.endswith("ا") and s[:-1] in t.singular for s in w.stems)


def is_singular(w: Word, t: NumberTables) -> bool:
    return any(s in t.singular for s in w.stems) or is_accusative_singular(w, t)


def singular_subject(words: Sequence[Word], verb: int, t: NumberTables,
                      persons: frozenset[int] = frozenset()) -> bool:
    """``أكد مسؤولون أن جنرالا كبيرا في الجيش ومن أقرب مساعدي الرئيس، قتل اليوم``: a singular
    victim noun right after ``أن`` is the subject of the death verb that ends its phrase."""
    for j in range(verb - 1, max(-1, verb - SUBJECT_REACH - 1), -1):
        if words[j].key in ("ان", "بان"):
            return j + 1 < verb - 1 and (is_singular(words[j + 1], t) or j + 1 in persons)
        if words[j].punct and words[j].key not in ("،", ",", "(", ")"):
            return False
    return False


#: The longest victims' phrase (words) between a death count and the comma before a count
#: of the other side's dead (``مقتل 20 من المتمردين وأنصارهم، وستة من الجنود``).
PARALLEL_GAP = 6


def parallel_to(words: Sequence[Word], prev: Count, c: Count, cues: Sequence[tuple[int, int]],
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
            w.key in NOT_QUALIFIERS for w in words[prev.last + 2:comma]):
        return False  # (قتل خمسة جنود في الهجوم، وثلاثة مدنيين في قصف آخر: another incident's)
    partitive = [k + 2 < len(words) and words[k + 1].key == "من" and not words[k + 2].punct for k in (prev.last, c.last)]
    return all(partitive) or (people_after(words, prev.last, t) and people_after(words, c.last, t))
