"""Fatality counts of an incident from its sentence, by ACLED's conventions (``عشرات`` = 10,
``مئات`` = 100, a range takes its lower bound, an unknown count stays ``None``).

A count belongs to the nearest death cue (``مقتل``, ``قتلى``, ``استشهد`` ...) unless a
wound cue (``أصيب``, ``جرحى``) is nearer; counts after ``بينهم`` (a subset), counts with a
unit (``عاما``, ``كم``, ``في المئة``) and cumulative tolls (``ارتفعت حصيلة ... إلى``) never
count. Numbers are read by :mod:`rasd.stages.events.numbers`, the victims a phrase names
besides its count by :mod:`rasd.stages.events.victims`, tolls over a period or of an earlier
incident by :mod:`rasd.stages.events.periods`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import TermMatch, TermSet, Word, cue_set, words_of
from rasd.stages.events.marks import COMMAS, TOLL_QUOTES
from rasd.stages.events.numbers import Count, NumberTables, parse_at, parse_counts, tables
from rasd.stages.events.pairs import doers_before_object, dual_verb
from rasd.stages.events.periods import (
    CLAUSE_END,
    another_clauses,
    cumulative_before,
    lapsed_ranges,
    period_after,
    period_before,
    within,
)
from rasd.stages.events.titled_victims import titled_victim_after, titled_victim_first
from rasd.stages.events.victims import (
    CUE_WINDOW,
    CUE_WINDOW_PEOPLE,
    LOSS_REACH,
    added_to,
    and_one_more,
    chained_before,
    companion_of_one,
    companions_after,
    cue_before_addition,
    is_singular,
    is_title,
    joined_at,
    listed_after,
    listed_victims,
    named_victim_first,
    one_before,
    one_before_addition,
    own_losses_after,
    parallel_to,
    people_after,
    singular_after,
    singular_subject,
    victim_before_others,
)

__all__ = ["fatalities_in", "fatalities_of_text", "fatalities_of_words", "incident_range", "vague_ceiling"]


def _titled_cues() -> tuple[TermSet, TermSet]:
    """The killing cues after which a title and a name tell a victim, and the attempts that unsay them."""
    return cue_set("titled_victim_cues"), cue_set("unreal_killings")


def _year_before(words: Sequence[Word], i: int) -> bool:
    """Whether the word before ``i`` is a month name, a year word (``عام``) or a preposition
    of time (``في 2019``)."""
    return i > 0 and (cue_set("year_markers").any_in(words, i - 1, i)
                      or words[i - 1].key in ("في", "خلال", "حتي", "قبل", "بعد"))


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
        if words[j].punct or parse_at(words, j, t) is not None or \
                t.death.any_in(words, j, j + 1) or t.wound.any_in(words, j, j + 1):
            return False
    return False


def _hedged(words: Sequence[Word], c: Count, t: NumberTables) -> int:
    """The first word of count ``c`` with the hedge right before it (``نحو``, ``ما لا يقل عن``)."""
    return min((a.first for a in t.approx.find(words, max(0, c.first - 4), c.first) if a.last + 1 == c.first),
               default=c.first)


#: Quotation marks, which do not cut a count from its verb (``21 مقاتلا من مقاتلي «الجبهة» قتلوا``).
QUOTE_MARKS = TOLL_QUOTES

#: The longest insert between commas skipped between a count and its verb (words).
INSERT_WORDS = 6


def _gap_past_insert(words: Sequence[Word], lo: int, hi: int, t: NumberTables) -> int | None:
    """How many words stand in ``[lo, hi)`` (between a count and the verb after it) outside
    one insert between commas (``17 مدنيا، بينهم أطفال، قتلوا``); ``None`` where other
    punctuation stands between, or the insert is long or holds a count or a casualty word
    (then it tells something else)."""
    marks = [j for j in range(lo, hi) if words[j].punct and words[j].key not in QUOTE_MARKS]
    if not marks:
        return hi - lo - sum(1 for j in range(lo, hi) if words[j].punct)
    if len(marks) != 2 or any(words[j].key not in COMMAS for j in marks):
        return None
    a, b = marks
    if b - a - 1 > INSERT_WORDS or b + 1 != hi or parse_counts(words[a + 1:b]) or \
            t.death.any_in(words, a + 1, b) or t.wound.any_in(words, a + 1, b):
        return None
    return a - lo


#: How far (in words) before a plural verb its counted subject may stand: the count, its noun
#: and the group it belongs to (``أن 17 من مقاتلي الجماعة وحلفائها قتلوا``).
SUBJECT_REACH = 8


def _adjectival_one(words: Sequence[Word], c: Count) -> bool:
    """Whether the count ``c`` is ``واحد`` / ``واحدة`` after a noun (``من أسرة واحدة``): an
    adjective, which no casualty word after it counts."""
    return c.first == c.last and c.first > 0 and words[c.first].key in ("واحد", "واحده") \
        and not words[c.first - 1].punct


_PARTITIVES = frozenset({"من", "ومن", "بينهم", "بينهن", "منهم"})


def _plural_subject(words: Sequence[Word], c: Count, m: TermMatch, counts: Sequence[Count],
                    partitive: bool = True) -> bool:
    """Whether the casualty cue ``m`` after the count ``c`` is a plural verb (``قتلوا``,
    ``أصيبوا``) whose subject the count is, with no other count between them (but a subset:
    ``ستة مدنيين بينهم امرأتان``); ``partitive``:
    named with the group it belongs to (``من`` or ``بينهم`` within three words of the count:
    ``خمسة أفراد من قوات الأمن قتلوا``)."""
    t = tables()
    plural = (words[m.first].key.endswith("وا") and m.first == m.last) or \
        (m.first > 0 and words[m.first - 1].key in ("لقوا", "ولقوا", "سقطوا", "وسقطوا")) or \
        dual_verb(words, c, m, t)  # 40 راكبا لقوا حتفهم، سقطوا قتلى; اثنين ... قتلا (a dual verb)
    return plural and not any(
        c.last < k.first < m.first and not t.subset.any_in(words, max(0, k.first - 2), k.first)
        for k in counts) and (not partitive or any(
            w.key in _PARTITIVES for w in words[c.last + 1:min(m.first, c.last + 4)]))


def _day_of_month(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """Whether the count ending at ``last`` is a day of the month (``قتل في الـ8 من يوليو``,
    ``في 12 من الشهر الجاري``): ``من`` and a month name or a month noun follow it."""
    j = last + 2
    return j < len(words) and words[last + 1].key == "من" and (t.units_after.any_in(words, j, j + 1) or t.day_of_month.any_in(words, j, j + 1))


def _unit_after(words: Sequence[Word], last: int, t: NumberTables) -> bool:
    """Whether a unit (``عاما``, ``كم``) follows the count ending at ``last``: an age or a
    measure, not a count of people."""
    return last + 1 < len(words) and t.units_after.any_in(words, last + 1, last + 2)


def _past_age(words: Sequence[Word], i: int, t: NumberTables) -> int:
    """``i``, or the first word of a bracketed age or measure right before it (``شابا (19
    عاما) توفي``: the word before the verb is then the noun before the brackets)."""
    if i < 4 or words[i - 1].key != ")":
        return i
    for j in range(i - 2, max(-1, i - 6), -1):
        if words[j].key == "(":
            inside = parse_counts(words[j + 1:i - 1])
            return j if len(inside) == 1 and _unit_after(words, j + 1 + inside[0].last, t) else i
    return i


#: A pronoun after a relative clause's verb that the relative does not stand for (``المكان
#: الذي توفي فيه``: someone else died there).
_RESUMPTIVE = frozenset({"فيه", "فيها", "به", "بها", "عليه", "عليها", "عنده", "عندها", "منه", "منها"})


#: How far (in words) before ``الذي`` its antecedent victim (a title, a victim noun, a name) may stand.
RELATIVE_REACH = 14


def _relative_victim(words: Sequence[Word], m: TermMatch, t: NumberTables, persons: frozenset[int]) -> bool:
    """``الجندي فلان من منسوبي القوة، الذي استشهد``: a singular relative pronoun right before an
    intransitive death verb, standing for a victim named before it (a title, a victim noun or a
    name within its phrase), is one death; not where a pronoun after the verb shows that the
    relative is its place (``المسجد الذي استشهد وأصيب فيه عدد``)."""
    if m.first == 0 or words[m.first - 1].key not in ("الذي", "التي") \
            or not t.intransitive_deaths.any_in(words, m.first, m.last + 1) \
            or any(w.key in _RESUMPTIVE for w in words[m.last + 1:m.last + 5]):
        return False
    for j in range(m.first - 2, max(-1, m.first - 2 - RELATIVE_REACH), -1):
        w = words[j]
        if w.punct and w.key not in COMMAS:
            return False
        if is_title(w, t) or j in persons or t.death.any_in(words, j, j + 1):
            return True
    return False


_DUAL_RELATIVES = frozenset({"اللذين", "اللذان", "اللتين", "اللتان"})


def _dual_relative(words: Sequence[Word], m: TermMatch, t: NumberTables) -> bool:
    """``عثرت الدورية على الحارسين اللذين قتلا``: a dual relative pronoun right before a death verb
    in the dual (ending in ``ا``) or an intransitive death verb stands for two victims; not where a
    pronoun after the verb shows that the relative is its place or means (``السلاحين اللذين قتل بهما``)."""
    if m.first == 0 or words[m.first - 1].key not in _DUAL_RELATIVES:
        return False
    verb = words[m.first].key
    return (verb.endswith("ا") or t.intransitive_deaths.any_in(words, m.first, m.last + 1)) \
        and not any(w.key in _RESUMPTIVE or w.key in ("بهما", "فيهما") for w in words[m.last + 1:m.last + 5])


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


def _definite_cue(m: TermMatch, words: Sequence[Word], t: NumberTables) -> bool:
    """Whether the death cue ``m`` is a noun or an intransitive verb, whose definite noun after
    it is the one who died (``استشهاد الجندي``, ``استشهد الجندي``; not ``قتل الجندي``, who may
    have killed)."""
    return t.named_victim_cues.any_in(words, m.first, m.last + 1) or t.intransitive_deaths.any_in(words, m.first, m.last + 1)


def _joined_to_subset(words: Sequence[Word], subset_last: int, c: Count) -> bool:
    """Whether count ``c`` is joined by ``و`` to the subset count ending at ``subset_last``
    with at most its noun between and no punctuation (``بينهم 3 سائقين وأربعة حراس``)."""
    join = joined_at(words, c.first)
    return (words[join].key.startswith("و") and 0 <= join - subset_last - 1 <= 2
            and not any(w.punct for w in words[subset_last + 1:join]))


def _death_clauses(words: Sequence[Word]) -> list[int]:
    """The words that open a clause of its own telling deaths: a death verb with ``و`` right
    after a comma (``... في سوروتش، وقتل ضابطا شرطة في هجوم بمدينة شانلي أورفا``). Such a
    clause may tell another incident; :func:`rasd.stages.events.incidents.incident_focus`
    keeps it apart only where it names a place the trigger's part does not, or an act of
    another kind."""
    t = tables()
    return [j for j in range(1, len(words)) if words[j - 1].key in COMMAS and words[j].key.startswith("و")
            and t.death.any_in(words, j, j + 1)]


def incident_range(words: Sequence[Word], focus: int | None) -> tuple[int, int]:
    """The words of the incident at word ``focus``: the sentence cut at clause-break words
    (``فيما``, ``بينما``), so that the toll of another incident told in the same sentence
    (``قتل 13 في مروة فيما لقي 37 مصرعهم في غومبي``) is not added to it."""
    if focus is None:
        return 0, len(words)
    cuts = sorted({m.first for m in cue_set("incident_breaks").find(words)} | set(_death_clauses(words))
                  | set(another_clauses(words)))  # (...، وأضاف أن المقاتلات نفذت ضربة أخرى في هيت)
    lo, hi = 0, len(words)
    for c in cuts:
        if c <= focus:
            lo = c
        else:
            hi = c
            break
    return lo, hi


_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "وبال", "ولل")


def _the_wounded(words: Sequence[Word], m: TermMatch) -> bool:
    """Whether the wound cue ``m`` is only a definite noun for the wounded (``الشفاء العاجل
    للمصابين``, ``نقل الجرحى``): it points back to casualties told elsewhere, and does not tell
    that no one died; not where a count follows it (``الجرحى الثلاثة``)."""
    return (m.first == m.last and words[m.first].key.startswith(_DEFINITE)
            and not (m.last + 1 < len(words) and parse_at(words, m.last + 1, tables()) is not None))


#: The smallest count read as the same toll told again in its sentence (smaller equal counts
#: are mostly other victims: قتل 2 ... وقتل 2 آخران).
RESTATED_MIN = 3
_OTHERS = ("اخر", "اخري", "اخرين", "اخرون", "اخران", "ايضا", "كذلك")


def _told_again(words: Sequence[Word], c: Count, added: Sequence[Count], cue_first: int) -> bool:
    """Whether the death count ``c``, with a death cue of its own after the counts summed so
    far, tells again a toll already summed in its sentence (the same figure, at least
    ``RESTATED_MIN``: a lede and a quote of it, a headline run into its lede), and no word
    after it calls its dead others (``وقتل 5 آخرون``)."""
    if c.value < RESTATED_MIN or not added or cue_first <= added[-1].last \
            or not any(a.value == c.value for a in added):
        return False
    return not _others_after(words, c.last, 3)


def _others_after(words: Sequence[Word], last: int, reach: int) -> bool:
    """Whether ``آخرين`` / ``أيضا`` (:data:`_OTHERS`, also with a proclitic) stands within
    ``reach`` words after word ``last``: the count tells more dead, not the same ones again."""
    return any(w.key.startswith(_OTHERS) or w.key[1:].startswith(_OTHERS) for w in words[last + 1:last + 1 + reach])


#: Words that set another source's report against the one before (``في حين أعلن مصدر``).
_CONTRASTS = frozenset({"حين", "بينما", "فيما", "لكن", "ولكن", "غير"})
_ADDING_VERBS = frozenset({"اضاف", "اضافت", "واضاف", "واضافت"})


def _another_source(words: Sequence[Word], after: int, first: int) -> bool:
    """Whether a contrast word and a reporting verb (not ``أضاف``, which adds) stand between
    word ``after`` and word ``first`` (``قتل خمسة عسكريين واثنان من المهاجمين، في حين أعلن مصدر
    عسكري عن سقوط ثمانية قتلى``): the count at ``first`` is another source's figure for the
    same dead, not more dead; so does a verb that brings in another's figure (``فيما تحدثت
    وسائل إعلام عن تسعة قتلى``: ``other_source_verbs``)."""
    verbs, others = cue_set("reporting_verbs"), cue_set("other_source_verbs")
    for j in range(after + 1, first):
        if words[j].key in _CONTRASTS:
            for k in range(j + 1, min(first, j + 3)):
                if (verbs.any_in(words, k, k + 1) or others.any_in(words, k, k + 1)) and words[k].key not in _ADDING_VERBS:
                    return True
    return False


def fatalities_in(words: Sequence[Word], focus: int | None = None,
                  persons: frozenset[int] = frozenset(), trigger: int | None = None) -> tuple[int | None, bool]:
    """Like :func:`fatalities_of_words`, but where the sentence tells several incidents (cut
    at ``فيما``, ``بينما`` ...) in different places and some part has a death count, only the
    part of word ``focus`` (the event's trigger) counts, even where it tells none (``قتل 25
    مسلحا في غارات على قرية الوادي، فيما سيطرت القوات على بلدة الجبل``: the advance has no toll). ``persons``: the words where a person's
    name starts (a named victim is one death); ``trigger``: the event's trigger word."""
    if focus is not None:
        lo, hi = incident_range(words, focus)
        if (lo, hi) != (0, len(words)):
            parts = [(0, lo), (lo, hi), (hi, len(words))]
            tolls = [fatalities_of_words(words[a:b]) for a, b in parts if b > a]
            if any(f for f, _ in tolls):
                return fatalities_of_words(words[lo:hi], frozenset(i - lo for i in persons if lo <= i < hi),
                                           None if trigger is None else trigger - lo)
    return fatalities_of_words(words, persons, trigger)


def _exact_victims_at(words: Sequence[Word], j: int, t: NumberTables) -> bool:
    """Whether the victims of a death idiom (``راح ضحيته``) start at word ``j`` as an exact
    count (``15 شخصا``, ``اثنين من رجال الشرطة``; one hedge word may stand first: ``قرابة الـ
    15``) or one singular victim (``رضيع``): not a vague count (``العشرات بل المئات``), nor a
    count far from the idiom (``ما يقدر بنحو 40 ألف``, a war's tally), which the idiom leaves unread."""
    if j < len(words) and t.approx.any_in(words, j, j + 1):
        j += 1
    if j < len(words) and words[j].key in ("ال", "الـ"):
        j += 1
    if j >= len(words) or words[j].punct:
        return False
    if any(s in t.singular for s in words[j].stems):
        return True
    got = parse_at(words, j, t)
    return got is not None and not any(s in t.vague for s in words[j].stems)


def fatalities_of_words(words: Sequence[Word], persons: frozenset[int] = frozenset(),
                        trigger: int | None = None) -> tuple[int | None, bool]:
    """``(fatalities, cumulative_seen)`` for one sentence's words; ``None`` when deaths are
    mentioned without a usable count or not at all. ``persons``: the words where a person's
    name starts; ``trigger``: the event's trigger word (an earlier incident told in a lapse
    phrase, :func:`~rasd.stages.events.periods.lapsed_ranges`, keeps its toll when the sentence tells no other death and the
    trigger is in that phrase or unknown)."""
    t = tables()
    # احتجاجا على مقتل ناشط: a killing protested against is not a casualty of the event
    grievance = cue_set("grievance")
    # (قضت المحكمة بإعدام خمسة: a death sentence, not a death)
    # (راح ضحيته 15 شخصا: an idiom of death, read here only, with an exact count right after it)
    idioms = [m for m in t.death_idioms.find(words) if _exact_victims_at(words, m.last + 1, t)]
    deaths = [m for m in sorted([*t.death.find(words), *idioms], key=lambda m: m.first)
              if not grievance.any_in(words, max(0, m.first - 3), m.first)
              and not (m.term.startswith("إعدام") and t.verdict.any_in(words, max(0, m.first - 4), m.first))
              # (متهم بقتل حارسين: a crime someone is accused of)
              and not t.accusations.any_in(words, max(0, m.first - 2), m.first)]
    lapsed = lapsed_ranges(words, deaths, t)
    if (trigger is None or within(trigger, lapsed)) and \
            all(within(m.first, lapsed) for m in deaths):
        lapsed = []  # بعد يوم من مقتل 30 شخصا في تفجير: the sentence tells only that incident, the event's
    # (غداة مقتل 12 شخصا: an earlier incident's dead, none of this one's)
    deaths = [m for m in deaths if not within(m.first, lapsed)]
    wounds = t.wound.find(words)
    # (not one joined to a death verb: قتلوا واحتجزوا خمسة, the count is the killed too; but
    # after one victim told before the death verb, the count is the other verb's alone:
    # أن إرهابيا قتل واعتقل 16 شخصا)
    others = [m for m in t.other_verbs.find(words) if not any(
        d.last + 1 == m.first and not (d.first > 0 and is_singular(words[d.first - 1], t)) for d in deaths)]
    losses = t.loss_verbs.find(words)
    counts = parse_counts(words)
    mixed = frozenset(m.first for m in t.mixed.find(words))
    total = 0
    found = False
    cumulative = False
    added: list[Count] = []  # the death counts summed so far
    figures: list[int] = []  # the totals of other sources' figures told before in the sentence
    cues = [(m.first, m.last) for m in (*deaths, *wounds, *others)]
    subset_last = -1  # the last word of the last count read as a subset of the dead (بينهم 12 طفلا)
    for k, c in enumerate(counts):
        if within(c.first, lapsed):
            continue  # بعد أسبوع من الاعتداء الذي خلف 40 قتيلا: an earlier incident's toll
        if (obj := doers_before_object(words, counts, k, t)) is not None:
            total, found = total + obj, found or obj > 0
            continue  # قتل مسلحان 13 شخصا: the killers, the verb's subject (اغتال مسلحان ضابطا: one)
        if subset_last >= 0 and _joined_to_subset(words, subset_last, c):
            subset_last = c.last
            continue  # 20 عاملا بينهم 3 سائقين وأربعة حراس قتلوا: the guards are in the subset too
        if added and total and _another_source(words, added[-1].last, c.first) and not _others_after(words, c.last, 4):
            figures.append(total)  # ... في حين أعلن مصدر عن سقوط ثمانية: the smaller figure stands
            total = 0
        if mixed and _mixed_after(words, c.last, mixed, t):
            continue  # سقوط عشرات بين قتيل وجريح: the dead among them are not told
        if period_before(words, _hedged(words, c, t), t):
            cumulative = True
            continue  # خلال الشهر الماضي بلغ عدد القتلى نحو 500: a period's toll
        if c.noun_is_death:
            total += c.value
            found = True
            added.append(c)
            continue
        if _unit_after(words, c.last, t):
            continue
        if _day_of_month(words, c.last, t):
            continue  # قتل في الـ8 من يوليو: a date, not a count
        if added and k > 0 and counts[k - 1] is added[-1] and (
                parallel_to(words, added[-1], c, cues, t) or added_to(words, added[-1], c, cues, t)):
            total += c.value  # مقتل 20 من المتمردين، وستة من الجنود: both sides' dead
            added.append(c)
            continue
        if 1900 <= c.value <= 2100 and c.first == c.last and _year_before(words, c.first):
            continue  # في أكتوبر 2017: a year, never a count
        if t.subset.any_in(words, max(0, c.first - 2), c.first) or t.subset_apposition.any_in(words, c.first - 1, c.first):
            subset_last = c.last  # (12 شخصا هم ثلاثة حراس وستة متطوعين: the breakdown of the 12)
            continue
        if cumulative_before(words, c.first, t) or period_after(words, c.last, t):
            cumulative = True
            continue
        own = _noun_after(words, c.last, t)
        if own is not None:
            if own == "death":
                total += c.value + and_one_more(words, c.last, t)
                found = True
                added.append(c)
            continue
        best: tuple[int, int, str, int, int] | None = None  # (distance, cue-after penalty, kind, cue's last and first word)
        if own_losses_after(words, c.last):
            # خسرت القوات، في المعارك، ستة من جنودها: a side's own dead after a loss verb
            loss = [m for m in losses if 0 < c.first - m.last <= LOSS_REACH]
            if loss:
                best = (c.first - loss[-1].last, 0, "death", loss[-1].last, loss[-1].first)
        # (a count after another verb on people is that verb's object: وأصابوا ثلاثة)
        # (ما لا يقل عن عشرات: the distance to a cue before the count is taken from its hedge)
        lead = min((a.first for a in t.approx.find(words, max(0, c.first - 4), c.first) if a.last + 1 == c.first),
                   default=c.first)
        for kind, matches in (("death", deaths), ("wound", wounds), ("other", others)):
            for m in matches:
                limit = CUE_WINDOW
                if m.last < c.first:
                    if any(w.punct and w.key in CLAUSE_END for w in words[m.last + 1:c.first]):
                        continue  # وقتل من فيها، وتفكيك 3 منازل: the count is another clause's
                    dist, pen = max(1, lead - m.last), 0
                    if people_after(words, c.last, t) and not any(w.punct for w in words[m.last + 1:c.first]):
                        limit = CUE_WINDOW_PEOPLE
                    if named_victim_first(words, m.last, c.first, t, persons) or victim_before_others(words, m.last, c.first, t) \
                            or titled_victim_first(words, m.first, m.last, c.first, t, persons, *_titled_cues()):
                        limit = max(limit, dist)  # مقتل القيادي فلان وأربعة من مرافقيه
                elif (m.first > c.last and m.term in t.post_cues and not words[m.first].key.startswith("و")
                      and not _adjectival_one(words, c)
                      and (gap := _gap_past_insert(words, c.last + 1, m.first, t)) is not None):
                    dist, pen = gap + 1, 1
                    if gap == 0 and words[m.first].key.endswith("وا") and words[joined_at(words, c.first)].key.startswith("و"):
                        pen = -1  # قتل 260 مقاتلا ومئات جرحوا: the joined count is the next verb's subject
                    if _plural_subject(words, c, m, counts):
                        limit = SUBJECT_REACH  # أن 17 من مقاتلي الجماعة وحلفائها قتلوا
                    elif _plural_subject(words, c, m, counts, partitive=False) and people_after(words, c.last, t):
                        limit = CUE_WINDOW_PEOPLE  # أن 4 رجال يرتدون أقنعة قتلوا
                else:
                    continue
                if dist > limit:
                    continue
                if best is None or (dist, pen) < (best[0], best[1]):
                    best = (dist, pen, kind, m.last, m.first)
        if best is not None and best[2] == "death" and _told_again(words, c, added, best[4]):
            added.append(c)
            continue  # قتل فيها نحو 20 شخصا، وقال النائب: «... وقتلوا أكثر من 20 شخصا»: one toll told twice
        if best is not None and best[2] == "death":
            total += (c.value + and_one_more(words, c.last, t)
                      + max(one_before(words, best[3], c.first, t, persons),
                            int(titled_victim_first(words, best[4], best[3], c.first, t, persons, *_titled_cues())))
                      + companion_of_one(words, c, best[4], best[3], t, persons)
                      + (one_before_addition(words, best[4], t, persons) if not added else 0))
            if best[1]:  # ثلاثة رعاة و7 من المزارعين واثنان من الحراس قتلوا: the verb's whole list
                chain = [p for p in chained_before(words, counts, k, cues, t) if all(p is not a for a in added)]
                total += sum(p.value for p in chain)
                added.extend(chain)
            found = True
            added.append(c)
        elif best is None and (one := cue_before_addition(words, c, lead, t, persons)) is not None:
            total += c.value + one  # قتل خلالها قيادي بارز، فضلا عن نحو 40 مسلحا: the one and the count
            found = True
            added.append(c)
    if not found:
        for m in deaths:
            verb = m.first - 1 if m.first > 0 and words[m.first - 1].key == "لقوا" else m.first
            if not cumulative and words[verb].key.endswith("وا") and (n := listed_victims(words, verb, t, persons)):
                return n, cumulative  # العريف فلان، والعريف فلان ... الذين استشهدوا: the names listed
            if not cumulative and _definite_cue(m, words, t) and (n := listed_after(words, m.last, t, persons)):
                return n, cumulative  # استشهاد العريف فلان، والجندي فلان: the names listed
        for m in deaths:
            # (استشهاد الجندي أول فلان: after a death noun, a definite victim too)
            if singular_after(words, m.last, t, definite=_definite_cue(m, words, t)):
                return 1 + companions_after(words, m.last, t), cumulative
            before = _past_age(words, m.first, t)
            if (before > 0 and not cumulative and not words[m.first].key.endswith("وا")
                    and not any(before - 3 <= c.last < before for c in counts)
                    and is_singular(words[before - 1], t)):
                return 1 + companions_after(words, m.last, t), cumulative  # أن شخصا قتل, أن شابا (19 عاما) توفي: one victim named just before the verb
            if not cumulative and not words[m.first].key.endswith("وا") \
                    and singular_subject(words, m.first, t, persons) and not any(
                        c.last < m.first and not _unit_after(words, c.last, t) for c in counts):
                return 1 + companions_after(words, m.last, t), cumulative  # أن جنرالا كبيرا في الجيش ...، قتل: the clause's subject, one victim
            if not cumulative and _dual_relative(words, m, t):
                return 2, cumulative  # الحارسين اللذين قتلا: two victims, the dual relative's
            if not cumulative and _relative_victim(words, m, t, persons):
                return 1 + companions_after(words, m.last, t), cumulative  # الجندي فلان ... الذي استشهد: one victim, the relative's subject
            if m.last + 1 in persons and not cumulative and t.named_victim_cues.any_in(words, m.first, m.last + 1):
                return 1 + companions_after(words, m.last, t), cumulative  # أفاد الجيش بمقتل فلان: a named victim
            if not cumulative and titled_victim_after(words, m.first, m.last, t, persons, cue_set("titled_victim_cues"),
                                                       cue_set("unreal_killings")):
                return 1 + companions_after(words, m.last, t), cumulative  # قتل الشاب فلان: a title and its name
        for m in t.singular_deaths.find(words):
            # لقي صياد حتفه / ضرب رجلا حتى الموت: one death, unless a count stands just before
            # (or the death is protested against: احتجاجا على مقتله)
            if not any(m.first - 4 <= c.last < m.first for c in counts) \
                    and not grievance.any_in(words, max(0, m.first - 3), m.first):
                return 1 + companions_after(words, m.last, t), cumulative
        if cue_set("no_casualties").any_in(words):
            return 0, cumulative  # دون أن تسفر عن ضحايا: a known count, none
        if not deaths and not cumulative and not mixed and any(not _the_wounded(words, m) for m in wounds):
            return 0, cumulative  # أصيب خمسة بجروح: the wounded are told, and no one killed
        if not deaths and not wounds and not cumulative and t.damage_only.any_in(words):
            return 0, cumulative  # أسفرت الغارة عن تدمير المنزل: damage told, no casualty
    if found and added and any(m.first > added[-1].last for m in t.doer_death.find(words)):
        total += 1  # قتل خمسة جنود قبل أن يقتل برصاص الشرطة: the attacker died too
    if not found:
        return None, cumulative
    told = [v for v in (total, *figures) if v]
    # (two sources' figures for the same dead: the most conservative stands, as ACLED codes)
    return (min(told) if told else 0), cumulative


#: How far above a vague count an exact figure of the same dead may lie: ``عشرات`` (10) stands
#: for up to 99, ``مئات`` for up to 999; a hedged figure (``أكثر من 20``, ``نحو 20``) for up to twice it.
VAGUE_SPAN = 10
HEDGE_SPAN = 2


def vague_ceiling(words: Sequence[Word], toll: int | None) -> int | None:
    """Where the sentence's toll ``toll`` is a vague count (``عشرات``, ``العشرات``, ``مئات``) or
    a hedged one (``نحو 20``, ``أكثر من 20``, ``ما لا يقل عن 20``), the figure below which an
    exact count of the same dead may replace it (ACLED codes the most specific figure told);
    ``None`` where the toll is untold, none, or read from an exact count."""
    if not toll:
        return None
    t = tables()
    told = [c for c in parse_counts(words) if c.value == toll]
    if not told:
        return None
    if all(c.first == c.last and any(f in t.vague for f in words[c.first].stems) for c in told):
        return toll * VAGUE_SPAN
    if all(_hedged(words, c, t) < c.first for c in told):
        return toll * HEDGE_SPAN
    return None


def fatalities_of_text(text: str) -> int | None:
    """Convenience: fatalities of one sentence given as a string."""
    return fatalities_in(words_of(text))[0]
