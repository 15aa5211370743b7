"""Throughput of the events stage (run by hand: ``python benchmarks/bench_events.py``).

Runs the default pipeline once over the gold-set articles (warming caches), then times the
events stage alone on the analysed documents, and the sentence detector on the GSR test
sentences when ../shared/data is present. Prints its measurements.
"""

from __future__ import annotations

import time

from rasd.evaluation import find_shared_data
from rasd.evaluation.events import _analyze, load_gold
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.stage import EventsStage


def main() -> None:
    articles = load_gold()
    docs = [_analyze(a["text"], a["published"]).evolve(events=()) for a in articles]
    stage = EventsStage()
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for d in docs:
            stage(d)
    dt = time.perf_counter() - t0
    print(f"events stage: {rounds * len(docs) / dt:.1f} docs/s, {rounds * chars / dt / 1000:.1f} k chars/s "
          f"({len(docs)} gold articles x {rounds})")
    data = find_shared_data()
    if data is not None:
        from rasd.train.events import load_split

        rows = load_split(data, "assault", "test") + load_split(data, "protest", "test")
        t0 = time.perf_counter()
        for text, _ in rows:
            detect_sentence(text)
        dt = time.perf_counter() - t0
        print(f"detect_sentence: {len(rows) / dt:.0f} sentences/s ({len(rows)} GSR test sentences)")


if __name__ == "__main__":
    main()
