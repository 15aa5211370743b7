"""The HTTP API (``/api/...``): analyse, documents, events, search, stats.

Every read endpoint calls the store's protocol methods (:mod:`rasd.store.base`) with plain
values; no SQL is built here. Bad query values give 422 with a message, unknown ids 404.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import secrets
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from rasd.execute.limits import Limits
from rasd.ingest.readers import scrub
from rasd.store.acled import CSV_COLUMNS as _CSV_COLUMNS
from rasd.store.acled import acled_row, country_table, csv_safe
from rasd.store.export import parquet_available, write_events
from rasd.store.filters import (
    ACLED_EVENT_TYPES,
    ACLED_SUB_EVENT_TYPES,
    FilterValueError,
    actor_names,
    resolve_country,
    resolve_event_type,
    resolve_sub_event_type,
)
from rasd.web.models import (
    AnalyzedDocument,
    DocumentPage,
    EventDetail,
    EventPage,
    Sample,
    SampleText,
    SearchResult,
    Stats,
    StoredDocument,
)
from rasd.web.settings import WebSettings

__all__ = ["ACLED_EVENT_TYPES", "CSV_COLUMNS", "AnalyzeRequest", "router"]

router = APIRouter(prefix="/api")

#: Columns of ``/api/events.csv``: the same as ``rasd events --format csv`` (ACLED's
#: published layout, then rasd's columns).
CSV_COLUMNS = _CSV_COLUMNS

_MAX_OFFSET = 10**9


# ----------------------------------------------------------------------------- models
class AnalyzeRequest(BaseModel):
    """An article to analyse: ``text`` (raw article text) or ``html`` (a saved page)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="raw article text")
    html: str | None = Field(None, description="a saved web page (used when text is absent)")
    title: str | None = Field(None, max_length=2000)
    published: dt.date | None = Field(None, description="publication date, resolves relative dates")
    url: str | None = Field(None, max_length=4000)
    outlet: str | None = Field(None, max_length=500)
    save: bool = Field(False, description="also store the analysed document")


class PageConfig(BaseModel):
    """What the page needs to know about this server."""

    version: str
    tile_url: str | None
    tile_attribution: str
    token_required: bool
    max_events: int
    max_body_bytes: int
    event_types: list[str]
    sub_event_types: dict[str, list[str]] = Field(description="ACLED's sub-event types by event type")
    countries: dict[str, str] = Field(description="country names as ACLED writes them, by ISO alpha-2 code")


# ------------------------------------------------------------------------ helpers
#: Size cap of ``POST /api/analyze`` in KB when ``RASD_MAX_ARTICLE_KB`` is unset: the server
#: analyses in its request threads, where no time budget applies (256 KB: about 6 s).
API_MAX_ARTICLE_KB = 256


def _limits() -> Limits:
    """The API's per-article size cap (``RASD_MAX_ARTICLE_KB``, else :data:`API_MAX_ARTICLE_KB`)."""
    try:
        limits = Limits.from_env()
    except ValueError:
        limits = Limits()
    if not os.environ.get("RASD_MAX_ARTICLE_KB", "").strip():
        limits = Limits(API_MAX_ARTICLE_KB, limits.timeout_s)
    return limits


def _clean(value: str | None) -> str | None:
    """A stripped query value without NUL characters, or None when empty."""
    if value is None:
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def _invalid(loc: tuple[str, ...], message: str) -> HTTPException:
    """A 422 in the shape the OpenAPI document promises for every 422 (FastAPI's
    ``HTTPValidationError``: ``{"detail": [{"loc": [...], "msg": ..., "type": ...}]}``)."""
    return HTTPException(422, [{"loc": list(loc), "msg": message, "type": "value_error"}])


def _parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if raw is None or not raw.strip():
        return None
    parts = raw.split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != 4 or any(v != v or v in (float("inf"), float("-inf")) for v in values):
        raise _invalid(("query", "bbox"), "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise _invalid(("query", "bbox"), "bbox longitudes must lie in [-180, 180] and latitudes in [-90, 90]")
    if min_lat > max_lat:
        raise _invalid(("query", "bbox"), "bbox min_lat must not exceed max_lat")
    if min_lon > max_lon:
        raise _invalid(("query", "bbox"), "bbox min_lon must not exceed max_lon")
    return (min_lon, min_lat, max_lon, max_lat)


class EventFilters:
    """The event filters shared by ``/api/events``, ``/api/events.csv`` and the other exports.

    ``country`` takes an ISO code or a name, ``event_type`` and ``sub_event_type`` ACLED's
    names in any case, ``actor`` English or Arabic (resolved through the knowledge base);
    a value that matches nothing known is a 422 naming the valid values."""

    def __init__(
        self,
        country: Annotated[str | None, Query(max_length=64, description="ISO 3166-1 code or country name")] = None,
        event_type: Annotated[str | None, Query(max_length=100, description="ACLED event type, any case")] = None,
        date_from: Annotated[dt.date | None, Query(description="first day, YYYY-MM-DD")] = None,
        date_to: Annotated[dt.date | None, Query(description="last day, YYYY-MM-DD")] = None,
        actor: Annotated[str | None, Query(max_length=300, description="substring of actor1 or actor2, "
                                                                       "or an Arabic name")] = None,
        text: Annotated[str | None, Query(max_length=300, description="substring of notes, location or actors")] = None,
        bbox: Annotated[
            str | None, Query(max_length=200, description="min_lon,min_lat,max_lon,max_lat")
        ] = None,
        sub_event_type: Annotated[str | None, Query(max_length=100, description="ACLED sub-event type")] = None,
        min_fatalities: Annotated[int | None, Query(ge=0, le=10**6, description="at least this many killed")] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1, description="confidence at least this")] = None,
    ) -> None:
        try:
            country = _clean(country)
            self.country = resolve_country(country) if country else None
            event_type = _clean(event_type)
            self.event_type = resolve_event_type(event_type) if event_type else None
            sub = _clean(sub_event_type)
            self.sub_event_type = resolve_sub_event_type(sub) if sub else None
        except FilterValueError as exc:
            raise _invalid(("query",), str(exc)) from None
        self.date_from = date_from.isoformat() if date_from else None
        self.date_to = date_to.isoformat() if date_to else None
        self.actor = _clean(actor)
        self.actor_names = actor_names(self.actor) if self.actor else ()
        self.text = _clean(text)
        self.bbox = _parse_bbox(bbox)
        self.min_fatalities = min_fatalities
        self.min_confidence = min_confidence

    def as_kwargs(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "country": self.country,
            "event_type": self.event_type,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "actor": None if self.actor_names else self.actor,
            "text": self.text,
            "bbox": self.bbox,
        }
        extra = {"sub_event_type": self.sub_event_type, "min_fatalities": self.min_fatalities,
                 "min_confidence": self.min_confidence, "actor_names": self.actor_names or None}
        out.update({k: v for k, v in extra.items() if v is not None})
        return out


def _store(request: Request) -> Any:
    return request.app.state.store


def _settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.settings
    return settings


def require_token(request: Request) -> None:
    """Let a write request through when no token is configured or it carries the token."""
    token = _settings(request).token
    if token is None:
        return
    given = request.headers.get("x-rasd-token")
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given or not secrets.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(
            401,
            "this endpoint needs the API token: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def html_to_article(html: str) -> tuple[str, str | None]:
    """The main text and title of a saved web page (trafilatura; tags stripped as a fallback)."""
    text: str | None = None
    title: str | None = None
    try:
        import trafilatura

        result = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
        if result is not None:
            data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
            text = data.get("text")
            title = data.get("title")
    except Exception:  # trafilatura fails on odd markup; fall back to plain tag stripping
        text = None
    if not text:
        from html.parser import HTMLParser

        class _Text(HTMLParser):
            def __init__(self) -> None:
                super().__init__()
                self.parts: list[str] = []
                self._skip = 0

            def handle_starttag(self, tag: str, attrs: Any) -> None:
                if tag in ("script", "style"):
                    self._skip += 1

            def handle_endtag(self, tag: str) -> None:
                if tag in ("script", "style") and self._skip:
                    self._skip -= 1

            def handle_data(self, data: str) -> None:
                if not self._skip:
                    self.parts.append(data)

        parser = _Text()
        parser.feed(html)
        text = "\n".join(p.strip() for p in parser.parts if p.strip())
    return text, title


def event_csv_row(event: dict[str, Any]) -> list[Any]:
    """One ``/api/events.csv`` row (see :data:`CSV_COLUMNS`) for a stored event."""
    row = acled_row(event)
    return [csv_safe(row[c]) for c in CSV_COLUMNS]


# ---------------------------------------------------------------------- endpoints
@router.get("/config", response_model=PageConfig, summary="What the page needs to know")
def get_config(request: Request) -> PageConfig:
    from rasd import __version__

    settings = _settings(request)
    return PageConfig(
        version=__version__,
        tile_url=settings.tile_url,
        tile_attribution=settings.tile_attribution,
        token_required=settings.token is not None,
        max_events=settings.max_events,
        max_body_bytes=settings.max_body_bytes,
        event_types=list(ACLED_EVENT_TYPES),
        sub_event_types={k: list(v) for k, v in ACLED_SUB_EVENT_TYPES.items()},
        countries={code: row.country for code, row in country_table().items()},
    )


@router.post(
    "/analyze",
    response_model=AnalyzedDocument,
    summary="Analyse one article (text or HTML) and return its document JSON",
    dependencies=[Depends(require_token)],
    responses={401: {"description": "token required"}, 413: {"description": "body too large"}},
)
def analyze(body: AnalyzeRequest, request: Request) -> dict[str, Any]:
    # NUL characters are dropped and lone surrogates replaced first (as `rasd ingest`
    # does): a text of NULs and spaces is empty
    given, warnings = scrub(body.text) if body.text else (None, ())
    text = given if given and given.strip() else None
    title = scrub(body.title)[0] if body.title else body.title
    html = scrub(body.html)[0] if body.html else None
    limits = _limits()
    too_large = limits.size_error(text, html)
    if too_large:
        raise HTTPException(413, too_large.replace("--max-article-kb or ", "").replace("skipped: ", "").replace(" raise it", " on the server raises it"))
    if text is None and html and html.strip():
        text, html_title = html_to_article(html)
        title = title or html_title
    if not text or not text.strip():
        raise _invalid(("body", "text"), "give the article as a non-empty 'text' or 'html'")
    analyzer: Callable[..., Any] = request.app.state.analyzer
    try:
        doc = analyzer(text, published=body.published, title=title)
    except Exception as exc:  # a stage bug must not take the server down
        raise HTTPException(500, f"analysis failed: {type(exc).__name__}: {exc}") from exc
    if warnings:
        doc = doc.evolve(warnings=(*warnings, *doc.warnings))
    if body.url or body.outlet:
        doc = doc.evolve(url=scrub(body.url or doc.url or "")[0] or None,
                         outlet=scrub(body.outlet or doc.outlet or "")[0] or None)
    out: dict[str, Any] = doc.to_dict()
    if body.save:
        stats = _store(request).add_documents([doc])
        out["ingest"] = stats.to_dict() if hasattr(stats, "to_dict") else dict(stats)
    return out


@router.get("/documents", response_model=DocumentPage, summary="Stored documents, newest first")
def list_documents(
    request: Request,
    q: Annotated[str | None, Query(max_length=300, description="full-text filter")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=_MAX_OFFSET)] = 0,
) -> DocumentPage:
    store = _store(request)
    query = _clean(q)
    return DocumentPage(
        total=store.count_documents(q=query),
        limit=limit,
        offset=offset,
        items=store.list_documents(limit=limit, offset=offset, q=query),
    )


@router.get(
    "/documents/{doc_id}",
    response_model=StoredDocument,
    summary="One stored document: contract JSON plus story and event ids",
    responses={404: {"description": "no such document"}},
)
def get_document(doc_id: str, request: Request) -> dict[str, Any]:
    doc: dict[str, Any] | None = _store(request).get_document(doc_id.replace("\x00", ""))
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return doc


@router.get("/events", response_model=EventPage, summary="Deduplicated events matching the filters")
def list_events(
    request: Request,
    filters: Annotated[EventFilters, Depends()],
    limit: Annotated[int, Query(ge=1, le=5000)] = 100,
    offset: Annotated[int, Query(ge=0, le=_MAX_OFFSET)] = 0,
) -> EventPage:
    store = _store(request)
    kwargs = filters.as_kwargs()
    return EventPage(
        total=store.count_events(**kwargs),
        limit=limit,
        offset=offset,
        items=store.list_events(**kwargs, limit=limit, offset=offset),
    )


@router.get(
    "/events.csv",
    summary="Every event matching the filters as CSV (ACLED column names)",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}, "description": "CSV file"}},
)
def export_events_csv(request: Request, filters: Annotated[EventFilters, Depends()]) -> StreamingResponse:
    store = _store(request)
    kwargs = filters.as_kwargs()

    def rows() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(CSV_COLUMNS)
        for event in store.list_events(**kwargs, limit=None, offset=0):
            writer.writerow(event_csv_row(event))
            if buf.tell() > 65536:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(
        rows(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="rasd-events.csv"'},
    )


@router.get(
    "/events.geojson",
    summary="Every event matching the filters as a GeoJSON FeatureCollection (points)",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/geo+json": {}}, "description": "GeoJSON file"}},
)
def export_events_geojson(request: Request, filters: Annotated[EventFilters, Depends()]) -> StreamingResponse:
    events = _store(request).list_events(**filters.as_kwargs(), limit=None, offset=0)
    buf = io.StringIO()
    write_events(events, "geojson", buf)
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="application/geo+json",
        headers={"Content-Disposition": 'attachment; filename="rasd-events.geojson"'},
    )


@router.get(
    "/events.parquet",
    summary="Every event matching the filters as Parquet (the CSV's columns, typed; needs pyarrow)",
    response_class=Response,
    responses={200: {"content": {"application/vnd.apache.parquet": {}}, "description": "Parquet file"},
               501: {"description": "pyarrow is not installed on the server"}},
)
def export_events_parquet(request: Request, filters: Annotated[EventFilters, Depends()]) -> Response:
    if not parquet_available():
        raise HTTPException(501, "Parquet needs pyarrow on the server: pip install 'rasd[parquet]'")
    events = _store(request).list_events(**filters.as_kwargs(), limit=None, offset=0)
    buf = io.BytesIO()
    write_events(events, "parquet", buf)
    return Response(
        buf.getvalue(),
        media_type="application/vnd.apache.parquet",
        headers={"Content-Disposition": 'attachment; filename="rasd-events.parquet"'},
    )


@router.get(
    "/events/{event_id}",
    response_model=EventDetail,
    summary="One event with every report: sources and evidence",
    responses={404: {"description": "no such event"}},
)
def get_event(event_id: str, request: Request) -> dict[str, Any]:
    event: dict[str, Any] | None = _store(request).get_event(event_id.replace("\x00", ""))
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event


@router.get("/search", response_model=SearchResult, summary="Arabic-normalised full-text search")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=300, description="every word must occur")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=_MAX_OFFSET)] = 0,
) -> SearchResult:
    query = _clean(q)
    items = _store(request).search(query, limit=limit, offset=offset) if query else []
    return SearchResult(q=q, limit=limit, offset=offset, items=items)


def bundled_samples() -> list[dict[str, Any]]:
    """The sample articles bundled with rasd (``rasd/samples/index.json``), or [] without them."""
    from importlib import resources

    try:
        index = json.loads((resources.files("rasd") / "samples" / "index.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return []
    return [item for item in index if isinstance(item, dict) and item.get("id") and item.get("file")]


@router.get("/samples", response_model=list[Sample], summary="The sample articles bundled with rasd (for the analyse box)")
def list_samples() -> list[dict[str, Any]]:
    keys = ("id", "published", "outlet", "country", "summary_en")
    return [{k: item.get(k) for k in keys} for item in bundled_samples()]


@router.get("/samples/{sample_id}", response_model=SampleText, summary="One bundled sample article's raw text",
            responses={404: {"description": "no such sample"}})
def get_sample(sample_id: str) -> dict[str, Any]:
    from importlib import resources

    for item in bundled_samples():
        if item["id"] == sample_id:  # only names from the index: no path from the request
            text = (resources.files("rasd") / "samples" / str(item["file"])).read_text(encoding="utf-8")
            return {"id": item["id"], "published": item.get("published"), "outlet": item.get("outlet"), "text": text}
    raise HTTPException(404, f"no sample article {sample_id!r}")


@router.get("/stats", response_model=Stats, summary="Row counts, date range, events per country and per type")
def stats(request: Request) -> dict[str, Any]:
    result: dict[str, Any] = _store(request).stats()
    return result
