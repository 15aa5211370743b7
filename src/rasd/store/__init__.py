"""Storage of analysed documents and deduplicated events: SQLite (default) or PostgreSQL.

>>> from rasd.store import open_store
>>> store = open_store("sqlite:///rasd.db")       # doctest: +SKIP
>>> store.add_documents(docs)                      # doctest: +SKIP
"""

from __future__ import annotations

import os

from rasd.store.base import BBox, EventFilter, IngestStats, Store, StoreError

__all__ = ["DEFAULT_URL", "BBox", "EventFilter", "IngestStats", "Store", "StoreError", "open_store"]

#: The store used when no URL is given (and ``RASD_DB`` is unset): a file in the current directory.
DEFAULT_URL = "sqlite:///rasd.db"


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    ``url`` is a SQLAlchemy-style URL: ``sqlite:///path.db`` (default ``sqlite:///rasd.db``,
    or ``$RASD_DB``), a bare file path, or ``postgresql://user:pass@host/db`` (needs
    ``psycopg``). Raises :class:`StoreError` with a readable message when it cannot open."""
    from rasd.store.sql import SqlStore

    return SqlStore(url or os.environ.get("RASD_DB") or DEFAULT_URL)
