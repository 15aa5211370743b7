"""Cost of one long article against its size: is it linear?

Builds articles of 50 KB to 2 MB (UTF-8) by repeating the bundled sample articles (written
for the project), numbering each copy's paragraphs so that no two are alike, and times the
default pipeline on each, in a process of its own whose pipeline is loaded and warmed
first. Prints CPU seconds (``time.process_time``) and milliseconds per KB for each size; a
flat ms/KB column is a linear cost. The last lines give, per version and mode, the ratio
of the largest to the smallest article's ms/KB.

    python benchmarks/bench_long.py [--sizes 50,100,200,400,800,1600,2048] [--whole 400]
        [--baseline OTHER/src] [--repeat 1]

``--whole KB`` also times articles up to that size analysed as one piece (``part_chars =
0``, as before 0.2.5), to show the curve that parts avoid. ``--baseline`` measures another
version's ``src`` folder too, alternating with this tree's size by size, so that both
curves come from the same period on a shared, noisy machine.
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
from importlib import resources
from pathlib import Path


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


def _child(kb: int, parts: int | None, repeat: int) -> None:
    """Runs in a process of its own: one JSON line, CPU seconds of each run."""
    from rasd.api import get_pipeline
    from rasd.document import Document

    pipeline = get_pipeline()
    if parts is not None:
        pipeline.part_chars = parts
    pipeline(Document(id="warm", text=article(60)))  # fills the per-word caches
    text = article(kb)
    runs = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        doc = pipeline(Document(id=f"long-{kb}", text=text))
        runs.append(time.process_time() - t0)
    print(json.dumps({"chars": len(text), "cpu": runs, "events": len(doc.events)}), flush=True)


def _measure(src: str, kb: int, parts: int | None, repeat: int) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--child", str(kb), "--repeat", str(repeat)]
    if parts is not None:
        cmd += ["--parts", str(parts)]
    out = subprocess.run(cmd, env={**os.environ, "PYTHONPATH": src}, check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="50,100,200,400,800,1600,2048", help="sizes in KB")
    ap.add_argument("--whole", type=int, default=0, help="also time unsplit analysis up to this size (KB)")
    ap.add_argument("--baseline", help="another version's src folder, measured alternately with this one")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs per size (the median is printed)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--parts", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        _child(args.child, args.parts, args.repeat)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    here = str(Path(__file__).resolve().parent.parent / "src")
    versions = [("this", here)] + ([("baseline", args.baseline)] if args.baseline else [])
    modes: list[tuple[str, int | None]] = [("parts", None)] + ([("whole", 0)] if args.whole else [])
    print(f"{'mode':6} {'version':9} {'KB':>6} {'chars':>9} {'cpu s':>8} {'ms/KB':>7} {'events':>6}", flush=True)
    curves: dict[tuple[str, str], list[float]] = {}
    for mode, parts in modes:
        for kb in sizes:
            if mode == "whole" and kb > args.whole:
                continue
            for name, src in versions:
                r = _measure(src, kb, parts, args.repeat)
                secs = statistics.median(r["cpu"])  # type: ignore[arg-type]
                curves.setdefault((mode, name), []).append(1000 * secs / kb)
                print(f"{mode:6} {name:9} {kb:>6} {r['chars']:>9,} {secs:>8.2f} {1000 * secs / kb:>7.1f} "
                      f"{r['events']:>6}", flush=True)
    for (mode, name), curve in curves.items():
        if len(curve) > 1:
            print(f"{mode} {name}: ms/KB largest / smallest = {curve[-1] / curve[0]:.2f}")


if __name__ == "__main__":
    main()
