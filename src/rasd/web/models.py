"""Typed response models of the HTTP API, so that the OpenAPI document describes every field
(a generated client gets real classes, not ``object``). They follow the shapes of
CONTRACT.md and :mod:`rasd.store.base`; each allows extra fields, so that a field added
there later still reaches the client."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AnalyzedDocument",
    "DocumentPage",
    "DocumentSummary",
    "EventDetail",
    "EventPage",
    "Sample",
    "SampleText",
    "SearchResult",
    "Stats",
    "StoredDocument",
    "StoredEvent",
]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Location(_Open):
    """Where an event happened (ACLED geo_precision: 1 town, 2 near/district, 3 province)."""

    text: str | None = Field(None, description="the place as the article writes it")
    name: str | None = Field(None, description="English name")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None


class StoredEvidence(_Open):
    """The sentence(s) a stored event was first read from."""

    document: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


class StoredEvent(_Open):
    """A deduplicated event (ACLED taxonomy) with every document and source that reported it."""

    id: str
    event_type: str
    sub_event_type: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    time_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    location: Location | None = None
    fatalities: int | None = Field(None, description="null: not reported")
    evidence: StoredEvidence | None = None
    notes: str = ""
    confidence: float | None = Field(None, description="the chance that the event is right, 0-1")
    documents: list[str] = Field(default_factory=list, description="ids of the reporting articles, earliest first")
    sources: list[str] = Field(default_factory=list)
    last_reported: str | None = Field(None, description="publication day of the latest report")


class Report(_Open):
    """One article's report of an event, with its evidence offsets into that article's text."""

    document: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    sources: list[str] = Field(default_factory=list)
    start: int | None = None
    end: int | None = None
    text: str | None = None
    date: str | None = None
    fatalities: int | None = None
    location: Location | None = None


class EventDetail(StoredEvent):
    """A stored event with every report."""

    reports: list[Report] = Field(default_factory=list)


class DocumentSummary(_Open):
    """A stored document in a list (``snippet`` in search results)."""

    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    sources: list[str] = Field(default_factory=list)
    language: str | None = None
    story: str | None = None
    n_events: int = 0
    snippet: str | None = None


class Span(_Open):
    start: int
    end: int


class Entity(Span):
    text: str | None = None
    type: str
    canonical: str | None = None
    id: str | None = None


class Speaker(_Open):
    text: str
    canonical: str | None = None
    role: str | None = None
    start: int | None = None
    end: int | None = None


class Quote(Span):
    text: str | None = None
    direct: bool = False
    speaker: Speaker | None = None
    cue: str | None = None


class TimeExpression(Span):
    text: str | None = None
    value: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD")


class Place(Span):
    text: str | None = None
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float
    lon: float
    geonames_id: int | None = None
    precision: int | None = None


class DocumentEvent(_Open):
    """An event as read from one document (CONTRACT.md)."""

    event_type: str
    sub_event_type: str | None = None
    date: str | None = None
    time_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    location: Location | None = None
    fatalities: int | None = None
    evidence: Span
    notes: str = ""
    confidence: float | None = None


class Dateline(_Open):
    place: str | None = None
    source: str | None = None


class AnalyzedDocument(_Open):
    """The document JSON of CONTRACT.md (schema version 1); after ``save``, ``ingest`` says
    what storing it did."""

    schema_version: int
    id: str
    title: str | None = None
    published: str | None = None
    dateline: Dateline | None = None
    language: str | None = None
    text: str
    removed: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[DocumentEvent] = Field(default_factory=list)
    url: str | None = None
    outlet: str | None = None
    ingest: dict[str, int] | None = None


class StoredDocument(AnalyzedDocument):
    """A stored document: the document JSON plus its story cluster and the deduplicated
    events its events were merged into (parallel to ``events``)."""

    story: str | None = None
    story_size: int = 1
    event_ids: list[str] = Field(default_factory=list)


class EventPage(_Open):
    """One page of events."""

    total: int
    limit: int
    offset: int
    items: list[StoredEvent]


class DocumentPage(_Open):
    """One page of document summaries."""

    total: int
    limit: int
    offset: int
    items: list[DocumentSummary]


class SearchResult(_Open):
    """Search hits (document summaries with a snippet), best first."""

    q: str
    limit: int
    offset: int
    items: list[DocumentSummary]


class Stats(_Open):
    """Row counts, the publication range, events per country (ISO code) and per type."""

    documents: int
    stories: int = 0
    event_mentions: int = 0
    events: int
    entities: int = 0
    quotes: int = 0
    places: int = 0
    errors: int = 0
    schema_version: int | None = None
    backend: str | None = None
    first_published: str | None = None
    last_published: str | None = None
    countries: dict[str, int] = Field(default_factory=dict)
    event_types: dict[str, int] = Field(default_factory=dict)


class Sample(_Open):
    id: str
    published: str | None = None
    outlet: str | None = None
    country: str | None = None
    summary_en: str | None = None


class SampleText(_Open):
    id: str
    published: str | None = None
    outlet: str | None = None
    text: str
