"""Local execution: an ordered, bounded map over a process pool (all cores by default).

Unlike ``multiprocessing.Pool.imap`` (which reads its whole input ahead), at most
``window`` chunks are in flight, so memory stays flat however long the input stream.

Workers never outlive the process that started them: each asks the kernel for SIGKILL
when its parent dies (Linux) and watches its parent id besides, and the pool's workers are
killed, not awaited, when the map is left early (an exception, SIGTERM turned into
``SystemExit``). Workers are replaced after ``max_tasks`` chunks, which returns the memory
their per-process caches have gathered.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any, TypeVar

__all__ = ["DEFAULT_MAX_TASKS", "default_workers", "forked_worker_init", "map_ordered", "preloading_context",
           "stop_pool", "worker_init"]

T = TypeVar("T")
R = TypeVar("R")

#: Chunks a worker process analyses before it is replaced by a fresh one (100 chunks of 16
#: articles; a new worker starts in about 1.5 s). Its caches are emptied more often (see
#: :func:`rasd.execute.work.trim_caches`); replacing it also returns what fragmentation holds.
DEFAULT_MAX_TASKS = 100


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def worker_init() -> None:
    """Initializer for worker processes: die with the parent (SIGKILL from the kernel on
    Linux, and a watcher thread everywhere), and leave SIGINT to the parent."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl
            pass
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="rasd-parent-watch").start()


def forked_worker_init() -> None:
    """Initializer for workers forked from a parent that loaded the pipeline: what
    :func:`worker_init` does, and SIGTERM back to its default (the parent's handler, which
    turns it into ``SystemExit`` there, is inherited by a fork; a worker just ends)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    worker_init()


def preloading_context() -> Any | None:
    """The ``fork`` multiprocessing context where this platform has it and it is safe to use
    (Linux), else None (callers then spawn clean workers, which load everything themselves).

    A parent that loads the pipeline (models, tables, gazetteer) before it forks its workers
    pays that start-up once instead of once per worker (about 0.9 s of CPU each), and the
    workers share its pages until they write to them. Fork only from a process with no
    other threads yet (before a pool's own threads start): a lock held by another thread
    would stay held in the child."""
    if not sys.platform.startswith("linux") or "fork" not in mp.get_all_start_methods():
        return None
    if threading.active_count() > 1:
        return None
    return mp.get_context("fork")


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and kill the workers now (a running article is not awaited)."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            proc.kill()
        except (OSError, AttributeError):
            pass
    pool.shutdown(wait=True, cancel_futures=True)


def map_ordered(fn: Callable[..., R], chunks: Iterable[T], *, workers: int | None = None,
                window: int | None = None, args: tuple[Any, ...] = (),
                on_idle: Callable[[], None] | None = None, idle_s: float = 2.0,
                max_tasks: int | None = DEFAULT_MAX_TASKS) -> Iterator[R]:
    """``fn(chunk, *args)`` for every chunk, results in input order.

    ``workers=1`` runs in this process (no pool); otherwise a process pool of ``workers``
    (default: all cores) with at most ``window`` (default ``2 * workers``) chunks pending,
    each worker replaced after ``max_tasks`` chunks (None: never). While it waits for the
    next result, ``on_idle()`` is called every ``idle_s`` seconds (e.g. to store what is
    done while a long article is analysed).
    """
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1:
        for chunk in chunks:
            yield fn(chunk, *args)
        return
    window = window or 2 * workers
    pending: deque[Future[R]] = deque()
    # spawn: workers start clean (no inherited threads or open database connections)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                               initializer=worker_init, max_tasks_per_child=max_tasks)

    def next_result() -> R:
        head = pending[0]
        while on_idle is not None and not head.done():
            if not wait_futures([head], timeout=idle_s).done:
                on_idle()
        return pending.popleft().result()

    try:
        for chunk in chunks:
            pending.append(pool.submit(fn, chunk, *args))
            if len(pending) >= window:
                yield next_result()
        while pending:
            yield next_result()
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)
