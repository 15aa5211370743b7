"""Time each stage of the default pipeline on SaudiNewsNet articles (in-process).

    python benchmarks/bench_stages.py [--n 300]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import iter_saudinewsnet

from rasd.api import get_pipeline, new_document


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    args = parser.parse_args()
    articles = list(iter_saudinewsnet(args.n))
    pipeline = get_pipeline()
    pipeline(new_document(articles[0]["text"]))  # load models and indexes
    spent: dict[str, float] = defaultdict(float)
    t_all = time.perf_counter()
    for a in articles:
        doc = new_document(a["text"], title=a["title"] or None)
        for stage in pipeline.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            spent[stage.name] += time.perf_counter() - t0
    total = time.perf_counter() - t_all
    n = len(articles)
    print(f"{n} articles, {sum(len(a['text']) for a in articles) / n:.0f} characters on average")
    for name in pipeline.names:
        print(f"{name:10s} {1000 * spent[name] / n:8.2f} ms/article")
    print(f"{'total':10s} {1000 * total / n:8.2f} ms/article = {n / total:.1f} articles/s (one core)")


if __name__ == "__main__":
    main()
