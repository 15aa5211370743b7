"""Who suffers and who acts, read from the clause's structure rather than from the words next
to the trigger (issue 16):

* **sources**: a force that reports (``قالت الشرطة إن ...``, ``أفادت المعارضة بمقتل ...``,
  ``قال ضابط في الشرطة إن ...``) is the source, not a side;
* **victims**: a mention counted after a casualty cue (``مقتل خمسة من مقاتلي``; the wounded and
  the abducted as the dead: ``أصيب سبعة من عناصر الشرطة``, ``اختطاف ثلاثة جنود``; the group of a
  member told killed: ``اغتيل القيادي في حركة ...``), the noun of
  a count told dead after it (``لقي ستة حوثيين حتفهم``), a dual after a death noun
  (``جثتي شرطيين``), or a mention inside the subject of a passive death verb after ``أن``
  (``أن جنرالا في الجيش ... قتل``) suffers the event;
* **a part of the dead**: the side named after ``معظمهم من`` (``قتل 15 شخصا معظمهم من رجال
  الأمن``) suffers with the people counted (``partitives`` in ``actors.json``);
* **whom a fight is with**: a side after a noun of fighting and ``مع`` (``بعد معارك ضارية مع
  المتمردين``) is the one fought, not the doer, where no subject is read;
* **coordinated verbs**: a trigger verb joined by ``و``/``ف`` to the verb before it
  (``اقتحمت الوحدة القرية ... وقتلت راعيا``) shares that verb's subject;
* **the agent of an attack noun**: a group after ``هجوم``/``غارة`` and ``ل`` made it
  (``صدت القوات هجوما جديدا للمتمردين``), whatever names the verb's subject;
* **belonging**: a generic force word followed by ``التابعة ل`` / ``الموالية ل`` and a
  named group is that group (``المروحيات التابعة للتحالف``);
* **who holds a place**: a group named after ``التي يسيطر عليها`` / ``الخاضع لسيطرة``
  describes the place, it is no side of the event;
* **people counted by nationality**: ``اعتقلت القوات ستة فلسطينيين`` names civilians of
  that country;
* **insurgents by country**: ``المتمردين`` in Yemen are the Houthis (``insurgents_by_country``
  in ``actors.json``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from rasd.stages.events.alliance import WITH_WORDS, after_with
from rasd.stages.events.lexicon import TermSet, Word, cue_set
from rasd.stages.events.marks import VOICE_QUOTES
from rasd.stages.events.sides import actor_tables, actor_terms, table_words
from rasd.stages.events.sources import member_harmed

__all__ = ["harm_positions", "fight_adjective", "fought_with", "reports", "counted_nationals", "genitive_agent", "suffers", "passive_subjects", "coordinated_subject", "owned_forces", "insurgent_name", "holds_place",
           "loses_place", "joined_party"]


#: Verbal nouns of a casualty or a seizure and death nouns: a mention right after one
#: suffers it (``مقتل جندي``, ``جثة شرطي``).
_NOUN_DEATH_CUES = frozenset({"مقتل", "مصرع", "استشهاد", "اصابه", "اختطاف", "خطف", "اعتقال", "اغتيال",
                              "جثه", "جثث", "جثتي", "جثتين", "جثتا", "جثتان"})


def harm_positions(words: Sequence[Word]) -> list[int]:
    """The last word of every casualty cue in ``words``: the numbers tables' death and wound
    cues and the ``seizure_cues`` of ``actors.json`` (``اختطاف``, ``اغتيال``), sorted. A mention
    counted after one, or right after one of its verbal nouns, suffers the act (:func:`suffers`):
    the wounded and the abducted as the dead (``أصيب ستة من أفراد الشرطة بهجوم``)."""
    from rasd.stages.events.numbers import tables

    t = tables()
    return sorted({m.last for cues in (t.death, t.wound, actor_terms("seizure_cues")) for m in cues.find(words)})


#: How far (in words) after a casualty cue its count may stand (``قتلت غارة أميركية أمس خمسة جنود``).
CUE_COUNT_REACH = 5
#: How far (in words) after the counted mention a death cue may tell its death.
POST_CUE_REACH = 3


def suffers(words: Sequence[Word], pos: int, deaths: Sequence[int], subsets: Sequence[int],
            passive: frozenset[int] = frozenset(), counts: Sequence[Any] | None = None) -> bool:
    """Whether the mention at word ``pos`` suffers the event: it is counted after a
    casualty cue or a subset cue (``مقتل خمسة من مقاتلي``, ``بينهم ثلاثة من الشرطة``), it
    is a dual (``جنديان``), the noun of a count whose death is told after it (``لقي ستة
    حوثيين حتفهم``, ``خمسة جنود قتلوا``) or of a death noun's dual (``جثتي شرطيين``), it
    follows a verbal noun (``مقتل جندي``), or it stands in a passive subject (``passive``).
    A mention right after an active verb with no count between (``قتل مسلحون ثلاثة
    مزارعين``) is not. ``counts``: :func:`rasd.stages.events.numbers.parse_counts` of ``words``, when
    the caller has them."""
    from rasd.stages.events.numbers import parse_counts

    if pos in passive or member_harmed(words, pos, deaths):
        return True
    if pos >= 2 and words[pos - 1].key == "من" and words[pos - 2].key in table_words("partitives"):
        pos -= 2  # "قتل 15 شخصا معظمهم من رجال الأمن": the part suffers where the whole does
    cues = [*deaths, *subsets]
    for c in parse_counts(words) if counts is None else counts:
        if c.first <= pos <= c.last and (c.noun_is_death or (c.first == c.last and not words[pos].key[0].isdigit())):
            return True  # a dual noun, or the victims of a death noun's dual
        # (the marks that set off a name are no word, nor the word that heads it: من عناصر تنظيم "داعش")
        between = [w for w in words[c.last + 1:pos] if w.key not in _QUOTES and w.key not in table_words("group_heads")]
        if 0 < pos - c.last and len(between) <= 2 and any(0 <= c.first - d <= CUE_COUNT_REACH
                                                          and not any(w.punct for w in words[d:c.first]) for d in cues) \
                and not any(w.punct or w.key in table_words("phrase_ends") for w in between):
            return True  # (مقتل خمسة من مقاتلي; not سقوط ثلاثة مدنيين بقصف حوثي: the act's doer)
        if pos == c.last + 1 and any(0 < d - pos <= POST_CUE_REACH for d in deaths):
            return True  # خمسة جنود قتلوا: the count's noun, told dead after it
    if any(pos - d == 1 and words[d].stems[-1] in _NOUN_DEATH_CUES for d in deaths):
        return True
    if _met_death(words, pos):
        return True
    # "قتلى وجرحى من الحوثيين", "قتلى في صفوف التنظيم": the casualties' side
    k = pos  # (من عناصر جبهة النصرة, في صفوف عناصر المليشيا الحوثية: past the members and the force word)
    while pos - k < 2 and k > 0 and words[k - 1].key in _MEMBER_WORDS:
        k -= 1
    if k < 2 or words[k - 1].key not in ("من", "صفوف"):
        return False
    j = k - 2 if words[k - 1].key == "من" else k - 3
    return j >= 0 and words[j].key in _CASUALTY_NOUNS and words[k - 2].key in ("في", words[j].key)


#: Verbs of meeting one's death (``لقي ... مصرعه``, ``لقوا حتفهم``), after normalisation.
_MET = frozenset({"لقي", "ولقي", "لقيت", "ولقيت", "لقوا", "ولقوا", "يلقي", "تلقي"})
#: How far (in words) the mention may stand after the verb, and the death noun after the mention.
MET_REACH = 6
_QUOTES = VOICE_QUOTES  # (single quotes and slashes around a name too)


def _met_death(words: Sequence[Word], pos: int) -> bool:
    """Whether the mention at ``pos`` is the subject of a verb of meeting death told around it
    (``لقي عدد من عناصر التنظيم مصرعهم``, ``لقي جنديان حتفهما``), nothing but words between."""
    def stop(w: Word) -> bool:
        return w.punct and w.key not in _QUOTES  # (a name in quotes: تنظيم "داعش")

    j = next((j for j in range(pos - 1, max(-1, pos - MET_REACH - 1), -1)
              if stop(words[j]) or words[j].key in _MET), None)
    if j is None or stop(words[j]):
        return False
    for k in range(pos + 1, min(len(words), pos + MET_REACH + 1)):
        if stop(words[k]):
            return False
        if words[k].key.startswith(("مصرع", "حتف")):
            return True
    return False


_MEMBER_WORDS = frozenset({"عناصر", "مقاتلي", "مسلحي", "افراد", "جنود", "قوات", "ميليشيا", "مليشيا", "ميليشيات",
                           "مليشيات", "الميليشيا", "المليشيا", "الميليشيات", "المليشيات"})
#: Plural casualty nouns whose side follows with من or في صفوف.
_CASUALTY_NOUNS = frozenset({"قتلي", "القتلي", "جرحي", "الجرحي", "وجرحي", "ضحايا", "الضحايا", "مصابين",
                             "المصابين", "اصابات", "خسائر", "وخسائر", "وقتلي", "وضحايا", "ومصابين"})


#: How far (in words) before its death verb the subject after ``أن`` may start.
SUBJECT_REACH = 14
#: أن / إن after normalisation (the subordinator a passive subject and a report follow).
_THAT = frozenset({"ان"})


#: Words that may follow a passive death verb whose subject went before it (a joined passive,
#: a time, a place, a cause, a clause of when it happened).
_AFTER_PASSIVE = frozenset({"واصيب", "وجرح", "واصيبت", "امس", "اليوم", "صباح", "مساء", "ليلا", "في", "علي",
                            "جراء", "اثر", "عندما", "حين", "حينما", "بعد", "خلال", "برصاص", "بالرصاص", "بنيران", "اثناء",
                            "بانفجار", "بقصف"})


def _no_object_after(words: Sequence[Word], d: int) -> bool:
    """Whether the death verb at ``d`` ends its clause or is followed by a word that no
    object is (:data:`_AFTER_PASSIVE`): the noun before it is its passive subject."""
    return d + 1 >= len(words) or words[d + 1].punct or words[d + 1].key in _AFTER_PASSIVE


def passive_subjects(words: Sequence[Word], lo: int, deaths: Sequence[int]) -> frozenset[int]:
    """Positions inside the subject of a passive death verb told after ``أن`` (``ذكرت
    الوكالة أن عقيدا متقاعدا من الشرطة، وهو والد نائب في البرلمان، قتل ليلا``): the subject, an
    indefinite accusative noun (``عقيدا``) right after ``أن``, is the victim, and so is any
    force named inside its phrase."""
    out: set[int] = set()
    for d in deaths:
        for j in range(d - 1, max(lo - 1, d - SUBJECT_REACH - 1), -1):
            w = words[j]
            if w.punct and w.key not in ("،", ",", "(", ")"):
                break
            if w.key in _THAT:
                head = j + 1
                # (a one-word subject only where no object follows the verb: أن شرطيا قتل وأصيب
                # آخران، أن جنديا قتل أمس; not أن مسلحا قتل ثلاثة مدنيين)
                if (head < d - 1 or (head == d - 1 and _no_object_after(words, d))) \
                        and not words[head].punct and words[head].key.endswith("ا") \
                        and not words[head].key.startswith("ال") and not words[d].key.endswith("وا"):
                    out.update(range(head, d))
                break
        out.update(_verb_first_victim(words, d))
    return frozenset(out)


#: How many adjectives (nisba: ``تركي``, ``عراقيين``) may follow that subject's noun.
_VICTIM_ADJECTIVES = 2


def _verb_first_victim(words: Sequence[Word], d: int) -> range:
    """The passive subject right after a death verb told first (``قتل شرطي وأصيب آخر بالرصاص``,
    ``قتل جندي تركي أمس في هجوم``): one indefinite noun, its nisba adjectives, then no object
    (:func:`_no_object_after`); not ``قتل مسلحون ثلاثة مزارعين``, whose subject acts."""
    if words[d].key not in table_words("passive_first") or d + 1 >= len(words):  # (قتل شرطي)
        return range(0)
    head = words[d + 1]
    if head.punct or head.key.startswith(("ال", "وال")) or head.key[:1].isdigit():
        return range(0)
    end = d + 1
    while end + 1 < len(words) and end - d <= _VICTIM_ADJECTIVES and not words[end + 1].punct \
            and words[end + 1].key.endswith(("ي", "يه", "يين", "يون", "يان")) and words[end + 1].key not in _AFTER_PASSIVE:
        end += 1
    return range(d + 1, end + 1) if _no_object_after(words, end) else range(0)


#: How far (in words) before a coordinated trigger verb its shared subject may stand.
COORDINATED_REACH = 20


def coordinated_subject(words: Sequence[Word], lo: int, trigger_pos: int,
                        cands: Sequence[tuple[int, str, str]], patients: set[str],
                        victim_kinds: frozenset[str]) -> tuple[int, str, str] | None:
    """The subject shared by a trigger verb joined to the verb before it (``وقتلته``,
    ``فقتلوا``): the nearest mention before the trigger, within the sentence and
    :data:`COORDINATED_REACH` words, that neither suffers the event nor is a victim kind;
    ``None`` for a trigger that is not a coordinated verb."""
    key = words[trigger_pos].key
    if len(key) < 4 or key[0] not in "وف" or key[1:].startswith("ال"):
        return None
    before = [c for c in cands if lo <= c[0] < trigger_pos and trigger_pos - c[0] <= COORDINATED_REACH
              and c[1] not in patients and c[2] not in victim_kinds]
    if not before or any(w.punct and w.key in (".", "؛", ";", ":") for w in words[before[-1][0]:trigger_pos]):
        return None
    return before[-1]


#: Role kinds that a group they belong to may name (not the police of a named government).
_GENERIC_FORCES = frozenset({"military", "armed"})


def owned_forces(words: Sequence[Word], roles: Sequence[Any], named: Sequence[Any]) -> dict[int, int]:
    """``{role's first word: named group's first word}`` for a generic force word with no
    nationality followed, within two words, by a word of belonging and, within three words
    after it, by a named group (``المروحيات التابعة للتحالف``, ``مسلحون
    موالون لتنظيم داعش``): the force is that group's."""
    out: dict[int, int] = {}
    for r in roles:
        if r.kind not in _GENERIC_FORCES or r.country is not None:
            continue
        for m in actor_terms("belonging").find(words, r.last + 1, min(len(words), r.last + 3)):
            # (the group right after the ل of belonging: not past a verb, الموالية لهادي طردوا الحوثيين)
            owner = next((a for a in named if 0 < a.first - m.last <= 3
                          and all(w.key.startswith("ل") and not w.punct for w in words[m.last + 1:a.first])), None)
            if owner is not None:
                out[r.first] = owner.first
                break
    return out


@lru_cache(maxsize=1)
def _insurgent_sets() -> dict[str, tuple[tuple[str, TermSet], ...]]:
    out: dict[str, tuple[tuple[str, TermSet], ...]] = {}
    for table in ("insurgents_by_country", "rebels_by_country"):
        for cc, v in actor_tables().get(table, {}).items():
            out[cc] = (*out.get(cc, ()), (str(v["name"]), TermSet(v["terms"])))
    return out


@lru_cache(maxsize=1)
def _people_sets() -> tuple[tuple[TermSet, dict[str, str]], ...]:
    return tuple((TermSet(p["words"]), dict(p["names"])) for p in actor_tables().get("forces_by_people", ()))


def insurgent_name(words: Sequence[Word], first: int, last: int, country: str | None) -> str | None:
    """The group that a force word at ``words[first..last]`` names in ``country``: a word for
    the insurgents (``المتمردين`` in Yemen: the Houthis) or the rebels (``الثوار`` in Yemen:
    the Popular Resistance; ``الفصائل`` in Syria: the opposition), or a force qualified by a people
    right after it (``القوات الكردية``, ``مقاتلين أكراد``: the YPG in Syria); else ``None``."""
    adjective = words[last + 1] if last + 1 < len(words) else None
    # (definite, القوات الكردية, or owning a target, لمقاتلين أكراد; not a description: تحالف من فصائل كردية)
    # (or a subject in the nominative plural: فجر مقاتلون أكراد لغما)
    if adjective is not None and (adjective.key.startswith("ال") or words[first].key.startswith("ل")
                                  or (first == last and words[first].key.endswith("ون"))):
        for people, names in _people_sets():
            if country in names and people.any_in(words, last + 1, last + 2):
                return names[country]
    for name, terms in _insurgent_sets().get(country or "", ()):
        if any(m.first == first for m in terms.find(words, first, last + 1)):
            return name
    return None


#: How far (in words) after a control phrase the group that holds the place may be named.
HOLDER_REACH = 3


def holds_place(words: Sequence[Word], lo: int, first: int) -> bool:
    """Whether the mention at word ``first`` is named as who holds a place (``بلدة كفرزيتا
    التي يسيطر عليها المعارضون``, ``الحي الخاضع لسيطرة التنظيم``)."""
    return any(0 < first - m.last <= HOLDER_REACH
               for m in actor_terms("control_phrases").find(words, max(lo, first - HOLDER_REACH - 5), first))


#: How far (in words) before ``من`` a word of taking back may stand (``تحرير جامعة الأنبار من``).
LIBERATION_REACH = 6
#: How far (in words) from the event's trigger the phrase of release or taking back may stand.
LOSS_TRIGGER_REACH = 6
#: How far (in words) after the event's own trigger its ``من`` of taking back, or a phrase of
#: past holding, may stand, past the place's long name (``تحرير المعبر الواقع بين قريتي السلام
#: والنور من قبضة التنظيم``, ``سيطروا على الحي الذي كان تحت سيطرة الحوثيين``).
TAKEN_FROM_REACH = 16
#: Words for a group's members that may stand between ``من`` and its name (``من عناصر داعش``).
_LOSER_MEMBERS = frozenset({"عناصر", "مسلحي", "مقاتلي", "ميليشيات", "مليشيات", "عصابات", "قبضه", "ايدي", "سيطره"})


def _unbroken(words: Sequence[Word], a: int, b: int, text: str | None) -> bool:
    """Whether nothing but words of one phrase stands between words ``a`` and ``b``: no
    punctuation (as a token or in ``text``), no ``أن`` opening a new clause."""
    if any(w.punct or w.key in _THAT_WE or w.key == "ان" for w in words[a + 1:b]):
        return False
    return text is None or not any(ch in text[words[a].end:words[b].start] for ch in "،,.؛;:«»\"")


def joined_party(words: Sequence[Word], last: int, first: int, text: str | None) -> bool:
    """Whether the mention at word ``first`` is another party joined by و to the phrase that
    ends at word ``last``, in one phrase with it (``القوات النظامية وقوات المعارضة``; not past a
    comma: ``قوات الدفاع الوطني، وفصائل المعارضة``)."""
    w = words[first]
    return w.key[:1] == "و" and w.key[1:] in w.stems and _unbroken(words, last, first, text)


def loses_place(words: Sequence[Word], lo: int, first: int, trigger_pos: int | None,
                text: str | None = None) -> bool:
    """Whether the mention at word ``first`` is named as the side a place is taken from
    (``لتطهير مدنها من سيطرة مسلحي داعش``, ``تحرير المصفاة من مسلحي التنظيم``): right after
    a phrase of release (``loss_phrases``), or after ``من`` that a word of taking back
    (``liberation_words``) stands a few words before, nothing but words between; the phrase or
    the word told at the event's trigger (:data:`LOSS_TRIGGER_REACH`), not in another clause."""
    if trigger_pos is None:
        return False
    phrases, liberation = actor_terms("loss_phrases"), actor_terms("liberation_words")

    def near(m: Any) -> bool:
        # (or further after the trigger in one phrase with it: سيطروا على الحي الذي كان تحت سيطرة)
        return bool(m.first - LOSS_TRIGGER_REACH <= trigger_pos <= m.last + LOSS_TRIGGER_REACH) or (
            0 < m.first - trigger_pos <= TAKEN_FROM_REACH and _unbroken(words, trigger_pos, m.first, text))

    if any(0 < first - m.last <= HOLDER_REACH and near(m) and _unbroken(words, m.last, first, text)
           for m in phrases.find(words, max(lo, first - HOLDER_REACH - 5), first)):
        return True
    j = first - 1
    while j > lo and words[j].key in _LOSER_MEMBERS:
        j -= 1
    if j < lo or words[j].key != "من" or first - j > 3:
        return False
    if any(near(m) and _unbroken(words, m.last, j, text)
           for m in liberation.find(words, max(lo, j - LIBERATION_REACH), j)):
        return True
    return _taken_back_from(words, lo, j, trigger_pos, text)


def _taken_back_from(words: Sequence[Word], lo: int, at: int, trigger_pos: int | None, text: str | None) -> bool:
    """Whether ``من`` at word ``at`` tells whom the event's own taking back is from: the
    trigger is a word of taking back (``liberation_words``: ``تحرير``, ``استعادت``) and ``من``
    follows it within :data:`TAKEN_FROM_REACH` words, in one phrase with it (no punctuation,
    no ``أن``), not opening a part or a backer (``part_openers``: ``وحدات من الجيش``, ``بدعم من التحالف``)."""
    if trigger_pos is None or not 0 < at - trigger_pos <= TAKEN_FROM_REACH \
            or words[at - 1].key in table_words("part_openers"):
        return False
    if any(w.key in table_words("clause_openers") for w in words[trigger_pos + 1:at]):  # (another clause)
        return False  # (يتواصل تحرير البلدة، ويضيف أن فوجا مشتركا من الجيش ...: another clause)
    liberation = actor_terms("liberation_words")
    return any(m.first <= trigger_pos <= m.last for m in liberation.find(words, trigger_pos, trigger_pos + 1)) \
        and _unbroken(words, trigger_pos, at, text)


#: Nouns of an attack whose doer may follow with ``ل`` (``هجوم للحوثيين``, ``غارات لطيران التحالف``).
_ATTACK_NOUNS = frozenset({"هجوم", "هجوما", "هجمات", "هجمه", "غاره", "غارات", "هجومين"})
#: How far (in words) after the attack noun its doer may be named (an adjective may stand between).
GENITIVE_REACH = 3


def genitive_agent(words: Sequence[Word], trigger_pos: int, cands: Sequence[tuple[int, str, str]],
                   patients: set[str], victim_kinds: frozenset[str]) -> tuple[int, str, str] | None:
    """The doer of an attack noun named after it with ``ل`` (``صدت القوات هجوما جديدا
    للمتمردين``, ``غارة جوية لطيران التحالف``): the mention within :data:`GENITIVE_REACH` words,
    nothing but words between, that neither suffers the event nor is a victim kind."""
    if not any(st in _ATTACK_NOUNS for st in words[trigger_pos].stems):
        return None
    for c in cands:
        # (or after من: غارات مكثفة من التحالف)
        if 0 < c[0] - trigger_pos <= GENITIVE_REACH + 1 \
                and (words[c[0]].key.startswith("ل") or words[c[0] - 1].key == "من") \
                and c[1] not in patients and c[2] not in victim_kinds \
                and not any(w.punct for w in words[trigger_pos + 1:c[0]]):
            return c
    return None


def counted_nationals(words: Sequence[Word], lo: int, hi: int,
                      nationality: Callable[[Sequence[Word], int, int, int], str | None],
                      counts: Sequence[Any]) -> list[tuple[int, str]]:
    """``(position, country)`` of each nationality noun that is the noun of a count
    (``ستة فلسطينيين``, ``15 فلسطينيا``, ``عراقيان``): people named by their nationality alone,
    civilians of that country (``nationality`` reads a nationality word, as
    :func:`rasd.stages.events.actors.nationality_of`; ``counts``: the counts of ``words``)."""
    out: list[tuple[int, str]] = []
    for c in counts:
        j = c.last + 1
        if lo <= c.first and j < hi and not words[j].punct and words[j].key.endswith(("ين", "ا", "ون")):
            cc = nationality(words, j - 1, j - 1, 1)
            if cc:
                out.append((j, cc))
    return out


_THAT_WE = frozenset({"انها", "انه", "انهم", "انهن", "اننا"})
#: A report's object told as a verbal noun after ب or عن (``أفادت المعارضة بمقتل ...``).
_REPORTED = frozenset({"مقتل", "سقوط", "اصابه", "مصرع", "استشهاد", "وقوع", "اعتقال", "تدمير", "اختطاف", "مقتله"})
#: How far (in words) before the role word a reporting verb whose speaker belongs to it may
#: stand (``قال ضابط كبير في الشرطة``).
SPEAKER_REACH = 5


def _reported_object(words: Sequence[Word], j: int, hi: int) -> bool:
    key = words[j].key
    if key == "عن":
        return j + 1 < hi and words[j + 1].key in _REPORTED
    return key.startswith("ب") and key[1:] in _REPORTED


def reports(words: Sequence[Word], first: int, last: int, lo: int, hi: int, speaker_body: bool = True) -> bool:
    """Whether the role word ``words[first..last]`` is the subject of a reporting verb whose
    report follows (``قالت الشرطة النيجيرية إن مسلحين خطفوا ...``, ``أفادت الشرطة بمقتل ...``),
    or the body its speaker belongs to (``قال ضابط في الشرطة إن ...``): the source, not a side.
    A report about itself (``قالت وزارة الداخلية إنها ألقت القبض``) keeps it a side, and so
    does the speaker's body where ``speaker_body`` is false (a battle it fights: ``قال مصدر في
    القوات الحكومية إن اشتباكات اندلعت مع المتمردين``)."""
    if first == lo:
        return False
    verbs = cue_set("reporting_verbs")
    if not verbs.any_in(words, first - 1, first):
        if not speaker_body or words[first - 1].key != "في" or any(w.punct for w in words[max(lo, first - SPEAKER_REACH):first]):
            return False
        if not verbs.any_in(words, max(lo, first - SPEAKER_REACH), first - 2):
            return False
    for j in range(last + 1, min(hi, last + 7)):
        if words[j].key in _THAT_WE:
            return False
        if words[j].key in _THAT or _reported_object(words, j, hi):
            return True
    return False


def fight_adjective(words: Sequence[Word], lo: int, first: int, last: int) -> bool:
    """Whether the one word at ``first`` (to ``last``) is the adjective "armed" of the noun of
    fighting right before it (``fight_nouns``: ``اشتباكات مسلحة مع المقاومة``, ``مواجهات
    مسلحة``): it names no side (no unidentified armed group)."""
    return first == last and first > lo and words[first].key in table_words("armed_adjectives") \
        and words[first - 1].key in table_words("fight_nouns")


def fought_with(words: Sequence[Word], lo: int, pos: int, trigger_pos: int | None = None) -> bool:
    """Whether the mention at ``pos`` is whom a fight is told with: after ``مع`` (as
    :func:`after_with`) that follows a noun of fighting, an adjective at most between
    (``بعد معارك ضارية مع المتمردين``; not ``حاول الحديث مع ضابط القوة``)."""
    if not after_with(words, lo, pos, trigger_pos):
        return False
    at = next(j for j in range(pos - 1, lo - 1, -1) if words[j].key in WITH_WORDS)
    return any(words[j].key in table_words("fight_nouns") for j in range(max(lo, at - 2), at))
