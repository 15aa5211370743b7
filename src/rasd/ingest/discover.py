"""Finding articles in what a user points at: folders (recursively), files of every kind the
readers know (text, HTML, JSONL, RSS/Atom, WARC), feed URLs, and analysed documents
(``rasd batch`` output: contract JSONL or Parquet shards), which are loaded as they are.

Importing this module registers the folder, feed and WARC readers in
:data:`rasd.ingest.readers.READERS`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.ingest.feeds import FEED_SUFFIXES, is_url, read_feed
from rasd.ingest.readers import READERS, InputError, RawArticle, fill_published, iter_articles, read_path
from rasd.ingest.warc import WARC_SUFFIXES, read_warc

__all__ = ["Item", "document_from_json", "estimate_total", "is_analysed_jsonl", "iter_inputs", "read_folder"]

#: What discovery yields: an article to analyse, an analysed document, or an error.
Item = RawArticle | Document | InputError

_ANALYSED_KEYS = ("schema_version", "sentences")


def _suffix_known(name: str) -> bool:
    lower = name.lower()
    return any(lower.endswith(s) for s in READERS if s != "/") or lower.endswith(".parquet")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, skipping hidden files and folders."""
    try:
        children = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def read_folder(folder: Path) -> Iterator[RawArticle | InputError]:
    """Raw articles from every readable file under ``folder`` (recursively, sorted; files
    of unknown kinds are skipped)."""
    for path in _walk(folder):
        if _suffix_known(path.name) and not path.name.lower().endswith(".parquet"):
            yield from _safe_read(path)


def _safe_read(path: Path) -> Iterator[RawArticle | InputError]:
    try:
        yield from read_path(path)
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")


def is_analysed_jsonl(path: Path) -> bool:
    """Whether a JSONL file holds analysed documents (its first object has
    ``schema_version`` and ``sentences``), as ``rasd analyze``/``rasd batch`` write."""
    if not path.name.lower().endswith((".jsonl", ".ndjson")):
        return False
    try:
        with path.open("rb") as fh:
            for line in fh:
                if line.strip():
                    obj = json.loads(line)
                    return isinstance(obj, dict) and all(k in obj for k in _ANALYSED_KEYS)
    except (OSError, ValueError):
        return False
    return False


def document_from_json(obj: Any, origin: str) -> Document | InputError:
    """An analysed document from its contract JSON, or an error naming ``origin``."""
    if not isinstance(obj, dict):
        return InputError(origin, "not a JSON object")
    try:
        return Document.from_dict(obj)
    except (KeyError, TypeError, ValueError) as exc:
        return InputError(origin, f"not a valid rasd document ({type(exc).__name__}: {exc})")


def _read_analysed_jsonl(path: Path) -> Iterator[Document | InputError]:
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            origin = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield InputError(origin, f"not valid JSON ({exc})")
                continue
            yield document_from_json(obj, origin)


def _read_parquet(path: Path) -> Iterator[Document | InputError]:
    try:
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        yield InputError(str(path), "reading Parquet needs pyarrow (pip install 'rasd[parquet]')")
        return
    try:
        reader = pq.ParquetFile(path)
        if "document" not in reader.schema_arrow.names:
            yield InputError(str(path), "Parquet file has no 'document' column (not rasd batch output)")
            return
        row = 0
        for batch in reader.iter_batches(columns=["document"], batch_size=256):
            for value in batch.column(0).to_pylist():
                row += 1
                try:
                    obj = json.loads(value)
                except (TypeError, ValueError) as exc:
                    yield InputError(f"{path}:row {row}", f"not valid JSON ({exc})")
                    continue
                yield document_from_json(obj, f"{path}:row {row}")
    except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError)
        yield InputError(str(path), f"not a readable Parquet file ({exc})")


def _read_file(path: Path) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith(".parquet"):
        yield from _read_parquet(path)
    elif is_analysed_jsonl(path):
        yield from _read_analysed_jsonl(path)
    else:
        yield from _safe_read(path)


def iter_inputs(paths: Iterable[str], default_published: dt.date | None = None) -> Iterator[Item]:
    """Everything to ingest from ``paths``, in order: raw articles, analysed documents and
    input errors. Folders are walked recursively (sorted, hidden entries and unknown kinds
    skipped); ``http(s)://`` arguments are read as feeds; ``-`` is stdin."""
    for p in paths:
        if is_url(p):
            items: Iterable[Item] = read_feed(p)
        elif p == "-":
            items = iter_articles([p])
        else:
            path = Path(p)
            if not path.exists():
                yield InputError(p, "no such file or folder")
                continue
            if path.is_dir():
                items = (item for f in _walk(path) if _suffix_known(f.name) for item in _read_file(f))
            else:
                items = _read_file(path)
        for item in items:
            yield fill_published(item, default_published) if isinstance(item, (RawArticle, InputError)) else item


def _register() -> None:
    READERS.setdefault("/", read_folder)
    for suffix in FEED_SUFFIXES:
        READERS.setdefault(suffix, read_feed)
    for suffix in WARC_SUFFIXES:
        READERS.setdefault(suffix, read_warc)


_register()


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many articles ``paths`` hold, when that is cheap to know (text, HTML and JSONL
    files and folders of them); None when any input is a feed, archive, URL or stdin."""
    total = 0
    for p in paths:
        if p == "-" or is_url(p):
            return None
        path = Path(p)
        files = [f for f in _walk(path) if _suffix_known(f.name)] if path.is_dir() else [path]
        for f in files:
            name = f.name.lower()
            if name.endswith((".jsonl", ".ndjson")):
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    continue
            elif name.endswith((".txt", ".text", ".html", ".htm", ".xhtml")):
                total += 1
            else:
                return None
    return total
