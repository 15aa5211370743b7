"""Licence check for a change: do added lines or commit messages share six words in a row with the
non-commercial corpora (realnews and SaudiNewsNet)?

    python experiments/licence_scan.py BASE        # e.g. the last released commit

Reads ``../shared/data/realnews/articles.jsonl`` and SaudiNewsNet (through benchmarks/saudinewsnet.py),
compares 6-word shingles of Arabic words (hamza forms, alef maqsura and ta marbuta folded) of every
line added since BASE (``git diff BASE``, JSON lines files excluded) and of every commit message in
``BASE..HEAD``, and prints each shared shingle with where it was added. Exit status 1 when any is found.
Nothing of the corpora is written anywhere.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from saudinewsnet import iter_saudinewsnet  # noqa: E402

__all__ = ["shingles", "main"]

SIZE = 6
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_FOLD = str.maketrans("أإآىة", "اااىه")


def shingles(text: str, size: int = SIZE) -> set[tuple[str, ...]]:
    words = [w.translate(_FOLD) for w in _WORD.findall(text)]
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def _added(base: str) -> dict[tuple[str, ...], str]:
    diff = subprocess.run(["git", "-C", str(ROOT), "diff", base, "--", ".", ":!*.jsonl"],
                          capture_output=True, text=True, check=True).stdout
    log = subprocess.run(["git", "-C", str(ROOT), "log", f"{base}..HEAD", "--format=%B"],
                         capture_output=True, text=True, check=True).stdout
    wanted: dict[tuple[str, ...], str] = {}
    where = ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            where = line[6:]
        elif line.startswith("+"):
            for s in shingles(line[1:]):
                wanted.setdefault(s, where)
    for line in log.splitlines():
        for s in shingles(line):
            wanted.setdefault(s, "commit message")
    return wanted


def _corpus_texts() -> Iterable[str]:
    realnews = ROOT.parent / "shared" / "data" / "realnews" / "articles.jsonl"
    if realnews.exists():
        with realnews.open(encoding="utf-8") as fh:
            for line in fh:
                article = json.loads(line)
                yield (article.get("title") or "") + "\n" + article.get("text", "")
    for article in iter_saudinewsnet(10**7):
        yield (article.get("title") or "") + "\n" + article["text"]


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    wanted = _added(sys.argv[1])
    found: dict[tuple[str, ...], str] = {}
    for text in _corpus_texts():
        for s in shingles(text) & wanted.keys():
            found[s] = wanted[s]
    for s, where in sorted(found.items(), key=lambda item: item[1]):
        print(f"{where}: {' '.join(s)}")
    print(f"{len(wanted)} shingles added, {len(found)} shared with the corpora")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
