"""Stream articles from ../shared/data/saudinewsnet (zipped JSON arrays) for benchmarks.

The corpus is CC BY-NC-SA 4.0: it is read here for measurement only; nothing derived from
it is stored in the repository."""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasd.evaluation import find_shared_data

__all__ = ["corpus_dir", "iter_saudinewsnet"]


def corpus_dir() -> Path:
    data = find_shared_data()
    if data is None or not (data / "saudinewsnet").is_dir():
        raise SystemExit("benchmark needs ../shared/data/saudinewsnet")
    return data / "saudinewsnet"


def iter_saudinewsnet(limit: int | None = None) -> Iterator[dict[str, str]]:
    """Articles as contract JSONL objects: id, text, title, published, url, outlet."""
    n = 0
    for zpath in sorted(corpus_dir().glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name)):
                    if not (art.get("content") or "").strip():
                        continue
                    yield {
                        "id": f"snn-{n}",
                        "text": art["content"],
                        "title": art.get("title") or "",
                        "published": (art.get("date_extracted") or "")[:10],
                        "url": art.get("url") or "",
                        "outlet": art.get("source") or "",
                    }
                    n += 1
                    if limit is not None and n >= limit:
                        return
