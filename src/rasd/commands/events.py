"""``rasd events``: export the stored, deduplicated events as CSV (ACLED's column names),
JSONL (the contract's stored events), GeoJSON or Parquet, with filters."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rasd.commands import iso_date
from rasd.store import EventFilter, StoreError, open_store
from rasd.store.export import FORMATS, write_events

__all__ = ["add_parser", "run"]


def _date(value: str) -> str:
    return iso_date(value).isoformat()


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise argparse.ArgumentTypeError(f"bbox must be MIN_LON,MIN_LAT,MAX_LON,MAX_LAT, got {value!r}")
    return parts[0], parts[1], parts[2], parts[3]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "events", help="export the stored, deduplicated events (csv, jsonl, geojson, parquet)", description=(__doc__ or "").replace("``", ""))
    p.add_argument("--db", help="store URL (default sqlite:///rasd.db)")
    p.add_argument("--format", "-f", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    p.add_argument("--output", "-o", help="write to this file instead of stdout")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. IQ")
    p.add_argument("--type", dest="event_type", help="ACLED event type, e.g. 'Explosions/Remote violence'")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="first event date")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="last event date")
    p.add_argument("--actor", help="a part of actor1 or actor2 (case-insensitive)")
    p.add_argument("--text", help="a part of the notes, location, actors or evidence")
    p.add_argument("--bbox", type=_bbox, metavar="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT", help="events inside a box")
    return p


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output and sys.stdout.isatty():
        print("rasd events: Parquet is binary; give --output FILE or redirect stdout", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"rasd events: {exc}", file=sys.stderr)
        return 2
    filters = EventFilter(args.country, args.event_type, args.date_from, args.date_to, args.actor, args.text,
                          args.bbox)
    binary = args.format == "parquet"
    try:
        if args.output:
            fh: Any = open(args.output, "wb") if binary else open(args.output, "w", encoding="utf-8", newline="")
            with fh:
                n = write_events(store.iter_events(filters), args.format, fh)
            print(f"rasd events: wrote {n} events to {args.output}", file=sys.stderr)
        else:
            out: Any = sys.stdout.buffer if binary else sys.stdout
            write_events(store.iter_events(filters), args.format, out)
            out.flush()
    except OSError as exc:
        print(f"rasd events: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0
