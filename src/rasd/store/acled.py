"""Stored events as rows in ACLED's published layout and conventions.

Every public ACLED column, in ACLED's order (:data:`ACLED_COLUMNS`), with values as ACLED
writes them: ``event_id_cnty`` is the ISO 3166-1 alpha-3 code and a number (stable: read
from the event's id); ``country`` as ACLED names it (``Palestine``, ``Syria``) with its
``region``; place names in plain ASCII; ``inter1``/``inter2``/``interaction`` from the
knowledge base's ACLED actor categories (a state force outside its own country counts as
external/other forces); ``civilian_targeting`` only where ACLED sets it; ``fatalities`` 0
where none were reported; ``notes`` saying what happened; ``source_scale`` from the
credited agencies; ``timestamp`` the Unix time of the latest report's publication day.
Columns rasd has no value for (``assoc_actor_1``, ``assoc_actor_2``, ``admin2``,
``admin3``) stay empty. rasd's own columns follow ACLED's (:data:`RASD_COLUMNS`).

The tables (countries, inter codes, disorder types, notes, source scales) are data files
in ``rasd/data/export``.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.text import load_data

__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "RASD_COLUMNS",
    "CountryRow",
    "acled_row",
    "ascii_name",
    "country_table",
    "csv_safe",
    "inter_code",
]

#: ACLED's public columns, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
#: rasd's columns after ACLED's: the stored event's id, its confidence, the reporting
#: documents and how many.
RASD_COLUMNS: tuple[str, ...] = ("rasd_id", "confidence", "documents", "n_documents")
#: The CSV export's header (``rasd events --format csv`` and ``/api/events.csv``).
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + RASD_COLUMNS

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Defuse spreadsheet formulas: text starting with ``= + - @``, a tab or a carriage
    return gets a leading apostrophe. Numbers are left alone (``-3.5`` stays a number)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One country of ``data/export/acled_countries.tsv``."""

    alpha2: str
    alpha3: str
    iso: int
    country: str
    region: str
    other_names: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def country_table() -> dict[str, CountryRow]:
    """ACLED's name, region and numeric code of every country, by ISO alpha-2 code."""
    path = resources.files("rasd.data").joinpath("export").joinpath("acled_countries.tsv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    out: dict[str, CountryRow] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        others: tuple[str, ...] = ()
        try:
            import pycountry

            c = pycountry.countries.get(alpha_2=row["alpha2"])
            if c is not None:
                others = tuple(str(n) for n in (c.name, getattr(c, "common_name", None),
                                                getattr(c, "official_name", None)) if n)
        except (ImportError, LookupError, KeyError):
            pass
        out[row["alpha2"]] = CountryRow(row["alpha2"], row["alpha3"], int(row["iso"]), row["country"],
                                        row["region"], others)
    return out


_APOSTROPHES = str.maketrans({"ʼ": "'", "ʻ": "'", "’": "'", "‘": "'", "`": "'", "ʿ": "'", "ʾ": "'", "´": "'"})


def ascii_name(name: str | None) -> str:
    """A place name in plain ASCII as ACLED writes it: diacritics dropped (``Ḩarīb`` ->
    ``Harib``), transliteration apostrophes as ``'``."""
    if not name:
        return ""
    folded = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    out = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return out.encode("ascii", "ignore").decode("ascii").strip()


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    data: dict[str, Any] = load_data("export/acled.json")
    return data


@lru_cache(maxsize=1)
def _actor_categories() -> dict[str, tuple[int, str | None]]:
    """ACLED actor name -> (inter code, the actor's country), from the knowledge base; a
    name listed with several categories takes the lowest code (state forces first)."""
    from rasd.kb.actors import load_actor_kb

    codes: dict[str, int] = _tables()["inter"]
    out: dict[str, tuple[int, str | None]] = {}
    for actor in load_actor_kb():
        if not actor.acled_name or not actor.category or actor.category not in codes:
            continue
        code = codes[actor.category]
        known = out.get(actor.acled_name)
        if known is None or code < known[0]:
            out[actor.acled_name] = (code, actor.country)
    return out


def inter_code(actor: str | None, event_country: str | None = None) -> int | None:
    """ACLED's inter code (1-8) of ``actor``, or None when rasd cannot tell. A state force
    (1) acting outside its own country is external/other forces (8), as ACLED codes it."""
    if not actor:
        return None
    known = _actor_categories().get(actor)
    code: int | None = None
    home: str | None = None
    if known is not None:
        code, home = known
    else:
        for prefix, value in _tables()["inter_patterns"]:
            if actor.startswith(prefix):
                code = int(value)
                break
    if code == 1 and event_country:
        if home is None:
            home = _home_country(actor)
        if home and home.upper() != event_country.upper():
            return 8
    return code


def _home_country(actor: str) -> str | None:
    """The country of a generic state actor (``Military Forces of Syria`` -> SY)."""
    m = re.match(r"(?:Military|Police) Forces of (.+?)(?: \(.*)?$|Government of (.+)$", actor)
    if not m:
        return None
    name = (m.group(1) or m.group(2) or "").strip()
    for row in country_table().values():
        if name in (row.country, *row.other_names):
            return row.alpha2
    return None


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _event_number(event_id: str) -> int:
    """A stable number for ``event_id_cnty`` (ACLED: country code + number), read from the
    hexadecimal hash in rasd's event id."""
    digits = re.sub(r"[^0-9a-f]", "", event_id.lower().split("-", 1)[-1])
    if digits:
        return int(digits[:12], 16) % 10**12
    return sum((i + 1) * ord(c) for i, c in enumerate(event_id)) % 10**12


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with ``{name}`` filled; a ``[...]`` part only where all its names have a value."""
    def part(m: re.Match[str]) -> str:
        inner = m.group(1)
        names = re.findall(r"\{(\w+)\}", inner)
        return inner if all(values.get(n) for n in names) else ""

    text = re.sub(r"\[([^\]]*)\]", part, template)
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1)) or "", text)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def _when(date: str | None, precision: int | None) -> str:
    if not date:
        return ""
    try:
        d = dt.date.fromisoformat(date)
    except ValueError:
        return ""
    if precision == 3:
        return f"In {_MONTHS[d.month - 1]} {d.year}, "
    lead = "Around" if precision == 2 else "On"
    return f"{lead} {d.day} {_MONTHS[d.month - 1]} {d.year}, "


def acled_notes(event: dict[str, Any], place: str, country: str) -> str:
    """What happened, in ACLED's manner: ``On 14 October 2017, SDF clashed with Islamic
    State in Ar Raqqah (Raqqa, Syria). Fatalities not reported.``"""
    sub = event.get("sub_event_type") or ""
    template = _tables()["notes"].get(sub) or "{a1} was involved in an event of type {sub}[ with {a2}]"
    a1 = event.get("actor1") or "an unidentified actor"
    what = _fill(template, {"a1": a1, "a2": event.get("actor2") or "", "a2p": event.get("actor2") or "unnamed people",
                            "place": place or "the area", "sub": sub.lower()})
    when = _when(event.get("date"), event.get("time_precision"))
    sentence = (when + what) if when else what[:1].upper() + what[1:]
    loc = event.get("location") or {}
    where_parts = [p for p in (ascii_name(loc.get("admin1")), country) if p and p != place]
    if place and "{place}" in template:
        sentence += f" ({', '.join(where_parts)})" if where_parts else ""
    elif place:
        sentence += f" in {place}" + (f" ({', '.join(where_parts)})" if where_parts else "")
    elif country:
        sentence += f" in {country}"
    dead = event.get("fatalities")
    tail = ("Fatalities not reported." if dead is None else
            f"{dead} {'fatality' if dead == 1 else 'fatalities'}.")
    return f"{sentence}. {tail}"


def _source_scale(sources: list[str]) -> str:
    tables = _tables()
    scale_of = {name: scale for scale, names in tables["source_scale"].items() for name in names}
    found = {scale_of[s] for s in sources if s in scale_of}
    return "-".join(s for s in tables["source_scale_order"] if s in found)


def _civilian_targeting(event: dict[str, Any]) -> str:
    rules = _tables()["civilian_targeting"]
    event_type = event.get("event_type")
    if event_type in rules["always"]:
        return "Civilian targeting"
    actor2 = event.get("actor2") or ""
    if event_type in rules["when_actor2_civilians"] and actor2.startswith("Civilians"):
        return "Civilian targeting"
    return ""


def _timestamp(day: str | None) -> int | str:
    if not day:
        return ""
    try:
        d = dt.date.fromisoformat(day[:10])
    except ValueError:
        return ""
    return calendar.timegm(d.timetuple())


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One stored event as a row of :data:`CSV_COLUMNS` (empty string where no value;
    ``fatalities`` 0 where none were reported, as ACLED writes it)."""
    loc = event.get("location") or {}
    alpha2 = (loc.get("country") or "").upper() or None
    row_c = country_table().get(alpha2 or "")
    date = event.get("date")
    event_type = event.get("event_type") or ""
    sub = event.get("sub_event_type") or ""
    inter1 = inter_code(event.get("actor1"), alpha2)
    inter2 = inter_code(event.get("actor2"), alpha2)
    tables = _tables()
    country = row_c.country if row_c else (alpha2 or "")
    place = ascii_name(loc.get("name"))
    tags = "crowd size=no report" if event_type in ("Protests", "Riots") else ""
    documents = list(event.get("documents") or ())
    sources = list(event.get("sources") or ())
    values: dict[str, Any] = {
        "event_id_cnty": f"{row_c.alpha3 if row_c else 'XXX'}{_event_number(str(event['id']))}",
        "event_date": date or "", "year": date[:4] if date else "",
        "time_precision": event.get("time_precision") or "",
        "disorder_type": tables["disorder_type_sub"].get(sub) or tables["disorder_type"].get(event_type, ""),
        "event_type": event_type, "sub_event_type": sub,
        "actor1": event.get("actor1") or "", "assoc_actor_1": "", "inter1": inter1 if inter1 is not None else "",
        "actor2": event.get("actor2") or "", "assoc_actor_2": "", "inter2": inter2 if inter2 is not None else "",
        "interaction": _interaction(inter1, inter2) or "",
        "civilian_targeting": _civilian_targeting(event),
        "iso": row_c.iso if row_c else "", "region": row_c.region if row_c else "", "country": country,
        "admin1": ascii_name(loc.get("admin1")), "admin2": "", "admin3": "", "location": place,
        "latitude": loc.get("lat", ""), "longitude": loc.get("lon", ""), "geo_precision": loc.get("precision", ""),
        "source": "; ".join(sources), "source_scale": _source_scale(sources),
        "notes": acled_notes(event, place, country), "fatalities": event.get("fatalities") or 0,
        "tags": tags, "timestamp": _timestamp(event.get("last_reported") or date),
        "rasd_id": event["id"],
        "confidence": event.get("confidence") if event.get("confidence") is not None else "",
        "documents": "; ".join(documents), "n_documents": len(documents),
    }
    return {k: ("" if values[k] is None else values[k]) for k in CSV_COLUMNS}
