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
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import add, attrgetter, itemgetter
from typing import Any, NamedTuple

from rasd.span_index import whole_range
from rasd.text import load_data, normalize_key, proclitic_splits
from rasd.tokens import Reading, TokenLayer, reading

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


class Word(NamedTuple):
    """A token of the text: original offsets, normalised key and candidate stems (a named
    tuple: a text's words are made from their readings by C-level calls, see
    :class:`_LayerWords`)."""

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


class _Range(list[Word]):
    """The words of a range of a text, as :func:`words_of` gives them from the text's
    layer: a list that knows where it stands, so a term set reads where its terms can start
    from the index of the whole text (:meth:`_Heads.heads`) instead of the words."""

    __slots__ = ("_present", "offset", "source")

    def __init__(self, words: list[Word], source: _Heads, offset: int) -> None:
        super().__init__(words)
        self.source = source
        self.offset = offset
        self._present: tuple[int, frozenset[int]] | None = None

    def present(self) -> frozenset[int]:
        """The slots of the term sets a word of this range can start a term of: a set not
        in it has no match here, whatever ``lo`` / ``hi`` (one set look-up rejects it)."""
        got = self._present
        if got is None or got[0] != len(_SLOTS):
            source = self.source
            source.heads()
            got = self._present = (len(_SLOTS), frozenset().union(
                *source.slots[self.offset:self.offset + len(self)]))
        return got[1]


class _Heads:
    """The words of a whole text and where each term set can start in them (what a
    :class:`_Range` reads; it holds no range, so the ranges and their words are freed by
    reference counting, not left to the cyclic collector)."""

    __slots__ = ("_heads", "slots", "words")

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self._heads: tuple[int, dict[int, list[int]]] | None = None
        self.slots: list[tuple[int, ...]] = []  # per word, set with the heads

    def heads(self) -> dict[int, list[int]]:
        """Term-set slot -> positions in the whole text where a term of the set can start
        (made once, again only when a term set was registered since)."""
        if self._heads is None or self._heads[0] != len(_SLOTS):
            self.slots = []
            self._heads = (len(_SLOTS), _heads_of(self.words, self.slots))
        return self._heads[1]


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
                got = [g if g is not None else _reading(readings[i], surfaces[i]) for i, g in enumerate(got)]
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
            if got is not _KEYLESS:
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
            words = self.ranges[a, b] = _Range(self.words[a:b], self.index, a)
        return words


#: A surface's events reading is (key, stems, punct), or ``_KEYLESS`` for a key-less run
#: (tatweel, diacritics): made once per surface and kept in its shared
#: :class:`rasd.tokens.Reading` (``events``), which bounds how many are kept.
_KEYLESS: tuple[str, tuple[str, ...], bool] = ("", (), False)
_EVENTS_OF = attrgetter("events")
_KEY_OF = itemgetter(2)  # Word.key
_MAX_SURFACES = 1 << 15


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
    if got is _KEYLESS:
        return None
    return tuple.__new__(Word, (m.start(), m.end(), *got))


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words (and punctuation marks) of ``text[start:end]`` with absolute offsets (read
    from the text's token layer, computed once per text, where the text has one; the list
    of a range is then shared by every caller: read it, never change it)."""
    end = len(text) if end is None else end
    layer = TokenLayer.get(text)
    if layer is not None:
        words = layer.view("events.words", _LayerWords).between(start, end)
        if words is not None:
            return words
    out: list[Word] = []
    for m in _WORD_RE.finditer(text, start, end):
        w = _word(m)
        if w is not None:
            out.append(w)
    return out


def slots_present(words: Sequence[Word]) -> frozenset[int] | None:
    """The :attr:`TermSet.slot` of every term set a word of ``words`` can start a term of,
    where ``words`` came from a text's layer (None otherwise): a set whose slot (when >= 0)
    is not in it finds nothing in ``words``, so a caller asking many sets can skip it."""
    return words.present() if type(words) is _Range else None


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


# One index over the heads of every term set: head stem (exact heads) or first two letters
# (``*`` heads) -> the slots of the term sets with such a head. One pass over a word
# sequence then finds where each term set can start (see :func:`_heads_at`) instead of each
# set intersecting its heads with the words on its own. Term sets with the same terms share
# a slot; past ``_MAX_SLOTS`` sets, new ones look on their own.
_EXACT_HEADS: dict[str, list[int]] = {}
#: first two letters -> (the whole prefix, slot) of each ``*`` head
_PREFIX_HEADS: dict[str, list[tuple[str, int]]] = {}
_SLOTS: dict[tuple[str, ...], int] = {}
_MAX_SLOTS = 4096
#: word sequence id -> (the sequence, slot -> positions): the last sequences seen (the
#: events stage comes back to a sentence's words between others)
_HEADS_AT: dict[int, tuple[Sequence[Word], dict[int, list[int]]]] = {}
_KEEP_HEADS = 64


def _register(terms: tuple[str, ...], exact: Iterable[str], prefix: Iterable[tuple[str, str]]) -> int:
    slot = _SLOTS.get(terms)
    if slot is not None:
        return slot
    if len(_SLOTS) >= _MAX_SLOTS:
        return -1
    slot = _SLOTS[terms] = len(_SLOTS)
    _HEADS_AT.clear()  # the positions cached for the last words lack this set
    _SLOTS_OF.clear()
    _SLOTS_BY_KEY.clear()
    for head in exact:
        _EXACT_HEADS.setdefault(head, []).append(slot)
    for head, whole in prefix:
        _PREFIX_HEADS.setdefault(head, []).append((whole, slot))
    return slot


def _slots_of(stems: tuple[str, ...]) -> tuple[int, ...]:
    """The slots of the term sets a word with these stems starts a term of (its head, a
    stem or a prefix of one; cached per stem tuple)."""
    slots = _SLOTS_OF.get(stems)
    if slots is None:
        seen: list[int] = []
        for st in stems:
            exact = _EXACT_HEADS.get(st)
            if exact is not None:
                seen.extend(exact)
            prefix = _PREFIX_HEADS.get(st[:2])
            if prefix is not None:
                seen.extend([slot for whole, slot in prefix if st.startswith(whole)])
        slots = tuple(dict.fromkeys(seen)) if seen else ()
        if len(_SLOTS_OF) >= _MAX_SLOTS_OF:
            _SLOTS_OF.clear()
        _SLOTS_OF[stems] = slots
    return slots


_SLOTS_OF: dict[tuple[str, ...], tuple[int, ...]] = {}
_SLOTS_BY_KEY: dict[str, tuple[int, ...]] = {}
_MAX_SLOTS_OF = 65_536


def _heads_at(words: Sequence[Word]) -> dict[int, list[int]]:
    """Term-set slot -> positions in ``words`` where a term of that set can start (cached
    for the last sequences seen, shared by every term set)."""
    got = _HEADS_AT.get(id(words))
    if got is not None and got[0] is words:
        return got[1]
    at = _heads_of(words)
    if len(_HEADS_AT) >= _KEEP_HEADS:
        del _HEADS_AT[next(iter(_HEADS_AT))]
    _HEADS_AT[id(words)] = (words, at)
    return at


def _heads_of(words: Sequence[Word], per_word: list[tuple[int, ...]] | None = None) -> dict[int, list[int]]:
    """Slot -> positions in ``words``; with ``per_word``, each word's slots appended to it."""
    at: dict[int, list[int]] = {}
    cached = _SLOTS_BY_KEY  # a word's stems are those of its key
    # each word's slots looked up in C (a punctuation mark has no stems, so no slots: its
    # key, one mark, is no word's key); Python only for a key not seen before
    got: list[tuple[int, ...]] = list(map(cached.get, map(_KEY_OF, words)))  # type: ignore[arg-type]
    if None in got:
        for i, slots in enumerate(got):
            if slots is None:
                w = words[i]
                slots = got[i] = _slots_of(w.stems)
                if len(cached) >= _MAX_SURFACES:
                    cached.clear()
                cached[w.key] = slots
    if per_word is not None:
        per_word.extend(got)
    for i in compress(range(len(got)), got):  # the words with a slot
        for slot in got[i]:
            pos = at.get(slot)
            if pos is None:
                at[slot] = [i]
            else:
                pos.append(i)
    return at


def _part_matches(part: str, word: Word) -> bool:
    """Whether ``word`` matches a term's word ``part`` (a stem, or a prefix with ``*``)."""
    if word.punct:
        return False
    if part.endswith("*"):
        p = part[:-1]
        return any(s.startswith(p) for s in word.stems)
    return part in word.stems


class TermSet:
    """A compiled set of terms; :meth:`find` returns every match in a word sequence."""

    def __init__(self, terms: Iterable[str]) -> None:
        terms = tuple(terms)
        self._exact: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._prefix: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._by_stems: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
        # candidates per word of the last word sequence seen (find is called on many
        # clause ranges of one sentence in a row); the strong reference keeps `is` sound
        self._last_words: Sequence[Word] | None = None
        self._last_starts: list[int] | None = None
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
        prefixes = {(head, parts[0][:-1]) for head, cands in self._prefix.items() for _term, parts in cands}
        #: the set's place in the index of every term set's heads (sets with the same terms
        #: share it; -1: none, it looks on its own)
        self.slot = _register(terms, self._exact, sorted(prefixes)) if self._exact or self._prefix else -1

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

    def _starts(self, words: Sequence[Word]) -> list[int] | None:
        """The positions in ``words`` where a term can start, in order; None when none."""
        if words is not self._last_words:
            # only a word with a stem that heads a term can start one
            at: Iterable[int]
            if self.slot >= 0:
                at = _heads_at(words).get(self.slot, ())
            else:
                by_stem, by_head = _stem_index(words)
                found: set[int] = set()
                for head in by_stem.keys() & self._exact.keys():
                    found.update(by_stem[head])
                for head in by_head.keys() & self._prefix.keys():
                    found.update(by_head[head])
                at = sorted(found)
            self._last_starts = list(at) or None
            self._last_words = words
        return self._last_starts

    def _where(self, words: Sequence[Word], lo: int, hi: int
               ) -> tuple[Sequence[Word], Sequence[int], int, int, int] | None:
        """Where to look for terms inside ``words[lo:hi]``: ``(sequence, positions where a
        term can start in it, index of the first position to try, end, offset of words[0])``.
        A range of a text's words is read in the words of the whole text (its index made
        once per text); None when no term can start there."""
        if self.slot >= 0 and type(words) is _Range:
            source = words.source
            heads = source._heads  # (heads() without its call where the index is current)
            at = (heads[1] if heads is not None and heads[0] == len(_SLOTS) else source.heads()).get(self.slot)
            if not at:
                return None
            a = words.offset
            return source.words, at, bisect_left(at, a + lo) if lo > 0 else bisect_left(at, a), \
                a + min(hi, len(words)), a
        positions = self._starts(words)
        if positions is None:
            return None
        return words, positions, bisect_left(positions, lo) if lo > 0 else 0, hi, 0

    def find(self, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> list[TermMatch]:
        """All matches inside ``words[lo:hi]``; for each start word, the longest term wins."""
        out: list[TermMatch] = []
        where = self._where(words, lo, len(words) if hi is None else hi)
        if where is None:
            return out
        seq, positions, first, end, shift = where
        for k in range(first, len(positions)):
            i = positions[k]
            if i >= end:
                break
            best: TermMatch | None = None
            for term, parts in self._candidates(seq[i]):
                last = i + len(parts) - 1
                if last >= end:
                    continue
                if last == i or all(_part_matches(parts[j], seq[i + j]) for j in range(1, len(parts))):
                    if best is None or last - shift > best.last:
                        best = TermMatch(i - shift, last - shift, term)
            if best is not None:
                out.append(best)
        return out

    def any_in(self, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> bool:
        """Whether any term matches inside ``words[lo:hi]`` (stops at the first)."""
        where = self._where(words, lo, len(words) if hi is None else hi)
        if where is None:
            return False
        seq, positions, first, end, _shift = where
        for k in range(first, len(positions)):
            i = positions[k]
            if i >= end:
                return False
            for _term, parts in self._candidates(seq[i]):
                last = i + len(parts) - 1
                if last < end and (last == i or all(_part_matches(parts[j], seq[i + j]) for j in range(1, len(parts)))):
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
    feature: bool = True  # also a feature of the sentence classifier (rasd.stages.events.model)
    near: str | None = None  # a cue list one of whose terms must stand within a few words, in the clause


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
        )
        for t in trig["triggers"]
    )
    return Lexicon(specs, cues, cues_raw)


def cue_set(name: str) -> TermSet:
    """A named cue list from ``cues.json`` (empty if absent)."""
    return lexicon().cues.get(name) or TermSet(())
