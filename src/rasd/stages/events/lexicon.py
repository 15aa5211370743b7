"""Lexicon matching for the events stage: the words of a text with their clitic-stripped
stems (read from its token layer), clause boundaries, and the trigger and cue lexicons
compiled from the data files in ``rasd/data/events/`` into term sets
(:mod:`rasd.stages.events.terms`, which says how a term matches).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import add, attrgetter
from typing import Any, TypeVar

from rasd.span_index import whole_range
from rasd.stages.events.terms import TermMatch, TermSet, Word, _Heads, range_slots
from rasd.stages.events.word_range import WordRange
from rasd.text import load_data, normalize_key, proclitic_splits
from rasd.tokens import Reading, TokenLayer, reading, unseen

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
    "live_items",
    "slots_present",
]

_WORD_RE = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*"
                      r"|[\u0621-\u064A\u064B-\u065F\u0670\u0671-\u06D3\u06FA-\u06FF\u0640]+"
                      r"|[A-Za-z]+|[^\s\w]", re.UNICODE)
_PUNCT_BREAKS = frozenset("،,;؛:.!?()[]{}–—")
#: Where the token layer's tokens (:data:`rasd.text._TOKEN_RE`) may differ from the matches
#: of ``_WORD_RE``: an underscore, a word character outside ASCII letters and digits and the
#: Arabic letters and digits both read alike, Arabic marks and presentation forms only the
#: layer reads as letters (``_ODD_CHAR``, tried on the few characters outside plain ASCII,
#: blanks and those Arabic letters and digits: ``_UNCOMMON``), a Latin word joined by an
#: apostrophe or a hyphen (one token of the layer). A text with none of them has the same
#: words in both (:func:`_layer_differs`).
_UNCOMMON = re.compile(r"[^\s!-^`-~\u0621-\u063A\u0640-\u065F\u0660-\u0669\u0670-\u06D3\u06F0-\u06FF]")
_ODD_CHAR = re.compile(r"_|(?=\w)[^A-Za-z0-9\u0621-\u063A\u0640-\u065F\u0660-\u0669\u0670-\u06D3\u06F0-\u06FF]"
                       r"|[\u06D5-\u06ED\uFB50-\uFDFF\uFE70-\uFEFC]")
_JOINED_LATIN = re.compile(r"[A-Za-z]['’-][A-Za-z]")


def _layer_differs(text: str) -> bool:
    uncommon = _UNCOMMON.findall(text)
    if uncommon and any(_ODD_CHAR.match(ch) for ch in set(uncommon)):
        return True
    return _JOINED_LATIN.search(text) is not None


@lru_cache(maxsize=1)
def _whole_words() -> frozenset[str]:
    """Words whose first letter is no proclitic (``بحث``, search, is not ب + ``حث``, urge):
    cue list ``whole_words`` of ``cues.json``."""
    return frozenset(normalize_key(w) for w in load_data("events/cues.json").get("whole_words", ()))


def _stems(key: str) -> tuple[str, ...]:
    """The key and its proclitic stems (each of two letters or more): the stems of the
    key's shared reading. The normalised key is split, not the word: a diacritic (وقُتل)
    would leave only the whole word."""
    if key in _whole_words():
        return (key,)
    if " " not in key:  # a word's key (a stem cut after a blank would lose it)
        return tuple([stem for _plen, stem in reading(key).stems])
    out = [key]
    for _plen, stem in proclitic_splits(key):
        k = normalize_key(stem)
        if k not in out and len(k) >= 2:
            out.append(k)
    return tuple(out)


class _LayerWords:
    """The words of a whole text (a view of its :class:`rasd.tokens.TokenLayer`): every
    match of the word pattern, with the :class:`Word` it gives (None for a key-less run of
    tatweel or diacritics), so a range is a slice when no match straddles its edges."""

    __slots__ = ("before", "ends", "index", "ranges", "starts", "words")

    def __init__(self, layer: TokenLayer) -> None:
        text = layer.text
        self.ranges: dict[tuple[int, int], list[Word]] = {}
        self.starts: Sequence[int]
        self.ends: Sequence[int]
        self.before: Sequence[int]  # words before each match
        self.words: list[Word]
        self.index: _Heads
        if not _layer_differs(text):
            # the layer's tokens are the matches: each surface's reading looked up (and the
            # words made) by C-level calls, Python only for a surface not seen before
            self.starts, self.ends = layer.starts, layer.ends
            readings = layer.readings
            got = list(map(_EVENTS_OF, readings))
            if None in got:
                surfaces = layer.surfaces
                for i in unseen(got):  # (a surface new twice: read at its first place)
                    r = readings[i]
                    got[i] = r.events if r.events is not None else _reading(r, surfaces[i])
            if _KEYLESS not in got:
                self.before = range(len(got) + 1)
                self.words = list(map(tuple.__new__, repeat(Word), map(add, zip(self.starts, self.ends, strict=True), got)))
                self.index = _Heads(self.words)
                return
        self._scan(text)

    def _scan(self, text: str) -> None:
        """The words read by ``_WORD_RE`` (where the layer's tokens may differ, or a match
        has no key)."""
        starts: list[int] = []
        ends: list[int] = []
        before: list[int] = []
        words: list[Word] = []
        for m in _WORD_RE.finditer(text):
            start, end = m.span()
            starts.append(start)
            ends.append(end)
            before.append(len(words))
            s = m.group()
            r = reading(s)
            got = r.events if r.events is not None else _reading(r, s)
            if got[0]:  # (not _KEYLESS: the only reading with no key; compared by value, since a
                # compiled build may hand back a copy of the tuple, for which `is` fails)
                words.append(tuple.__new__(Word, (start, end, *got)))
        before.append(len(words))
        self.starts, self.ends, self.before, self.words = starts, ends, before, words
        self.index = _Heads(words)

    def between(self, start: int, end: int) -> list[Word] | None:
        rng = whole_range(self.starts, self.ends, start, end)
        if rng is None:
            return None
        a, b = self.before[rng[0]], self.before[rng[1]]
        words = self.ranges.get((a, b))
        if words is None:
            # one list per range: the term sets' caches (by identity) serve every asker
            words = self.ranges[a, b] = WordRange(self.words[a:b], self.index, a)
        return words


#: A surface's events reading is (key, stems, punct), or ``_KEYLESS`` for a key-less run
#: (tatweel, diacritics): made once per surface and kept in its shared
#: :class:`rasd.tokens.Reading` (``events``), which bounds how many are kept.
_KEYLESS: tuple[str, tuple[str, ...], bool] = ("", (), False)
_EVENTS_OF = attrgetter("events")


def _reading(r: Reading, s: str) -> tuple[str, tuple[str, ...], bool]:
    """The events reading of surface ``s`` (whose shared reading is ``r``), stored in ``r``."""
    if len(s) == 1 and not s.isalnum():
        got: tuple[str, tuple[str, ...], bool] = (s, (), True)
    else:
        key = r.key
        got = (key, _stems(key), False) if key else _KEYLESS
    r.events = got
    return got


def _word(m: re.Match[str]) -> Word | None:
    s = m.group()
    r = reading(s)
    got = r.events if r.events is not None else _reading(r, s)
    if not got[0]:  # _KEYLESS, by value (see _LayerWords._scan)
        return None
    return tuple.__new__(Word, (m.start(), m.end(), *got))


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words (and punctuation marks) of ``text[start:end]`` with absolute offsets (read
    from the text's token layer, computed once per text, where the text has one; the list
    of a range is then shared by every caller, as is that of a range read without the
    layer, for a while: read it, never change it)."""
    end = len(text) if end is None else end
    layer = TokenLayer.get(text)
    if layer is not None:
        words = layer.view("events.words", _LayerWords).between(start, end)
        if words is not None:
            return words
    # (a window cut inside a word: a place's or a time's few words before)
    read = _READ.get(text)
    if read is None:
        if len(_READ) >= _KEEP_READ:
            del _READ[next(iter(_READ))]
        read = _READ[text] = {}
    out = read.get((start, end))
    if out is not None:
        return out
    out = []
    for m in _WORD_RE.finditer(text, start, end):
        w = _word(m)
        if w is not None:
            out.append(w)
    read[start, end] = out
    return out


#: text -> (start, end) -> its words, for the ranges of the last texts read without the
#: text's layer: one list per range, as the layer's (half of those asks repeat one, and a
#: term set's index of the list, kept by identity, then serves them all)
_READ: dict[str, dict[tuple[int, int], list[Word]]] = {}
_KEEP_READ = 4


def slots_present(words: Sequence[Word]) -> frozenset[int] | None:
    """The :attr:`TermSet.slot` of every term set a word of ``words`` can start a term of,
    where ``words`` came from a text's layer (None otherwise): a set whose slot (when >= 0)
    is not in it finds nothing in ``words``, so a caller asking many sets can skip it."""
    return range_slots(words) if type(words) is WordRange else None


K = TypeVar("K")


def live_items(sets: Mapping[K, TermSet], live: frozenset[int] | None) -> Iterable[tuple[K, TermSet]]:
    """The ``(name, term set)`` items of ``sets`` that may match in words whose
    :func:`slots_present` is ``live``, in order: every item where ``live`` is None, else
    those whose set looks on its own (slot -1) or can start at one of the words (a caller
    asking many sets of one table skips the rest without asking each)."""
    items = sets.items()
    if live is None:
        return items
    return [item for item in items if item[1].slot < 0 or item[1].slot in live]


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
    feature: bool = True  # also a feature of the sentence classifier (rasd.stages.events.model)
    near: str | None = None  # a cue list one of whose terms must stand within a few words, in the clause
    alone: bool = False  # counts only in a sentence where no other act's trigger passes (الانفجار beside تفجير)
    strict: bool = False  # opens a range (detect.any_trigger) only with its context and near cues (bare ضربة)


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
            near=t.get("near"),
            alone=bool(t.get("alone", False)),
            strict=bool(t.get("strict", False)),
        )
        for t in trig["triggers"]
    )
    return Lexicon(specs, cues, cues_raw)


def cue_set(name: str) -> TermSet:
    """A named cue list from ``cues.json`` (empty if absent)."""
    return lexicon().cues.get(name) or TermSet(())
