"""Benchmark `rasd ingest` of SaudiNewsNet (31k articles, ../shared/data) into SQLite.

Streams the zipped corpus into a temporary JSONL file (outside the repository), then runs
the whole command, `rasd ingest FILE --db sqlite:///TMP/bench.db -j WORKERS`, and samples
every half second the resident memory of the ingest process and its worker processes
together with the number of stored documents, to show that memory stays flat as the
database grows (streaming, not loading everything). Prints articles/s, peak memory, the
memory curve and the store's row counts.

    python benchmarks/bench_ingest.py [--n N] [--workers 2] [--keep] [--src OTHER/src]

``--src`` runs another version's ``rasd`` (its ``src`` folder first on PYTHONPATH), e.g. a
``git worktree`` of main, for a side-by-side figure.

With ``--store-only DB`` it measures the store alone instead: the analysed documents of an
existing rasd SQLite database (e.g. one kept with ``--keep``) are streamed into a fresh
database with ``Store.add_documents`` (stories, event deduplication, full-text index), in
one process, reporting documents/s and peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import iter_saudinewsnet


def _rss_mb(proc: object) -> tuple[float, float, list[float]]:
    """(main process, main + workers) resident memory in MB, and each child's."""
    import psutil

    try:
        main = psutil.Process(proc.pid)  # type: ignore[attr-defined]
        own = main.memory_info().rss
        children = [c.memory_info().rss / 2**20 for c in main.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0.0, []
    return own / 2**20, own / 2**20 + sum(children), children


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def store_only(source: Path, batch_size: int) -> None:
    import resource

    from rasd.store import open_store

    src = open_store(f"sqlite:///{source}")
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-store-"))
    try:
        dst = open_store(f"sqlite:///{tmp / 'copy.db'}")
        ids = src.document_ids()  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        stats = dst.add_documents(src.get_documents(ids), batch_size=batch_size)  # type: ignore[attr-defined]
        elapsed = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"store only: {len(ids) / elapsed:.0f} documents/s ({elapsed:.1f} s for {len(ids)}; reading them "
              f"back from {source.name} included), peak memory {peak:.0f} MB")
        print(f"  {stats.summary()}")
        print(f"  {({k: v for k, v in dst.stats().items() if isinstance(v, int)})}")
        dst.close()
    finally:
        src.close()
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store-only", type=Path, metavar="DB", help="measure the store alone on this database")
    parser.add_argument("--n", type=int, default=None, help="articles (default: all 31k)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (prints its path)")
    parser.add_argument("--max-mb", type=int, default=1200, help="memory goal for ingest and workers together")
    parser.add_argument("--src", help="run another version: its src folder (default: the rasd PYTHONPATH gives)")
    args = parser.parse_args()
    if args.store_only:
        store_only(args.store_only, args.batch_size)
        return
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-ingest-"))
    try:
        src = tmp / "corpus.jsonl"
        n = 0
        with src.open("w", encoding="utf-8") as fh:
            for article in iter_saudinewsnet(args.n):
                fh.write(json.dumps(article, ensure_ascii=False) + "\n")
                n += 1
        db = tmp / "bench.db"
        rasd = shutil.which("rasd") or "rasd"
        cmd = [rasd, "ingest", str(src), "--db", f"sqlite:///{db}", "-j", str(args.workers),
               "--batch-size", str(args.batch_size), "-q"]
        print(f"{n} articles; {' '.join(cmd)}")
        t0 = time.perf_counter()
        env = dict(os.environ, PYTHONPATH=str(Path(args.src).resolve())) if args.src else None
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
        samples: list[tuple[float, int, float, float]] = []
        at_peak: tuple[float, float, list[float], int] = (0.0, 0.0, [], 0)
        while proc.poll() is None:
            own, total, children = _rss_mb(proc)
            docs = _count(db)
            samples.append((time.perf_counter() - t0, docs, own, total))
            if total > at_peak[0]:
                at_peak = (total, own, children, docs)
            time.sleep(0.5)
        elapsed = time.perf_counter() - t0
        err = proc.stderr.read() if proc.stderr else ""
        if proc.returncode not in (0, 1):
            print(err[-3000:])
            raise SystemExit(f"ingest failed with status {proc.returncode}")
        stored = _count(db)
        print(f"ingest: {n / elapsed:.1f} articles/s ({elapsed:.1f} s for {n}, {args.workers} workers, "
              "start-up and model loading included)")
        if samples:
            peak = max(s[3] for s in samples)
            print(f"peak memory: ingest process {max(s[2] for s in samples):.0f} MB, "
                  f"with workers {peak:.0f} MB ({'within' if peak <= args.max_mb else 'OVER'} the "
                  f"{args.max_mb:,} MB goal; {1 + len(at_peak[2])} processes at the peak, the resource tracker "
                  f"included: {at_peak[1]:.0f} MB + {' + '.join(f'{c:.0f}' for c in at_peak[2])} MB, "
                  f"{at_peak[3]} documents stored then)")
            print("memory as the store grows (documents stored -> MB main / MB with workers):")
            step = max(1, len(samples) // 12)
            for t, docs, own, total in samples[::step]:
                print(f"  {t:7.1f} s  {docs:7d} docs  {own:6.0f} MB  {total:6.0f} MB")
        conn = sqlite3.connect(db)
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "stories", "entities", "places", "event_mentions", "events",
                            "ingest_errors")}
        multi = conn.execute("SELECT count(*) FROM stories WHERE size >= 2").fetchone()[0]
        conn.close()
        print(f"stored: {counts} (stories with 2+ articles: {multi}); "
              f"database {db.stat().st_size / 2**20:.0f} MB")
        print(f"documents stored {stored} of {n}")
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
