"""Benchmark rasd's start-up: one tiny article, the whole process, with a warm cache.

Times ``python -m rasd.cli analyze tiny.txt > /dev/null`` (one sentence, every stage and
model loaded) ``--runs`` times and prints the median and the fastest wall-clock time and
the median CPU time (user + system, from the children's resource usage). Then the same for
``rasd analyze few.jsonl --jobs 2`` on ``--articles`` tiny articles: two spawned pool
workers each load every model, so this shows a worker's start-up too (the CPU time
counts the parent and both workers).

    python benchmarks/bench_startup.py [--runs 11] [--baseline OTHER/src] [--no-jobs]

``--baseline`` runs the same commands, alternating with this tree's, against another
version's ``src`` folder (for instance ``git worktree add /tmp/rasd-main main`` then
``--baseline /tmp/rasd-main/src``), so two versions are compared in one run on a shared,
noisy machine; the outputs of the two are compared too. Each version has its own
``RASD_CACHE`` and bytecode folder (``PYTHONPYCACHEPREFIX``), both warmed by one untimed
run: a warm start is one where the caches rasd writes and the ``.pyc`` files an install
compiles are there. On a machine shared with other work, CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The tiny article (one sentence: a killing, a place, a relative date).
TINY = "قتل شخصان في انفجار في بغداد أمس.\n"
#: Articles for the --jobs 2 run (our own sentences).
FEW = (
    "قتل شخصان في انفجار في بغداد أمس.",
    "أصيب ثلاثة جنود في هجوم على حاجز عسكري قرب الموصل صباح اليوم.",
    "تظاهر مئات الطلاب في القاهرة للمطالبة بخفض الرسوم الجامعية.",
    "أعلنت الشرطة في عمان اعتقال خمسة أشخاص بتهمة تهريب الأسلحة.",
    "قصفت طائرات حربية مواقع في ريف إدلب الجنوبي فجر الأحد.",
    "اجتمع وزير الخارجية مع نظيره التركي في أنقرة لبحث الأزمة.",
)


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """Wall and CPU seconds of one child process (and its own children), and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout


def _report(label: str, what: str, times: list[tuple[float, float]]) -> None:
    walls = [w for w, _ in times]
    cpus = [c for _, c in times]
    print(f"{label:10s} {what}: wall median {statistics.median(walls):.3f} s (fastest {min(walls):.3f} s), "
          f"CPU median {statistics.median(cpus):.3f} s, {len(times)} runs")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs of each version and command")
    parser.add_argument("--baseline", help="another version's src folder, timed alternately with this tree's")
    parser.add_argument("--no-jobs", action="store_true", help="skip the --jobs 2 runs")
    parser.add_argument("--articles", type=int, default=16, help="tiny articles in the --jobs 2 run")
    args = parser.parse_args()
    if args.runs < 1 or args.articles < 1:
        parser.error("--runs and --articles must be at least 1")

    here = str(Path(__file__).resolve().parents[1] / "src")
    versions = [("this tree", here)]
    if args.baseline:
        base = Path(args.baseline).resolve()
        if not (base / "rasd" / "__init__.py").is_file():
            parser.error(f"--baseline {args.baseline}: no rasd package there")
        versions.append(("baseline", str(base)))
    tmp = Path(tempfile.mkdtemp(prefix="rasd-startup-"))
    try:
        tiny = tmp / "tiny.txt"
        tiny.write_text(TINY, encoding="utf-8")
        few = tmp / "few.jsonl"
        with few.open("w", encoding="utf-8") as fh:
            for i in range(args.articles):
                text = FEW[i % len(FEW)]
                fh.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
        envs: dict[str, dict[str, str]] = {}
        for k, (label, src) in enumerate(versions):
            env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
            env.update(PYTHONPATH=src, RASD_CACHE=str(tmp / f"cache-{k}"), PYTHONPYCACHEPREFIX=str(tmp / f"pyc-{k}"))
            envs[label] = env
        commands = {"analyze tiny.txt": ["analyze", str(tiny)]}
        if not args.no_jobs:
            commands[f"analyze --jobs 2 ({args.articles} articles)"] = ["analyze", str(few), "--format", "jsonl", "--jobs", "2"]
        outputs: dict[tuple[str, str], bytes] = {}
        for label, _src in versions:  # warm the caches and the bytecode; keep the outputs
            for what, cmd in commands.items():
                outputs[(label, what)] = _run([sys.executable, "-m", "rasd.cli", *cmd], envs[label])[2]
        times: dict[tuple[str, str], list[tuple[float, float]]] = {key: [] for key in outputs}
        for _rep in range(args.runs):
            for what, cmd in commands.items():
                for label, _src in versions:
                    wall, cpu, _out = _run([sys.executable, "-m", "rasd.cli", *cmd], envs[label])
                    times[(label, what)].append((wall, cpu))
        for what in commands:
            for label, _src in versions:
                _report(label, what, times[(label, what)])
            if len(versions) > 1:
                same = outputs[(versions[0][0], what)] == outputs[(versions[1][0], what)]
                print(f"{'':10s} outputs of the two versions {'byte-identical' if same else 'DIFFER'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
