"""``rasd analyze``: analyse articles and print document JSON (see CONTRACT.md)."""

from __future__ import annotations

import argparse
import json
import sys
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
from rasd.execute.limits import Limits
from rasd.execute.work import analyze_raw, pipeline_for, warm_up
from rasd.ingest.readers import InputError, RawArticle, iter_articles
from rasd.progress import Progress

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "analyze", help="analyse articles (.txt, .html, .jsonl, - for stdin) and print document JSON",
        description="Analyse articles and print the document JSON of CONTRACT.md: clean text, entities, "
                    "quotes, dates, places and ACLED-style events with their evidence. One .txt or .html "
                    "file prints one pretty object; JSONL input or --format jsonl one compact object per "
                    "line, in input order. Nothing is stored (see rasd ingest).")
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH",
                   help="a .txt, .html or .jsonl file, or - for stdin (default)")
    p.add_argument("--published", type=iso_date,
                   help="publication date for articles that do not carry one (it also replaces a date "
                        "read from a .txt file's name, such as raqqa-2017-10-15.txt)")
    p.add_argument("--format", choices=["json", "jsonl"], help="json: pretty object(s); jsonl: one compact object per line")
    p.add_argument("--no-clean", action="store_true", help="analyse the text exactly as given (no cleaning)")
    p.add_argument("--jobs", "-j", type=int, default=1,
                   help="worker processes (0 = all cores); output order is kept")
    add_tier_argument(p)
    add_min_confidence_argument(p, "print")
    add_limit_arguments(p)
    return p


# article, clean, pipeline config JSON (None: default), per-article limits, the events'
# confidence floor (None: all kept), and whether to return the document as its JSON line
Item = tuple[RawArticle, bool, str | None, Limits, float | None, bool]
# origin, the document (its dict, or its compact JSON line) or None, the error or None
Result = tuple[str, dict[str, Any] | str | None, str | None]


def _analyze_one(item: Item) -> Result:
    """One article's result; in a worker process the JSON line is made there, so the
    parent only writes what comes back (its encoding is spread over the workers)."""
    raw, clean, config_json, limits, min_confidence, as_line = item

    result = analyze_raw(raw, lambda: pipeline_for(config_json, clean), limits)  # never raises: one article never loses the others
    if isinstance(result, InputError):
        return raw.origin, None, result.message
    data = drop_unconfident(result.to_dict(), min_confidence)
    return raw.origin, json.dumps(data, ensure_ascii=False) if as_line else data, None


#: Articles sent to a worker at a time (2 instead of 8 would end the workers closer together,
#: but each task costs the parent's threads about 1 ms: more than the shorter tail saves).
_CHUNK = 8


def _results(items: Any, clean: bool, jobs: int, config_json: str | None = None,
             limits: Limits | None = None, min_confidence: float | None = None,
             as_line: bool = False) -> Any:
    """(origin, document dict or JSON line | None, error | None) for each input item, in
    order; events below ``min_confidence`` dropped."""
    limits = limits or Limits()
    if jobs == 1:
        for item in items:
            if isinstance(item, InputError):
                yield item.origin, None, item.message
            else:
                yield _analyze_one((item, clean, config_json, limits, min_confidence, as_line))
        return
    import multiprocessing as mp  # only here: one job never starts a process

    from rasd.execute.local import forked_worker_init, preloading_context, worker_init

    ctx = preloading_context()
    if ctx is not None:  # load the pipeline here once, then fork workers that share it
        warm_up(lambda: pipeline_for(config_json, clean), limits)
        init = forked_worker_init
    else:  # no fork: clean workers that load it themselves
        ctx, init = mp.get_context("spawn"), worker_init
    errors: dict[int, InputError] = {}

    def feed() -> Any:
        for i, item in enumerate(items):
            if isinstance(item, InputError):
                errors[i] = item
                yield None
            else:
                yield (item, clean, config_json, limits, min_confidence, as_line)

    with ctx.Pool(jobs, initializer=init) as pool:
        for i, result in enumerate(pool.imap(_maybe_analyze, feed(), chunksize=_CHUNK)):
            if result is None:
                err = errors.pop(i)
                yield err.origin, None, err.message
            else:
                yield result


def _maybe_analyze(item: Item | None) -> Result | None:
    return None if item is None else _analyze_one(item)


def run(args: argparse.Namespace) -> int:
    exit_on_sigterm()
    paths: list[str] = args.paths or ["-"]
    fmt = args.format
    single_doc = len(paths) == 1 and not paths[0].lower().endswith((".jsonl", ".ndjson"))
    if fmt is None:
        fmt = "json" if single_doc else "jsonl"
    import os

    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    try:
        config_json = tier_config_json(args.tier, None)
    except ValueError as exc:
        print(f"rasd analyze: {exc}", file=sys.stderr)
        return 2
    try:
        limits = limits_from_args(args)
    except ValueError as exc:
        print(f"rasd analyze: {exc}", file=sys.stderr)
        return 2
    failures = 0
    docs: list[dict[str, Any]] = []
    out = sys.stdout
    total = len(paths) if len(paths) > 1 else None
    items = iter_articles(paths, default_published=args.published)
    with Progress(total, "analyze") as bar:
        for origin, data, error in _results(items, not args.no_clean, jobs, config_json, limits,
                                            getattr(args, "min_confidence", None), fmt == "jsonl"):
            if data is None:
                failures += 1
                print(f"rasd analyze: {origin}: {error}", file=sys.stderr)
                bar.advance(error=True)
                continue
            if isinstance(data, str):
                out.write(data + "\n")
                out.flush()
            else:
                docs.append(data)
            bar.advance()
    if fmt == "json":
        if len(docs) == 1 and single_doc:
            out.write(json.dumps(docs[0], ensure_ascii=False, indent=2) + "\n")
        elif docs or not single_doc:
            out.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    return 1 if failures else 0
