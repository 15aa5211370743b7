"""The SQL schema of a rasd store (SQLAlchemy Core) and its migrations.

Tables are meant to be queried directly (``sqlite3 rasd.db``, Datasette, psql):

* ``documents``: one row per article (title, published, url, outlet, sources, text, story);
* ``entities``, ``quotes``, ``places``: the spans read from each document, with
  ``start_char``/``end_char`` offsets into ``documents.text`` (``places`` has ``latitude``
  and ``longitude``);
* ``event_mentions``: every event as one document reported it, with its evidence;
* ``events``: the deduplicated events (``latitude``/``longitude``, ACLED-style
  ``event_date``, ``geo_precision``, ``fatalities``, ``sources``, ``n_documents``);
* ``event_sources``: one row per event, reporting document and credited outlet/agency;
* ``stories``: near-duplicate story clusters (``documents.story_id`` points here);
* ``document_signatures`` and ``lsh_buckets``: MinHash signatures and LSH bands;
* ``ingest_errors``: articles that could not be read or analysed;
* ``schema_info``: applied migrations.

Full-text search: SQLite keeps an FTS5 table ``documents_fts`` over the Arabic-normalised
title and text; PostgreSQL keeps ``document_search`` with a GIN ``tsvector`` index.

Migrations are numbered functions applied in order inside one transaction each; a store
refuses to open a database whose schema is newer than the code.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
)

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "metadata", "current_version", "migrate", "tables"]

metadata = MetaData()

schema_info = Table(
    "schema_info", metadata,
    Column("version", Integer, primary_key=True),
    Column("description", Text, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String, primary_key=True),
    Column("seq", Integer, nullable=False, index=True, doc="ingest order"),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("sources", Text, doc="credited agencies, '; '-joined"),
    Column("language", String(8)),
    Column("dateline_place", Text),
    Column("dateline_source", Text),
    Column("story_id", String, index=True),
    Column("n_events", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
    Column("data", Text, nullable=False, doc="the contract JSON without text"),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id"), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("canonical", Text, index=True),
    Column("kb_id", Text),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id"), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("speaker", Text),
    Column("speaker_canonical", Text, index=True),
    Column("speaker_role", Text),
    Column("cue", Text),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id"), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geonames_id", BigInteger),
    Column("geo_precision", Integer),
)

stories = Table(
    "stories", metadata,
    Column("id", String, primary_key=True, doc="the id of the story's first document"),
    Column("size", Integer, nullable=False),
    Column("title", Text),
    Column("first_published", String(10)),
)

document_signatures = Table(
    "document_signatures", metadata,
    Column("document_id", String, ForeignKey("documents.id"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

lsh_buckets = Table(
    "lsh_buckets", metadata,
    Column("bucket", BigInteger, primary_key=True, doc="hash of the band number and its rows"),
    Column("document_id", String, ForeignKey("documents.id"), primary_key=True),
    Column("band", Integer, nullable=False),
)

_EVENT_COLUMNS = (
    ("event_type", Text), ("sub_event_type", Text), ("event_date", String(10)),
    ("time_precision", Integer), ("actor1", Text), ("actor2", Text), ("location_text", Text),
    ("location", Text), ("country", String(2)), ("admin1", Text), ("latitude", Float),
    ("longitude", Float), ("geo_precision", Integer), ("fatalities", Integer), ("notes", Text),
    ("confidence", Float),
)

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),
    *(Column(name, kind) for name, kind in _EVENT_COLUMNS),
    Column("n_documents", Integer, nullable=False),
    Column("sources", Text, doc="every credited outlet/agency, '; '-joined"),
    Column("first_document", String, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("evidence_text", Text),
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("event_id", String, ForeignKey("events.id"), nullable=False, index=True),
    *(Column(name, kind) for name, kind in _EVENT_COLUMNS),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("published", String(10)),
    Column("sources", Text),
    Column("story_id", String),
)

event_sources = Table(
    "event_sources", metadata,
    Column("event_id", String, ForeignKey("events.id"), primary_key=True),
    Column("document_id", String, ForeignKey("documents.id"), primary_key=True),
    Column("source", String, primary_key=True, doc="outlet or credited agency ('' when none)"),
    Column("published", String(10)),
)

ingest_errors = Table(
    "ingest_errors", metadata,
    Column("id", Integer, primary_key=True),
    Column("origin", Text, nullable=False),
    Column("message", Text, nullable=False),
)

document_search = Table(  # PostgreSQL only (SQLite uses the FTS5 table documents_fts)
    "document_search", metadata,
    Column("document_id", String, ForeignKey("documents.id"), primary_key=True),
    Column("body", Text, nullable=False),
)

_FILTER_INDEXES = (
    Index("ix_events_date", events.c.event_date),
    Index("ix_events_type_date", events.c.event_type, events.c.event_date),
    Index("ix_events_country", events.c.country),
)

tables = {t.name: t for t in metadata.sorted_tables}

_V1_TABLES = [schema_info, documents, entities, quotes, places, stories, document_signatures,
              lsh_buckets, events, event_mentions, event_sources]


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=_V1_TABLES)
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            "document_id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')"
        ))
    else:
        metadata.create_all(conn, tables=[document_search])
        conn.execute(text(
            "CREATE INDEX IF NOT EXISTS ix_document_search_tsv ON document_search "
            "USING gin (to_tsvector('simple', body))"
        ))


def _v2(conn: Connection) -> None:
    metadata.create_all(conn, tables=[ingest_errors])
    for index in _FILTER_INDEXES:
        index.create(conn, checkfirst=True)


#: (version, description, function) in order; append, never edit an applied one.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "documents, spans, stories, events and full-text search", _v1),
    (2, "ingest_errors table; event filter indexes", _v2),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The highest applied migration (0 for an empty database)."""
    if not inspect(conn).has_table("schema_info"):
        return 0
    value = conn.execute(select(schema_info.c.version).order_by(schema_info.c.version.desc()).limit(1)).scalar()
    return int(value or 0)


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply the missing migrations up to ``target``; returns the versions applied.

    Raises ``RuntimeError`` when the database is newer than this code."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"the database has schema version {version}, newer than this rasd ({SCHEMA_VERSION}); upgrade rasd"
        )
    applied = []
    for number, description, step in MIGRATIONS:
        if version < number <= target:
            step(conn)
            conn.execute(schema_info.insert().values(version=number, description=description))
            applied.append(number)
    return applied
