"""Benchmark the quotes stage alone on articles from ../shared/data/saudinewsnet.

Run by hand: ``python benchmarks/bench_quotes.py [N]`` (default 1,000 articles). Sentences
come from the segment stage; the timing covers the quotes stage only (the actor knowledge
base is loaded before timing). Prints articles/s, ms per article and quotes found.

``python benchmarks/bench_quotes.py --review K [--seed S]`` instead prints K random quotes
from the first 300 articles, each with the text before it, for checking by hand (nothing is
written to disk).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from saudinewsnet import iter_saudinewsnet

from rasd.api import new_document
from rasd.stages.quotes.stage import QuotesStage, find_quotes
from rasd.stages.segment.stage import SegmentStage


def review(count: int, seed: int) -> None:
    segment, stage = SegmentStage(), QuotesStage()
    rows = []
    for art in iter_saudinewsnet(300):
        doc = stage(segment(new_document(art["text"])))
        for q in doc.quotes:
            before = doc.text[max(0, q.start - 80) : q.start].replace("\n", " ")
            sp = q.speaker
            rows.append((before, doc.text[q.start : q.end][:100].replace("\n", " "), sp, q.cue, q.direct))
    random.seed(seed)
    for before, claim, sp, cue, direct in random.sample(rows, min(count, len(rows))):
        print("...", before)
        print("  quote:  ", claim)
        print("  speaker:", (sp.text, sp.canonical, sp.role) if sp else None, "| cue:", cue, "| direct:", direct)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=1000, help="articles to time")
    parser.add_argument("--review", type=int, metavar="K", help="print K random quotes for checking by hand")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    if args.review:
        review(args.review, args.seed)
        return
    limit = args.n
    segment = SegmentStage()
    docs = [segment(new_document(a["text"])) for a in iter_saudinewsnet(limit)]
    find_quotes("وقال الوزير إن المحادثات مستمرة.")  # load lexicon and knowledge base
    stage = QuotesStage()
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    found = 0
    for d in docs:
        found += len(stage(d).quotes)
    dt = time.perf_counter() - t0
    print(f"articles: {len(docs)}  chars: {chars}")
    print(f"quotes stage: {len(docs) / dt:.1f} articles/s, {1000 * dt / max(1, len(docs)):.2f} ms/article, "
          f"{chars / dt / 1e6:.2f} M chars/s")
    print(f"quotes found: {found} ({found / max(1, len(docs)):.2f} per article)")


if __name__ == "__main__":
    main()
