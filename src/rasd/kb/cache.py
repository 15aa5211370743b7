"""Start-up caches: what rasd builds from its shipped data in Python, kept as pickles.

Each process needs the NER name lists and the actor knowledge base; parsing and indexing
them from the shipped text files costs a tenth of a second or more each, loading the
built structures from one pickle a few milliseconds. :func:`cached` returns the structure
from ``$RASD_CACHE`` (default ``~/.cache/rasd``, the gazetteer's folder) when a file of
the same kind and key is there, else builds it, writes it (atomically, replacing the
files of the same kind with other keys) and returns it. The key is a hash of everything
the structure is built from (data files, and the code that builds it), so a change to
either builds a fresh one. A cache that cannot be read or written is only a slower start.

The cyclic garbage collector is paused while a cache is read, and what was read is then
frozen (:func:`paused_gc`): unpickling creates hundreds of thousands of containers that
are kept for the life of the process, and each collection that walks them (while they
are read, every full collection later, and the one at exit) does so in vain.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["cache_dir", "cached", "fingerprint", "paused_gc"]

log = logging.getLogger(__name__)

T = TypeVar("T")


def cache_dir() -> Path:
    """``$RASD_CACHE``, or ``~/.cache/rasd``."""
    return Path(os.environ.get("RASD_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "rasd"))


@contextmanager
def paused_gc(freeze: bool = False) -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (as it was before afterwards).

    With ``freeze``, every object alive when the block ends is then moved to the
    collector's permanent generation (``gc.freeze()``): never traversed again, still freed
    when its last reference goes (only a reference cycle among them that becomes garbage
    later is never collected). For the long-lived structures a block loads, this saves a
    walk over them at each full collection and at exit (a fifth of a tiny article's
    process)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:  # not after an error: what it left behind is garbage
            gc.freeze()
    finally:
        if was:
            gc.enable()


def fingerprint(parts: Iterable[bytes | str | Path]) -> str:
    """A short hash of byte strings, strings and the contents of files."""
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            part = part.read_bytes()
        elif isinstance(part, str):
            part = part.encode("utf-8")
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:16]


def cached(kind: str, key: str, build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """The structure cached as ``<kind>-<key>.pickle``, or ``build()`` (then cached).

    ``valid`` tells a cached value of the expected shape from a foreign or stale one."""
    path = cache_dir() / f"{kind}-{key}.pickle"
    value = _read(path)
    if value is not None and valid(value):
        return value  # type: ignore[no-any-return]
    built = build()
    _write(path, kind, built)
    return built


def _read(path: Path) -> Any:
    try:
        with open(path, "rb") as fh, paused_gc(freeze=True):
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # any broken cache file is rebuilt, whatever it raises
        log.debug("ignoring the unreadable cache %s: %s", path, exc)
        return None


def _write(path: Path, kind: str, value: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(f"{kind}-*.pickle"):  # the same kind, built from other data
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # read-only home: keep what was built in memory (the gazetteer warns)
        log.info("could not cache %s at %s: %s", kind, path, exc)
