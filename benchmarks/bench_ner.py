"""Benchmark the entities stage (fast CRF tier) in tokens per second, single process.

Articles come from ../shared/data/saudinewsnet (real news text, measurement only), are
cleaned and segmented first (not timed), then the entities stage runs on all of them (timed,
after a warm-up that loads the model and the knowledge base), in one process and then in
``--workers`` processes (one per core; documents are independent; forked before the
single-process run, so both start with cold per-word caches). Tokens are counted with
``rasd.text.tokenize``. Also reports the CRF tagger alone on ANERcorp's test tokens.

    python benchmarks/bench_ner.py [--n 500] [--workers 2]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import iter_saudinewsnet

from rasd.api import new_document
from rasd.document import Document
from rasd.evaluation import find_shared_data
from rasd.stages.clean.stage import CleanStage
from rasd.stages.entities.stage import EntitiesStage
from rasd.stages.segment.stage import SegmentStage
from rasd.text import tokenize

_STAGE: EntitiesStage | None = None


def _warm(doc: Document) -> None:
    global _STAGE
    _STAGE = EntitiesStage()
    _STAGE(doc)


def _count(doc: Document) -> int:
    assert _STAGE is not None
    return len(_STAGE(doc).entities)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500, help="articles (default 500)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run (default 2)")
    args = parser.parse_args()
    clean, segment, entities = CleanStage(), SegmentStage(), EntitiesStage()
    docs = [segment(clean(new_document(a["text"]))) for a in iter_saudinewsnet(args.n)]
    tokens = sum(len(tokenize(d.text)) for d in docs)
    entities(docs[0])  # warm-up: model and knowledge base load
    pool = None
    if args.workers > 1:
        # forked now, so the workers start with the same (cold) per-word caches as the
        # single-process run below
        pool = mp.get_context("fork").Pool(args.workers, initializer=_warm, initargs=(docs[0],))
        pool.map(_count, docs[: args.workers], chunksize=1)
    t0 = time.perf_counter()
    found = 0
    for d in docs:
        found += len(entities(d).entities)
    dt = time.perf_counter() - t0
    print(f"entities stage: {len(docs)} articles, {tokens} tokens, {found} entities in {dt:.2f}s")
    print(f"entities stage, 1 process: {tokens / dt:,.0f} tokens/s, {dt / len(docs) * 1000:.1f} ms/article")
    if pool is not None:
        with pool:
            t0 = time.perf_counter()
            found2 = sum(pool.map(_count, docs, chunksize=8))
            dt = time.perf_counter() - t0
        assert found2 == found
        print(f"entities stage, {args.workers} processes: {tokens / dt:,.0f} tokens/s")

    data = find_shared_data()
    if data is not None and (data / "anercorp" / "test.txt").is_file():
        from rasd.ner.corpus import read_conll
        from rasd.ner.model import load_model

        test = read_conll(data / "anercorp" / "test.txt")
        model = load_model()
        n_tok = sum(len(s[0]) for s in test)
        t0 = time.perf_counter()
        model.tag([s[0] for s in test], window=10)
        dt = time.perf_counter() - t0
        print(f"CRF tagger alone (two passes) on ANERcorp test: {n_tok / dt:,.0f} tokens/s")


if __name__ == "__main__":
    main()
