"""The read side of the SQL store: documents (list, search, stories) and events (filters,
pages, one event with its reports). :class:`rasd.store.sql.SqlStore` is built from these two
mixins and the write side; see :mod:`rasd.store.base` for the shapes of the returned dicts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select, text

from rasd.document import Document
from rasd.store.base import BBox, EventFilter
from rasd.store.schema import documents, event_mentions, events, stories
from rasd.text import Shadow, normalize_key

__all__ = ["DocumentQueries", "EventQueries"]

_SUMMARY_COLUMNS = (documents.c.id, documents.c.title, documents.c.published, documents.c.url,
                    documents.c.outlet, documents.c.sources, documents.c.language, documents.c.story_id,
                    documents.c.n_events)


def _split(value: str | None) -> list[str]:
    return [s for s in (value or "").split("; ") if s]


class DocumentQueries:
    """Reading stored documents: one, many, a page, a full-text search, the stories."""

    engine: Engine

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first() is not None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored."""
        wanted = list(ids)
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                found.update(conn.execute(select(documents.c.id).where(documents.c.id.in_(chunk))).scalars())
        return found

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
            if row is None:
                return None
            data: dict[str, Any] = json.loads(row.data)
            data["text"] = row.text
            size = conn.execute(select(stories.c.size).where(stories.c.id == row.story_id)).scalar()
            event_ids = conn.execute(select(event_mentions.c.event_id).where(event_mentions.c.document_id == doc_id)
                                     .order_by(event_mentions.c.idx)).scalars().all()
        data["story"] = row.story_id
        data["story_size"] = int(size or 1)
        data["event_ids"] = list(event_ids)
        return data

    def get_documents(self, ids: Iterable[str]) -> Iterator[Document]:
        """Stored documents as :class:`Document` objects (for exports and tests)."""
        for doc_id in ids:
            data = self.get_document(doc_id)
            if data is not None:
                yield Document.from_dict({k: v for k, v in data.items()
                                           if k not in ("story", "story_size", "event_ids")})

    def document_ids(self) -> list[str]:
        """Every stored document id in ingest order."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(documents.c.id).order_by(documents.c.seq)).scalars())

    def list_documents(self, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]:
        if q and q.strip():
            return self.search(q, limit, offset)
        with self.engine.connect() as conn:
            rows = conn.execute(select(*_SUMMARY_COLUMNS)
                                .order_by(documents.c.published.desc().nulls_last(), documents.c.seq.desc())
                                .limit(limit).offset(offset)).all()
        return [_summary(r) for r in rows]

    def count_documents(self, q: str | None = None) -> int:
        with self.engine.connect() as conn:
            if q and q.strip():
                query = _fts_query(q, conn.dialect.name)
                if not query:
                    return 0
                if conn.dialect.name == "sqlite":
                    sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"
                else:
                    sql = ("SELECT count(*) FROM document_search "
                           "WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', :q)")
                return int(conn.execute(text(sql), {"q": query}).scalar() or 0)
            return int(conn.execute(select(func.count()).select_from(documents)).scalar() or 0)

    def search(self, q: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            query = _fts_query(q, conn.dialect.name)
            if not query:
                return []
            if conn.dialect.name == "sqlite":
                sql = ("SELECT document_id FROM documents_fts WHERE documents_fts MATCH :q "
                       "ORDER BY bm25(documents_fts) LIMIT :limit OFFSET :offset")
            else:
                sql = ("SELECT document_id FROM document_search, plainto_tsquery('simple', :q) query "
                       "WHERE to_tsvector('simple', body) @@ query "
                       "ORDER BY ts_rank(to_tsvector('simple', body), query) DESC, document_id "
                       "LIMIT :limit OFFSET :offset")
            ids = list(conn.execute(text(sql), {"q": query, "limit": limit, "offset": offset}).scalars())
            if not ids:
                return []
            rows = {r.id: r for r in conn.execute(select(*_SUMMARY_COLUMNS, documents.c.text)
                                                  .where(documents.c.id.in_(ids))).all()}
        terms = normalize_key(q).split()
        out = []
        for doc_id in ids:
            row = rows.get(doc_id)
            if row is not None:
                item = _summary(row)
                item["snippet"] = _snippet(row.text, terms)
                out.append(item)
        return out

    def list_stories(self, min_size: int = 2, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(stories).where(stories.c.size >= min_size)
                                .order_by(stories.c.size.desc(), stories.c.id).limit(limit).offset(offset)).all()
            out = []
            for r in rows:
                members = conn.execute(select(documents.c.id).where(documents.c.story_id == r.id)
                                       .order_by(documents.c.seq)).scalars().all()
                out.append({"id": r.id, "size": r.size, "title": r.title, "first_published": r.first_published,
                            "documents": list(members)})
        return out



class EventQueries:
    """Reading stored events: filtered pages, counts, one event with every report of it."""

    engine: Engine

    def _conditions(self, f: EventFilter) -> list[Any]:
        cond: list[Any] = []
        if f.country:
            cond.append(events.c.country == f.country.upper())
        if f.event_type:
            cond.append(events.c.event_type == f.event_type)
        if f.date_from:
            cond.append(events.c.event_date >= f.date_from)
        if f.date_to:
            cond.append(events.c.event_date <= f.date_to)
        if f.actor or f.actor_names:
            either = []
            if f.actor:
                pattern = f"%{f.actor.lower()}%"
                either += [func.lower(events.c.actor1).like(pattern), func.lower(events.c.actor2).like(pattern)]
            if f.actor_names:
                names = list(f.actor_names)
                either += [events.c.actor1.in_(names), events.c.actor2.in_(names)]
                for name in names:  # ACLED's period suffix: "Military Forces of Iraq (2022-)"
                    either += [events.c.actor1.like(f"{name} (%"), events.c.actor2.like(f"{name} (%")]
            cond.append(or_(*either))
        if f.sub_event_type:
            cond.append(events.c.sub_event_type == f.sub_event_type)
        if f.min_fatalities is not None:
            cond.append(events.c.fatalities >= f.min_fatalities)
        if f.min_confidence is not None:
            cond.append(events.c.confidence >= f.min_confidence)
        if f.text:
            pattern = f"%{f.text.lower()}%"
            cond.append(or_(*(func.lower(c).like(pattern) for c in (
                events.c.notes, events.c.location, events.c.location_text, events.c.actor1, events.c.actor2,
                events.c.evidence_text, events.c.sub_event_type))))
        if f.bbox:
            min_lon, min_lat, max_lon, max_lat = f.bbox
            cond.append(and_(events.c.longitude.between(min_lon, max_lon),
                             events.c.latitude.between(min_lat, max_lat)))
        return cond

    def list_events(self, country: str | None = None, event_type: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, actor: str | None = None, text: str | None = None,
                    bbox: BBox | None = None, limit: int | None = 100, offset: int = 0,
                    **more: Any) -> list[dict[str, Any]]:
        f = EventFilter(country, event_type, date_from, date_to, actor, text, bbox, **more)
        query = (select(events).where(*self._conditions(f))
                 .order_by(events.c.event_date.asc().nulls_last(), events.c.id).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
            return self._event_dicts(conn, rows)

    def iter_events(self, filters: EventFilter | None = None, chunk: int = 1000) -> Iterator[dict[str, Any]]:
        f = filters or EventFilter()
        offset = 0
        while True:
            page = self.list_events(f.country, f.event_type, f.date_from, f.date_to, f.actor, f.text, f.bbox,
                                    limit=chunk, offset=offset, sub_event_type=f.sub_event_type,
                                    min_fatalities=f.min_fatalities, min_confidence=f.min_confidence,
                                    actor_names=f.actor_names)
            yield from page
            if len(page) < chunk:
                return
            offset += chunk

    def count_events(self, country: str | None = None, event_type: str | None = None, date_from: str | None = None,
                     date_to: str | None = None, actor: str | None = None, text: str | None = None,
                     bbox: BBox | None = None, **more: Any) -> int:
        f = EventFilter(country, event_type, date_from, date_to, actor, text, bbox, **more)
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(events).where(*self._conditions(f))).scalar() or 0)

    def _event_dicts(self, conn: Any, rows: Sequence[Any]) -> list[dict[str, Any]]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        docs: dict[str, list[str]] = {i: [] for i in ids}
        last: dict[str, str | None] = dict.fromkeys(ids)
        for i in range(0, len(ids), 500):
            mentions = conn.execute(
                select(event_mentions.c.event_id, event_mentions.c.document_id, event_mentions.c.published)
                .where(event_mentions.c.event_id.in_(ids[i : i + 500]))
                .order_by(event_mentions.c.published.asc().nulls_last(), event_mentions.c.document_id)).all()
            for m in mentions:
                if m.document_id not in docs[m.event_id]:
                    docs[m.event_id].append(m.document_id)
                if m.published and (last[m.event_id] or "") < m.published:
                    last[m.event_id] = m.published
        return [_event_dict(r, docs[r.id], last[r.id]) for r in rows]

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.id == event_id)).first()
            if row is None:
                return None
            out = self._event_dicts(conn, [row])[0]
            mentions = conn.execute(
                select(event_mentions, documents.c.title, documents.c.outlet, documents.c.url,
                       documents.c.sources.label("doc_sources"))
                .join(documents, documents.c.id == event_mentions.c.document_id)
                .where(event_mentions.c.event_id == event_id)
                .order_by(event_mentions.c.published.asc().nulls_last(), event_mentions.c.document_id)).all()
        out["reports"] = [
            {"document": m.document_id, "title": m.title, "outlet": m.outlet, "url": m.url,
             "published": m.published, "sources": _split(m.sources), "start": m.evidence_start,
             "end": m.evidence_end, "text": m.evidence_text, "date": m.event_date, "fatalities": m.fatalities,
             "location": _location(m)}
            for m in mentions]
        return out

def _fts_query(q: str, dialect: str) -> str:
    terms = [t for t in re.split(r"[^\w]+", normalize_key(q)) if t]
    if dialect == "sqlite":
        return " ".join('"' + t.replace('"', '""') + '"' for t in terms)
    return " ".join(terms)


def _snippet(body: str, terms: list[str], width: int = 200) -> str:
    shadow = Shadow.of(body)
    pos = -1
    for term in terms:
        pos = shadow.key.find(term)
        if pos >= 0:
            break
    at = shadow.original(pos, pos)[0] if pos >= 0 else 0
    start = max(0, at - width // 3)
    piece = body[start : start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(body) else "")


def _summary(r: Any) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "published": r.published, "url": r.url, "outlet": r.outlet,
            "sources": _split(r.sources), "language": r.language, "story": r.story_id, "n_events": r.n_events}


def _location(r: Any) -> dict[str, Any] | None:
    if r.latitude is None or r.longitude is None:
        return None
    return {"text": r.location_text, "name": r.location, "country": r.country, "admin1": r.admin1,
            "lat": r.latitude, "lon": r.longitude, "precision": r.geo_precision}


def _event_dict(r: Any, docs: list[str], last_reported: str | None = None) -> dict[str, Any]:
    return {
        "id": r.id, "event_type": r.event_type, "sub_event_type": r.sub_event_type, "date": r.event_date,
        "time_precision": r.time_precision, "actor1": r.actor1, "actor2": r.actor2, "location": _location(r),
        "fatalities": r.fatalities,
        "evidence": {"document": r.first_document, "start": r.evidence_start, "end": r.evidence_end,
                     "text": r.evidence_text},
        "notes": r.notes or "", "confidence": r.confidence, "documents": docs, "sources": _split(r.sources),
        "last_reported": last_reported,
    }
