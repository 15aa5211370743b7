"""The one typed data model of rasd.

A :class:`Document` holds the cleaned ``text``; every span refers to it by ``start``/``end``
character offsets (Python string indices, end exclusive). Surface text is derived from the
offsets, never stored, so it can never disagree with ``text``. All classes are frozen and
slotted; stages return new documents with :func:`dataclasses.replace`.

JSON (de)serialisation follows ``CONTRACT.md`` (``schema_version`` 1) exactly; fields the
contract does not name (``url``, ``outlet``, ``author``, ``warnings``) are extensions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from rasd.tokens import TokenLayer

__all__ = [
    "SCHEMA_VERSION",
    "Span",
    "Sentence",
    "Entity",
    "Speaker",
    "Quote",
    "TimeExpr",
    "Place",
    "Location",
    "Event",
    "Dateline",
    "Document",
    "SpanError",
]

SCHEMA_VERSION = 1


class SpanError(ValueError):
    """A span whose offsets do not fit the document text."""


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def surface(self, text: str) -> str:
        return text[self.start : self.end]

    def check(self, text: str) -> None:
        if not (0 <= self.start <= self.end <= len(text)):
            raise SpanError(f"span {self.start}:{self.end} outside text of length {len(text)}")


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """One sentence of the cleaned text."""


@dataclass(frozen=True, slots=True)
class Entity(Span):
    """A named entity mention. ``type`` is one of PER, ORG, LOC, GPE, FAC, MISC."""

    type: str = "MISC"
    canonical: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to. Offsets may be null for speakers resolved by anaphora."""

    text: str
    canonical: str | None = None
    role: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """A quoted or reported claim; the span covers the claim itself."""

    direct: bool = False
    speaker: Speaker | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr(Span):
    """A time expression with its value resolved against the publication date."""

    value: str | None = None


@dataclass(frozen=True, slots=True)
class Place(Span):
    """A place mention resolved to a point."""

    name: str = ""
    country: str = ""
    admin1: str | None = None
    lat: float = 0.0
    lon: float = 0.0
    geonames_id: int | None = None
    precision: int = 1
    #: read in a country the story names nowhere else, with no namesake in the story's own
    #: country: a place of the text, but not where its events happened
    lone_abroad: bool = False


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened (the contract's ``location`` object)."""

    text: str
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    precision: int


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event read from the document, with its evidence span."""

    event_type: str
    sub_event_type: str
    date: str | None
    time_precision: int
    evidence: Span
    actor1: str | None = None
    actor2: str | None = None
    location: Location | None = None
    fatalities: int | None = None
    notes: str = ""
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline at the head of an article, e.g. ``بغداد - رويترز``.

    ``place`` and ``source`` are as written; the places stage adds where the place is:
    ``name`` (English), ``country`` (ISO 3166-1 alpha-2), ``lat`` and ``lon`` (``None`` while
    unknown)."""

    place: str | None
    source: str | None
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "source": self.source, "name": self.name, "country": self.country,
                "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dateline:
        lat, lon = data.get("lat"), data.get("lon")
        return cls(data.get("place"), data.get("source"), data.get("name"), data.get("country"),
                   float(lat) if lat is not None else None, float(lon) if lon is not None else None)


def _tuple(items: Any) -> tuple[Any, ...]:
    return tuple(items) if items else ()


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything the pipeline has read from it."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    dateline: Dateline | None = None
    language: str | None = None
    removed: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    warnings: tuple[str, ...] = field(default=())

    # ------------------------------------------------------------------ helpers
    @property
    def tokens(self) -> TokenLayer:
        """The token layer of ``text`` (computed on first use, then shared by every stage
        that reads this text; never serialised: a document read back recomputes it)."""
        return TokenLayer.of(self.text)

    def surface(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]

    def evolve(self, **changes: Any) -> Document:
        """A copy with ``changes`` applied (lists are stored as tuples)."""
        for key, value in list(changes.items()):
            if isinstance(value, list):
                changes[key] = tuple(value)
        return replace(self, **changes)

    def spans(self) -> list[Span]:
        """Every span in the document, for validation."""
        out: list[Span] = [*self.sentences, *self.entities, *self.quotes, *self.times, *self.places]
        out.extend(e.evidence for e in self.events)
        return out

    def validate(self) -> None:
        """Raise :class:`SpanError` if any span (or speaker offset) does not fit ``text``."""
        for span in self.spans():
            span.check(self.text)
        for quote in self.quotes:
            sp = quote.speaker
            if sp is not None and sp.start is not None and sp.end is not None:
                Span(sp.start, sp.end).check(self.text)

    # --------------------------------------------------------------- serialise
    def to_dict(self) -> dict[str, Any]:
        """The contract's document JSON as a dict."""
        text = self.text

        def span(s: Span) -> dict[str, Any]:
            return {"start": s.start, "end": s.end, "text": text[s.start : s.end]}

        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "language": self.language,
            "text": text,
            "removed": list(self.removed),
            "sources": list(self.sources),
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [
                {**span(e), "type": e.type, "canonical": e.canonical, "id": e.id}
                for e in self.entities
            ],
            "quotes": [
                {
                    **span(q),
                    "direct": q.direct,
                    "speaker": (
                        {
                            "text": q.speaker.text,
                            "canonical": q.speaker.canonical,
                            "role": q.speaker.role,
                            "start": q.speaker.start,
                            "end": q.speaker.end,
                        }
                        if q.speaker
                        else None
                    ),
                    "cue": q.cue,
                }
                for q in self.quotes
            ],
            "times": [{**span(t), "value": t.value} for t in self.times],
            "places": [
                {
                    **span(p),
                    "name": p.name,
                    "country": p.country,
                    "admin1": p.admin1,
                    "lat": p.lat,
                    "lon": p.lon,
                    "geonames_id": p.geonames_id,
                    "precision": p.precision,
                    **({"lone_abroad": True} if p.lone_abroad else {}),
                }
                for p in self.places
            ],
            "events": [_event_dict(e) for e in self.events],
        }
        if self.url is not None:
            out["url"] = self.url
        if self.outlet is not None:
            out["outlet"] = self.outlet
        if self.author is not None:
            out["author"] = self.author
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from its contract JSON (the inverse of :meth:`to_dict`)."""
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r}")
        published = data.get("published")
        dateline = data.get("dateline")
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            title=data.get("title"),
            published=dt.date.fromisoformat(published[:10]) if published else None,
            dateline=Dateline.from_dict(dateline) if dateline else None,
            language=data.get("language"),
            removed=_tuple(data.get("removed")),
            sources=_tuple(data.get("sources")),
            sentences=tuple(Sentence(s["start"], s["end"]) for s in data.get("sentences") or ()),
            entities=tuple(
                Entity(e["start"], e["end"], e.get("type", "MISC"), e.get("canonical"), e.get("id"))
                for e in data.get("entities") or ()
            ),
            quotes=tuple(
                Quote(
                    q["start"],
                    q["end"],
                    bool(q.get("direct")),
                    Speaker(**q["speaker"]) if q.get("speaker") else None,
                    q.get("cue"),
                )
                for q in data.get("quotes") or ()
            ),
            times=tuple(TimeExpr(t["start"], t["end"], t.get("value")) for t in data.get("times") or ()),
            places=tuple(
                Place(
                    p["start"],
                    p["end"],
                    p.get("name", ""),
                    p.get("country", ""),
                    p.get("admin1"),
                    float(p.get("lat", 0.0)),
                    float(p.get("lon", 0.0)),
                    p.get("geonames_id"),
                    int(p.get("precision", 1)),
                    bool(p.get("lone_abroad", False)),
                )
                for p in data.get("places") or ()
            ),
            events=tuple(_event_from_dict(e) for e in data.get("events") or ()),
            url=data.get("url"),
            outlet=data.get("outlet"),
            author=data.get("author"),
            warnings=_tuple(data.get("warnings")),
        )


def _event_dict(e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "date": e.date,
        "time_precision": e.time_precision,
        "actor1": e.actor1,
        "actor2": e.actor2,
        "location": (
            {
                "text": loc.text,
                "name": loc.name,
                "country": loc.country,
                "admin1": loc.admin1,
                "lat": loc.lat,
                "lon": loc.lon,
                "precision": loc.precision,
            }
            if loc
            else None
        ),
        "fatalities": e.fatalities,
        "evidence": {"start": e.evidence.start, "end": e.evidence.end},
        "notes": e.notes,
        "confidence": e.confidence,
    }


def _event_from_dict(d: dict[str, Any]) -> Event:
    loc = d.get("location")
    ev = d["evidence"]
    return Event(
        event_type=d["event_type"],
        sub_event_type=d["sub_event_type"],
        date=d.get("date"),
        time_precision=int(d.get("time_precision", 3)),
        evidence=Span(ev["start"], ev["end"]),
        actor1=d.get("actor1"),
        actor2=d.get("actor2"),
        location=Location(**loc) if loc else None,
        fatalities=d.get("fatalities"),
        notes=d.get("notes", ""),
        confidence=float(d.get("confidence", 0.0)),
    )
