"""``rasd events``: export the stored, deduplicated events as CSV (ACLED's published layout:
every ACLED column, then rasd's confidence and documents), JSONL (the contract's stored
events), GeoJSON or Parquet, with filters.

Countries are given by ISO code or name, event and sub-event types by ACLED's names in any
case, actors in English or Arabic; a value that matches nothing is an error listing the
valid ones."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from rasd.commands import add_min_confidence_argument, iso_date, missing_sqlite_file
from rasd.store import EventFilter, StoreError, open_store
from rasd.store.export import FORMATS, parquet_available, write_events
from rasd.store.filters import (
    FilterValueError,
    actor_names,
    has_arabic,
    resolve_country,
    resolve_event_type,
    resolve_sub_event_type,
)

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


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a count (0 or more): {value!r}")
    return n


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "events", help="export the stored, deduplicated events (csv, jsonl, geojson, parquet)",
        description=(__doc__ or "").replace("``", ""), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", help="store URL (default sqlite:///rasd.db)")
    p.add_argument("--format", "-f", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    p.add_argument("--output", "-o", help="write to this file instead of stdout")
    p.add_argument("--country", help="ISO 3166-1 code or country name, e.g. SY, SYR or Syria")
    p.add_argument("--type", dest="event_type", help="ACLED event type in any case, e.g. battles")
    p.add_argument("--sub-type", dest="sub_event_type", help="ACLED sub-event type in any case, e.g. 'air/drone strike'")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="first event date")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="last event date")
    p.add_argument("--actor", help="a part of actor1 or actor2 (case-insensitive), or an Arabic name (داعش)")
    p.add_argument("--text", help="a part of the notes, location, actors or evidence")
    p.add_argument("--bbox", type=_bbox, metavar="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT", help="events inside a box")
    p.add_argument("--min-fatalities", type=_count, metavar="N", help="only events with at least N killed")
    add_min_confidence_argument(p, "export")
    return p


def _filters(args: argparse.Namespace, store: Any) -> EventFilter:
    country = None
    if args.country:
        try:
            country = resolve_country(args.country)
        except FilterValueError:
            present = store.stats().get("countries") or {}
            country = resolve_country(args.country, present)
    event_type = resolve_event_type(args.event_type) if args.event_type else None
    sub_type = resolve_sub_event_type(args.sub_event_type) if args.sub_event_type else None
    names = actor_names(args.actor) if args.actor else ()
    if args.actor and not names and has_arabic(args.actor):
        raise FilterValueError(f"no actor in the knowledge base is called {args.actor!r}")
    return EventFilter(country, event_type, args.date_from, args.date_to, None if names else args.actor, args.text,
                       args.bbox, sub_event_type=sub_type, min_fatalities=args.min_fatalities,
                       min_confidence=args.min_confidence, actor_names=names or None)


def _quiet_stdout() -> None:
    """After a broken pipe (``rasd events | head``): send what is left to /dev/null so that
    Python's exit flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not parquet_available():
        print("rasd events: --format parquet needs pyarrow: pip install 'rasd[parquet]'", file=sys.stderr)
        return 2
    if args.format == "parquet" and not args.output and sys.stdout.isatty():
        print("rasd events: Parquet is binary; give --output FILE or redirect stdout", file=sys.stderr)
        return 2
    missing = missing_sqlite_file(args.db)
    if missing is not None:
        print(f"rasd events: no database at {missing}: store articles first with 'rasd ingest PATH' "
              "(or give --db URL)", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"rasd events: {exc}", file=sys.stderr)
        return 2
    try:
        try:
            filters = _filters(args, store)
        except FilterValueError as exc:
            print(f"rasd events: {exc}", file=sys.stderr)
            return 2
        return _export(args, store, filters)
    finally:
        store.close()


def _export(args: argparse.Namespace, store: Any, filters: EventFilter) -> int:
    binary = args.format == "parquet"
    if args.output:
        try:
            fh: Any = open(args.output, "wb") if binary else open(args.output, "w", encoding="utf-8", newline="")
            with fh:
                n = write_events(store.iter_events(filters), args.format, fh)
        except OSError as exc:
            print(f"rasd events: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"rasd events: wrote {n} events to {args.output}", file=sys.stderr)
        return 0
    out: Any = sys.stdout.buffer if binary else sys.stdout
    try:
        write_events(store.iter_events(filters), args.format, out)
        out.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except OSError as exc:
        print(f"rasd events: cannot write to stdout: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
