"""Cost of one long article against its size: is it linear?

Builds articles of 50 KB to 2 MB (UTF-8) by repeating the bundled sample articles (written
for the project), numbering each copy's paragraphs so that no two are alike, and times the
default pipeline on each in this process (the pipeline is loaded and warmed first). Prints
seconds and milliseconds per KB for each size; a flat ms/KB column is a linear cost.

    python benchmarks/bench_long.py [--sizes 50,100,200,400,800,1600,2048] [--whole 400]

``--whole KB`` also times articles up to that size analysed as one piece (``part_chars =
0``, as before 0.2.5), to show the curve that parts avoid.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources

from rasd.api import get_pipeline
from rasd.document import Document


def _samples() -> str:
    folder = resources.files("rasd.samples")
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.iterdir(), key=lambda p: p.name)
             if f.name.endswith(".txt")]
    return "\n\n".join(texts)


def article(kb: int) -> str:
    """An article of about ``kb`` KB of UTF-8, every paragraph distinct."""
    base = [p for p in _samples().split("\n") if p.strip()]
    out: list[str] = []
    size, copy = 0, 0
    while size < kb * 1024:
        copy += 1
        for para in base:
            line = f"{para} ({copy})"
            out.append(line)
            size += len(line.encode("utf-8")) + 1
            if size >= kb * 1024:
                break
    return "\n".join(out)


def article_words(words: int) -> str:
    """An article of ``words`` whitespace-separated words (the last paragraph cut to fit),
    every paragraph distinct."""
    base = [p for p in _samples().split("\n") if p.strip()]
    out: list[str] = []
    count, copy = 0, 0
    while count < words:
        copy += 1
        for para in base:
            tokens = f"{para} ({copy})".split()
            if count + len(tokens) > words:
                tokens = tokens[: words - count]
            out.append(" ".join(tokens))
            count += len(tokens)
            if count >= words:
                break
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="50,100,200,400,800,1600,2048", help="sizes in KB")
    ap.add_argument("--whole", type=int, default=0, help="also time unsplit analysis up to this size (KB)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    pipeline = get_pipeline()
    pipeline(Document(id="warm", text=article(60)))  # fills the per-word caches
    modes = [("parts", pipeline.part_chars)]
    if args.whole:
        modes.append(("whole", 0))
    default_parts = pipeline.part_chars
    print(f"{'mode':6} {'KB':>6} {'chars':>9} {'seconds':>8} {'ms/KB':>7} {'events':>6}")
    try:
        for mode, parts in modes:
            pipeline.part_chars = parts
            for kb in sizes:
                if mode == "whole" and kb > args.whole:
                    continue
                text = article(kb)
                t0 = time.perf_counter()
                doc = pipeline(Document(id=f"long-{kb}", text=text))
                secs = time.perf_counter() - t0
                print(f"{mode:6} {kb:>6} {len(text):>9,} {secs:>8.2f} {1000 * secs / kb:>7.1f} {len(doc.events):>6}",
                      flush=True)
    finally:
        pipeline.part_chars = default_parts


if __name__ == "__main__":
    main()
