"""Benchmark `rasd analyze` on 2,000 SaudiNewsNet articles.

Measures (1) cleaning and segmentation alone, in milliseconds per article, in-process;
(2) the whole process, `rasd analyze FILE.jsonl --format jsonl --jobs N > /dev/null` with one
and two worker processes, in articles and words per second, start-up and model loading included.

    python benchmarks/bench_analyze.py [--n 2000] [--baseline OTHER/src] [--repeat 2]

``--baseline`` runs the same command, alternating with this tree's, against another version's
``src`` folder (for instance ``git worktree add /tmp/rasd-0.2.4 v0.2.4`` then
``--baseline /tmp/rasd-0.2.4/src``), so two versions are compared in one run on this shared,
noisy machine. ``--builds compiled,pure`` runs each version twice, with its compiled build
(``python -m rasd.native_build``, where one matches its sources) and as pure Python
(``RASD_PURE_PYTHON=1``); the default runs each as it comes. Each line also gives the CPU
seconds of the process and its workers (``getrusage``), which a busy machine disturbs less.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import iter_saudinewsnet

from rasd.api import new_document
from rasd.stages.clean.stage import CleanStage
from rasd.stages.segment.stage import SegmentStage


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (their workers included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--baseline", help="another version's src folder, timed alternately with this tree's")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of each version and job count")
    parser.add_argument("--builds", default="",
                        help="comma-separated: compiled, pure (each version run as each; default: as it comes)")
    parser.add_argument("--source-only", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE as set: without it, each version's byte-code is "
                             "written by its warm-up runs (into its own __pycache__ folders) and read by "
                             "the timed runs, as an installed package's is")
    args = parser.parse_args()
    articles = list(iter_saudinewsnet(args.n))
    chars = sum(len(a["text"]) for a in articles)
    words = sum(len(a["text"].split()) for a in articles)
    print(f"{len(articles)} articles, {chars / len(articles):.0f} characters and {words / len(articles):.0f} words on average")

    clean, segment = CleanStage(), SegmentStage()
    docs = [new_document(a["text"], title=a["title"]) for a in articles]
    clean(docs[0])
    t0 = time.perf_counter()
    for d in docs:
        segment(clean(d))
    dt = time.perf_counter() - t0
    print(f"clean + segment: {1000 * dt / len(docs):.3f} ms per article ({len(docs) / dt:.0f} articles/s, one core)")

    tmp = Path(tempfile.mkdtemp())
    try:
        path = tmp / "in.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        here = str(Path(__file__).resolve().parents[1] / "src")
        trees = [("this tree", here)] + ([("baseline", str(Path(args.baseline).resolve()))] if args.baseline else [])
        builds = [b.strip() for b in args.builds.split(",") if b.strip()] or [""]
        versions = [(f"{label} {build}".strip(), src) for label, src in trees for build in builds]
        # each version keeps its own gazetteer cache (two versions sharing one rebuild it in
        # turn), warmed before anything is timed
        envs = {label: dict(os.environ, PYTHONPATH=src,
                            RASD_CACHE=os.environ.get("RASD_CACHE", "") if label.startswith("this tree")
                            else str(tmp / "cache-baseline"))
                for label, src in versions}
        for label, env in envs.items():
            if not env["RASD_CACHE"]:
                del env["RASD_CACHE"]
            if label.endswith(" pure"):
                env["RASD_PURE_PYTHON"] = "1"
            elif label.endswith(" compiled"):
                env["RASD_PURE_PYTHON"] = "0"
            if not args.source_only:
                # where PYTHONDONTWRITEBYTECODE is set and no byte-code exists, every process
                # (each worker too) compiles its sources first, which an install never does
                env.pop("PYTHONDONTWRITEBYTECODE", None)
        warm = tmp / "warm.jsonl"
        warm.write_text(json.dumps(articles[0], ensure_ascii=False) + "\n", encoding="utf-8")
        for label, _src in versions:
            for jobs in (1, 2):  # two: the modules only a pool's parent and workers import
                subprocess.run([sys.executable, "-m", "rasd.cli", "analyze", str(warm), "--format", "jsonl",
                                "--jobs", str(jobs)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=envs[label])
        for jobs in (1, 2):
            for rep in range(args.repeat):
                for label, _src in versions:
                    env = envs[label]
                    cmd = [sys.executable, "-m", "rasd.cli", "analyze", str(path), "--format", "jsonl", "--jobs", str(jobs)]
                    t0, cpu0 = time.perf_counter(), _children_cpu()
                    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
                    dt, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
                    if proc.returncode != 0:
                        print(proc.stderr[-2000:])
                    print(f"{label:9s} rasd analyze --jobs {jobs} (whole process, run {rep + 1}): "
                          f"{len(articles) / dt:.1f} articles/s, {words / dt:,.0f} words/s ({dt:.1f} s; {cpu:.1f} s CPU)")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
