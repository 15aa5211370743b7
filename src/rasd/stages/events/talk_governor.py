"""An act told as what someone asks, threatens, warns of, expects or refuses: the content of talk.

A report tells what people say about the fighting as often as the fighting: ``طالب الرئيس
الجماعة المسلحة باحترام الهدنة``, ``توعدت الحركة بالرد على الغارات``, ``يتوقع القائد
استعادة البلدة خلال أيام``, ``سيناقش الوزيران اتفاقا``. The act noun there is the complement
of a verb of talk; it names what should, will or may happen, not an incident of the day.
:func:`governed_by_talk` reads that structure from the words: walking back from the trigger
through its clause (at most ``reach`` words) to the nearest form of a verb of the table
``rasd/data/events/talk_governors.json`` (any person and tense, built from its perfect and
imperfect stems, or one of its participles and verbal nouns), the trigger is governed when
the verb's preposition opens it (``بوقف``, ``إلى وقف القتال``, ``من هجوم``; a verb with
none takes it as its object: a few words after it, no conjunct or preposition between them
(``رفض الخاطفون مغادرة المبنى وأطلقوا الرصاص`` tells the shooting; ``رفضت الحكومة إرسال جنود إلى المعركة``
does not refuse the battle). The walk stops, silent, at punctuation, a relative pronoun or
``أن``/``إن``: what follows them is told as a fact (``حذر من أن القوات قصفت``, ``دعا إلى
محاسبة من نفذوا الهجوم الذي استهدف``). A verb of the table marked future-only (بحث, ناقش)
governs only in the future (``سيبحث``, ``سوف يناقش``): in the past it tells a meeting held.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.stages.events.speaker_clause import REPORT_COMPLEMENTS
from rasd.stages.events.terms import Word
from rasd.text import load_data, normalize_key

__all__ = ["Governor", "governed_by_talk", "talk_governors"]

_PERFECT_ENDINGS = ("", "ت", "وا", "ا", "تا", "نا", "تم", "ن")
_IMPERFECT_PERSONS = ("ي", "ت", "ن", "ا")
_IMPERFECT_ENDINGS = ("", "ون", "ان", "ين", "وا", "ا", "ن")
_CONJUNCTIONS = ("و", "ف")
_FUTURE_PARTICLES = frozenset(("سوف", "لن"))


@dataclass(frozen=True, slots=True)
class Governor:
    """A verb of talk: the prepositions that open its complement (none: a direct object) and
    whether it governs only in the future."""

    to: tuple[str, ...]
    future_only: bool


@dataclass(frozen=True, slots=True)
class _Table:
    forms: dict[str, Governor]  # past, present and noun forms
    future: dict[str, Governor]  # imperfect forms (after س or سوف they are the future)
    reach: int
    direct_reach: int
    stops: frozenset[str]  # prepositions that end a direct object
    links: frozenset[str]  # particles that look like a preposition and a noun (بعد, لدى)
    transparent: frozenset[str]  # demonstratives before the act (باحترام هذه الهدنة)
    prayers: frozenset[str]  # right after the verb: a prayer (دعا الله), not a call
    relatives: frozenset[str]  # relative pronouns: the act is told of another noun


@lru_cache(maxsize=1)
def talk_governors() -> _Table:
    """The verbs of ``events/talk_governors.json`` by their forms."""
    raw = load_data("events/talk_governors.json")
    forms: dict[str, Governor] = {}
    future: dict[str, Governor] = {}
    for verb in raw["verbs"]:
        gov = Governor(tuple(normalize_key(p) for p in verb["to"]), bool(verb.get("future_only")))
        perfect, imperfect = normalize_key(verb["perfect"]), normalize_key(verb["imperfect"])
        stems = {perfect, perfect[:-1]} if perfect.endswith("ا") else {perfect}
        present = {p + imperfect + e for p in _IMPERFECT_PERSONS for e in _IMPERFECT_ENDINGS}
        future.update(dict.fromkeys(present, gov))
        if gov.future_only:
            continue
        forms.update(dict.fromkeys((s + e for s in stems for e in _PERFECT_ENDINGS), gov))
        forms.update(dict.fromkeys(present, gov))
        forms.update(dict.fromkeys((normalize_key(n) for n in verb["nouns"]), gov))
    def keys(name: str) -> frozenset[str]:
        return frozenset(normalize_key(w) for w in raw[name])

    return _Table(forms, future, int(raw["reach"]), int(raw["direct_reach"]), keys("stops"), keys("links"),
                  keys("transparent"), keys("prayers"), keys("relatives"))


def _bare(key: str) -> str:
    return key[1:] if key[:1] in _CONJUNCTIONS and len(key) > 3 else key


def _governor(words: Sequence[Word], j: int) -> Governor | None:
    """The verb of talk that word ``j`` is a form of, if any (a future-only verb only in the future)."""
    t = talk_governors()
    key = _bare(words[j].key)
    gov = t.forms.get(key)
    if gov is not None:
        return None if j + 1 < len(words) and words[j + 1].key in t.prayers else gov
    if key[:1] == "س" and key[1:] in t.future:
        return t.future[key[1:]]
    if j > 0 and _bare(words[j - 1].key) in _FUTURE_PARTICLES:
        return t.future.get(key)
    return None


def _opens(words: Sequence[Word], i: int, to: tuple[str, ...]) -> bool:
    """Whether one of the prepositions ``to`` opens the act word ``i``: as its proclitic or that of
    the noun right before it (``باحترام الهدنة``), or as a word right before either."""
    t = talk_governors()
    while i > 0 and words[i - 1].key in t.transparent:
        i -= 1  # باحترام هذه الهدنة: read past the demonstrative
    for k in (i, i - 1):
        if k < 0:
            continue
        key = _bare(words[k].key)
        if any(len(p) == 1 and key.startswith(p) and len(key) > 2 and key not in t.links for p in to):
            return True
        if k > 0 and _bare(words[k - 1].key) in to:
            return True
    return False


def governed_by_talk(words: Sequence[Word], trigger: int, lo: int = 0) -> bool:
    """Whether the act word at ``trigger`` is the complement of a verb of talk standing before it
    in its clause (from word ``lo``): what is asked for, threatened, warned of, expected, refused or
    to be discussed."""
    t = talk_governors()
    for j in range(trigger - 1, max(lo, trigger - t.reach) - 1, -1):
        w = words[j]
        if w.punct or _bare(w.key) in REPORT_COMPLEMENTS or _bare(w.key) in t.relatives:
            return False
        gov = _governor(words, j)
        if gov is not None:
            if gov.to:
                return _opens(words, trigger, gov.to)
            between = words[j + 1:trigger]
            return len(between) < t.direct_reach and not any(_conjoined(w) or w.key in t.stops for w in between)
    return False


def _conjoined(w: Word) -> bool:
    """Whether ``w`` opens with a conjunction (``وأطلقوا``): a direct object stops at a conjunct,
    which may tell a verb of its own (``رفض الخاطفون مغادرة المبنى وأطلقوا الرصاص``)."""
    return w.key[:1] in _CONJUNCTIONS and len(w.key) > 3 and w.key[1:] in w.stems
