"""Lexicon matching for the events stage: words with their clitic-stripped stems, term sets
compiled from the data files in ``rasd/data/events/``, and clause boundaries.

A term is one or more space-separated words; a word ending in ``*`` matches any word that
starts with it. Terms and text are compared in ``normalize_key`` form, and proclitics
(``و``, ``ف``, ``ب``, ``ل``, ``ك``, ``س`` and, with the article, ``وال``, ``بال``, ``لل`` ...)
are stripped from text words before matching, so ``والاشتباكات`` matches the term
``اشتباكات``; a bare article is not (``الاشتباكات`` needs its own term or a ``*`` head).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.text import load_data, normalize_key, proclitic_splits

__all__ = [
    "Word",
    "TermMatch",
    "TermSet",
    "words_of",
    "clauses_of",
    "lexicon",
    "cue_set",
    "Lexicon",
    "TriggerSpec",
]

_WORD_RE = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
                      r"|[\u0621-\u064A\u064B-\u065F\u0670\u0671-\u06D3\u06FA-\u06FF\u0640]+"
                      r"|[A-Za-z]+|[^\s\w]", re.UNICODE)
_PUNCT_BREAKS = frozenset("،,;؛:.!?()[]{}–—")


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the text: original offsets, normalised key and candidate stems."""

    start: int
    end: int
    key: str
    stems: tuple[str, ...]
    punct: bool = False


@dataclass(frozen=True, slots=True)
class TermMatch:
    """Words ``[first, last]`` (token indices, inclusive) matched ``term``."""

    first: int
    last: int
    term: str


@lru_cache(maxsize=1 << 14)
def _stems(key: str) -> tuple[str, ...]:
    out = [key]
    # split the normalised key, not the word: a diacritic (وقُتل) would leave only the
    # whole word (proclitic_splits keeps offsets exact, which stems do not need)
    for _plen, stem in proclitic_splits(key):
        k = normalize_key(stem)
        if k not in out and len(k) >= 2:
            out.append(k)
    return tuple(out)


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words (and punctuation marks) of ``text[start:end]`` with absolute offsets."""
    end = len(text) if end is None else end
    out: list[Word] = []
    for m in _WORD_RE.finditer(text, start, end):
        s = m.group()
        if len(s) == 1 and not s.isalnum():
            out.append(Word(m.start(), m.end(), s, (), True))
            continue
        key = normalize_key(s)
        if not key:
            continue
        out.append(Word(m.start(), m.end(), key, _stems(key)))
    return out


def clauses_of(words: Sequence[Word], breaks: TermSet | None = None) -> list[tuple[int, int]]:
    """Clause ranges ``[i, j)`` over ``words``: split at punctuation and at clause-break
    words such as ``فيما`` / ``بينما``."""
    cut = {i for i, w in enumerate(words) if w.punct and w.key in _PUNCT_BREAKS}
    starts = {m.first for m in breaks.find(words)} if breaks is not None else set()
    out: list[tuple[int, int]] = []
    begin = 0
    for i in range(len(words)):
        if i in cut:
            if i > begin:
                out.append((begin, i))
            begin = i + 1
        elif i in starts and i > begin:
            out.append((begin, i))
            begin = i
    if begin < len(words):
        out.append((begin, len(words)))
    return out or [(0, len(words))]


_STEM_INDEX: list[object] = [None, {}, {}]


def _stem_index(words: Sequence[Word]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Where each stem of a word sequence stands, and each stem's first two letters (word
    positions; a one-entry cache, shared by every term set: they are asked in a row)."""
    if _STEM_INDEX[0] is not words:
        by_stem: dict[str, list[int]] = {}
        by_head: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            if w.punct:
                continue
            for st in w.stems:
                at = by_stem.setdefault(st, [])
                if not at or at[-1] != i:
                    at.append(i)
                at = by_head.setdefault(st[:2], [])
                if not at or at[-1] != i:
                    at.append(i)
        _STEM_INDEX[:] = [words, by_stem, by_head]
    return _STEM_INDEX[1], _STEM_INDEX[2]  # type: ignore[return-value]


_NONE: list[tuple[str, tuple[str, ...]]] = []  # shared, never mutated


class TermSet:
    """A compiled set of terms; :meth:`find` returns every match in a word sequence."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._exact: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._prefix: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._by_stems: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
        # candidates per word of the last word sequence seen (find is called on many
        # clause ranges of one sentence in a row); the strong reference keeps `is` sound
        self._last_words: Sequence[Word] | None = None
        self._last_starts: list[list[tuple[str, tuple[str, ...]]]] | None = None
        for term in terms:
            parts = tuple(normalize_key(p) if not p.endswith("*") else normalize_key(p[:-1]) + "*"
                          for p in term.split())
            if not parts or not parts[0].strip("*"):
                continue
            head = parts[0]
            if head.endswith("*"):
                self._prefix.setdefault(head[:2], []).append((term, parts))
            else:
                self._exact.setdefault(head, []).append((term, parts))

    @staticmethod
    def _word_matches(part: str, word: Word) -> bool:
        if word.punct:
            return False
        if part.endswith("*"):
            p = part[:-1]
            return any(s.startswith(p) for s in word.stems)
        return part in word.stems

    def _candidates(self, word: Word) -> list[tuple[str, tuple[str, ...]]]:
        cached = self._by_stems.get(word.stems)
        if cached is not None:
            return cached
        if len(self._by_stems) > 10_000:
            self._by_stems.clear()
        out: list[tuple[str, tuple[str, ...]]] = []
        seen: set[str] = set()
        for s in word.stems:
            for cand in self._exact.get(s, ()):
                if cand[0] not in seen:
                    seen.add(cand[0])
                    out.append(cand)
            for cand in self._prefix.get(s[:2], ()):
                if cand[0] not in seen and s.startswith(cand[1][0][:-1]):
                    seen.add(cand[0])
                    out.append(cand)
        self._by_stems[word.stems] = out
        return out

    def _starts(self, words: Sequence[Word]) -> list[list[tuple[str, tuple[str, ...]]]] | None:
        """Candidate terms per word of ``words``; None when no term can start there."""
        if words is not self._last_words:
            by_stem, by_head = _stem_index(words)
            # only a word with a stem that heads a term can start one
            at: set[int] = set()
            for head in by_stem.keys() & self._exact.keys():
                at.update(by_stem[head])
            for head in by_head.keys() & self._prefix.keys():
                at.update(by_head[head])
            if not at:
                self._last_starts = None
            else:
                starts: list[list[tuple[str, tuple[str, ...]]]] = [_NONE] * len(words)
                for i in at:
                    starts[i] = self._candidates(words[i])
                self._last_starts = starts
            self._last_words = words
        return self._last_starts

    def find(self, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> list[TermMatch]:
        """All matches inside ``words[lo:hi]``; for each start word, the longest term wins."""
        hi = len(words) if hi is None else hi
        out: list[TermMatch] = []
        starts = self._starts(words)
        if starts is None:
            return out
        for i in range(lo, hi):
            cands = starts[i]
            if not cands:
                continue
            best: TermMatch | None = None
            for term, parts in cands:
                last = i + len(parts) - 1
                if last >= hi:
                    continue
                if all(self._word_matches(parts[k], words[i + k]) for k in range(1, len(parts))):
                    if best is None or last > best.last:
                        best = TermMatch(i, last, term)
            if best is not None:
                out.append(best)
        return out

    def any_in(self, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> bool:
        """Whether any term matches inside ``words[lo:hi]`` (stops at the first)."""
        hi = len(words) if hi is None else hi
        starts = self._starts(words)
        if starts is None:
            return False
        for i in range(lo, hi):
            for _term, parts in starts[i]:
                last = i + len(parts) - 1
                if last < hi and all(self._word_matches(parts[k], words[i + k]) for k in range(1, len(parts))):
                    return True
        return False


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """One trigger family from ``triggers.json``."""

    family: str
    event_type: str
    sub_event_type: str
    weight: float
    terms: TermSet
    context: str | None
    veto: tuple[str, ...]
    feature: bool = True  # also a feature of the sentence classifier (rasd.stages.events_model)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything loaded from ``rasd/data/events``."""

    triggers: tuple[TriggerSpec, ...]
    cues: dict[str, TermSet]
    raw: dict[str, Any]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The trigger and cue lexicons (loaded once per process)."""
    trig = load_data("events/triggers.json")
    cues_raw = load_data("events/cues.json")
    cues = {k: TermSet(v) for k, v in cues_raw.items() if isinstance(v, list)}
    specs = tuple(
        TriggerSpec(
            family=t["family"],
            event_type=t["event_type"],
            sub_event_type=t["sub_event_type"],
            weight=float(t.get("weight", 0.8)),
            terms=TermSet(t["terms"]),
            context=t.get("context"),
            feature=bool(t.get("feature", True)),
            veto=tuple(t.get("veto") or ()),
        )
        for t in trig["triggers"]
    )
    return Lexicon(specs, cues, cues_raw)


def cue_set(name: str) -> TermSet:
    """A named cue list from ``cues.json`` (empty if absent)."""
    return lexicon().cues.get(name) or TermSet(())
