"""Writing analysed documents into the SQL schema, one transaction per batch: document rows
and spans, the story cluster (MinHash LSH bands kept in ``lsh_buckets``), full-text rows,
and every event report filed into a new or an existing deduplicated event."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
from sqlalchemy import Connection, and_, bindparam, func, or_, select
from sqlalchemy import text as sql_text

from rasd.dedup.events import (
    MergedEvent,
    Report,
    event_id_for,
    match_score,
    merge_reports,
    reports_from_document,
)
from rasd.dedup.stories import StoryHasher
from rasd.document import Document, SpanError
from rasd.store.base import IngestStats
from rasd.store.schema import (
    document_search,
    document_signatures,
    documents,
    entities,
    event_mentions,
    event_sources,
    events,
    lsh_buckets,
    places,
    quotes,
    stories,
)
from rasd.text import normalize_key

__all__ = ["BatchWriter", "report_from_row", "search_body"]

log = logging.getLogger("rasd.store")

#: Candidate events are looked up within this box (degrees) before the exact distance test.
_LAT_BOX, _LON_BOX = 1.5, 2.0
#: At most this many LSH candidates are compared per new document.
_MAX_CANDIDATES = 200


def search_body(doc: Document, key: str | None = None) -> str:
    """The normalised text the full-text index holds for a document (``key``: its text
    already normalised)."""
    return normalize_key(doc.title or "") + "\n" + (normalize_key(doc.text) if key is None else key)


def report_from_row(row: Any) -> Report:
    """A :class:`Report` from an ``event_mentions`` row."""
    return Report(
        document_id=row.document_id, idx=row.idx, event_type=row.event_type,
        sub_event_type=row.sub_event_type or "", date=row.event_date,
        time_precision=row.time_precision or 1, actor1=row.actor1, actor2=row.actor2,
        location_text=row.location_text, location_name=row.location, country=row.country,
        admin1=row.admin1, lat=row.latitude, lon=row.longitude, geo_precision=row.geo_precision,
        fatalities=row.fatalities, notes=row.notes or "", confidence=row.confidence or 0.0,
        evidence_start=row.evidence_start, evidence_end=row.evidence_end,
        evidence_text=row.evidence_text, published=row.published,
        sources=tuple(s for s in (row.sources or "").split("; ") if s), story=row.story_id,
    )


def _event_fields(r: Report) -> dict[str, Any]:
    return {
        "event_type": r.event_type, "sub_event_type": r.sub_event_type, "event_date": r.date,
        "time_precision": r.time_precision, "actor1": r.actor1, "actor2": r.actor2,
        "location_text": r.location_text, "location": r.location_name, "country": r.country,
        "admin1": r.admin1, "latitude": r.lat, "longitude": r.lon, "geo_precision": r.geo_precision,
        "fatalities": r.fatalities, "notes": r.notes, "confidence": r.confidence,
    }


def _merged_fields(m: MergedEvent) -> dict[str, Any]:
    loc = m.location or {}
    return {
        "event_type": m.event_type, "sub_event_type": m.sub_event_type, "event_date": m.date,
        "time_precision": m.time_precision, "actor1": m.actor1, "actor2": m.actor2,
        "location_text": loc.get("text"), "location": loc.get("name"), "country": loc.get("country"),
        "admin1": loc.get("admin1"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": loc.get("precision"), "fatalities": m.fatalities, "notes": m.notes,
        "confidence": m.confidence, "n_documents": len(m.documents), "sources": "; ".join(m.sources),
        "first_document": m.first.document_id, "evidence_start": m.first.evidence_start,
        "evidence_end": m.first.evidence_end, "evidence_text": m.first.evidence_text,
    }


_GROW_STORY = stories.update().where(stories.c.id == bindparam("sid")).values(size=stories.c.size + 1)
_UPDATE_EVENT = events.update().where(events.c.id == bindparam("eid"))


def _shift(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat()


class BatchWriter:
    """Writes one batch of documents inside an open transaction."""

    def __init__(self, conn: Connection, hasher: StoryHasher, stats: IngestStats) -> None:
        self.conn = conn
        self.hasher = hasher
        self.stats = stats
        self.sqlite = conn.dialect.name == "sqlite"
        # span rows and search rows are written once per batch (nothing reads them meanwhile)
        self.rows: dict[Any, list[dict[str, Any]]] = {entities: [], quotes: [], places: []}
        self.search_rows: list[tuple[str, str]] = []

    def write(self, batch: Sequence[Document]) -> None:
        conn = self.conn
        if not self.sqlite:  # one writer at a time: stories and events are read, then written
            conn.execute(sql_text("SELECT pg_advisory_xact_lock(7262)"))
        ids = [d.id for d in batch]
        existing = set(conn.execute(select(documents.c.id).where(documents.c.id.in_(ids))).scalars())
        seq = int(conn.execute(select(func.coalesce(func.max(documents.c.seq), 0))).scalar() or 0)
        for doc in batch:
            self.stats.articles += 1
            if doc.id in existing:
                self.stats.duplicates += 1
                continue
            try:
                doc.validate()
            except SpanError as exc:
                self.stats.errors += 1
                self.stats.error_messages.append(f"{doc.id}: {exc}")
                log.warning("skipping document %s: %s", doc.id, exc)
                continue
            existing.add(doc.id)
            seq += 1
            self._write_document(doc, seq)
        for table, rows in self.rows.items():
            if rows:
                conn.execute(table.insert(), rows)
        if self.search_rows:
            if self.sqlite:
                conn.exec_driver_sql("INSERT INTO documents_fts(document_id, body) VALUES (?, ?)", self.search_rows)
            else:
                conn.execute(document_search.insert(), [{"document_id": i, "body": b} for i, b in self.search_rows])

    # ------------------------------------------------------------------ documents
    def _write_document(self, doc: Document, seq: int) -> None:
        conn = self.conn
        key = normalize_key(doc.text)
        story, sig, keys = self._find_story(doc, key)
        data = doc.to_dict()
        data.pop("text")
        conn.execute(documents.insert(), {
            "id": doc.id, "seq": seq, "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "url": doc.url, "outlet": doc.outlet, "sources": "; ".join(doc.sources), "language": doc.language,
            "dateline_place": doc.dateline.place if doc.dateline else None,
            "dateline_source": doc.dateline.source if doc.dateline else None,
            "story_id": story, "n_events": len(doc.events), "text": doc.text,
            "data": json.dumps(data, ensure_ascii=False),
        })
        self._record_story(doc, story, sig, keys)
        text = doc.text
        if doc.entities:
            self.rows[entities].extend([
                {"document_id": doc.id, "start_char": e.start, "end_char": e.end, "text": text[e.start:e.end],
                 "type": e.type, "canonical": e.canonical, "kb_id": e.id} for e in doc.entities])
        if doc.quotes:
            self.rows[quotes].extend([
                {"document_id": doc.id, "start_char": q.start, "end_char": q.end, "text": text[q.start:q.end],
                 "direct": q.direct, "speaker": q.speaker.text if q.speaker else None,
                 "speaker_canonical": q.speaker.canonical if q.speaker else None,
                 "speaker_role": q.speaker.role if q.speaker else None, "cue": q.cue} for q in doc.quotes])
        if doc.places:
            self.rows[places].extend([
                {"document_id": doc.id, "start_char": p.start, "end_char": p.end, "text": text[p.start:p.end],
                 "name": p.name, "country": p.country or None, "admin1": p.admin1, "latitude": p.lat,
                 "longitude": p.lon, "geonames_id": p.geonames_id, "geo_precision": p.precision}
                for p in doc.places])
        body = search_body(doc, key)
        self.search_rows.append((doc.id, body))
        self.stats.added += 1
        for report in reports_from_document(doc, story):
            self._file_report(report)

    # -------------------------------------------------------------------- stories
    def _find_story(self, doc: Document, key: str) -> tuple[str, np.ndarray | None, list[tuple[int, int]]]:
        """The story a new document belongs to (its own id for a new story), its MinHash
        signature and LSH band keys. Reads only."""
        sig = self.hasher.signature_of_key(key)
        if sig is None:
            return doc.id, None, []
        keys = self.hasher.band_keys(sig)
        candidates = self.conn.execute(
            select(document_signatures.c.signature, documents.c.story_id)
            .join(documents, documents.c.id == document_signatures.c.document_id)
            .where(document_signatures.c.document_id.in_(
                select(lsh_buckets.c.document_id).where(lsh_buckets.c.bucket.in_([k for _b, k in keys]))
            ))
            .order_by(documents.c.seq)
            .limit(_MAX_CANDIDATES)
        ).all()
        best_story, best_sim = None, 0.0
        for row in candidates:
            sim = self.hasher.similarity(sig, self.hasher.from_bytes(row.signature))
            if sim >= self.hasher.threshold and sim > best_sim:
                best_story, best_sim = row.story_id, sim
        return (doc.id if best_story is None else str(best_story)), sig, keys

    def _record_story(self, doc: Document, story: str, sig: np.ndarray | None, keys: list[tuple[int, int]]) -> None:
        conn = self.conn
        if story == doc.id:
            conn.execute(stories.insert(), {
                "id": doc.id, "size": 1, "title": doc.title,
                "first_published": doc.published.isoformat() if doc.published else None})
        else:
            self.stats.near_duplicates += 1
            conn.execute(_GROW_STORY, {"sid": story})
        if sig is not None:
            conn.execute(document_signatures.insert(), {"document_id": doc.id, "signature": self.hasher.to_bytes(sig)})
            conn.execute(lsh_buckets.insert(), [{"band": b, "bucket": k, "document_id": doc.id} for b, k in keys])

    # --------------------------------------------------------------------- events
    def _candidates(self, report: Report) -> list[MergedEvent]:
        conn = self.conn
        cond = [events.c.event_type == report.event_type]
        if report.date is None:
            cond.append(events.c.event_date.is_(None))
        else:
            try:
                lo, hi = _shift(report.date, -1), _shift(report.date, 1)
            except ValueError:
                return []
            cond.append(events.c.event_date.between(lo, hi))
        if report.has_location:
            assert report.lat is not None and report.lon is not None
            cond.append(or_(events.c.latitude.is_(None), and_(
                events.c.latitude.between(report.lat - _LAT_BOX, report.lat + _LAT_BOX),
                events.c.longitude.between(report.lon - _LON_BOX, report.lon + _LON_BOX))))
        ids = list(conn.execute(select(events.c.id).where(*cond).order_by(events.c.id).limit(500)).scalars())
        if not ids:
            return []
        rows = conn.execute(select(event_mentions).where(event_mentions.c.event_id.in_(ids))).all()
        grouped: dict[str, list[Report]] = {}
        for row in rows:
            grouped.setdefault(row.event_id, []).append(report_from_row(row))
        return [merge_reports(grouped[i], i) for i in ids if i in grouped]

    def _file_report(self, report: Report) -> None:
        conn = self.conn
        self.stats.events += 1
        best: MergedEvent | None = None
        best_score = 0.0
        for event in self._candidates(report):
            score = match_score(report, event)
            if score is not None and (best is None or score > best_score):
                best, best_score = event, score
        if best is None:
            event_id = event_id_for(report.document_id, report.idx)
            merged = merge_reports([report], event_id)
            conn.execute(events.insert(), {"id": event_id, **_merged_fields(merged)})
            self.stats.new_events += 1
        else:
            event_id = best.id
            reports = [*self._reports_of(event_id), report]
            merged = merge_reports(reports, event_id)
            conn.execute(_UPDATE_EVENT, {"eid": event_id, **_merged_fields(merged)})
            self.stats.merged_events += 1
        conn.execute(event_mentions.insert(), {
            "document_id": report.document_id, "idx": report.idx, "event_id": event_id, **_event_fields(report),
            "evidence_start": report.evidence_start, "evidence_end": report.evidence_end,
            "evidence_text": report.evidence_text, "published": report.published,
            "sources": "; ".join(report.sources), "story_id": report.story})
        names = report.sources or ("",)
        have = set(conn.execute(select(event_sources.c.source).where(
            event_sources.c.event_id == event_id, event_sources.c.document_id == report.document_id)).scalars())
        rows = [{"event_id": event_id, "document_id": report.document_id, "source": s, "published": report.published}
                for s in dict.fromkeys(names) if s not in have]
        if rows:
            conn.execute(event_sources.insert(), rows)

    def _reports_of(self, event_id: str) -> list[Report]:
        rows = self.conn.execute(select(event_mentions).where(event_mentions.c.event_id == event_id)).all()
        return [report_from_row(r) for r in rows]
