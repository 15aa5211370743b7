"""Benchmark the times stage: time expressions resolved per second of CPU.

Measures ``resolve_times`` in-process on SaudiNewsNet articles (raw text, their
``date_extracted`` as publication date) and on adversarial strings (long runs of digits,
separators and month names) that could make the regular expressions backtrack. Prints
milliseconds per article, characters per second and expressions found.

    python benchmarks/bench_times.py [--n 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import iter_saudinewsnet

from rasd.stages.times.stage import find_publication_date, resolve_times

ADVERSARIAL = {
    "spaces": " " * 20000,
    "digits": "15 " * 5000,
    "slashes": "1/" * 5000,
    "ordinals": "الحادي و " * 3000,
    "paired months": "حزيران/" * 3000,
    "date heads": "الأحد، الموافق 15 من شهر " * 1000,
    "night pairs": "ليل الجمعة " * 3000,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    articles = list(iter_saudinewsnet(args.n))
    pubs = [dt.date.fromisoformat(a["published"]) if a["published"] else None for a in articles]
    chars = sum(len(a["text"]) for a in articles)
    resolve_times("اليوم الأحد", dt.date(2017, 10, 15))  # load the lexicon
    start = time.perf_counter()
    found = resolved = 0
    for article, pub in zip(articles, pubs, strict=True):
        for t in resolve_times(article["text"], pub):
            found += 1
            resolved += t.value is not None
    elapsed = time.perf_counter() - start
    print(f"{len(articles)} SaudiNewsNet articles, {chars / len(articles):.0f} characters on average")
    print(f"resolve_times: {1000 * elapsed / len(articles):.2f} ms/article, {chars / elapsed:,.0f} chars/s")
    print(f"expressions: {found} ({found / len(articles):.2f}/article), with a value: {resolved}")
    start = time.perf_counter()
    dated = sum(find_publication_date(a["text"]) is not None for a in articles)
    elapsed = time.perf_counter() - start
    print(f"find_publication_date: {1000 * elapsed / len(articles):.2f} ms/article, date line found in {dated}")
    for name, text in ADVERSARIAL.items():
        start = time.perf_counter()
        resolve_times(text, dt.date(2017, 10, 15))
        print(f"adversarial {name!r} ({len(text)} chars): {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
