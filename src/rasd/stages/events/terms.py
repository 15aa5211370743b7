"""Term sets for the events stage: a :class:`TermSet` compiled from a word list, the
:class:`Word` it is matched against, and one index over the heads of every term set (so one
pass over a text's words finds where each set can start).

A term is one or more space-separated words; a word ending in ``*`` matches any word that
starts with it. Terms and text are compared in ``normalize_key`` form, and proclitics
(``و``, ``ف``, ``ب``, ``ل``, ``ك``, ``س`` and, with the article, ``وال``, ``بال``, ``لل`` ...)
are stripped from text words before matching (:mod:`rasd.stages.events.lexicon` reads the
words), so ``والاشتباكات`` matches the term ``اشتباكات``; a bare article is not
(``الاشتباكات`` needs its own term or a ``*`` head).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from rasd.stages.events.word_range import WordRange as _Range
from rasd.text import normalize_key
from rasd.tokens import keep_in_generations
from rasd.tokens import unseen as _unseen

__all__ = ["Word", "TermMatch", "TermSet", "range_slots"]


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


class _Answers:
    """The answers term sets gave in one word sequence, so that an ask repeated within a
    document (a quarter of the asks that reach a possible start) is not worked out again.
    An answer depends on the set's terms (its slot) and the words only."""

    __slots__ = ("anys", "finds")

    def __init__(self) -> None:
        #: (slot, first position tried, end, offset) -> the matches of :meth:`TermSet.find`
        #: (a tuple: each caller gets a list of its own)
        self.finds: dict[tuple[int, int, int, int], tuple[TermMatch, ...]] = {}
        #: (slot, first position tried, end) -> whether :meth:`TermSet.any_in` found one
        self.anys: dict[tuple[int, int, int], bool] = {}


class _Heads:
    """The words of a whole text and where each term set can start in them (what a
    :class:`_Range` reads; it holds no range, so the ranges and their words are freed by
    reference counting, not left to the cyclic collector)."""

    __slots__ = ("_heads", "memo", "slots", "words")

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self._heads: tuple[int, dict[int, list[int]]] | None = None
        self.slots: list[tuple[int, ...]] = []  # per word, set with the heads
        self.memo = _Answers()  # given in these words

    def heads(self) -> dict[int, list[int]]:
        """Term-set slot -> positions in the whole text where a term of the set can start
        (made once, again only when a term set was registered since)."""
        if self._heads is None or self._heads[0] != len(_SLOTS):
            self.slots = []
            self._heads = (len(_SLOTS), _heads_of(self.words, self.slots))
        return self._heads[1]


def range_slots(words: _Range) -> frozenset[int]:
    """The slots of the term sets a word of ``words`` can start a term of: a set not in it
    has no match there, whatever ``lo`` / ``hi`` (one set look-up rejects it; cached in the
    range until a term set is registered)."""
    got = words.present
    if got is None or got[0] != len(_SLOTS):
        source = words.source
        source.heads()
        got = words.present = (len(_SLOTS), frozenset().union(
            *source.slots[words.offset:words.offset + len(words)]))
    return got[1]


_KEY_OF = itemgetter(2)  # Word.key
_MAX_SURFACES = 1 << 15


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
#: first two letters of a ``*`` head -> the lengths of the whole prefixes with them, increasing
_PREFIX_LENGTHS: dict[str, list[int]] = {}
#: whole prefix of a ``*`` head -> the slots of the term sets with it, increasing
_PREFIX_SLOTS: dict[str, list[int]] = {}
_SLOTS: dict[tuple[str, ...], int] = {}
_MAX_SLOTS = 4096
#: word sequence id -> (the sequence, slot -> positions, answers given in it): the last
#: sequences seen (the events stage comes back to a sentence's words between others)
_HEADS_AT: dict[int, tuple[Sequence[Word], dict[int, list[int]], _Answers]] = {}
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
    _OLD_SLOTS_BY_KEY.clear()
    for head in exact:
        _EXACT_HEADS.setdefault(head, []).append(slot)
    for head, whole in prefix:
        lengths = _PREFIX_LENGTHS.setdefault(head, [])
        if len(whole) not in lengths:
            lengths.append(len(whole))
            lengths.sort()
        _PREFIX_SLOTS.setdefault(whole, []).append(slot)
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
            lengths = _PREFIX_LENGTHS.get(st[:2])
            if lengths is not None:
                # the sets with a ``*`` head the stem starts with, in slot order (each once:
                # the first place of a slot is what counts, below)
                found = [slot for n in lengths if n <= len(st) for slot in _PREFIX_SLOTS.get(st[:n], ())]
                if found:
                    seen.extend(sorted(set(found)) if len(found) > 1 else found)
        slots = tuple(dict.fromkeys(seen)) if seen else ()
        if len(_SLOTS_OF) >= _MAX_SLOTS_OF:
            _SLOTS_OF.clear()
        _SLOTS_OF[stems] = slots
    return slots


_SLOTS_OF: dict[tuple[str, ...], tuple[int, ...]] = {}
_SLOTS_BY_KEY: dict[str, tuple[int, ...]] = {}
#: the generation of ``_SLOTS_BY_KEY`` before it was last full (read on a miss)
_OLD_SLOTS_BY_KEY: dict[str, tuple[int, ...]] = {}
_MAX_SLOTS_OF = 65_536


def _heads_at(words: Sequence[Word]) -> tuple[Sequence[Word], dict[int, list[int]], _Answers]:
    """``(words, slot -> positions in words where a term of that set can start, answers
    given in words)`` (cached for the last sequences seen, shared by every term set)."""
    got = _HEADS_AT.get(id(words))
    if got is not None and got[0] is words:
        return got
    got = (words, _heads_of(words), _Answers())
    if len(_HEADS_AT) >= _KEEP_HEADS:
        del _HEADS_AT[next(iter(_HEADS_AT))]
    _HEADS_AT[id(words)] = got
    return got


def _heads_of(words: Sequence[Word], per_word: list[tuple[int, ...]] | None = None) -> dict[int, list[int]]:
    """Slot -> positions in ``words``; with ``per_word``, each word's slots appended to it."""
    cached = _SLOTS_BY_KEY  # a word's stems are those of its key
    # each word's slots looked up in C (a punctuation mark has no stems, so no slots: its
    # key, one mark, is no word's key); Python only for a key not seen before
    got: list[tuple[int, ...]] = list(map(cached.get, map(_KEY_OF, words)))  # type: ignore[arg-type]
    if None in got:
        older = _OLD_SLOTS_BY_KEY
        for i in _unseen(got):
            w = words[i]
            slots = older.get(w.key)
            if slots is None:
                slots = _slots_of(w.stems)
            got[i] = keep_in_generations(cached, older, w.key, slots, _MAX_SURFACES)
    if per_word is not None:
        per_word.extend(got)
    at: dict[int, list[int]] = {}
    for i in compress(range(len(got)), got):  # the words with a slot
        for slot in got[i]:
            pos = at.get(slot)
            if pos is None:
                at[slot] = [i]
            else:
                pos.append(i)
    return at


def _rest_matches(parts: tuple[str, ...], seq: Sequence[Word], i: int) -> bool:
    """Whether the words after ``seq[i]`` match a term's other words ``parts[1:]``: a word
    matches a part that is one of its stems, or (a part ending in ``*``) a prefix of one; a
    punctuation mark matches none (one plain loop: most multi-word terms tried at a word
    fail at the next one)."""
    for j in range(1, len(parts)):
        word = seq[i + j]
        if word.punct:
            return False
        part = parts[j]
        if part.endswith("*"):
            p = part[:-1]
            for stem in word.stems:
                if stem.startswith(p):
                    break
            else:
                return False
        elif part not in word.stems:
            return False
    return True


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
                at = _heads_at(words)[1].get(self.slot, ())
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
               ) -> tuple[Sequence[Word], Sequence[int], int, int, int, _Answers | None] | None:
        """Where to look for terms inside ``words[lo:hi]``: ``(sequence, positions where a
        term can start in it, index of the first position to try, end, offset of words[0],
        answers given in the sequence)``. A range of a text's words is read in the words of
        the whole text (its index made once per text), any other sequence in its own (made
        once for the last sequences seen); None when no term can start there (one set
        look-up and one bisection: most asks find no head of the set in the range)."""
        slot = self.slot
        if slot < 0:
            positions = self._starts(words)
            if positions is None:
                return None
            return words, positions, bisect_left(positions, lo) if lo > 0 else 0, hi, 0, None
        if type(words) is _Range:
            source = words.source
            heads = source._heads  # (heads() without its call where the index is current)
            at = (heads[1] if heads is not None and heads[0] == len(_SLOTS) else source.heads()).get(slot)
            if at is None:
                return None
            a = words.offset
            first = bisect_left(at, a + lo) if lo > 0 else bisect_left(at, a)
            end = a + min(hi, len(words))
            if first == len(at) or at[first] >= end:
                return None
            return source.words, at, first, end, a, source.memo
        got = _heads_at(words)
        at = got[1].get(slot)
        if at is None:
            return None
        first = bisect_left(at, lo) if lo > 0 else 0
        if first == len(at) or at[first] >= hi:
            return None
        return words, at, first, hi, 0, got[2]

    def find(self, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> list[TermMatch]:
        """All matches inside ``words[lo:hi]``; for each start word, the longest term wins."""
        where = self._where(words, lo, len(words) if hi is None else hi)
        if where is None:
            return []
        seq, positions, first, end, shift, memo = where
        if memo is not None:
            key = (self.slot, first, end, shift)
            known = memo.finds.get(key)
            if known is not None:
                return list(known)
        out: list[TermMatch] = []
        for k in range(first, len(positions)):
            i = positions[k]
            if i >= end:
                break
            best = -1  # the longest match's last word (the first such term wins)
            best_term = ""
            for term, parts in self._candidates(seq[i]):
                last = i + len(parts) - 1
                if last < end and last > best and (last == i or _rest_matches(parts, seq, i)):
                    best, best_term = last, term
            if best >= 0:
                out.append(TermMatch(i - shift, best - shift, best_term))
        if memo is not None:
            memo.finds[key] = tuple(out)
        return out

    def any_in(self, words: Sequence[Word], lo: int = 0, hi: int | None = None) -> bool:
        """Whether any term matches inside ``words[lo:hi]`` (stops at the first)."""
        where = self._where(words, lo, len(words) if hi is None else hi)
        if where is None:
            return False
        seq, positions, first, end, _shift, memo = where
        if memo is not None:
            asked = (self.slot, first, end)
            seen = memo.anys.get(asked)
            if seen is not None:
                return seen
        found = False
        for k in range(first, len(positions)):
            i = positions[k]
            if i >= end:
                break
            for _term, parts in self._candidates(seq[i]):
                last = i + len(parts) - 1
                if last < end and (last == i or _rest_matches(parts, seq, i)):
                    found = True
                    break
            if found:
                break
        if memo is not None:
            memo.anys[asked] = found
        return found
