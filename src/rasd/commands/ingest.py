"""``rasd ingest PATH ... [--db URL]``: analyse articles and store them, linking
near-duplicate stories and merging the events that several reports describe.

PATH is a file (.txt, .html, .jsonl, .rss/.atom/.xml feed, .warc[.gz]), a folder (read
recursively), a feed URL, ``rasd batch`` output (analysed JSONL or Parquet shards, loaded
without re-analysis) or ``-`` for stdin. Safe to rerun: stored articles are skipped before
analysis, and an interrupted run continues where it stopped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.commands import (
    add_limit_arguments,
    add_min_confidence_argument,
    add_tier_argument,
    drop_unconfident,
    exit_on_sigterm,
    iso_date,
    limits_from_args,
    tier_config_json,
)
from rasd.document import Document
from rasd.execute.limits import Limits
from rasd.execute.local import default_workers, map_ordered
from rasd.execute.work import analyze_chunk, chunked, raw_id
from rasd.ingest.discover import Item, estimate_total, iter_inputs
from rasd.ingest.readers import InputError, RawArticle
from rasd.pipeline import PipelineConfig
from rasd.progress import Progress
from rasd.store import IngestStats, StoreError, open_store

__all__ = ["add_parser", "ingest", "run"]

_CHUNK = 16


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "ingest", help="analyse and store articles; deduplicate stories and events across outlets",
        description=(__doc__ or "").replace("``", ""), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, folders, feed URLs, rasd batch output, or - for stdin")
    p.add_argument("--db", help="store URL (default sqlite:///rasd.db; postgresql://... for PostgreSQL)")
    p.add_argument("--published", type=iso_date,
                   help="publication date for articles that carry none (it also replaces a date read "
                        "from a .txt file's name)")
    p.add_argument("--workers", "-j", type=int, default=0, help="analysis processes (default 0: all cores)")
    p.add_argument("--batch-size", type=int, default=200, help="documents per database transaction (default 200)")
    p.add_argument("--no-clean", action="store_true", help="analyse texts exactly as given")
    p.add_argument("--config", help="a pipeline config JSON file (default: the default pipeline)")
    add_tier_argument(p)
    add_min_confidence_argument(p, "store")
    add_limit_arguments(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no progress line and no summary")
    return p


def _skip_known(store: Any, chunk: list[Item], stats: IngestStats, progress: Progress | None) -> list[Item]:
    """Drop raw articles already stored (so a rerun does not analyse them again)."""
    raw_ids = {raw_id(i) for i in chunk if isinstance(i, RawArticle)}
    known = store.known_ids(raw_ids) if raw_ids else set()
    if not known:
        return chunk
    kept: list[Item] = []
    for item in chunk:
        if isinstance(item, RawArticle) and raw_id(item) in known:
            stats.articles += 1
            stats.duplicates += 1
            if progress is not None:
                progress.advance()
        else:
            kept.append(item)
    return kept


def ingest(store: Any, paths: list[str], *, published: dt.date | None = None, workers: int | None = None,
           batch_size: int = 200, clean: bool = True, progress: Progress | None = None,
           on_error: Any = None, config_json: str | None = None, limits: Limits | None = None,
           min_confidence: float | None = None) -> IngestStats:
    """Ingest ``paths`` into ``store``; returns the run's statistics. Library entry point
    of ``rasd ingest`` (``on_error(origin, message)`` is called for each skipped article;
    ``limits`` bound each article's size and time; events below ``min_confidence`` are not
    stored). What is analysed is stored every ``batch_size`` documents and whenever the run
    waits on a slow article."""
    stats = IngestStats()
    chunks: Iterator[list[Item]] = (
        _skip_known(store, chunk, stats, progress) for chunk in chunked(iter_inputs(paths, published), _CHUNK)
    )
    buffer: list[Document] = []

    def flush() -> None:
        if buffer:
            store.add_batch(list(buffer), stats)
            buffer.clear()

    for results in map_ordered(analyze_chunk, chunks, workers=workers, on_idle=flush,
                               args=(config_json, clean, limits or Limits())):
        for result in results:
            if isinstance(result, InputError):
                stats.articles += 1
                stats.errors += 1
                stats.error_messages.append(str(result))
                store.log_error(result.origin, result.message)
                if on_error is not None:
                    on_error(result.origin, result.message)
                if progress is not None:
                    progress.advance(error=True)
                continue
            buffer.append(drop_unconfident(result, min_confidence))
            if progress is not None:
                progress.advance()
            if len(buffer) >= batch_size:
                flush()
    flush()
    return stats


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="rasd: %(message)s")
    exit_on_sigterm()
    try:
        limits = limits_from_args(args)
    except ValueError as exc:
        print(f"rasd ingest: {exc}", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"rasd ingest: {exc}", file=sys.stderr)
        return 2
    config_json = None
    if args.config:
        try:
            config_json = Path(args.config).read_text(encoding="utf-8")
            PipelineConfig.from_dict(json.loads(config_json))
        except (OSError, ValueError, AttributeError) as exc:
            print(f"rasd ingest: cannot use the config {args.config}: {exc}", file=sys.stderr)
            store.close()
            return 2
    try:
        config_json = tier_config_json(args.tier, config_json)
    except ValueError as exc:
        print(f"rasd ingest: {exc}", file=sys.stderr)
        store.close()
        return 2
    workers = args.workers if args.workers and args.workers > 0 else default_workers()
    total = estimate_total(args.paths) if sys.stderr.isatty() and not args.quiet else None
    bar = Progress(total, "ingest", force=False) if not args.quiet else None

    def on_error(origin: str, message: str) -> None:
        if bar is not None and bar.enabled:
            sys.stderr.write("\r\x1b[K")
        print(f"rasd ingest: {origin}: {message}", file=sys.stderr)

    started = time.monotonic()
    try:
        stats = ingest(store, args.paths, published=args.published, workers=workers,
                       batch_size=max(1, args.batch_size), clean=not args.no_clean, progress=bar,
                       on_error=on_error, config_json=config_json, limits=limits,
                       min_confidence=getattr(args, "min_confidence", None))
    except StoreError as exc:
        print(f"rasd ingest: {exc}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
        store.close()
    if not args.quiet:
        elapsed = max(time.monotonic() - started, 1e-9)
        print(f"rasd ingest: {stats.summary()} in {elapsed:.1f}s ({stats.articles / elapsed:.1f} articles/s)",
              file=sys.stderr)
    return 1 if stats.errors else 0
