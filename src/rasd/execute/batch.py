"""``rasd batch``: analyse a corpus in shards on local processes or a Dask cluster.

The input stream is cut into shards of ``shard_size`` articles in input order. Each shard
is analysed by one task; the client writes ``shard-NNNNNN.jsonl`` (or ``.parquet``), then
``shard-NNNNNN.errors.json`` when articles failed, then the completion marker
``shard-NNNNNN.done`` (JSON counts), each by atomic rename. A rerun skips shards whose
marker exists, so an interrupted batch resumes. ``manifest.json`` records the pipeline
config, shard size and format; a rerun with different settings is refused.

Workers only compute: they receive the articles and return JSON lines, so a remote Dask
cluster needs no shared file system. ``rasd ingest DIR`` loads the shards without
re-analysing them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rasd.document import Document
from rasd.execute.limits import Limits
from rasd.execute.work import analyze_chunk, chunked
from rasd.ingest.discover import Item, iter_inputs
from rasd.ingest.readers import InputError

__all__ = ["BatchError", "BatchSummary", "Executor", "InlineExecutor", "LocalExecutor", "analyze_shard", "run_batch", "shard_name"]


class BatchError(RuntimeError):
    """A batch that cannot run (e.g. an output folder from a different batch)."""


@dataclass(slots=True)
class BatchSummary:
    shards: int = 0
    skipped_shards: int = 0
    articles: int = 0
    documents: int = 0
    errors: int = 0
    events: int = 0
    error_messages: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("error_messages")
        return out


class Executor(Protocol):
    """What ``run_batch`` needs from an executor: submit a call, wait for some futures."""

    workers: int

    def submit(self, fn: Any, *args: Any) -> Any: ...

    def wait_first(self, futures: list[Any]) -> tuple[list[Any], list[Any]]: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs each task in this process when submitted (one worker; no pool to start)."""

    workers = 1

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        try:
            fut.set_result(fn(*args))
        except Exception as exc:
            fut.set_exception(exc)
        return fut

    def wait_first(self, futures: list[Any]) -> tuple[list[Any], list[Any]]:
        return list(futures), []

    def close(self) -> None:
        pass


class LocalExecutor:
    """A process pool on this machine (all cores by default)."""

    def __init__(self, workers: int | None = None) -> None:
        import multiprocessing as mp

        from rasd.execute.local import default_workers, worker_init

        self.workers = workers or default_workers()
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=mp.get_context("spawn"),
                                        initializer=worker_init, max_tasks_per_child=4)

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        return self.pool.submit(fn, *args)

    def wait_first(self, futures: list[Any]) -> tuple[list[Any], list[Any]]:
        done, pending = wait(futures, return_when=FIRST_COMPLETED)
        return list(done), list(pending)

    def close(self) -> None:
        """Cancel what is queued and kill the workers (nothing is left running)."""
        from rasd.execute.local import stop_pool

        stop_pool(self.pool)


def shard_name(index: int) -> str:
    return f"shard-{index:06d}"


def analyze_shard(items: list[Item], config_json: str | None, limits: Limits | None = None) -> dict[str, Any]:
    """Analyse one shard within ``limits``; returns ``{"lines": [document JSON], "errors":
    [...], "events": n}``."""
    lines: list[str] = []
    errors: list[dict[str, str]] = []
    events = 0
    for result in analyze_chunk(items, config_json, True, limits):
        if isinstance(result, InputError):
            errors.append({"origin": result.origin, "message": result.message})
        else:
            assert isinstance(result, Document)
            events += len(result.events)
            lines.append(json.dumps(result.to_dict(), ensure_ascii=False))
    return {"lines": lines, "errors": errors, "events": events}


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _parquet_bytes(lines: list[str]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    docs = [json.loads(line) for line in lines]
    table = pa.table({
        "id": [d["id"] for d in docs], "published": [d.get("published") for d in docs],
        "title": [d.get("title") for d in docs], "outlet": [d.get("outlet") for d in docs],
        "url": [d.get("url") for d in docs], "n_events": [len(d.get("events") or ()) for d in docs],
        "document": lines,
    })
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def _write_shard(out: Path, index: int, result: dict[str, Any], fmt: str, summary: BatchSummary) -> None:
    name = shard_name(index)
    lines: list[str] = result["lines"]
    if fmt == "parquet":
        _atomic_write(out / f"{name}.parquet", _parquet_bytes(lines))
    else:
        _atomic_write(out / f"{name}.jsonl", "".join(line + "\n" for line in lines).encode("utf-8"))
    errors = result["errors"]
    if errors:
        _atomic_write(out / f"{name}.errors.json", json.dumps(errors, ensure_ascii=False, indent=1).encode("utf-8"))
    counts = {"articles": len(lines) + len(errors), "documents": len(lines), "errors": len(errors),
              "events": result["events"]}
    _atomic_write(out / f"{name}.done", json.dumps(counts).encode())
    summary.shards += 1
    summary.articles += counts["articles"]
    summary.documents += counts["documents"]
    summary.errors += counts["errors"]
    summary.events += counts["events"]
    summary.error_messages.extend(f"{e['origin']}: {e['message']}" for e in errors)


def _check_manifest(out: Path, manifest: dict[str, Any]) -> None:
    path = out / "manifest.json"
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            old = None
        if old != manifest:
            raise BatchError(f"{out} holds a batch with other settings (see {path}); use another --out "
                             "or delete it to start over")
    else:
        _atomic_write(path, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))


def run_batch(inputs: Iterable[str], out: Path, executor: Executor, *, shard_size: int = 1000,
              fmt: str = "jsonl", config_json: str | None = None, progress: Any = None,
              limits: Limits | None = None) -> BatchSummary:
    """Analyse ``inputs`` into shards under ``out`` (see the module docstring), each
    article within ``limits``."""
    if fmt not in ("jsonl", "parquet"):
        raise BatchError(f"unknown output format {fmt!r} (jsonl or parquet)")
    inputs = list(inputs)
    out.mkdir(parents=True, exist_ok=True)
    from rasd.pipeline import default_config

    config = json.loads(config_json) if config_json else default_config().to_dict()
    _check_manifest(out, {"config": config, "shard_size": shard_size, "format": fmt})
    config_text = json.dumps(config, sort_keys=True)
    summary = BatchSummary()
    window = max(2, 2 * executor.workers)
    pending: dict[Any, int] = {}

    def collect(block: bool) -> None:
        nonlocal pending
        while pending and (block or len(pending) >= window):
            done, _rest = executor.wait_first(list(pending))
            for fut in done:
                index = pending.pop(fut)
                _write_shard(out, index, fut.result(), fmt, summary)
                if progress is not None:
                    progress.advance()
            block = block and bool(pending)

    shards: Iterator[list[Item]] = chunked(iter_inputs(inputs), shard_size)
    for index, items in enumerate(shards):
        if (out / f"{shard_name(index)}.done").exists():
            summary.skipped_shards += 1
            if progress is not None:
                progress.advance()
            continue
        pending[executor.submit(analyze_shard, items, config_text, limits or Limits())] = index
        collect(block=False)
    collect(block=True)
    return summary
