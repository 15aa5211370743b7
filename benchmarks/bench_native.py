"""Compiled (``python -m rasd.native_build``) against pure Python: CPU seconds and identity.

Analyses the first ``--n`` SaudiNewsNet articles (default 300) in one process, as ``rasd
analyze --format jsonl`` does (document -> pipeline -> compact JSON line), after one
untimed warm-up article, and prints the CPU time (``time.process_time``, which a shared,
loaded machine disturbs far less than wall time) and an MD5 of all JSON lines. The compiled
and the pure run alternate, each in a fresh process (``RASD_PURE_PYTHON=0`` / ``1``),
``--repeat`` times; the minimum per side is reported with the ratio, and the MD5s must be
equal (the build never changes a result).

    python benchmarks/bench_native.py [--n 300] [--repeat 3] [--input FILE.jsonl]
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
pipeline = get_pipeline()
json.dumps(pipeline(new_document(articles[0]["text"])).to_dict(), ensure_ascii=False)
digest = hashlib.md5()
start = time.process_time()
for art in articles:
    doc = pipeline(new_document(art["text"], id=art.get("id"), title=art.get("title") or None))
    digest.update(json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8"))
print(json.dumps({"state": native.STATE, "cpu": time.process_time() - start, "md5": digest.hexdigest()}))
"""


def _run(path: Path, pure: bool) -> dict[str, object]:
    env = {**os.environ, "RASD_PURE_PYTHON": "1" if pure else "0", "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], env=env, capture_output=True, text=True,
                          check=True)
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--input", help="rasd input JSONL (default: the first --n SaudiNewsNet articles)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.input) if args.input else Path(tmp) / "articles.jsonl"
        if not args.input:
            with path.open("w", encoding="utf-8") as out:
                for art in iter_saudinewsnet(args.n):
                    out.write(json.dumps(art, ensure_ascii=False) + "\n")
        runs: dict[bool, list[dict[str, object]]] = {True: [], False: []}
        for i in range(args.repeat):
            for pure in (False, True):
                result = _run(path, pure)
                runs[pure].append(result)
                print(f"run {i + 1} {'pure    ' if pure else 'compiled'} {result['cpu']:.2f} s CPU  {result['state']}"
                      f"  md5 {result['md5']}", flush=True)
    best = {pure: min(float(str(r["cpu"])) for r in rs) for pure, rs in runs.items()}
    digests = {str(r["md5"]) for rs in runs.values() for r in rs}
    print(f"min CPU: compiled {best[False]:.2f} s, pure {best[True]:.2f} s, "
          f"compiled/pure {best[False] / best[True]:.3f} ({100 * (1 - best[False] / best[True]):.1f}% less CPU)")
    print("output identical" if len(digests) == 1 else f"OUTPUT DIFFERS: {sorted(digests)}")


if __name__ == "__main__":
    main()
