"""Local execution: an ordered, bounded map over a process pool (all cores by default).

Unlike ``multiprocessing.Pool.imap`` (which reads its whole input ahead), at most
``window`` chunks are in flight, so memory stays flat however long the input stream.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

__all__ = ["default_workers", "map_ordered"]

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def map_ordered(fn: Callable[..., R], chunks: Iterable[T], *, workers: int | None = None,
                window: int | None = None, args: tuple[Any, ...] = ()) -> Iterator[R]:
    """``fn(chunk, *args)`` for every chunk, results in input order.

    ``workers=1`` runs in this process (no pool); otherwise a process pool of ``workers``
    (default: all cores) with at most ``window`` (default ``2 * workers``) chunks pending.
    """
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1:
        for chunk in chunks:
            yield fn(chunk, *args)
        return
    window = window or 2 * workers
    pending: deque[Future[R]] = deque()
    # spawn: workers start clean (no inherited threads or open database connections)
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as pool:
        for chunk in chunks:
            pending.append(pool.submit(fn, chunk, *args))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
