"""``rasd batch INPUT... --out DIR``: analyse a corpus in resumable shards, on local
processes (all cores) or a Dask cluster, writing JSONL or Parquet shards that
``rasd ingest DIR`` loads without re-analysis."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from rasd.commands import (
    add_limit_arguments,
    add_tier_argument,
    exit_on_sigterm,
    limits_from_args,
    tier_config_json,
)
from rasd.execute.batch import BatchError, InlineExecutor, LocalExecutor, run_batch
from rasd.progress import Progress

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "batch", help="analyse a corpus in resumable shards (local processes or Dask)", description=(__doc__ or "").replace("``", ""))
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or feed URLs (as for rasd ingest)")
    p.add_argument("--out", required=True, help="output folder for shards and completion markers")
    p.add_argument("--executor", choices=["local", "dask"], default="local", help="where to run (default local)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--workers", "-j", type=int, default=0,
                   help="worker processes (local, or a Dask LocalCluster); default all cores")
    p.add_argument("--shard-size", type=int, default=1000, help="articles per shard (default 1000)")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="shard format (default jsonl)")
    p.add_argument("--config", help="a pipeline config JSON file (default: the default pipeline)")
    add_tier_argument(p)
    add_limit_arguments(p)
    return p


def run(args: argparse.Namespace) -> int:
    exit_on_sigterm()
    try:
        limits = limits_from_args(args)
    except ValueError as exc:
        print(f"rasd batch: {exc}", file=sys.stderr)
        return 2
    config_json = None
    if args.config:
        try:
            config_json = Path(args.config).read_text(encoding="utf-8")
        except OSError as exc:
            print(f"rasd batch: cannot read {args.config}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    try:
        config_json = tier_config_json(args.tier, config_json)
    except ValueError as exc:
        print(f"rasd batch: {exc}", file=sys.stderr)
        return 2
    if args.scheduler and args.executor != "dask":
        args.executor = "dask"
    workers = args.workers if args.workers and args.workers > 0 else None
    executor: Any
    try:
        if args.executor == "dask":
            from rasd.execute.dask import DaskExecutor

            executor = DaskExecutor(args.scheduler, workers)
        elif workers == 1:
            executor = InlineExecutor()
        else:
            executor = LocalExecutor(workers)
    except (RuntimeError, OSError) as exc:
        print(f"rasd batch: {exc}", file=sys.stderr)
        return 2
    started = time.monotonic()
    bar = Progress(None, "batch shards")
    try:
        summary = run_batch(args.inputs, Path(args.out), executor, shard_size=max(1, args.shard_size),
                            fmt=args.format, config_json=config_json, progress=bar, limits=limits)
    except BatchError as exc:
        print(f"rasd batch: {exc}", file=sys.stderr)
        return 2
    finally:
        bar.close()
        executor.close()
    for message in summary.error_messages:
        print(f"rasd batch: {message}", file=sys.stderr)
    elapsed = max(time.monotonic() - started, 1e-9)
    print(f"rasd batch: {summary.shards} shards written, {summary.skipped_shards} already done; "
          f"{summary.articles} articles -> {summary.documents} documents, {summary.events} events, "
          f"{summary.errors} errors in {elapsed:.1f}s ({summary.articles / elapsed:.1f} articles/s)", file=sys.stderr)
    return 1 if summary.errors else 0
