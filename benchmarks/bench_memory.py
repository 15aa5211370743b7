"""Benchmark the memory of one analysis process over many SaudiNewsNet articles.

Analyses N articles (../shared/data/saudinewsnet, streamed) in this process, one after the
other, the way ``rasd analyze --jobs 1`` does (each article read as a JSONL line, analysed
within the default limits and turned into its JSON dict), and prints the resident memory
(RSS) every ``--every`` articles, the peak (``VmHWM``: start-up and model loading
included) and whether it is within the goal (``--max-mb``, 400 MB by default).

    python benchmarks/bench_memory.py [--n 20000] [--every 1000] [--max-mb 400]
                                      [--worker] [--caches] [--trace N] [--src DIR]

``--worker`` analyses the articles as an ingest worker does (``analyze_chunk`` over chunks
of 16, which empties the per-word caches every 128 articles) instead of one by one.
``--caches`` adds, at each report, the fill of rasd's per-word caches (``lru_cache`` and the
NER feature cache), and at the last report the memory each holds. ``--trace N`` traces allocations (``tracemalloc``; several times
slower) and prints the N source lines that hold the most memory at the end, and the
memory held by what was loaded before the first article. ``--src OTHER/src`` measures
another version (e.g. a ``git worktree`` of main) with the same script.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _status_mb(field: str) -> float:
    """A memory field of /proc/self/status (VmRSS, VmHWM) in MB; 0 where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if field == "VmHWM":
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return 0.0


def _deep_size(obj: object, seen: set[int]) -> int:
    """Bytes of ``obj`` and of the containers and strings inside it not counted yet."""
    size = 0
    stack = [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        size += sys.getsizeof(o)
        if isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (tuple, list, set, frozenset)):
            stack.extend(o)
    return size


def _lru_entries(fn: functools._lru_cache_wrapper) -> list[tuple[object, object]]:  # type: ignore[type-arg]
    """(key, value) of an ``lru_cache`` of one-argument calls (reading it refreshes them)."""
    import gc

    table = next((r for r in gc.get_referents(fn) if isinstance(r, dict) and r and
                  not any(isinstance(k, str) and k.startswith("__") for k in r)), None)
    if table is None:
        return []
    return [(k, fn(k)) for k in list(table) if isinstance(k, str)]


def _caches(sizes: bool) -> list[tuple[str, int, int | None, float]]:
    """(name, entries, maxsize, MB or -1) of rasd's per-word caches, fullest first; with
    ``sizes`` the memory of their keys and values (objects shared with a cache counted
    before are not counted again; 100 bytes per entry for the cache's own table)."""
    found: list[tuple[str, int, int | None, object]] = []
    seen_fn: set[int] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("rasd.") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if id(value) in seen_fn:
                continue
            seen_fn.add(id(value))
            if isinstance(value, functools._lru_cache_wrapper):
                info = value.cache_info()
                if info.maxsize is None or info.maxsize > 1:
                    found.append((f"{name}.{attr}", info.currsize, info.maxsize, value))
    try:
        from rasd.ner.model import load_model

        if load_model.cache_info().currsize:
            words = getattr(load_model()._known, "_words", None)
            if isinstance(words, dict):
                found.append(("rasd.ner.features.KnownFeatures._words", len(words), None, words))
    except (ImportError, AttributeError):
        pass
    found.sort(key=lambda c: -c[1])
    seen: set[int] = set()
    out: list[tuple[str, int, int | None, float]] = []
    for name, n, maxsize, holder in found:
        mb = -1.0
        if sizes:
            entries = list(holder.items()) if isinstance(holder, dict) else _lru_entries(holder)  # type: ignore[arg-type]
            mb = (sum(_deep_size(k, seen) + _deep_size(v, seen) for k, v in entries) + 100 * n) / 2**20
        out.append((name, n, maxsize, mb))
    return out


def _lines(n: int | None) -> Iterator[str]:
    from saudinewsnet import iter_saudinewsnet

    for article in iter_saudinewsnet(n):
        yield json.dumps(article, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000, help="articles (default 20,000)")
    parser.add_argument("--every", type=int, default=1000, help="print the memory every this many articles")
    parser.add_argument("--max-mb", type=int, default=400, help="memory goal for the process")
    parser.add_argument("--worker", action="store_true", help="analyse as an ingest worker (analyze_chunk)")
    parser.add_argument("--caches", action="store_true", help="print the fill of the per-word caches")
    parser.add_argument("--trace", type=int, default=0, metavar="N", help="tracemalloc: the N biggest owners")
    parser.add_argument("--jumps", type=float, default=20.0, metavar="MB",
                        help="name each article after which memory rose by more than this (default 20 MB)")
    parser.add_argument("--src", help="measure another version: its src folder (default: this tree's)")
    args = parser.parse_args()
    # the version measured is imported first, so that the corpus reader's path does not win
    sys.path.insert(0, str(Path(args.src).resolve()) if args.src else str(Path(__file__).resolve().parents[1] / "src"))
    import rasd

    print(f"rasd {rasd.__version__} from {Path(rasd.__file__).parent}")

    if args.trace:
        import tracemalloc

        tracemalloc.start(1)
    t0 = time.perf_counter()
    c0 = time.process_time()
    from rasd.api import get_pipeline
    from rasd.execute.limits import Limits
    from rasd.execute.work import analyze_chunk, analyze_raw, chunked
    from rasd.ingest.readers import InputError, RawArticle, iter_jsonl

    pipeline = get_pipeline(None, clean=True)
    limits = Limits()
    start_mb = _status_mb("VmRSS")
    loaded = None
    if args.trace:
        loaded = tracemalloc.take_snapshot()
    print(f"start-up: {start_mb:.0f} MB after import (pipeline built lazily; models load with the first article)")

    items = iter_jsonl(_lines(args.n), "saudinewsnet")
    n = errors = 0
    words = 0
    curve: list[tuple[int, float]] = []

    def results() -> Iterator[tuple[RawArticle | InputError, object]]:
        if args.worker:
            for chunk in chunked(items, 16):
                yield from zip(chunk, analyze_chunk(chunk), strict=True)
        else:
            for item in items:
                if isinstance(item, InputError):
                    yield item, item
                else:
                    yield item, analyze_raw(item, lambda: pipeline, limits)

    last_rss = _status_mb("VmRSS")
    for item, result in results():
        n += 1
        rss = _status_mb("VmRSS")
        if rss - last_rss > args.jumps:
            size = len(getattr(item, "text", None) or "")
            print(f"  article {n} ({getattr(item, 'id', None) or item.origin}, {size:,} characters): "
                  f"{last_rss:.0f} -> {rss:.0f} MB", flush=True)
        last_rss = rss
        if isinstance(result, InputError):
            errors += 1
        else:
            data = result.to_dict()  # type: ignore[attr-defined]
            words += len(data["text"].split())
        if n == 1 and args.trace:
            loaded = tracemalloc.take_snapshot()
        if n % args.every == 0:
            curve.append((n, rss))
            print(f"  {n:6d} articles  {rss:6.0f} MB  (peak so far {_status_mb('VmHWM'):.0f} MB, "
                  f"{time.process_time() - c0:.0f} s CPU)", flush=True)
            if args.caches:
                for name, size, maxsize, _mb in _caches(False)[:14]:
                    print(f"      {size:8d} / {maxsize if maxsize is not None else '-':>8}  {name}")
        del item, result
    cpu = time.process_time() - c0
    wall = time.perf_counter() - t0
    peak = _status_mb("VmHWM")
    end = _status_mb("VmRSS")
    print(f"{n} articles ({errors} skipped), {words / max(n - errors, 1):.0f} words each; "
          f"{cpu:.1f} s CPU, {wall:.1f} s wall; {'worker (analyze_chunk)' if args.worker else 'analyze --jobs 1'} path")
    print(f"peak memory: {peak:.0f} MB ({'within' if peak <= args.max_mb else 'OVER'} the {args.max_mb} MB goal); "
          f"end {end:.0f} MB")
    if len(curve) >= 2:
        first, last = curve[0], curve[-1]
        print(f"growth from {first[0]} to {last[0]} articles: {last[1] - first[1]:+.0f} MB")
    if args.caches:
        caches = _caches(True)
        print(f"per-word caches at the end (entries / maxsize, memory of keys and values): "
              f"{sum(c[3] for c in caches):.0f} MB in all")
        for name, size, maxsize, mb in caches:
            print(f"  {size:8d} / {maxsize if maxsize is not None else '-':>8}  {mb:6.1f} MB  {name}")
    if args.trace:
        import tracemalloc

        snap = tracemalloc.take_snapshot()
        stats = snap.statistics("lineno")
        total = sum(s.size for s in stats)
        print(f"traced: {total / 2**20:.0f} MB held by Python allocations at the end; biggest owners:")
        for s in stats[: args.trace]:
            frame = s.traceback[0]
            print(f"  {s.size / 2**20:7.1f} MB  {s.count:8d} blocks  {frame.filename}:{frame.lineno}")
        if loaded is not None:
            print("held after the first article (models, knowledge bases, tables), by file:")
            for s in loaded.statistics("filename")[: args.trace]:
                print(f"  {s.size / 2**20:7.1f} MB  {s.traceback[0].filename}")


if __name__ == "__main__":
    main()
