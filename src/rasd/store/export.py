"""Exports of the stored, deduplicated events: JSONL (the contract's stored events), CSV
with ACLED's column names, GeoJSON (a FeatureCollection of points) and Parquet.

ACLED columns rasd can fill are written under ACLED's names, in ACLED's order; columns
whose value rasd does not produce (inter1, inter2, interaction, source_scale, timestamp)
are left out. ``iso`` is the ISO 3166-1 numeric code and ``country`` the country name, as
in ACLED. rasd's own columns follow: ``documents`` and ``n_documents``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from functools import lru_cache
from typing import IO, Any

__all__ = ["ACLED_COLUMNS", "FORMATS", "acled_row", "write_events"]

#: The ACLED columns rasd fills, in ACLED's order, then rasd's extras.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "civilian_targeting", "iso", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "documents", "n_documents",
)
FORMATS = ("csv", "jsonl", "geojson", "parquet")


@lru_cache(maxsize=512)
def _country(alpha2: str | None) -> tuple[int | None, str | None]:
    if not alpha2:
        return None, None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=alpha2.upper())
    except (ImportError, LookupError, KeyError):
        c = None
    if c is None:
        return None, alpha2
    return int(c.numeric), str(getattr(c, "common_name", None) or c.name)


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One stored event as an ACLED-style row."""
    loc = event.get("location") or {}
    iso, country = _country(loc.get("country"))
    date = event.get("date")
    actor2 = event.get("actor2") or ""
    civilian = ("Civilian targeting" if event.get("event_type") == "Violence against civilians"
                or actor2.lower().startswith("civilians") else "")
    return {
        "event_id_cnty": event["id"], "event_date": date or "", "year": date[:4] if date else "",
        "time_precision": event.get("time_precision"), "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"), "actor1": event.get("actor1") or "",
        "actor2": actor2, "civilian_targeting": civilian, "iso": iso if iso is not None else "",
        "country": country or "", "admin1": loc.get("admin1") or "", "location": loc.get("name") or "",
        "latitude": loc.get("lat", ""), "longitude": loc.get("lon", ""), "geo_precision": loc.get("precision", ""),
        "source": "; ".join(event.get("sources") or ()), "notes": event.get("notes") or "",
        "fatalities": event.get("fatalities") if event.get("fatalities") is not None else "",
        "documents": "; ".join(event.get("documents") or ()), "n_documents": len(event.get("documents") or ()),
    }


def _feature(event: dict[str, Any]) -> dict[str, Any]:
    loc = event.get("location")
    geometry = ({"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
                if loc and loc.get("lat") is not None and loc.get("lon") is not None else None)
    return {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": event}


def write_events(events: Iterable[dict[str, Any]], fmt: str, out: Any) -> int:
    """Write ``events`` (stored-event dicts, streamed) to ``out`` in ``fmt``; returns the
    count. ``out`` is a text stream, except a binary one for Parquet."""
    n = 0
    if fmt == "jsonl":
        for event in events:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS))
        writer.writeheader()
        for event in events:
            writer.writerow(acled_row(event))
            n += 1
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [\n')
        for event in events:
            out.write((",\n" if n else "") + json.dumps(_feature(event), ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
    elif fmt == "parquet":
        n = _write_parquet(events, out)
    else:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    return n


def _write_parquet(events: Iterable[dict[str, Any]], out: IO[bytes], chunk: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("event_id_cnty", pa.string()), ("event_date", pa.string()), ("year", pa.int32()),
        ("time_precision", pa.int32()), ("event_type", pa.string()), ("sub_event_type", pa.string()),
        ("actor1", pa.string()), ("actor2", pa.string()), ("civilian_targeting", pa.string()),
        ("iso", pa.int32()), ("country", pa.string()), ("admin1", pa.string()), ("location", pa.string()),
        ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int32()),
        ("source", pa.string()), ("notes", pa.string()), ("fatalities", pa.int32()),
        ("documents", pa.list_(pa.string())), ("n_documents", pa.int32()), ("sources", pa.list_(pa.string())),
    ])

    def blank(v: Any) -> Any:
        return None if v == "" else v

    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for event in events:
            row = {k: blank(v) for k, v in acled_row(event).items()}
            row["year"] = int(row["year"]) if row["year"] else None
            row["documents"] = list(event.get("documents") or ())
            row["sources"] = list(event.get("sources") or ())
            rows.append(row)
            n += 1
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
