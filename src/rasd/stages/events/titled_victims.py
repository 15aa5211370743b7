"""One victim told by a title and a name after a killing verb or its verbal noun (issue 16).

``قتل الشاب فلان برصاص قناص``, ``قتلت القوات فجر أمس، الشاب فلان``, ``تمكنوا من قتل القيادي
فلان``, ``اغتال مسلحون الضابط فلان``: one death. The sentence-level reader
(:func:`rasd.stages.events.tolls.fatalities_of_words`) already counts a definite victim after a
death noun or an intransitive verb, and an indefinite one after any cue; after a transitive verb
(``قتل``) a definite title alone may be its killer (``قتل الجندي 3 مسلحين``), so the reader was
silent. After a killing verb or the verbal noun ``قتل`` (``cues.json`` ``titled_victim_cues``),
a person's name (a PER entity) after the title, with at most a few words of qualifiers between,
tells one named person; a killer named before a count is never read here, as a count of the
dead stops the reader before this check. An attempt or a threat told just before the verb
(``محاولة قتل``, ``هدد التنظيم بقتل``: ``unreal_killings``) is no death.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import TermSet, Word
from rasd.stages.events.marks import COMMAS
from rasd.stages.events.numbers import NumberTables, parse_at
from rasd.stages.events.victims import NAME_WORDS, NOT_QUALIFIERS, after_times, is_title, joined_at

__all__ = ["SUBJECT_WORDS", "TITLE_REACH", "UNREAL_REACH", "titled_victim_after", "titled_victim_first"]

#: The most words of qualifiers between the title and the name (``القيادي الحوثي فلان``,
#: ``العقيد المهندس في القوات الجوية فلان``).
TITLE_REACH = 5
#: The most words of a killing verb's subject between the verb and its titled object
#: (``قتلت قوات الجيش الإسرائيلي الشاب فلان``).
SUBJECT_WORDS = 3
#: How far (words) before the cue an attempt or a threat may stand (``هدد تنظيم الدولة بقتل``).
UNREAL_REACH = 4


def _title(w: Word, t: NumberTables) -> bool:
    """A rank or a singular victim noun, with or without the article, or a title heading one
    person as a construct's first word, which has no article (``زعيم التنظيم``, ``مدير منفذ``;
    not ``الأمير فلان``, a prince's name)."""
    key = w.key[1:] if w.key.startswith("و") else w.key
    return is_title(w, t) or key in t.construct_titles


def _unreal_before(words: Sequence[Word], cue_first: int, unreal: TermSet) -> bool:
    """Whether an attempt, a threat or a plan stands within :data:`UNREAL_REACH` words before
    the cue with no punctuation between (``هدد التنظيم بقتل``, ``محاولة قتل``)."""
    for j in range(cue_first - 1, max(-1, cue_first - 1 - UNREAL_REACH), -1):
        if words[j].punct:
            return False
        if unreal.any_in(words, j, j + 1):
            return True
    return False


def _subject_word(words: Sequence[Word], k: int, t: NumberTables) -> bool:
    """A word that may belong to a killing verb's subject before its object: no punctuation, no
    count, no preposition (``في``, ``بقيادة``, ``لصالح``) and no casualty word."""
    w = words[k]
    return not (w.punct or w.key in NOT_QUALIFIERS or w.key.startswith(("ب", "ل")) or parse_at(words, k, t) is not None
                or any(ts.any_in(words, k, k + 1) for ts in (t.death, t.wound)))


def titled_victim_after(words: Sequence[Word], cue_first: int, cue_last: int, t: NumberTables,
                        persons: frozenset[int], cues: TermSet, unreal: TermSet) -> bool:
    """Whether the death cue at ``cue_first..cue_last`` is followed, past its time words, a
    subject of at most :data:`SUBJECT_WORDS` words and a comma, by a title whose phrase names a person (``persons``: the words where a
    person's name starts) within :data:`TITLE_REACH` words, with no punctuation, count or
    casualty word between. Only for ``cues`` (the killing verbs and the verbal noun ``قتل``),
    and not after ``unreal`` (an attempt, a threat: :func:`_unreal_before`)."""
    if not persons or not cues.any_in(words, cue_first, cue_first + 1) or _unreal_before(words, cue_first, unreal):
        return False
    j = cue_last + 1
    k = after_times(words, j, t)
    subject = k
    while subject < min(len(words), k + SUBJECT_WORDS) and not _title(words[subject], t) and _subject_word(words, subject, t):
        subject += 1  # قتلت قوات الجيش الشاب فلان: the verb's subject before its object
    k = after_times(words, subject, t)
    if j < k < len(words) and words[k].key in COMMAS:
        k += 1  # قتلت القوات فجر أمس، الشاب فلان
    if k >= len(words) or words[k].punct or not _title(words[k], t):
        return False
    for n in range(k + 1, min(len(words), k + 2 + TITLE_REACH)):
        if n in persons:
            # (not a definite title the tagger read as a name: قتل المواطن الطفل المرأة الشيخ;
            # an indefinite one is a name too: المواطن فلاح فلان)
            return not (words[n].key.startswith(("ال", "وال")) and _title(words[n], t))
        w = words[n]
        if w.punct or parse_at(words, n, t) is not None or any(
                ts.any_in(words, n, n + 1) for ts in (t.death, t.wound)):
            return False
    return False


def titled_victim_first(words: Sequence[Word], cue_first: int, cue_last: int, first: int, t: NumberTables,
                        persons: frozenset[int], cues: TermSet, unreal: TermSet) -> bool:
    """Whether a title right after a killing verb or the verbal noun ``قتل`` (``cues``) and a
    person's name after the title stand before a count joined to them by ``و``
    (``قتل القيادي فلان وعشرة من مرافقيه``: the named one and ten), with no punctuation or
    preposition between and no attempt or threat before the cue (``unreal``). The death nouns'
    reading of the same phrase is :func:`rasd.stages.events.victims.named_victim_first`."""
    first = joined_at(words, first)
    if not (cue_last + 3 <= first <= cue_last + 2 + NAME_WORDS and words[first].key.startswith("و")):
        return False
    title = words[cue_last + 1]
    if not (title.key.startswith("ال") and is_title(title, t)) or any(
            w.punct or w.key in NOT_QUALIFIERS for w in words[cue_last + 1:first]):
        return False
    named = any(k in persons and not (words[k].key.startswith(("ال", "وال")) and _title(words[k], t))
                for k in range(cue_last + 2, first))
    return named and cues.any_in(words, cue_first, cue_first + 1) and not _unreal_before(words, cue_first, unreal)
