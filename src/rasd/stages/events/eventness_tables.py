"""The tables of the event-ness model (:mod:`rasd.stages.events.eventness`), read once from
``events/eventness.json``: its cue lists, genre lists, weights and thresholds.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.document import Sentence
from rasd.stages.events.lexicon import TermSet, Word
from rasd.text import load_data, normalize_key

__all__ = ["EventnessTables", "eventness_tables", "opens_item_at"]


#: The first words of the period terms that name a stretch of time (not a toll or a habit).
_SPAN_WORDS = frozenset({"خلال", "منذ", "الفترة"})


@dataclass(frozen=True, slots=True)
class EventnessTables:
    """The event-ness model's lists, weights and thresholds (see ``events/eventness.json``)."""

    sentence: dict[str, TermSet]
    genres: dict[str, TermSet]
    genre_terms: TermSet  # every genre list in one set, counted in one pass
    genre_of: dict[str, tuple[str, ...]]  # term -> the genre lists holding it
    weights: dict[str, float]
    ratio: dict[str, float]
    damp_at: float  # a genre this strong damps recency anchors (see eventness._sentence_logit)
    unattributed_at: int  # an article of this many sentences that attributes nothing and asks is a column
    unattributed_long: int  # ... and one of this many, asking or not
    column_quotes: int  # ... where "nothing" is at most this many attributing sentences (one quote)
    column_recent: float  # ... in a piece with fewer recency-anchored sentences than this share
    min_conflict: int  # fewer conflict-word hits than this make an article quiet (see eventness.ArticleProfile)
    engaged: TermSet  # words of violence, arrest or protest beside the conflict list: an article with one is not quiet
    min_hits: dict[str, float]
    confidence: dict[str, float]
    recent_days: int
    old_days: int
    threshold: float
    large_toll: int
    background_damp: float
    scope: TermSet  # words that put a trigger after them out of the realis (see eventness.irrealis)
    exposure: TermSet  # تعرضت لقصف: the li- of an event that happened
    purpose: frozenset[str]  # verbal nouns that with li- tell an aim (لتحرير)
    demand: TermSet  # the verbs of a demand, whose object one of them is with bi- (طالب بتسليم)
    reach: int
    after: TermSet  # the same, just after the trigger (هجوم افتراضي)
    clause_scope: TermSet  # the same, anywhere in the clause before the trigger (إذا, كل يوم)
    clause_after: TermSet  # the same, anywhere in the clause after it (باتت قريبة)
    negation: TermSet  # the same, right before the trigger (لم تقصف, دون قتال)
    reach_after: int
    # the parts of a month a time expression can name (مطلع الشهر, منتصف يوليو, أواخر الشهر
    # الماضي: eventness.json "month_parts"): their words, first and last day
    month_parts: tuple[tuple[frozenset[str], int, int], ...]
    continuation: TermSet  # a sentence's first words that go on with the statement before it
    span: TermSet  # the period terms that name a stretch of time (خلال عشرة أشهر, منذ بداية)
    not_accident: TermSet  # phrases whose accident word names violence (حوادث أمنية): no accident cue
    mishap: TermSet  # a fire's words (نشب حريق): accident words where nothing in the span names an attack
    assailant: TermSet  # words of a deliberate attack, an attacker or a weapon (مسلحون, قصف, أضرموا)
    tag_openers: frozenset[str]  # a sentence opening with one is an outlet's tag line (سمات ...)
    since_comparison: TermSet  # a superlative or first-of-its-kind before منذ (أعنف, الأول من نوعه): see since.py
    since_reach: int  # how many words before منذ a since_comparison word may stand
    statement_title: TermSet  # a condemnation's, condolence's or visit's words in a headline (أدان, تعازي, يتفقد): see statement.py
    statement_lede: TermSet  # those, the aftermath words and a funeral's, opening a lede (نقل جثمان): see statement.py
    statement_shift: TermSet  # a sentence's first words that turn to another matter (من جهة أخرى): see statement.py
    item_openers: TermSet  # a sentence's first words that open an item of its own (إلى ذلك, أمنيا): see eventness.opens_item
    talk_types: frozenset[str]  # sub-event types told in the words of talk (Agreement ...): see eventness.weigh_candidates
    talk_floor: float  # the confidence below which an event of one of them is not reported


def _numbers(d: dict[str, Any]) -> dict[str, float]:
    """The numbers of a JSON table, its ``_comment`` keys left out."""
    return {k: float(v) for k, v in d.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def eventness_tables() -> EventnessTables:
    """The event-ness tables, read from ``events/eventness.json`` once per process."""
    raw: dict[str, Any] = load_data("events/eventness.json")
    genre_of: dict[str, list[str]] = {}
    for name, terms in raw["genres"].items():
        for term in terms:
            genre_of.setdefault(term, []).append(name)
    return EventnessTables(
        sentence={k: TermSet(v) for k, v in raw["sentence"].items()},
        genres={k: TermSet(v) for k, v in raw["genres"].items()},
        genre_terms=TermSet(genre_of),
        genre_of={k: tuple(v) for k, v in genre_of.items()},
        weights=_numbers(raw["weights"]),
        ratio=_numbers(raw["genre"]["ratio"]),
        damp_at=float(raw["genre"].get("damp_at", 1.0)),
        min_conflict=int(raw["genre"].get("min_conflict", 0)),
        engaged=TermSet(raw["genre"].get("engaged", ())),
        unattributed_at=int(raw["genre"].get("unattributed_at", 1_000_000)),
        unattributed_long=int(raw["genre"].get("unattributed_long", 1_000_000)),
        column_quotes=int(raw["genre"].get("column_quotes", 0)),
        column_recent=float(raw["genre"].get("column_recent", 0.0)),
        min_hits=_numbers(raw["genre"]["min_hits"]),
        confidence=_numbers(raw["confidence"]),
        recent_days=int(raw["recent_days"]),
        old_days=int(raw["old_days"]),
        threshold=float(raw["threshold"]),
        large_toll=int(raw.get("large_toll", 200)),
        background_damp=float(raw.get("background_damp", 1.0)),
        scope=TermSet(raw["scope"]["irrealis"]),
        exposure=TermSet(raw["scope"]["exposure"]),
        purpose=frozenset(normalize_key(w) for w in raw["scope"]["purpose"]),
        demand=TermSet(raw["scope"].get("demand", ())),
        reach=int(raw["scope"]["reach"]),
        after=TermSet(raw["scope"]["after"]),
        clause_scope=TermSet(raw["scope"]["clause"]),
        clause_after=TermSet(raw["scope"]["clause_after"]),
        negation=TermSet(raw["scope"].get("negation", ())),
        reach_after=int(raw["scope"]["reach_after"]),
        continuation=TermSet(raw.get("continuation", ())),
        span=TermSet([w for w in raw["sentence"]["period"] if w.split()[0] in _SPAN_WORDS]),
        not_accident=TermSet(raw.get("not_accident", ())),
        mishap=TermSet(raw.get("mishap", {}).get("words", ())),
        assailant=TermSet(raw.get("mishap", {}).get("assailant", ())),
        tag_openers=frozenset(normalize_key(w) for w in raw.get("tag_line", {}).get("openers", ())),
        since_comparison=TermSet(raw.get("since_comparison", ())),
        since_reach=int(raw.get("since_reach", 0)),
        statement_title=TermSet((*raw.get("statement_title", ()), *raw.get("statement_visit", ()))),
        statement_lede=TermSet((*raw.get("statement_title", ()), *raw.get("statement_visit", ()),
                                *raw["sentence"].get("aftermath", ()), *raw.get("statement_lede", ()))),
        statement_shift=TermSet(raw.get("statement_shift", ())),
        item_openers=TermSet(raw.get("item_openers", ())),
        talk_types=frozenset(raw.get("talk_types", {}).get("types", ())),
        talk_floor=float(raw.get("talk_types", {}).get("min_confidence", 0.0)),
        month_parts=tuple((frozenset(normalize_key(w) for w in p["words"]), int(p["days"][0]), int(p["days"][1]))
                          for p in raw.get("month_parts", ())),
    )


#: How many characters at a sentence's start an item opener is looked for in.
_OPENER_CHARS = 40


def opens_item_at(sentences: Sequence[Sentence], words: Sequence[Word], starts: Sequence[int], start: int) -> bool:
    """Whether the sentence of ``sentences`` holding character ``start`` opens an item of its own:
    one of its first two words (``words``, whose start offsets are ``starts``) begins an
    ``item_openers`` phrase (``إلى ذلك``, ``وفي غضون ذلك``, ``أمنيا``). Read by event-ness
    (:func:`rasd.stages.events.eventness.opens_item`) and by the reportless check."""
    k = bisect_left([s.start for s in sentences], start + 1) - 1
    first = sentences[k].start if 0 <= k < len(sentences) else start
    lo, hi = bisect_left(starts, first), bisect_left(starts, first + _OPENER_CHARS)
    return any(m.first <= lo + 1 for m in eventness_tables().item_openers.find(words, lo, hi))
