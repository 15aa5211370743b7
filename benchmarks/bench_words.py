"""Cost per word against an article's length: µs of CPU per word for 1k to 32k words.

Builds articles of 1,000 to 32,000 words by repeating the bundled sample articles (written
for the project; see :func:`bench_long.article_words`), and analyses them as ``rasd analyze
--format jsonl`` does (raw text -> document -> pipeline -> compact JSON line), in a
process whose pipeline is loaded and warmed first. Each timed run analyses ``--total``
words (default 32,000) whatever the article's length: 32 articles of 1,000 words one after
the other, or one of 32,000, so that the cyclic garbage collector's full passes (which walk
every object the process holds, the loaded models included, and come round after a set
number of surviving objects) fall on every length alike. Prints CPU time
(``time.process_time``) per word, the median of ``--repeat`` runs (each after an untimed
``gc.collect()``); a flat µs/word column is a linear cost. ``gc2 ms`` is the CPU time per
article spent in those full passes. The last lines give, per version, the ratio of the
longest to the shortest article's µs per word.

    python benchmarks/bench_words.py [--words 1000,2000,4000,8000,16000,32000] [--repeat 3]
        [--baseline OTHER/src] [--parts 0] [--freeze]

``--baseline`` also runs the same measurement with another version's ``src`` folder on
``PYTHONPATH``, alternating the two versions size by size (each in its own warmed process),
so both curves come from the same period on a shared, noisy machine. ``--parts N`` sets the
pipeline's part size in characters (0: the whole article as one piece; default: the
pipeline's own). ``--freeze`` moves everything loaded and warmed out of the collector's
reach (``gc.freeze()``) before timing, to tell the analysis' own cost from the full passes.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_long import article_words


def _worker(words: list[int], repeat: int, parts: int | None, freeze: bool, total: int) -> None:
    """Runs in a child process: prints one JSON line per size, CPU seconds per run."""
    from rasd.api import get_pipeline, new_document

    pipeline = get_pipeline()
    if parts is not None:
        pipeline.part_chars = parts
    warm = article_words(2000)
    json.dumps(pipeline(new_document(warm)).to_dict(), ensure_ascii=False)  # fills the per-word caches
    if freeze:
        gc.collect()
        gc.freeze()
    full: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if info["generation"] == 2:
            full.append(time.process_time() * (1 if phase == "stop" else -1))

    gc.callbacks.append(on_gc)
    for n in words:
        text = article_words(n)
        articles = max(1, round(total / n))
        runs, in_gc = [], []
        for _ in range(repeat):
            gc.collect()
            full.clear()
            t0 = time.process_time()
            for _ in range(articles):
                doc = pipeline(new_document(text))
                line = json.dumps(doc.to_dict(), ensure_ascii=False)
            runs.append((time.process_time() - t0) / articles)
            in_gc.append((sum(full) if len(full) % 2 == 0 else 0.0) / articles)
        print(json.dumps({"words": len(text.split()), "chars": len(text), "cpu": runs, "gc": in_gc,
                          "articles": articles, "events": len(doc.events), "bytes": len(line)}), flush=True)


def _measure(src: str, n: int, repeat: int, parts: int | None, freeze: bool, total: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": src}
    cmd = [sys.executable, __file__, "--child", str(n), "--repeat", str(repeat), "--total", str(total)]
    if parts is not None:
        cmd += ["--parts", str(parts)]
    if freeze:
        cmd += ["--freeze"]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", default="1000,2000,4000,8000,16000,32000", help="article lengths in words")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per size (the median is printed)")
    ap.add_argument("--baseline", help="another version's src folder, measured alternately with this one")
    ap.add_argument("--parts", type=int, help="part size in characters (0: whole article)")
    ap.add_argument("--total", type=int, default=32000, help="words analysed per timed run (articles back to back)")
    ap.add_argument("--freeze", action="store_true", help="gc.freeze() the warmed process before timing")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        _worker([args.child], args.repeat, args.parts, args.freeze, args.total)
        return
    sizes = [int(s) for s in args.words.split(",") if s.strip()]
    here = str(Path(__file__).resolve().parent.parent / "src")
    versions = [("this", here)] + ([("baseline", args.baseline)] if args.baseline else [])
    print(f"{'version':9} {'words':>6} {'chars':>8} {'articles':>8} {'cpu s':>7} {'µs/word':>8} {'gc2 ms':>7} "
          f"{'events':>6}", flush=True)
    per_word: dict[str, list[float]] = {name: [] for name, _ in versions}
    for n in sizes:
        for name, src in versions:
            r = _measure(src, n, args.repeat, args.parts, args.freeze, args.total)
            cpu = statistics.median(r["cpu"])  # type: ignore[arg-type]
            in_gc = statistics.median(r["gc"])  # type: ignore[arg-type]
            us = 1e6 * cpu / int(r["words"])  # type: ignore[call-overload]
            per_word[name].append(us)
            print(f"{name:9} {r['words']:>6} {r['chars']:>8} {r['articles']:>8} {cpu:>7.2f} {us:>8.1f} {1000 * in_gc:>7.0f} "
                  f"{r['events']:>6}", flush=True)
    for name, curve in per_word.items():
        if len(curve) > 1:
            print(f"{name}: µs/word at {sizes[-1]} words / at {sizes[0]} words = {curve[-1] / curve[0]:.2f}")


if __name__ == "__main__":
    main()
