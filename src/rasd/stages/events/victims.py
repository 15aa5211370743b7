"""The victims a casualty phrase names besides its count: one singular victim or a named
person before or after the cue (``مقتل ضابط وثلاثة جنود``, ``أن جنرالا ... قتل``), one more
after the count (``ثلاثة من عناصر الشرطة ومدني``), both sides' dead listed in parallel
(``مقتل 20 من المتمردين، وستة من الجنود``) and a side's own losses (``ستة من جنودها``).
Used by :mod:`rasd.stages.events.tolls`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from rasd.stages.events.lexicon import Word
from rasd.stages.events.marks import COMMAS, VICTIM_QUOTES
from rasd.stages.events.numbers import Count, NumberTables, parse_at
from rasd.stages.events.people_forms import dead_noun_after, participle_plural_at, partitive_after

__all__ = [
    "CUE_WINDOW", "CUE_WINDOW_PEOPLE", "LOSS_REACH", "NAME_WORDS", "NOT_QUALIFIERS", "PARALLEL_GAP", "SUBJECT_REACH",
    "and_one_more", "is_accusative_singular", "is_singular", "one_before", "own_losses_after", "parallel_to",
    "people_after", "singular_after", "singular_subject", "after_times", "is_title", "listed_victims",
    "companion_of_one", "listed_after", "named_victim_first", "members_after", "added_to", "companions_after",
    "one_before_addition", "ADDITION_REACH", "LIST_REACH", "LIST_GAP", "LIST_TAIL", "JOINED_GAP", "QUOTES",
    "chained_before", "cue_before_addition", "joined_at", "construct_title", "victim_before_others", "OTHERS_GAP",
]


def and_one_more(words: Sequence[Word], last: int, t: NumberTables) -> int:
    """How many singular victims joined by ``و`` end the victims' phrase after a count
    (``ثلاثة من عناصر الشرطة ومدني`` = 1, ``ضابطا شرطة ومجند ومسلح`` = 2); 0 when none.
    After the first, each further one follows the one before with at most two qualifying
    words between (``ومدني آخر وطفل``), all within the seven words after the count."""
    found, since = 0, 0
    for j in range(last + 1, min(len(words), last + 8)):
        w = words[j]
        if w.punct or t.wound.any_in(words, j, j + 1) or t.death.any_in(words, j, j + 1):
            break
        if t.subset.any_in(words, j, j + 1) or t.subset_apposition.any_in(words, j, j + 1):
            return 0  # قتل 12 شخصا بينهم أربعة أطفال وامرأة (هم أربعة ...): the woman is among the 12
        if w.key.startswith("و") and any(s in t.singular for s in w.stems[1:]):
            found, since = found + 1, 0
            continue
        if found:
            since += 1
            if since > 2 or w.key in NOT_QUALIFIERS or w.key.startswith("و"):
                break
    return found


#: Words that cannot qualify a victim noun (``مقتل جندي في ...``): between it and a count
#: joined by ``و`` they start another phrase.
NOT_QUALIFIERS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "بعد", "قبل", "خلال", "اثر", "جراء"})


NAME_WORDS = 5  # the longest person's name (words) between a casualty cue and a count joined to it


def joined_at(words: Sequence[Word], first: int) -> int:
    """Where the ``و`` joining the count at word ``first`` to the phrase before it stands: the
    count's own word (``وثلاثة``), or a ``و`` written apart before a count in digits (``و 3``,
    tokenised ``و`` + ``3``); ``first`` itself when neither (the caller then finds no join)."""
    if 0 < first < len(words) and not words[first].key.startswith("و") and words[first - 1].key == "و":
        return first - 1
    return first


def one_before(words: Sequence[Word], cue_last: int, first: int, t: NumberTables,
                persons: frozenset[int] = frozenset()) -> int:
    """1 when one singular victim, with at most one qualifying word, or one person's name
    stands between the casualty cue and a count joined to it by ``و`` (``مقتل ضابط وثلاثة
    جنود``, ``قتل شرطي وجنديان``, ``قتل قائد عسكري وأحد العناصر``, ``بمقتل فلان وثلاثة من
    مرافقيه``), else 0."""
    if named_victim_first(words, cue_last, first, t, persons):
        return 1
    if victim_before_others(words, cue_last, first, t):
        return 1
    count = first
    first = joined_at(words, first)
    if not (cue_last + 2 <= first <= cue_last + 3 and words[first].key.startswith("و")
            and (is_singular(words[cue_last + 1], t) or construct_title(words, cue_last + 1, t))):
        return 0
    if words[count].key in t.units and not (count + 1 < len(words) and (
            words[count + 1].key.startswith("ال") or words[count + 1].key == "من")):
        return 0  # جندي واحد: one soldier (but وأحد العناصر, "and one of the men")
    if first == cue_last + 3:
        q = words[cue_last + 2]
        if q.punct or q.key.startswith("و") or q.key in NOT_QUALIFIERS or parse_at(words, cue_last + 2, t):
            return 0
    return 1


def construct_title(words: Sequence[Word], k: int, t: NumberTables) -> bool:
    """Whether word ``k`` is a title heading one person as the first word of a construct with
    a definite noun (``آمر الفوج``, ``زعيم التنظيم``)."""
    return (k + 1 < len(words) and words[k].key in t.construct_titles
            and words[k + 1].key.startswith("ال") and not words[k + 1].punct)


#: The longest phrase (words) of one victim, a title and a name, between a death cue and a
#: count of others joined to it (``قتل أبو فلان بن فلان الفلاني وقياديان آخران``).
OTHERS_GAP = 8
_OTHERS_WORDS = ("اخرين", "اخرون", "اخران", "اخر")


def victim_before_others(words: Sequence[Word], cue_last: int, first: int, t: NumberTables) -> bool:
    """Whether the count at word ``first``, joined by ``و`` and followed by ``آخرين`` /
    ``آخران`` (others), follows one victim's phrase right after the death cue ending at
    ``cue_last`` (``قتل القائد فلان وقياديان آخران`` = 3, ``مقتل آمر اللواء و3 آخرين`` = 4): the
    others are more dead of the same kind, so the phrase before names one more. The phrase
    is at most :data:`OTHERS_GAP` words of no time words only, with no punctuation but
    quotation marks, no preposition, count or casualty or act word."""
    j = joined_at(words, first)
    if not (j < len(words) and words[j].key.startswith("و") and cue_last + 1 < j <= cue_last + 1 + OTHERS_GAP):
        return False
    c = parse_at(words, first, t)
    tail = c[1] + 1 if c is not None else first + 1
    if tail >= len(words) or words[tail].key not in _OTHERS_WORDS:
        return False
    if after_times(words, cue_last + 1, t) >= j:
        return False  # قتل أمس و3 آخرون: no victim named before the others
    return not any((w.punct and w.key not in QUOTES) or w.key in NOT_QUALIFIERS or parse_at(words, k, t) is not None
                   or any(ts.any_in(words, k, k + 1) for ts in (t.death, t.wound, t.other_verbs))
                   for k, w in enumerate(words[cue_last + 1:j], start=cue_last + 1))


def after_times(words: Sequence[Word], j: int, t: NumberTables) -> int:
    """The first word at or after ``j`` past the time words there (``قتل أمس الخميس ضابط``)."""
    for _ in range(4):
        m = next((m for m in t.time_words.find(words, j, min(len(words), j + 4)) if m.first == j), None)
        if m is None:
            break
        j = m.last + 1
    return j


def is_title(w: Word, t: NumberTables) -> bool:
    """A singular victim noun or a title heading one person's name, with or without the
    article or ``و`` (``والعريف``, ``الجندي``, ``ضابط``)."""
    key = w.key[1:] if w.key.startswith("وال") else w.key
    key = key[2:] if key.startswith("ال") else key
    return key in t.ranks or key in t.singular


def named_victim_first(words: Sequence[Word], cue_last: int, first: int, t: NumberTables,
                       persons: frozenset[int] = frozenset()) -> bool:
    """Whether one named victim stands between a casualty cue and a count joined to it by
    ``و``: a person's name (``بمقتل فلان وثلاثة من مرافقيه``) or, after a death noun, a
    definite title and its name (``مقتل القيادي الميداني فلان وأربعة من مرافقيه``), with no
    punctuation or preposition between."""
    first = joined_at(words, first)
    if not (cue_last + 2 <= first < len(words) and words[first].key.startswith("و")) or any(
            w.punct or w.key in NOT_QUALIFIERS for w in words[cue_last + 1:first]):
        return False
    if cue_last + 1 in persons:
        return first <= cue_last + 1 + NAME_WORDS
    return (first <= cue_last + 2 + NAME_WORDS and words[cue_last + 1].key.startswith("ال")
            and is_title(words[cue_last + 1], t) and t.named_victim_cues.any_in(words, cue_last, cue_last + 1))


def singular_after(words: Sequence[Word], cue_last: int, t: NumberTables, *, definite: bool = False) -> bool:
    """One victim named after the casualty cue: a singular victim noun right after it or
    after the time words that follow it (``قتل جندي``, ``قتل أمس الخميس ضابط``), or the verb's
    object in the accusative (``رجلا``, ``شابا``) past its subject or a day and place
    (``قتلت الشرطة مساء الثلاثاء في المدينة رجلا``), with no punctuation between and no count
    before it. ``definite``: the cue's noun is the one who died (a death noun, ``استشهد``),
    so a definite victim or title counts too (``استشهاد الجندي أول فلان``), and after a death
    noun one kin or companion with a possessive (``ومقتل زوجته``, ``استشهاد ابنها``); a colon
    after a death noun may announce its victim (``استشهاد: الرقيب فلان``)."""
    j = cue_last + 1
    if definite and j + 1 < len(words) and words[j].key == ":":
        j += 1
    k = after_times(words, j, t)
    if k < len(words) and (any(s in t.singular for s in words[k].stems) or construct_title(words, k, t) or (
            definite and words[k].key.startswith("ال") and is_title(words[k], t))):
        return True
    if definite and j < len(words) and _possessed(words[j], t.possessed_singles, _POSSESSIVES) \
            and not (j + 1 < len(words) and words[j + 1].key.startswith("و")
                     and _possessed(words[j + 1], t.possessed_singles | t.possessed_duals, _POSSESSIVES + _DUAL_POSSESSIVES)):
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
        if words[j].punct and words[j].key not in ("،", ",", "(", ")") and words[j].key not in QUOTES:
            return False  # (a quoted verb: أن ضابطا من مواطنيها «استشهد»)
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
    if joined and comma > prev.last and words[comma].key not in COMMAS and not any(
            w.punct and w.key not in QUOTES for w in words[prev.last + 1:comma + 1]):
        return _joined_in_clause(words, prev, c, comma + 1, cues, t)
    if not joined or comma <= prev.last or words[comma].key not in COMMAS or comma - prev.last - 1 > PARALLEL_GAP \
            or any(w.punct for w in words[prev.last + 1:comma]):
        return False
    # (a hedge after the count is no qualifier: مقتل 42 حوثيا على الأقل، و9 من ...)
    hedge = {k for m in t.approx.find(words, prev.last + 1, comma) for k in range(m.first, m.last + 1)}
    if any(prev.last < first < comma for first, _ in cues) or any(
            words[k].key in NOT_QUALIFIERS and k not in hedge for k in range(prev.last + 2, comma)):
        return False  # (قتل خمسة جنود في الهجوم، وثلاثة مدنيين في قصف آخر: another incident's)
    partitive = [k + 2 < len(words) and words[k + 1].key == "من" and not words[k + 2].punct for k in (prev.last, c.last)]
    return all(partitive) or (members_after(words, prev.last, t) and members_after(words, c.last, t))


#: Quotation marks: they set off a name (``«جبهة النصرة»``), they do not end a phrase.
QUOTES = VICTIM_QUOTES
#: The longest victims' phrase (words) between a death count and a count joined to it by
#: ``و`` with no comma (``قتل 16 مسلحا من الجماعة ومن قوات حليفها و9 من رجال المقاومة``).
JOINED_GAP = 10


def _victims_phrase_after(words: Sequence[Word], c: Count, t: NumberTables) -> bool:
    """``من`` + a word (also past the dead's noun: ``7 شهداء من``), a people noun or a singular one
    (``40 مسلحا``) right after the count ``c``, or the counted noun of a count from 11 to 99
    (:func:`_counted_accusative`): the count counts people."""
    j = c.last + 1
    return (partitive_after(words, c.last, t) or members_after(words, c.last, t)
            or (j < len(words) and is_singular(words[j], t)) or _counted_accusative(words, c, t)
            or _others_of_kind(words, c, t))


def _others_of_kind(words: Sequence[Word], c: Count, t: NumberTables) -> bool:
    """Whether ``آخرون`` / ``آخرين`` / ``آخران`` (others) follows the count ``c`` right away, with
    no wound word in its phrase's next two words (``وثلاثة آخرون``, not ``وثلاثة آخرون بجروح``): more
    people of the kind the phrase before counts. Read only where the count is joined to a death
    count, so the others are more dead (``استشهد عشرة من منسوبي القوات وثلاثة آخرون`` = 13)."""
    j = c.last + 1
    if j >= len(words) or words[j].key not in _OTHERS_WORDS[:3]:
        return False
    for k in range(j + 1, min(len(words), j + 3)):
        if words[k].punct or words[k].key.startswith("و"):
            break  # (وثلاثة آخرون، وأصيب تسعة: the wound verb opens a clause of its own)
        if t.wound.any_in(words, k, k + 1) or t.wound_nouns.any_in(words, k, k + 1):
            return False
    return True


#: The counts whose counted noun is an indefinite accusative singular (``39 متمردا``).
_ACCUSATIVE_COUNTS = range(11, 100)


def _counted_accusative(words: Sequence[Word], c: Count, t: NumberTables) -> bool:
    """Whether the count ``c`` (11 to 99) is followed by its counted noun: an indefinite noun in
    the accusative singular (``39 متمردا``, ``35 متمردا حوثيا``), which Arabic grammar puts after
    those numbers whatever it counts. Not a unit (``عاما``, ``كيلومترا``), a casualty noun
    (``15 جريحا``: the wounded, told by their own noun) or an act word. Read only where the
    count is joined to a death count or to a death cue, so that the noun counts the dead of the
    same phrase."""
    j = c.last + 1
    if c.value not in _ACCUSATIVE_COUNTS or j >= len(words):
        return False
    w = words[j]
    return (not w.punct and len(w.key) >= 4 and w.key.endswith("ا") and not w.key.startswith(("ال", "و"))
            and not any(ts.any_in(words, j, j + 1) for ts in (t.units_after, t.wound, t.wound_nouns, t.death,
                                                               t.death_nouns, t.other_verbs)))


def _joined_in_clause(words: Sequence[Word], prev: Count, c: Count, join: int, cues: Sequence[tuple[int, int]],
                      t: NumberTables) -> bool:
    """Whether count ``c``, joined by the ``و`` at word ``join`` with no comma, lists more dead
    of the death count ``prev``'s phrase in the same clause (``بمقتل 25 مسلحا من الجماعة وسبعة
    من المدافعين``): both counts count people, the victims' phrase between is at most
    :data:`JOINED_GAP` words with no casualty or act word."""
    own = prev.last + 1 if dead_noun_after(words, prev.last, t) else -1  # (7 شهداء من ... و4: the count's own noun)
    return (join - prev.last - 1 <= JOINED_GAP and not any(prev.last < first < c.first and first != own for first, _ in cues)
            and _victims_phrase_after(words, prev, t) and _victims_phrase_after(words, c, t))


def chained_before(words: Sequence[Word], counts: Sequence[Count], k: int, cues: Sequence[tuple[int, int]],
                   t: NumberTables) -> list[Count]:
    """The counts before ``counts[k]`` that one list of victims joins to it by ``و`` in its
    clause, where ``counts[k]`` is the subject of a plural death verb after it (``أن ثلاثة رعاة
    و7 من المزارعين واثنين من الحراس قتلوا`` = 12): each count counts people and is joined
    to the next within :data:`JOINED_GAP` words, with no punctuation but quotation marks, no
    casualty or act word and no subset word (``بينهم``) before it. Nearest first; empty when none."""
    out: list[Count] = []
    nxt = counts[k]
    for prev in reversed(counts[:k]):
        join = joined_at(words, nxt.first)
        if not words[join].key.startswith("و") or join <= prev.last or join - prev.last - 1 > JOINED_GAP \
                or any(w.punct and w.key not in QUOTES for w in words[prev.last + 1:join]) \
                or any(prev.last < first < nxt.first for first, _ in cues) \
                or not _victims_phrase_after(words, prev, t):
            break
        if t.subset.any_in(words, max(0, prev.first - 2), prev.first):
            return []  # بينهم 5 أطفال و3 نساء: a subset of the dead, told apart
        out.append(prev)
        nxt = prev
    return out


def cue_before_addition(words: Sequence[Word], c: Count, lead: int, t: NumberTables,
                        persons: frozenset[int] = frozenset()) -> int | None:
    """Where a count (or its hedge) at word ``lead`` follows an addition phrase right away, with
    no death cue of its own (``قتل خلالها قيادي بارز يدعى فلان، فضلا عن نحو 40 مسلحا``): the
    victims the death cue before the phrase names itself (1 for one victim, else 0); ``None``
    where no death cue stands before it in its sentence, or a count or a wound cue stands
    between (that cue has a count of its own), or ``c`` counts no people."""
    if not _victims_phrase_after(words, c, t):
        return None
    return _victim_before_addition(words, lead, t, persons)


def _victim_before_addition(words: Sequence[Word], at: int, t: NumberTables, persons: frozenset[int]) -> int | None:
    """Where an addition phrase (``إضافة إلى``, ``فضلا عن``) ends right before word ``at``: the
    victims the death cue before the phrase, in its sentence, names itself (1 for one victim,
    else 0); ``None`` where no such phrase or cue stands, or a count, a wound cue or the
    sentence's end comes first (:func:`one_before_addition`, :func:`cue_before_addition`)."""
    joins = [m for m in t.additions.find(words, max(0, at - 3), at) if m.last + 1 == at]
    if not joins:
        return None
    a = joins[0].first
    for j in range(a - 1, max(-1, a - 1 - ADDITION_REACH), -1):
        w = words[j]
        if (w.punct and w.key in _SENTENCE_MARKS) or parse_at(words, j, t) is not None \
                or t.wound.any_in(words, j, j + 1):
            return None
        cue = next((m for m in t.death.find(words, max(0, j - 3), j + 1) if m.last == j), None)
        if cue is not None:
            return _one_victim_of(words, cue.first, cue.last, t, persons)
    return None


def _one_victim_of(words: Sequence[Word], first: int, last: int, t: NumberTables, persons: frozenset[int]) -> int:
    """1 when the death cue at ``first``..``last`` tells one victim of its own (``قتل خلالها
    قيادي``, ``مقتل فلان``, ``أن جنديا قتل``), else 0."""
    k = last + 1
    if k + 1 < len(words) and words[k].key in _PRONOUN_ADVERBS:
        k += 1  # قتل خلالها قيادي: the verb, an adverb of its incident, its subject
    one = (singular_after(words, k - 1, t, definite=t.named_victim_cues.any_in(words, first, last + 1))
           or last + 1 in persons or (first > 0 and is_singular(words[first - 1], t))
           or singular_subject(words, first, t, persons))
    return 1 if one else 0


def members_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """A people noun after a count, an indefinite accusative nisba noun of a group's or a
    country's members (``42 حوثيا``, ``عشرين عراقيا``, ``3 لبنانيين``) or a participle's sound
    plural (``4 متطوعين``, :func:`rasd.stages.events.people_forms.participle_plural_at`)."""
    j = last + 1
    if people_after(words, last, t) or participle_plural_at(words, j, t):
        return True
    return (j < len(words) and not words[j].punct and len(words[j].key) >= 4
            and not words[j].key.startswith(("ال", "و")) and words[j].key.endswith(("يا", "يين")))


def added_to(words: Sequence[Word], prev: Count, c: Count, cues: Sequence[tuple[int, int]], t: NumberTables) -> bool:
    """Whether count ``c`` adds more dead to the death count ``prev`` before it by an addition
    phrase (``مقتل 9 من رجال الأمن إضافة إلى 3 من المارة``, ``بالإضافة إلى اثنين من المسعفين``):
    the phrase ends right before ``c``, only ``prev``'s victims' phrase (no punctuation, casualty
    or act word) stands between, and ``c`` is followed by ``من`` or a people noun."""
    joins = [m for m in t.additions.find(words, prev.last + 1, c.first) if m.last + 1 == c.first]
    if not joins:
        return False
    a = joins[0].first
    # (a comma may stand right before the phrase: مقتل 9 من رجال الأمن، إضافة إلى 3 من المارة)
    end = a - 1 if words[a - 1].key in COMMAS else a
    if end - prev.last - 1 > PARALLEL_GAP or any(w.punct for w in words[prev.last + 1:end]) \
            or any(prev.last < first < c.first for first, _ in cues):
        return False
    j = c.last + 1
    return (j + 1 < len(words) and words[j].key == "من" and not words[j + 1].punct) or members_after(words, c.last, t)


#: How far (in words) before a plural death verb a list of named victims is looked for, the
#: most words between two of its names (a title and a name of up to five words) and between
#: its last name and the verb (``– رحمهم الله – من القوة ...، الذين استشهدوا``).
LIST_REACH = 48
LIST_GAP = NAME_WORDS + 3
LIST_TAIL = 20
_LIST_MARKS = frozenset({"،", ",", "-", "–", "«", "»", '"', "(", ")"})


def _list_items(words: Sequence[Word], heads: Sequence[int], persons: frozenset[int], *, announced: bool = False) -> int:
    """How many people the title and name words ``heads`` (ascending, one chain) name: a head
    starts another person after a comma or a word with ``و`` (``والعريف``, ``وزميلهما الجندي``),
    where at least one ``و`` joins the list, or a colon ``announced`` it (``استشهاد: العريف فلان،
    العريف فلان``)."""
    items, joined = 1, False
    for a, b in pairwise(heads):
        ands = [k for k in range(max(a + 1, b - 1), b + 1) if words[k].key.startswith("و") and (k == b or k not in persons)]
        if ands or any(words[k].key in ("،", ",") for k in range(max(a + 1, b - 1), b + 1)):
            items += 1
            joined = joined or bool(ands)
    # (فلان، القيادي في التنظيم: a title after a comma alone describes the name before it)
    return items if joined or announced else 1


def listed_victims(words: Sequence[Word], verb: int, t: NumberTables, persons: frozenset[int] = frozenset()) -> int:
    """How many people a list of titles and names before a plural death verb at word ``verb``
    names (``العريف فلان، والعريف فلان، والعريف فلان، الذين استشهدوا``; ``أن العريف فلان والجندي
    أول فلان وزميلهما الجندي فلان ... استشهدوا`` = 3); 0 unless the list names two or more,
    or its clause holds a count or a plural of people (the verb's subject then)."""
    heads: list[int] = []
    for j in range(verb - 1, max(-1, verb - LIST_REACH - 1), -1):
        w = words[j]
        if (w.punct and w.key not in _LIST_MARKS) or w.key in ("ان", "بان", "لان"):
            break
        if parse_at(words, j, t) is not None:
            return 0
        if is_title(w, t) or j in persons:
            if heads and heads[-1] - j > LIST_GAP:
                break
            heads.append(j)
        elif not heads and any(s in t.people for s in w.stems):
            return 0  # الجنود الذين قتلوا: the plural noun is the subject
    if not heads or verb - heads[0] > LIST_TAIL:
        return 0
    items = _list_items(words, heads[::-1], persons)
    return items if items >= 2 else 0


def companion_of_one(words: Sequence[Word], c: Count, cue_first: int, cue_last: int, t: NumberTables,
                     persons: frozenset[int] = frozenset()) -> int:
    """1 when the count ``c`` follows ``مع`` / ``برفقة`` after the death cue of one victim
    (``أن قياديا كبيرا قتل مع مسلحين اثنين``, ``قتل قيادي مع اثنين من مرافقيه``, ``مقتل فلان
    برفقة ثلاثة``): the one victim and his companions, else 0."""
    k = c.first - 1
    if k > 0 and any(s in t.people for s in words[k].stems):
        k -= 1  # مع مسلحين اثنين: the noun before its number
    if k <= cue_last or words[k].key not in t.companions:
        return 0
    one = (singular_subject(words, cue_first, t, persons) or (cue_first > 0 and is_singular(words[cue_first - 1], t))
           or (cue_last + 1 < k and (singular_after(words, cue_last, t) or cue_last + 1 in persons))
           or _singular_verb_with_others(words, c, cue_first, cue_last, k, t))
    return 1 if one else 0


#: Singular past death verbs (a ``و`` before them stripped): their subject is one person.
_SINGULAR_DEATH_VERBS = frozenset({"قتل", "استشهد", "اغتيل", "توفي"})


def _singular_verb_with_others(words: Sequence[Word], c: Count, cue_first: int, cue_last: int, k: int,
                               t: NumberTables) -> bool:
    """``إن فلان قتل مع ثلاثة عناصر آخرين``: a singular death verb, ``مع`` / ``برفقة`` at word
    ``k`` and a count of others (``آخرين`` within two words after it), no count between: the
    verb's subject is one more victim than the count."""
    key = words[cue_first].key
    key = key[1:] if key.startswith("و") and key[1:] in _SINGULAR_DEATH_VERBS else key
    return (cue_first == cue_last and key in _SINGULAR_DEATH_VERBS
            and any(w.key in _OTHERS_WORDS for w in words[c.last + 1:c.last + 3])
            and not any(parse_at(words, j, t) is not None for j in range(cue_last + 1, k)))


def listed_after(words: Sequence[Word], cue_last: int, t: NumberTables, persons: frozenset[int] = frozenset()) -> int:
    """How many people a list of titles and names right after a death noun names
    (``استشهاد العريف فلان، والجندي أول فلان، والجندي أول فلان`` = 3); 0 unless two or more.
    The list ends at other punctuation, a count or another casualty or act word
    (``استشهاد الجندي فلان وإصابة الضابط فلان``: one dead). A colon right after the noun
    announces the list (``استشهاد: العريف فلان، العريف فلان``)."""
    j = cue_last + 1
    announced = j + 1 < len(words) and words[j].key == ":"
    j += announced
    if j >= len(words) or not (is_title(words[j], t) or j in persons):
        return 0
    heads = [j]
    for k in range(j + 1, min(len(words), j + LIST_REACH)):
        w = words[k]
        if (w.punct and w.key not in _LIST_MARKS) or k - heads[-1] > LIST_GAP or parse_at(words, k, t) is not None \
                or any(ts.any_in(words, k, k + 1) for ts in (t.death, t.wound, t.other_verbs)):
            break
        if is_title(w, t) or k in persons:
            heads.append(k)
    items = _list_items(words, heads, persons, announced=announced)
    return items if items >= 2 else 0


#: How far (in words) after the death cue of one victim ``مع`` / ``برفقة`` may stand.
COMPANION_REACH = 6
_DUAL_POSSESSIVES = ("يه", "يها", "يهم", "يهما")
_POSSESSIVES = ("ه", "ها")


def _possessed(w: Word, nouns: frozenset[str], endings: tuple[str, ...]) -> bool:
    keys = (w.key, w.key[1:]) if w.key.startswith("و") else (w.key,)
    return any(key.endswith(e) and key[:-len(e)] in nouns for key in keys for e in endings)


def companions_after(words: Sequence[Word], cue_last: int, t: NumberTables) -> int:
    """How many companions died with the one victim of the death cue ending at ``cue_last``:
    after ``مع`` / ``برفقة`` (within its phrase), a dual with a possessive pronoun is two
    (``قتل قاض مع حارسيه``), and each companion noun with a possessive joined by ``و`` after it
    one more (``وقتلوه مع حارسيه وسائقه`` = 3 with him). Only nouns whose dual is no plural form
    are read (``حارسيه``; not ``مرافقيه``, which may be a plural). 0 when none."""
    for j in range(cue_last + 1, min(len(words) - 1, cue_last + 1 + COMPANION_REACH)):
        if words[j].punct:
            return 0
        if words[j].key in t.companions:
            k = j + 1
            if not _possessed(words[k], t.possessed_duals, _DUAL_POSSESSIVES):
                return 0
            n = 2
            for w in words[k + 1:k + 4]:
                if not (w.key.startswith("و") and _possessed(w, t.possessed_singles, _POSSESSIVES)):
                    break
                n += 1
            return n
    return 0


#: How far (in words) before an addition phrase the death cue of one victim may stand
#: (``قتل خلالها قيادي بارز يدعى فلان، إضافة إلى مقتل 40 مسلحا``).
ADDITION_REACH = 24
_SENTENCE_MARKS = frozenset({".", "؛", ";", ":", "!", "؟", "?"})
#: A preposition with a pronoun standing for the incident between a death verb and its victim.
_PRONOUN_ADVERBS = frozenset({"خلالها", "خلاله", "فيها", "فيه", "اثرها", "اثره", "جراءها", "جراءه"})


def one_before_addition(words: Sequence[Word], cue_first: int, t: NumberTables,
                        persons: frozenset[int] = frozenset()) -> int:
    """1 when the death cue at ``cue_first`` (the cue of a count) follows an addition phrase
    (``إضافة إلى مقتل 40``) and the death cue before that phrase, in its sentence, tells one
    victim (``قتل خلالها قيادي بارز يدعى فلان، إضافة إلى مقتل نحو 40 مسلحا آخر`` = 41); 0 where
    a count or another casualty or act word stands between (that one has its own count)."""
    return _victim_before_addition(words, cue_first, t, persons) or 0
