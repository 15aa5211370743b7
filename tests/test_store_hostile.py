"""The store under hostile conditions: several processes writing one SQLite file, and
characters one backend cannot hold (NUL) handled the same in SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from corpus_docs import PROTEST, make_doc
from rasd.ingest.readers import RawArticle, to_document
from rasd.store import open_store
from rasd.store.sql import normalize_url


def _writer(url: str, prefix: str, n: int, batch: int, barrier: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    store = open_store(url)  # all three create the database at once
    docs = [make_doc(f"{prefix}-{i:04d}", f"{PROTEST} رقم {prefix} {i}.", published="2024-05-01")
            for i in range(n)]
    for i in range(0, n, batch):
        store.add_batch(docs[i : i + batch])  # type: ignore[attr-defined]
    store.close()


def test_store_three_sqlite_writers_no_error_unique_seq(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(3)
    procs = [ctx.Process(target=_writer, args=(url, p, 60, 5, barrier)) for p in ("a", "b", "c")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    store = open_store(url)
    engine = create_engine(normalize_url(url))
    with engine.connect() as conn:
        seqs = list(conn.execute(text("SELECT seq FROM documents")).scalars())
    engine.dispose()
    assert len(store.document_ids()) == 180  # type: ignore[attr-defined]
    assert len(set(seqs)) == len(seqs) == 180
    store.close()


def test_store_sqlite_open_waits_for_a_writer_of_a_rollback_journal_file(tmp_path: Path) -> None:
    # SQLite refuses the switch to WAL at once ("database is locked", no busy handler) while
    # another connection holds the write lock of a file still in rollback-journal mode: the
    # open must wait for that write to end, as every other statement does
    path = tmp_path / "busy.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE scratch (n INTEGER)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO scratch VALUES (1)")
    ended = threading.Event()

    def end_write() -> None:
        other.execute("COMMIT")
        ended.set()

    timer = threading.Timer(0.3, end_write)
    timer.start()
    try:
        store = open_store(f"sqlite:///{path}")
    finally:
        timer.join()
        other.close()
    assert ended.is_set()
    assert store.document_ids() == []  # type: ignore[attr-defined]
    store.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    check.close()


@pytest.mark.parametrize("field", ["text", "title", "outlet"])
def test_store_nul_character_stored_the_same_in_every_backend(store_url: str, field: str) -> None:
    values = {"text": PROTEST, "title": "عنوان الخبر", "outlet": "وكالة"}
    values[field] = values[field][:5] + "\x00" + values[field][5:]
    doc = to_document(RawArticle(origin="nul", id="nul-1", **values))
    store = open_store(store_url)
    stats = store.add_batch([doc])  # type: ignore[attr-defined]
    assert stats.added == 1 and stats.errors == 0
    stored = store.get_document("nul-1")
    assert stored is not None
    assert {k: stored[k] for k in values} == {k: v.replace("\x00", "") for k, v in values.items()}
    store.close()
