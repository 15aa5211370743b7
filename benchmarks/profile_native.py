"""Where a compiled build's CPU goes, sampled by ``perf`` (Linux) rather than a Python profiler.

On a mypyc build, Python-level profilers mislead: cProfile charges every call of a small
function with its own overhead (it put ``events.numbers.parse_counts`` at 7% of pure CPU,
inclusive, where perf finds 2.7% of a compiled run), and a signal-based sampler charges
compiled code to the next Python frame (speed10's note). This script analyses the first ``--n`` articles in one process as
``bench_native.py`` does (document -> pipeline -> compact JSON line), with sampling switched
on only after the untimed warm-up article (perf's control FIFO: start-up and the first
article's loading stay out), under ``perf record --call-graph dwarf``, and charges each
sample

- **self**: to the innermost compiled function on its stack (a ``CPyDef_`` frame), to
  ``interpreted`` where a Python eval frame comes first (code mypyc leaves to the
  interpreter: generated dataclass methods, uncompiled modules), else to ``other``;
- **inclusive**: once to every compiled function on its stack;
- with ``--children NAME``: within the samples whose stack holds the compiled function
  ``NAME`` (as printed, ``scoring.ModelWeights.tag``), to its nearest compiled callee
  (``self`` for its own code and what it calls in C).

Compiled names are mypyc's with ``___`` read as ``.`` (``terms._heads_of``). Run it on a
quiet machine if you can; on a loaded one the shares still hold, the seconds do not.

    python benchmarks/profile_native.py [--n 300] [--input FILE.jsonl] [--freq 499] [--top 40]
        [--children NAME ...] [--pure] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import iter_saudinewsnet

SRC = Path(__file__).resolve().parents[1] / "src"
_CHILD = """
import json, sys, time
from rasd import native
from rasd.api import get_pipeline, new_document
articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")][: int(sys.argv[3])]
try:
    from rasd.execute.work import freeze_loaded, tune_gc
except ImportError:
    freeze_loaded = tune_gc = lambda: None
tune_gc()
pipeline = get_pipeline()
json.dumps(pipeline(new_document(articles[0]["text"])).to_dict(), ensure_ascii=False)
freeze_loaded()
control = open(sys.argv[2], "w")
control.write("enable\\n")
control.flush()
start = time.process_time()
for art in articles:
    doc = pipeline(new_document(art["text"], id=art.get("id"), title=art.get("title") or None))
    json.dumps(doc.to_dict(), ensure_ascii=False)
cpu = time.process_time() - start
control.write("disable\\n")
control.flush()
print(json.dumps({"state": native.STATE, "cpu": cpu}))
"""

#: Frames of CPython's evaluation loop: a sample whose first of these comes before any
#: compiled frame ran interpreted code.
_EVAL = ("_PyEval_EvalFrameDefault",)


def readable(symbol: str) -> str | None:
    """The compiled function a perf symbol names (``terms._heads_of``), or None."""
    for prefix in ("CPyDef_", "CPyPy_"):
        if symbol.startswith(prefix):
            return symbol[len(prefix):].split("+", 1)[0].replace("___", ".")
    return None


def samples(lines: Iterable[str]) -> Iterator[list[str]]:
    """The stacks (symbols, innermost first) of ``perf script -F comm,ip,sym`` output."""
    stack: list[str] = []
    for line in lines:
        if not line.strip() or not line[:1].isspace():
            if stack:
                yield stack
            stack = []
            continue
        parts = line.split(None, 1)
        stack.append(parts[1].strip() if len(parts) > 1 else "?")
    if stack:
        yield stack


def owner(stack: list[str]) -> str:
    """What a sample's self time is charged to (see the module docstring)."""
    for symbol in stack:
        name = readable(symbol)
        if name is not None:
            return name
        if symbol.startswith(_EVAL):
            return "interpreted"
    return "other"


def attribute(stacks: Iterable[list[str]], children_of: list[str]) -> tuple[int, Counter[str], Counter[str],
                                                                              dict[str, Counter[str]]]:
    """Sample count, self and inclusive counts, and per ``children_of`` name its callees'."""
    total = 0
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    children: dict[str, Counter[str]] = {name: Counter() for name in children_of}
    for stack in stacks:
        total += 1
        own[owner(stack)] += 1
        names = [readable(s) for s in stack]
        inclusive.update({n for n in names if n is not None})
        for name, counts in children.items():
            if name not in names:
                continue
            at = names.index(name)
            callee = "self"
            for symbol, n in zip(reversed(stack[:at]), reversed(names[:at]), strict=True):
                if n is not None:
                    callee = n
                    break
                if symbol.startswith(_EVAL):
                    callee = "interpreted"
                    break
            counts[callee] += 1
    return total, own, inclusive, children


def _table(title: str, counts: Counter[str], total: int, top: int) -> None:
    print(f"\n{title}")
    for name, c in counts.most_common(top):
        print(f"{100 * c / total:6.1f}%  {name}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--input", help="rasd input JSONL, its first --n articles (default: SaudiNewsNet's)")
    parser.add_argument("--src", default=str(SRC), help="the src folder to run (default: this tree's)")
    parser.add_argument("--freq", type=int, default=499, help="samples per second (perf record -F)")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--children", nargs="*", default=[], help="compiled functions to break down by callee")
    parser.add_argument("--pure", action="store_true", help="profile pure Python (RASD_PURE_PYTHON=1)")
    parser.add_argument("--keep", help="a folder to keep perf.data and the perf script text in")
    args = parser.parse_args()
    if shutil.which("perf") is None:
        sys.exit("profile_native needs perf (linux-tools) on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        path = Path(args.input) if args.input else work / "articles.jsonl"
        if not args.input:
            with path.open("w", encoding="utf-8") as out:
                for art in iter_saudinewsnet(args.n):
                    out.write(json.dumps(art, ensure_ascii=False) + "\n")
        control, data = work / "perf.ctl", work / "perf.data"
        if control.exists():
            control.unlink()
        os.mkfifo(control)
        env = {**os.environ, "RASD_PURE_PYTHON": "1" if args.pure else "0", "PYTHONPATH": args.src}
        record = ["perf", "record", "-q", "-F", str(args.freq), "--call-graph", "dwarf", "-D", "-1",
                  "--control", f"fifo:{control}", "-o", str(data), "--",
                  sys.executable, "-c", _CHILD, str(path), str(control), str(args.n)]
        done = subprocess.run(record, env=env, capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        script = subprocess.run(["perf", "script", "-i", str(data), "-F", "comm,ip,sym"], capture_output=True,
                                text=True, check=True)
        if args.keep:
            (work / "perf.txt").write_text(script.stdout, encoding="utf-8")
        total, own, inclusive, children = attribute(samples(script.stdout.splitlines()), args.children)
    print(f"{result['state']}; {result['cpu']:.2f} s CPU over the articles; {total} samples after warm-up")
    if not total:
        return
    _table("self (innermost compiled function, or interpreted / other)", own, total, args.top)
    _table("inclusive (every compiled function on the stack)", inclusive, total, args.top)
    for name, counts in children.items():
        _table(f"{name}: {100 * sum(counts.values()) / total:.1f}% of samples, by nearest compiled callee",
               counts, total, args.top)


if __name__ == "__main__":
    main()
