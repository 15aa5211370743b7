"""The storage protocol every rasd store implements.

A store keeps analysed documents, their entities, quotes and places, the events read from
them (``event_mentions``: one row per event per document) and the deduplicated events
(``events``, with every report in ``event_sources``). Code that reads or writes a store
(``rasd ingest``, ``rasd events``, ``rasd serve``) uses only this protocol; open a store with
:func:`rasd.store.open_store`.

Returned objects are plain JSON-ready dicts:

* a **document** (``get_document``) is the contract's document JSON plus the stored extras
  ``story`` (the story-cluster id, see below), ``story_size`` and ``event_ids`` (the
  deduplicated events its events were merged into, parallel to ``events``);
* a **document summary** (``list_documents``, ``search``) is ``{"id", "title",
  "published", "url", "outlet", "sources", "language", "story", "n_events"}``; ``search``
  adds ``"snippet"`` (up to 200 characters of text around the first hit, or the start);
* a **stored event** (``list_events``) is the contract's event object (``event_type``,
  ``sub_event_type``, ``date``, ``time_precision``, ``actor1``, ``actor2``, ``location``,
  ``fatalities``, ``evidence``, ``notes``, ``confidence``) plus ``id`` (stable across
  re-ingests), ``documents`` (the ids of every article that reported it, earliest first)
  and ``sources`` (every outlet or agency credited, canonical names, sorted). Its
  ``evidence`` is ``{"document", "start", "end", "text"}`` of the report it was first read
  from;
* a **full event** (``get_event``) is a stored event plus ``reports``: one object per
  document that reported it, ``{"document", "title", "outlet", "url", "published",
  "sources", "start", "end", "text", "date", "fatalities", "location"}`` where
  ``start``/``end`` are the evidence offsets into that document's text and ``text`` the
  evidence sentence(s).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, runtime_checkable

from rasd.document import Document

__all__ = ["BBox", "EventFilter", "IngestStats", "Store", "StoreError"]

#: ``(min_lon, min_lat, max_lon, max_lat)``, the GeoJSON bbox order.
BBox = tuple[float, float, float, float]


class StoreError(RuntimeError):
    """A store that cannot be opened or used (bad URL, unreachable server, newer schema)."""


@dataclass(slots=True)
class IngestStats:
    """What one ``add_documents`` call (or a whole ingest run) did.

    ``articles``: documents offered; ``added``: new documents stored; ``duplicates``:
    documents skipped because their id (or identical content) was already stored;
    ``near_duplicates``: new documents that joined an existing story cluster (wire copies
    and rewrites); ``events``: event mentions stored; ``new_events``: deduplicated events
    created; ``merged_events``: mentions merged into an already known event; ``errors``:
    articles that could not be read or analysed (logged and skipped).
    """

    articles: int = 0
    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    events: int = 0
    new_events: int = 0
    merged_events: int = 0
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)

    def add(self, other: IngestStats) -> None:
        """Accumulate ``other`` into this one."""
        for name in ("articles", "added", "duplicates", "near_duplicates", "events",
                     "new_events", "merged_events", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.error_messages.extend(other.error_messages)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("error_messages")
        return out

    def summary(self) -> str:
        """One human line whose parts add up: the articles are the new ones, the duplicates
        and the errors; the near-duplicates are counted among the new ones."""
        near = f" ({self.near_duplicates} of them near-duplicates of a known story)" if self.near_duplicates else ""
        return (
            f"{_n(self.articles, 'article')}: {self.added} new{near}, "
            f"{self.duplicates} already stored, {_n(self.errors, 'error')}; "
            f"{_n(self.events, 'event report')} -> {_n(self.new_events, 'new event')}, "
            f"{self.merged_events} merged into known events"
        )


def _n(count: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by ``list_events``, ``count_events`` and the exports.

    ``country``: ISO 3166-1 alpha-2 (case-insensitive); ``event_type``: ACLED event type,
    exact; ``date_from``/``date_to``: ``YYYY-MM-DD`` inclusive; ``actor``: a substring of
    actor1 or actor2 (case-insensitive); ``text``: a substring of the notes, location or
    actors; ``bbox``: ``(min_lon, min_lat, max_lon, max_lat)``; ``sub_event_type``: ACLED
    sub-event type, exact; ``min_fatalities``: at least this many reported killed;
    ``min_confidence``: events whose ``confidence`` is at least this; ``actor_names``:
    actor1 or actor2 is exactly one of these (what an Arabic ``actor`` resolves to in the
    knowledge base, see :func:`rasd.store.filters.actor_names`).
    """

    country: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None
    text: str | None = None
    bbox: BBox | None = None
    sub_event_type: str | None = None
    min_fatalities: int | None = None
    min_confidence: float | None = None
    actor_names: tuple[str, ...] | None = None


@runtime_checkable
class Store(Protocol):
    """A place to keep analysed documents and deduplicated events."""

    url: str

    def add_documents(self, docs: Iterable[Document], *, batch_size: int = 100) -> IngestStats:
        """Store analysed documents; link near-duplicates into story clusters and merge their
        events into the deduplicated events.

        Idempotent: a document whose id is already stored is skipped (counted in
        ``duplicates``). Transactional per batch of ``batch_size`` documents: an interrupted
        call leaves whole batches only, and calling again with the same input continues
        where it stopped and ends with the same database as an uninterrupted run.
        """
        ...

    def add_batch(self, batch: list[Document], stats: IngestStats | None = None) -> IngestStats:
        """Store one batch in one transaction (all of it or, after a crash, none of it),
        accumulating into ``stats`` when given."""
        ...

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored (lets ingest skip re-analysis)."""
        ...

    def document_ids(self) -> list[str]:
        """Every stored document id in ingest order."""
        ...

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored (lets ingest skip re-analysis)."""
        ...

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document (contract JSON plus ``story``, ``story_size``,
        ``event_ids``), or None."""
        ...

    def list_documents(self, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]:
        """Document summaries, newest published first; ``q`` restricts to a full-text match."""
        ...

    def count_documents(self, q: str | None = None) -> int:
        """How many documents ``list_documents`` would page through."""
        ...

    def list_events(
        self,
        country: str | None = None,
        event_type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        actor: str | None = None,
        text: str | None = None,
        bbox: BBox | None = None,
        limit: int | None = 100,
        offset: int = 0,
        **more: Any,
    ) -> list[dict[str, Any]]:
        """Stored (deduplicated) events matching the filters (see :class:`EventFilter`;
        ``more``: its other fields), ordered by date then id; ``limit=None`` returns all."""
        ...

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Every stored event matching ``filters``, streamed (for exports)."""
        ...

    def count_events(
        self,
        country: str | None = None,
        event_type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        actor: str | None = None,
        text: str | None = None,
        bbox: BBox | None = None,
        **more: Any,
    ) -> int:
        """How many stored events match the filters (``more``: the other fields of
        :class:`EventFilter`)."""
        ...

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """A stored event plus ``reports`` (every document with its evidence), or None."""
        ...

    def list_stories(self, min_size: int = 2, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Story clusters (``{"id", "size", "title", "documents"}``), largest first."""
        ...

    def search(self, q: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over Arabic-normalised title and text
        (:func:`rasd.text.normalize_key`: hamza, ya, ta marbuta, diacritics folded); every
        word of ``q`` must occur. Document summaries with ``snippet``, best match first."""
        ...

    def stats(self) -> dict[str, Any]:
        """Row counts and facts: ``documents``, ``stories`` (clusters of 2+),
        ``event_mentions``, ``events``, ``entities``, ``quotes``, ``places``, ``errors``,
        ``schema_version``, ``backend`` (``"sqlite"`` or ``"postgresql"``),
        ``first_published``, ``last_published``, ``countries`` ({ISO: event count}),
        ``event_types`` ({type: event count})."""
        ...

    def log_error(self, origin: str, message: str) -> None:
        """Record an article that could not be read or analysed (table ``ingest_errors``;
        once per origin and message, so reruns add nothing)."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
