"""Compiled (``python -m rasd.native_build``) against pure Python: CPU seconds and identity.

Analyses the first ``--n`` SaudiNewsNet articles (default 300) in one process, as ``rasd
analyze --format jsonl`` does (document -> pipeline -> compact JSON line), after one
untimed warm-up article, and prints the CPU time (``time.process_time``, which a shared,
loaded machine disturbs far less than wall time) and an MD5 of all JSON lines. The compiled
and the pure run alternate, each in a fresh process (``RASD_PURE_PYTHON=0`` / ``1``),
``--repeat`` times; the minimum per side is reported with the ratio, and the MD5s must be
equal (the build never changes a result). The child sets the garbage collector as ``rasd
analyze`` does (``tune_gc`` before the warm-up article, ``freeze_loaded`` after it), where
the version has them. ``--baseline OTHER/src`` times another version (its own build) the same
way in the same alternation, so two versions are compared in one run.

    python benchmarks/bench_native.py [--n 300] [--repeat 3] [--input FILE.jsonl] [--baseline OTHER/src]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import iter_saudinewsnet

SRC = Path(__file__).resolve().parents[1] / "src"
_CHILD = """
import hashlib, json, sys, time
from rasd import native
from rasd.api import get_pipeline, new_document
articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
try:
    from rasd.execute.work import freeze_loaded, tune_gc
except ImportError:  # an older version: the collector as Python sets it
    freeze_loaded = tune_gc = lambda: None
tune_gc()
pipeline = get_pipeline()
json.dumps(pipeline(new_document(articles[0]["text"])).to_dict(), ensure_ascii=False)
freeze_loaded()
digest = hashlib.md5()
start = time.process_time()
for art in articles:
    doc = pipeline(new_document(art["text"], id=art.get("id"), title=art.get("title") or None))
    digest.update(json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8"))
print(json.dumps({"state": native.STATE, "cpu": time.process_time() - start, "md5": digest.hexdigest()}))
"""


def _run(path: Path, pure: bool, src: Path = SRC) -> dict[str, object]:
    env = {**os.environ, "RASD_PURE_PYTHON": "1" if pure else "0", "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], env=env, capture_output=True, text=True,
                          check=True)
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--input", help="rasd input JSONL (default: the first --n SaudiNewsNet articles)")
    parser.add_argument("--baseline", help="another version's src folder, timed alternately with this tree's")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.input) if args.input else Path(tmp) / "articles.jsonl"
        if not args.input:
            with path.open("w", encoding="utf-8") as out:
                for art in iter_saudinewsnet(args.n):
                    out.write(json.dumps(art, ensure_ascii=False) + "\n")
        trees = [("this tree", SRC)] + ([("baseline", Path(args.baseline).resolve())] if args.baseline else [])
        runs: dict[tuple[str, bool], list[dict[str, object]]] = {(label, pure): [] for label, _src in trees
                                                                 for pure in (False, True)}
        for i in range(args.repeat):
            for label, src in trees:
                for pure in (False, True):
                    result = _run(path, pure, src)
                    runs[label, pure].append(result)
                    print(f"run {i + 1} {label:9s} {'pure    ' if pure else 'compiled'} {result['cpu']:.2f} s CPU  "
                          f"{result['state']}  md5 {result['md5']}", flush=True)
    best = {side: min(float(str(r["cpu"])) for r in rs) for side, rs in runs.items()}
    digests = {str(r["md5"]) for rs in runs.values() for r in rs}
    for label, _src in trees:
        compiled, pure_cpu = best[label, False], best[label, True]
        print(f"{label}: min CPU compiled {compiled:.2f} s, pure {pure_cpu:.2f} s, "
              f"compiled/pure {compiled / pure_cpu:.3f} ({100 * (1 - compiled / pure_cpu):.1f}% less CPU)")
    if args.baseline:
        for pure in (False, True):
            ratio = best["baseline", pure] / best["this tree", pure]
            print(f"{'pure' if pure else 'compiled'}: baseline/this tree x{ratio:.3f}")
    print("output identical" if len(digests) == 1 else f"OUTPUT DIFFERS: {sorted(digests)}")


if __name__ == "__main__":
    main()
