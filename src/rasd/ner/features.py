"""CRF features for Arabic NER: clitic-aware word forms and affixes, word shape, a ±2
window, trigger words and gazetteer membership.

Word-level features depend on the word alone and are cached, so extraction stays fast on
long batches; context and gazetteer features are computed per sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from rasd.kb.actors import token_key
from rasd.ner.gazetteer import NameLists, word_readings
from rasd.ner.word_ids import WordIds
from rasd.text import load_data
from rasd.tokens import unseen

__all__ = ["FEATURE_VERSION", "KnownFeatures", "name_matches", "sentence_features", "word_info"]

#: Bump when features change: a model records the version it was trained with.
FEATURE_VERSION = 2

_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1)
def _triggers() -> dict[str, frozenset[str]]:
    data = load_data("ner/triggers.json")
    return {k: frozenset(token_key(w) for w in v) for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _trigger_index() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The trigger lists' names, and for each word the positions of the lists holding it."""
    names = tuple(_triggers())
    lists_of: dict[str, list[int]] = {}
    for k, words in enumerate(_triggers().values()):
        for w in words:
            lists_of.setdefault(w, []).append(k)
    return names, {w: tuple(v) for w, v in lists_of.items()}


def _shape(word: str) -> str:
    if not word:
        return "empty"
    c = word[0]
    if c.isdigit() or c in "٠١٢٣٤٥٦٧٨٩":
        return "num"
    if "\u0600" <= c <= "\u06ff":
        return "ar"
    if c.isalpha():
        return "LAT" if c.isupper() else "lat"
    return "p:" + c if len(word) == 1 else "sym"


def _word_info(word: str) -> tuple[str, tuple[tuple[int, str], ...], tuple[str, ...], str]:
    """``(key, readings, own_features, stem)`` of one token."""
    key = token_key(word)
    shape = _shape(word)
    readings: tuple[tuple[int, str], ...] = word_readings(word) if shape == "ar" else ((0, key),)
    feats = ["w=" + key, "sh=" + shape, f"len={min(len(key), 9)}"]
    if shape == "ar":
        feats += ["p1=" + key[:1], "p2=" + key[:2], "p3=" + key[:3],
                  "s1=" + key[-1:], "s2=" + key[-2:], "s3=" + key[-3:]]
    stem = key
    if len(readings) > 1:
        # the longest proclitic reading whose stem keeps three letters
        for plen, k in readings[1:]:
            feats.append("st=" + k)
            feats.append("pc=" + key[:plen])
        best = max(readings[1:], key=lambda r: (len(r[1]) >= 3, r[0]))
        stem = best[1]
        feats += ["sts2=" + stem[-2:], "stp2=" + stem[:2]]
    if shape == "ar" and len(stem) >= 4:
        padded = f"<{stem}>"
        feats += ["c3=" + padded[j : j + 3] for j in range(len(padded) - 2)]
    if stem.startswith("ال"):
        feats.append("al")
        feats.append("na=" + stem[2:])
    if shape in ("lat", "LAT") and any(ch in _LATIN for ch in key):
        feats.append("latin")
    names, lists_of = _trigger_index()
    hits = lists_of.get(key)
    more = lists_of.get(stem)
    if hits is not None or more is not None:
        # the lists holding the key or the stem, in the lists' order
        feats += ["T:" + names[k] for k in sorted({*(hits or ()), *(more or ())})]
    return key, readings, tuple(feats), stem


#: :func:`_word_info`, cached (for training and :func:`sentence_features`; the tagger keeps
#: its own per-type cache, :class:`KnownFeatures`)
word_info = lru_cache(maxsize=4096)(_word_info)


@lru_cache(maxsize=4096)
def _context(word: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The features ``word`` lends to its neighbours: (as the previous word, as the word
    before that, as the next word, as the word after that). Cached."""
    key, _readings, _own, stem = word_info(word)
    return _context_of(key, stem)


def _context_of(key: str, stem: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """:func:`_context` of a word with this key and stem."""
    trig = _triggers()
    per_before, loc_before, org_heads = trig["per_before"], trig["loc_before"], trig["org_heads"]
    prev1 = ["w-1=" + key, "st-1=" + stem]
    prev2 = ["w-2=" + key]
    if key in per_before or stem in per_before:
        prev1.append("perT-1")
        prev2.append("perT-2")
    if key in loc_before or stem in loc_before:
        prev1.append("locT-1")
    if stem in org_heads:
        prev1.append("orgH-1")
        prev2.append("orgH-2")
    return tuple(prev1), tuple(prev2), ("w+1=" + key, "st+1=" + stem), ("w+2=" + key,)


def sentence_features(tokens: Sequence[str], lists: NameLists) -> list[list[str]]:
    """Feature strings for every token of one sentence."""
    infos = [word_info(t) for t in tokens]
    ctx = [_context(t) for t in tokens]
    keys = [i[0] for i in infos]
    gaz = lists.match([i[1] for i in infos], keys)
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        f = list(infos[i][2])
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        if i >= 1:
            f += ctx[i - 1][0]
            f.append("bg-=" + keys[i - 1] + "|" + keys[i])
            if gaz[i - 1]:
                f += ["g-1" + g for g in gaz[i - 1]]
        if i >= 2:
            f += ctx[i - 2][1]
        if i + 1 < n:
            f += ctx[i + 1][2]
            f.append("bg+=" + keys[i] + "|" + keys[i + 1])
            if gaz[i + 1]:
                f += ["g+1" + g for g in gaz[i + 1]]
        if i + 2 < n:
            f += ctx[i + 2][3]
        if gaz[i]:
            f += ["g" + g for g in gaz[i]]
        out.append(f)
    return out


class KnownFeatures:
    """:func:`sentence_features` restricted to the attributes a trained CRF knows, in the
    same order, built from per-word-type parts cached on first sight.

    CRFsuite ignores attributes missing from its model, so tagging with these lists gives
    exactly the labels the full lists give, while converting and looking up far fewer
    strings. Each word type's key, stem, gazetteer candidates and filtered own and context
    features are computed once; a sentence then only joins them and adds the bigram and
    gazetteer-match features. :meth:`sentence_ids` gives each feature as its index in
    :attr:`names` (the known attributes, sorted), for scoring with a weight matrix
    (:mod:`rasd.ner.viterbi`); :meth:`sentence` as UTF-8 bytes, which pycrfsuite takes as
    they are (``str`` it encodes on every call). Word types live in numbered slots
    (:meth:`slots`, :attr:`parts`), so that :mod:`rasd.ner.scoring` can keep per-slot
    tables in numpy and refresh the slots :meth:`take_fresh` names.
    """

    #: word types kept per generation (about 0.36 kB each with the word: at most 24 MB for
    #: both generations): when the current generation is full it becomes the old one (the
    #: one before is dropped and its slots reused from the next :meth:`slots` call on), and
    #: a word found in the old generation moves to the current one, so frequent words stay. Over 1,000 SaudiNewsNet articles (76 new word types an
    #: article) this computes 87 word types an article (129 with 12,288 a generation).
    _MAX_WORDS = 32_768

    def __init__(self, known: Iterable[str], lists: NameLists) -> None:
        self.lists = lists
        #: the known attributes, by id: sorted, each once (taken as given when they are, as
        #: :class:`rasd.ner.model.NerModel` reads them from its start-up cache)
        names = tuple(known)
        if any(a >= b for a, b in pairwise(names)):
            names = tuple(sorted(set(names)))
        self.names: tuple[str, ...] = names
        self.ids: dict[str, int] = dict(zip(self.names, range(len(self.names)), strict=True))
        self._bytes: list[bytes] | None = None
        ids = self.ids
        self.bos = ids.get("BOS")
        self.eos = ids.get("EOS")
        #: bigram ``a|b`` -> id of its feature as the left / right bigram
        self.bg_prev: dict[str, int] = {}
        self.bg_next: dict[str, int] = {}
        #: gazetteer match (``B:GEO`` ...) -> id of its feature as the previous word's, the
        #: next word's and the word's own
        self.gaz_prev: dict[str, int] = {}
        self.gaz_next: dict[str, int] = {}
        self.gaz_own: dict[str, int] = {}
        for f, i in ids.items():
            head = f[:3]
            if head == "bg-" or head == "bg+":
                if f[3:4] == "=":
                    (self.bg_prev if head == "bg-" else self.bg_next)[f[4:]] = i
            elif head == "g-1":
                self.gaz_prev[f[3:]] = i
            elif head == "g+1":
                self.gaz_next[f[3:]] = i
            elif head[:1] == "g" and head[1:3] in ("B:", "I:"):
                self.gaz_own[f[1:]] = i
        #: word -> its slot in :attr:`parts`, the current and the old generation
        self._words: dict[str, int] = {}
        self._old: dict[str, int] = {}
        #: per slot, a word type's parts; slot 0 is no word (what the first token has before it)
        self.parts: list[_WordParts] = [_NO_WORD]
        #: slots free for new words; slots of a dropped generation wait in ``_pending`` until
        #: the next :meth:`slots` call, so the slots one call returns stay the words' to its end
        self._free: list[int] = []
        self._pending: list[int] = []
        #: slots (re)filled since the last :meth:`take_fresh` (a set: at most every slot, where
        #: nothing takes them, as on the pycrfsuite path)
        self._fresh: set[int] = set()
        self._reader = WordIds(self.names, _triggers(), _trigger_index())
        #: a one-token entry's classes (by ``id``: equal sets may iterate in different orders;
        #: the entries live as long as ``lists``) -> its ``B:<class>`` matches, in that order
        self._singles: dict[int, tuple[str, ...]] = {}

    def slots(self, tokens: Sequence[str]) -> list[int]:
        """The slot of each token's word type in :attr:`parts` (word types not yet seen, or
        dropped from the cache, are read and given a slot)."""
        if self._pending:
            self._free.extend(self._pending)
            self._pending.clear()
        get = self._words.get
        if len(self._words) + len(tokens) >= self._MAX_WORDS:  # the generations may turn over
            return [get(t) or self._slot(t) for t in tokens]
        # no turn-over can come in this call: the known words looked up in C, then the rest
        # in order (a word new twice is read once: its second look-up finds the first's slot)
        got = list(map(get, tokens))
        if None in got:
            for i in unseen(got):
                got[i] = get(tokens[i]) or self._slot(tokens[i])
        return got  # type: ignore[return-value]

    def take_fresh(self) -> list[int]:
        """The slots given to words since the last call (to refresh tables kept per slot)."""
        fresh, self._fresh = list(self._fresh), set()
        return fresh

    def _slot(self, word: str) -> int:
        """The slot of a word not in the current generation of the cache."""
        slot = self._old.pop(word, 0)
        if not slot:
            slot = self._free.pop() if self._free else len(self.parts)
            parts = self._word(word)
            if slot == len(self.parts):
                self.parts.append(parts)
            else:
                self.parts[slot] = parts
            self._fresh.add(slot)
        if len(self._words) >= self._MAX_WORDS:
            self._pending.extend(self._old.values())
            self._old = self._words
            self._words = {}
        self._words[word] = slot
        return slot

    def _word(self, word: str) -> _WordParts:
        """The parts of one word type."""
        key, readings, stem, (own, prev1, prev2, next1, next2) = self._reader.read(word, _shape(word))
        # one string object where the key, the stem and the word are the same text
        # (most words: the entry then holds one string, not three)
        if key == word:
            key = word
        if stem == key:
            stem = key
        lists = self.lists
        singles = self._singles
        gaz = []
        for _plen, first in readings:
            longest = lists.longest(first)  # loads the entries starting with ``first``
            if longest:
                classes = lists.classes((first,))
                single = singles.get(id(classes))
                if single is None:
                    single = singles[id(classes)] = tuple(["B:" + c for c in classes])
                gaz.append((first, longest, single))
        return key, stem, tuple(gaz), own, prev1, prev2, next1, next2

    def gazetteer(self, slots: Sequence[int]) -> list[set[str] | None]:
        """:meth:`NameLists.match` of one sentence given as its words' slots (same sets,
        filled in the same order), None for none."""
        parts = self.parts
        out: list[set[str] | None] = [None] * len(slots)
        at = [i for i, s in enumerate(slots) if parts[s][2]]
        for j, got in name_matches(self, slots, at, [len(slots)] * len(at)).items():
            out[j] = got
        return out

    def sentence(self, tokens: Sequence[str]) -> tuple[list[list[bytes]], list[str]]:
        """The known features of every token (UTF-8 bytes), and the tokens' stems."""
        rows, stems = self.sentence_ids(tokens)
        names = self._bytes
        if names is None:
            names = self._bytes = [f.encode("utf-8") for f in self.names]
        return [[names[i] for i in row] for row in rows], stems

    def sentence_ids(self, tokens: Sequence[str]) -> tuple[list[list[int]], list[str]]:
        """The ids of the known features of every token, and the tokens' stems.

        Each row is, in :func:`sentence_features`' order: own features, BOS, EOS, the
        previous word's, the left bigram, the previous word's gazetteer matches, the word
        before's, the next word's, the right bigram, the next word's matches, the word
        after's, the word's own matches. Rows are joined from shifted per-position slots;
        the rare BOS/EOS and gazetteer features are slotted in afterwards."""
        slots = self.slots(tokens)
        words = list(map(self.parts.__getitem__, slots))
        n = len(words)
        if not n:
            return [], []
        keys = [w[0] for w in words]
        gaz = self.gazetteer(slots)
        none: tuple[int, ...] = ()
        pairs = [keys[i] + "|" + keys[i + 1] for i in range(n - 1)]
        bg_prev, bg_next = self.bg_prev, self.bg_next
        # slot i: what token i gets from its left / right side
        left = [none, *[(b,) if (b := bg_prev.get(p)) is not None else none for p in pairs]]
        right = [*[(b,) if (b := bg_next.get(p)) is not None else none for p in pairs], none]
        tail: list[tuple[int, ...]] = [none] * n
        g_prev, g_next, g_own = self.gaz_prev, self.gaz_next, self.gaz_own
        for i, g in enumerate(gaz):
            if g:
                if i + 1 < n:
                    left[i + 1] += tuple([x for c in g if (x := g_prev.get(c)) is not None])
                if i >= 1:
                    right[i - 1] += tuple([x for c in g if (x := g_next.get(c)) is not None])
                tail[i] = tuple([x for c in g if (x := g_own.get(c)) is not None])
        prev1 = [none, *[w[4] for w in words[:-1]]]
        prev2 = [none, none, *[w[5] for w in words[:-2]]][:n]
        next1 = [*[w[6] for w in words[1:]], none]
        next2 = [*[w[7] for w in words[2:]], none, none][:n]
        out = [
            [*w[3], *p1, *lf, *p2, *n1, *rt, *n2, *tl]
            for w, p1, lf, p2, n1, rt, n2, tl in zip(words, prev1, left, prev2, next1, right, next2, tail, strict=True)
        ]
        if self.eos is not None:
            out[-1].insert(len(words[-1][3]), self.eos)
        if self.bos is not None:
            out[0].insert(len(words[0][3]), self.bos)
        return out, [w[1] for w in words]


def name_matches(known: KnownFeatures, slots: Sequence[int], at: Sequence[int], ends: Sequence[int]) -> dict[int, set[str]]:
    """:meth:`NameLists.match`'s sets of the tokens with any, by position, in a run of
    words given as their slots in ``known.parts`` (a sentence or a document's sentences one
    after the other). ``at``: the positions of the words with gazetteer candidates,
    increasing; ``ends[k]``: where the sentence of ``at[k]`` ends. Entries of two or more
    tokens are only looked up when some entry starts with the word's reading and the next
    key."""
    out: dict[int, set[str]] = {}
    parts = known.parts
    index, pairs = known.lists.loaded  # complete for the first keys of the words' candidates
    for i, end in zip(at, ends, strict=True):
        for first, max_len, single in parts[slots[i]][2]:
            if single:
                got = out.get(i)
                if got is None:
                    got = out[i] = set()
                got.update(single)
            longest = min(max_len, end - i)
            if longest < 2 or (first, parts[slots[i + 1]][0]) not in pairs:
                continue
            for length in range(2, longest + 1):
                classes = index.get((first, *[parts[s][0] for s in slots[i + 1 : i + length]]))
                if classes:
                    for c in classes:
                        for j in range(i, i + length):
                            got = out.get(j)
                            if got is None:
                                got = out[j] = set()
                            got.add(("B:" if j == i else "I:") + c)
    return out


#: Per word type: key, stem, gazetteer candidates ``(first key, longest entry, the one-token
#: entry's classes as ``B:<class>`` in the order of its set)``, and the ids of the known own /
#: previous / before-previous / next / after-next features.
_WordParts = tuple[
    str, str, tuple[tuple[str, int, tuple[str, ...]], ...],
    tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...],
]
#: The parts of no word (slot 0).
_NO_WORD: _WordParts = ("", "", (), (), (), (), (), ())
