"""The SQL store (SQLAlchemy Core): SQLite by default (a file in WAL mode), PostgreSQL by URL.

See :mod:`rasd.store.base` for the protocol and the shapes of the returned dicts and
:mod:`rasd.store.schema` for the tables.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable
from itertools import islice
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from rasd.dedup.stories import StoryHasher
from rasd.document import Document
from rasd.store.base import IngestStats, StoreError
from rasd.store.schema import (
    current_version,
    documents,
    entities,
    event_mentions,
    events,
    ingest_errors,
    migrate,
    places,
    quotes,
    stories,
)
from rasd.store.sql_read import DocumentQueries, EventQueries
from rasd.store.write import BatchWriter

__all__ = ["SCHEMES", "SQLITE_WAIT_S", "SqlStore", "normalize_url", "redact_url"]

#: Seconds a SQLite connection waits for another process's write lock before it gives up.
SQLITE_WAIT_S = 60.0

#: URL schemes a store may be opened with (the part before ``://``).
SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL from what a user typed: a path means a SQLite file;
    ``postgresql://`` and ``postgres://`` use the psycopg (v3) driver. StoreError for any
    other scheme."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme.lower() not in SCHEMES:
        raise StoreError(f"cannot open {redact_url(url)}: unknown database URL scheme {scheme!r} "
                         "(use sqlite:///FILE.db or postgresql://USER@HOST/DB)")
    if scheme.lower() in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ``***`` (for messages)."""
    return re.sub(r"^([A-Za-z][\w+.-]*://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _split(value: str | None) -> list[str]:
    return [s for s in (value or "").split("; ") if s]


class SqlStore(DocumentQueries, EventQueries):
    """A :class:`~rasd.store.base.Store` on any SQLAlchemy engine (SQLite or PostgreSQL)."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        sa_url = normalize_url(url)
        shown = redact_url(url)
        try:
            if sa_url.startswith("sqlite"):
                self.engine: Engine = create_engine(sa_url, echo=echo, connect_args={"timeout": SQLITE_WAIT_S})
                event.listen(self.engine, "connect", _sqlite_pragmas)
                event.listen(self.engine, "begin", _sqlite_begin)
            else:
                self.engine = create_engine(sa_url, echo=echo, pool_pre_ping=True)
            # writes take the write lock when they begin (SQLite: BEGIN IMMEDIATE), so two
            # processes never read the same next ``seq`` or both create the tables
            self.writer: Engine = self.engine.execution_options(rasd_write=True)
            with self.writer.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(7261)"))
                migrate(conn)
        except ModuleNotFoundError as exc:
            raise StoreError(f"cannot open {shown}: the driver {exc.name!r} is not installed "
                             "(pip install 'rasd[postgres]')") from None
        except (SQLAlchemyError, RuntimeError) as exc:
            raise StoreError(f"cannot open {shown}: {_short(exc).replace(url, shown)}") from None
        self.backend = self.engine.dialect.name
        self.hasher = StoryHasher()

    # ----------------------------------------------------------------------- write
    def add_documents(self, docs: Iterable[Document], *, batch_size: int = 100) -> IngestStats:
        stats = IngestStats()
        iterator = iter(docs)
        while batch := list(islice(iterator, batch_size)):
            self.add_batch(batch, stats)
        return stats

    def add_batch(self, batch: list[Document], stats: IngestStats | None = None) -> IngestStats:
        """Store one batch in one transaction (all of it or, on a crash, none of it). When
        the database rejects the batch (e.g. a NUL character PostgreSQL cannot store), the
        documents are written one by one and the rejected ones are logged and skipped."""
        stats = stats if stats is not None else IngestStats()
        try:
            stats.add(self._write(batch))
        except (SQLAlchemyError, ValueError) as exc:
            if isinstance(exc, OperationalError) or not batch:
                raise StoreError(f"cannot write to {redact_url(self.url)}: {_short(exc)}") from None
            if len(batch) > 1:
                for doc in batch:
                    self.add_batch([doc], stats)
            else:
                message = f"the database rejected it ({_short(exc)})"
                stats.articles += 1
                stats.errors += 1
                stats.error_messages.append(f"{batch[0].id}: {message}")
                self.log_error(batch[0].id, message)
        return stats

    def _write(self, batch: list[Document]) -> IngestStats:
        for attempt in range(3):
            part = IngestStats()
            try:
                with self.writer.begin() as conn:
                    BatchWriter(conn, self.hasher, part).write(batch)
                return part
            except OperationalError:  # e.g. the database is locked by another writer: retry
                if attempt == 2:
                    raise
                time.sleep(0.5 * (attempt + 1))
        raise AssertionError("unreachable")

    def log_error(self, origin: str, message: str) -> None:
        with self.writer.begin() as conn:  # once per origin and message: reruns add nothing
            seen = conn.execute(select(ingest_errors.c.id).where(
                ingest_errors.c.origin == origin, ingest_errors.c.message == message)).first()
            if seen is None:
                conn.execute(ingest_errors.insert().values(origin=origin, message=message))


    # ---------------------------------------------------------------------- misc
    def stats(self) -> dict[str, Any]:
        def count(table: Any, *where: Any) -> int:
            return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar() or 0)

        with self.engine.connect() as conn:
            first, last = conn.execute(select(func.min(documents.c.published), func.max(documents.c.published))).one()
            countries = {r[0]: r[1] for r in conn.execute(
                select(events.c.country, func.count()).where(events.c.country.is_not(None)).group_by(events.c.country))}
            types = {r[0]: r[1] for r in conn.execute(
                select(events.c.event_type, func.count()).group_by(events.c.event_type))}
            return {
                "documents": count(documents), "stories": count(stories, stories.c.size >= 2),
                "event_mentions": count(event_mentions), "events": count(events),
                "entities": count(entities), "quotes": count(quotes), "places": count(places),
                "errors": count(ingest_errors), "schema_version": current_version(conn),
                "backend": self.backend, "first_published": first, "last_published": last,
                "countries": countries, "event_types": types,
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # transactions are begun by _sqlite_begin, not by the driver (which begins them only
    # at the first write, after the reads a write depends on)
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    _switch_to_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _switch_to_wal(cur: Any, wait_s: float = SQLITE_WAIT_S) -> None:
    """``PRAGMA journal_mode=WAL``, retried while another connection writes. SQLite answers
    the switch with "database is locked" at once, without its busy handler, when another
    connection holds the write lock of a database still in rollback-journal mode (two
    processes creating one new file); retrying until that write ends is what the busy
    handler does for every other statement."""
    deadline = time.monotonic() + wait_s
    pause = 0.005
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL").fetchall()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _sqlite_begin(conn: Any) -> None:
    """BEGIN IMMEDIATE for writes (the write lock first: concurrent writers wait for each
    other instead of reading the same state), a plain deferred BEGIN for reads."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("rasd_write") else "BEGIN")


def _short(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__
