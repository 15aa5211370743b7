"""Exports of the stored, deduplicated events: JSONL (the contract's stored events), CSV
in ACLED's published layout (every public ACLED column in ACLED's order and conventions,
then rasd's ``rasd_id``, ``confidence``, ``documents`` and ``n_documents``: see
:mod:`rasd.store.acled`), GeoJSON (a FeatureCollection of points) and Parquet (the CSV's
columns, typed).

JSON keeps ``fatalities`` null where none were reported; CSV and Parquet follow ACLED (0).
Every CSV cell is defused against spreadsheet formulas (:func:`rasd.store.acled.csv_safe`).
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections.abc import Iterable
from typing import IO, Any

from rasd.store.acled import ACLED_COLUMNS, CSV_COLUMNS, acled_row, csv_safe

__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "FORMATS", "acled_row", "csv_safe", "parquet_available", "write_events"]

FORMATS = ("csv", "jsonl", "geojson", "parquet")


def parquet_available() -> bool:
    """Whether Parquet can be written here (pyarrow installed)."""
    return importlib.util.find_spec("pyarrow") is not None


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
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for event in events:
            row = acled_row(event)
            writer.writerow([csv_safe(row[c]) for c in CSV_COLUMNS])
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


_PARQUET_INTS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                 "fatalities", "n_documents")


def _write_parquet(events: Iterable[dict[str, Any]], out: IO[bytes], chunk: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {name: pa.string() for name in CSV_COLUMNS}
    types.update({name: pa.int32() for name in _PARQUET_INTS})
    types.update({name: pa.float64() for name in ("latitude", "longitude", "confidence")})
    types["timestamp"] = pa.int64()
    types["documents"] = pa.list_(pa.string())
    schema = pa.schema([*types.items(), ("sources", pa.list_(pa.string()))])

    def blank(v: Any) -> Any:
        return None if v == "" else v

    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for event in events:
            row = {k: blank(v) for k, v in acled_row(event).items()}
            for name in _PARQUET_INTS:
                row[name] = int(row[name]) if row[name] is not None else None
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
