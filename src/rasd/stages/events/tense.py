"""How a clause tells its incident: as the news of the report, or as what had happened before it.

A news report tells the day's incidents in the plain past (``شنت القوات غارات``) and the
background in the pluperfect: a form of ``كان`` before the act (``وكانت المدفعية قد قصفت``,
``وكان ملثمون اقتحموا``, ``يذكر أن القيادة كانت قد أعلنت``). :func:`pluperfect` reads that
aspect for a sentence's main act (its first trigger): whether a ``كان`` form stands a few
words before it in the same clause run, no clause-break word (``فيما``, ``وفي``, ``حيث``)
between them. The tense alone does not make background: the day's incident is often told
with ``كان`` too (``وكان ملثمون اقتحموا أمس مزرعة ...``); the caller weighs it only where the
clause names no recent day of its own (see :mod:`rasd.stages.events.eventness`).
The forms and the reach are data (``rasd/data/events/eventness.json``, ``pluperfect``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.stages.events.acts import Hit
from rasd.stages.events.lexicon import TermSet, Word, cue_set
from rasd.text import load_data, normalize_key

__all__ = ["pluperfect", "clause_pluperfect", "recalled", "names_recent_day", "before_first_act", "casualty_families"]


@lru_cache(maxsize=1)
def _recent() -> TermSet:
    return TermSet(load_data("events/eventness.json")["sentence"]["recent"])


def names_recent_day(words: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` names a day of the last few (``أمس``, ``فجر اليوم``, a weekday:
    the event-ness ``recent`` list): a clause told in the pluperfect with such a day of its own
    is the day's news (``وكان ملثمون قد اقتحموا أمس مزرعة ...``)."""
    return _recent().any_in(words, lo, hi)


@lru_cache(maxsize=1)
def _since() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_data("events/eventness.json")["recalled"]
    keys = [frozenset(normalize_key(w) for w in raw.get(k, ()))
            for k in ("openers", "links", "casualty_families", "spans", "span_links")]
    opener = keys[0] | {"و" + w for w in keys[0]}
    return opener, keys[1], keys[2], keys[3], keys[4]


#: How many words after a recalled trigger another of its family still tells the same act.
_SAME_ACT = 3


def casualty_families() -> frozenset[str]:
    """The trigger families of the dead and the wounded (``recalled.casualty_families``)."""
    return _since()[2]


def recalled(words: Sequence[Word], lo: int, hi: int, event_type: str) -> bool:
    """Whether every trigger of ``event_type`` in ``words[lo:hi]`` names an earlier incident
    as a point in time: right after ``منذ`` (``منذ هجوم الشتاء``, ``منذ سيطرة الكتيبة على الميناء``,
    ``منذ أن استعادت الوحدات السيطرة``). What is told since then may be news; the incident the
    clause dates it from is not told here (it is background, or another article's news). So
    is one right after a length of time and ``من`` (``أربعة أشهر من المعارك``, ``سنوات من
    الحرب``): a whole war or campaign counted by its length, not an incident."""
    from rasd.stages.events.detect import find_hits

    openers, links, casualty, spans, span_links = _since()
    part = words[lo:hi]
    if hi <= lo or not any(w.key in openers or w.key in spans for w in part):
        return False
    hits = [h for h in find_hits(part) if h.family not in casualty]
    own = [h for h in hits if h.event_type == event_type] or hits
    if not own:
        return False

    def since(i: int) -> bool:
        if i >= 1 and part[i - 1].key in openers:
            return True
        if i < 2:
            return False
        before, link = part[i - 2].key, part[i - 1].key
        return (link in links and before in openers) or (link in span_links and before in spans)

    told: list[Hit] = []  # the recalled acts so far: a word of the same act after one
    for h in own:         # (منذ أن استعادت الوحدات السيطرة) is recalled with it
        if not (since(h.first) or any(t.family == h.family and 0 < h.first - t.last <= _SAME_ACT for t in told)):
            return False
        told.append(h)
    return True


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], TermSet, int]:
    raw = load_data("events/eventness.json")["pluperfect"]
    aux = frozenset(normalize_key(w) for w in raw["auxiliary"])
    return aux | {p + w for w in aux for p in _PROCLITICS}, TermSet(raw.get("not_after", ())), int(raw["reach"])


#: The proclitics a ``كان`` form takes (``وكانت``, ``فكان``): matched on the word as written,
#: not on its stems (``سكان``, inhabitants, is no future of ``كان``).
_PROCLITICS = ("و", "ف")


def pluperfect(words: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether the first trigger of ``words[lo:hi]`` (a sentence or a part of one) is told in
    the pluperfect: a ``كان`` form within ``reach`` words before it, no clause-break word in
    between, and not one that opens a modal phrase (``كان من المقرر``: a plan, not a past)."""
    from rasd.stages.events.detect import find_hits

    if hi <= lo:
        return False
    part = words[lo:hi]
    aux, not_after, reach = _tables()
    found = [i for i, w in enumerate(part) if w.key in aux]
    if not found:
        return False  # most sentences: no كان form at all (and no trigger search)
    hits = find_hits(part)
    if not hits:
        return False
    first = hits[0].first
    breaks = [m.first for m in cue_set("clause_breaks").find(part)]
    for i in found:
        if not (first - reach <= i < first):
            continue
        if any(i < b <= first for b in breaks):
            continue
        if not_after.any_in(part, i + 1, min(len(part), i + 3)):
            continue
        return True
    return False


#: The particle of the past perfect (``وكان المسلحون قد أطلقوا``), as :func:`normalize_key` writes it.
_QAD = normalize_key("قد")


def clause_pluperfect(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether the first trigger of the clause at characters ``[start, end)`` of a sentence (its
    ``words``) is told in the past perfect (:func:`pluperfect` with ``قد``: ``وكانت المدفعية قد
    قصفت``): what had happened before the news. Not ``كان`` alone (``كان يسرق ويقتل``, a habit)."""
    inside = [i for i, w in enumerate(words) if start <= w.start and w.end <= end]
    return (bool(inside) and any(words[i].key == _QAD for i in inside)
            and pluperfect(words, inside[0], inside[-1] + 1))


def before_first_act(words: Sequence[Word], lo: int, hi: int, terms: TermSet) -> bool:
    """Whether a term of ``terms`` stands in ``words[lo:hi]`` before its first trigger: the act
    is then told as the object of what the term says (``زار المصابين جراء التفجير``, ``دان
    الهجوم الذي استهدف``), not as the news; one after the act (``قتل ثلاثة ... متمنيا للجرحى
    الشفاء العاجل``) leaves the report alone."""
    from rasd.stages.events.detect import find_hits

    if hi <= lo:
        return False
    part = words[lo:hi]
    found = terms.find(part)
    if not found:
        return False
    # the act: its first trigger other than the dead and the wounded (what is visited), or the
    # first of these when the sentence names no other (أسر الضحايا الذين قتلوا, المصابين جراء)
    hits = find_hits(part)
    casualty = _since()[2]
    acts = [h for h in hits if h.family not in casualty] or hits
    return not acts or found[0].first <= acts[0].first
