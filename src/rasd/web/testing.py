"""Test helpers for the web app: an in-memory store and hand-made demo documents.

:class:`MemoryStore` implements the :class:`rasd.store.base.Store` protocol in plain Python
(no database), so the API and the page can be tested and demonstrated without the SQL store.
Events are deduplicated by (event type, date, place); search folds Arabic spelling with
:func:`rasd.text.normalize_key`.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from rasd.document import Document
from rasd.text import normalize_key

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "MemoryStore", "free_port", "running_server"]

#: Debian's Chromium, which the browser tests drive through Playwright.
CHROMIUM = "/usr/bin/chromium"
#: Headless, no sandbox (containers), and no background traffic to Google.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def running_server(app: Any, host: str = "127.0.0.1", timeout: float = 20.0) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on a free port; yield its base URL; always stop it."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=free_port(), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="rasd-test-server", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


def _event_key(event: dict[str, Any]) -> str:
    loc = event.get("location") or {}
    raw = "|".join(
        str(x)
        for x in (event.get("event_type"), event.get("date"), loc.get("country"), loc.get("name"))
    )
    return "ev-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


def _summary(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": doc["id"],
        "title": doc.get("title"),
        "published": doc.get("published"),
        "url": doc.get("url"),
        "outlet": doc.get("outlet"),
        "sources": list(doc.get("sources") or ()),
        "language": doc.get("language"),
        "story": doc.get("story"),
        "n_events": len(doc.get("events") or ()),
    }


def _contains(hay: Any, needle: str) -> bool:
    return isinstance(hay, str) and needle.casefold() in hay.casefold()


def _event_matches(ev: dict[str, Any], f: dict[str, Any]) -> bool:
    """Whether a stored event passes the filters ``f`` (the keywords of ``list_events``)."""
    loc = ev.get("location") or {}
    date = ev.get("date") or ""
    if f.get("country") and (loc.get("country") or "").upper() != f["country"].upper():
        return False
    if f.get("event_type") and ev.get("event_type") != f["event_type"]:
        return False
    if f.get("date_from") and (not date or date < f["date_from"]):
        return False
    if f.get("date_to") and (not date or date > f["date_to"]):
        return False
    if (f.get("actor") or f.get("actor_names")) and not (
            (f.get("actor") and (_contains(ev.get("actor1"), f["actor"]) or _contains(ev.get("actor2"), f["actor"])))
            or (f.get("actor_names") and any(
                a and (a in f["actor_names"] or any(a.startswith(n + " (") for n in f["actor_names"]))
                for a in (ev.get("actor1"), ev.get("actor2"))))):
        return False
    if f.get("sub_event_type") and ev.get("sub_event_type") != f["sub_event_type"]:
        return False
    if f.get("min_fatalities") is not None and (ev.get("fatalities") or 0) < f["min_fatalities"]:
        return False
    if f.get("min_confidence") is not None and (ev.get("confidence") or 0) < f["min_confidence"]:
        return False
    if f.get("text") and not any(
        _contains(v, f["text"])
        for v in (ev.get("notes"), loc.get("name"), loc.get("text"), ev.get("actor1"), ev.get("actor2"))
    ):
        return False
    if f.get("bbox"):
        min_lon, min_lat, max_lon, max_lat = f["bbox"]
        if not loc or not (min_lon <= loc["lon"] <= max_lon and min_lat <= loc["lat"] <= max_lat):
            return False
    return True


class MemoryStore:
    """A :class:`rasd.store.base.Store` kept in memory (for tests and demos)."""

    def __init__(self, url: str = "memory://") -> None:
        self.url = url
        self._docs: dict[str, dict[str, Any]] = {}
        self._events: dict[str, dict[str, Any]] = {}
        self._reports: dict[str, list[dict[str, Any]]] = {}
        self._errors: list[tuple[str, str]] = []

    # ------------------------------------------------------------------ writing
    def add_documents(self, docs: Iterable[Document], *, batch_size: int = 100) -> Any:
        from rasd.store.base import IngestStats

        stats = IngestStats()
        for doc in docs:
            stats.articles += 1
            if doc.id in self._docs:
                stats.duplicates += 1
                continue
            data = doc.to_dict()
            data.update(story=doc.id, story_size=1, event_ids=[])
            self._docs[doc.id] = data
            stats.added += 1
            for ev in data["events"]:
                stats.events += 1
                key = _event_key(ev)
                data["event_ids"].append(key)
                ev_start, ev_end = ev["evidence"]["start"], ev["evidence"]["end"]
                report = {
                    "document": doc.id,
                    "title": doc.title,
                    "outlet": doc.outlet,
                    "url": doc.url,
                    "published": data["published"],
                    "sources": list(doc.sources),
                    "start": ev_start,
                    "end": ev_end,
                    "text": doc.text[ev_start:ev_end],
                    "date": ev["date"],
                    "fatalities": ev["fatalities"],
                    "location": ev["location"],
                }
                if key in self._events:
                    stats.merged_events += 1
                    stored = self._events[key]
                    stored["documents"].append(doc.id)
                    stored["sources"] = sorted(set(stored["sources"]) | set(doc.sources))
                    if ev["fatalities"] is not None:
                        stored["fatalities"] = max(stored["fatalities"] or 0, ev["fatalities"])
                    self._reports[key].append(report)
                else:
                    stats.new_events += 1
                    stored = {
                        **ev,
                        "id": key,
                        "documents": [doc.id],
                        "sources": sorted(set(doc.sources)),
                        "evidence": {"document": doc.id, "start": ev_start, "end": ev_end,
                                     "text": report["text"]},
                    }
                    self._events[key] = stored
                    self._reports[key] = [report]
        return stats

    def log_error(self, origin: str, message: str) -> None:
        self._errors.append((origin, message))

    def close(self) -> None:
        """Nothing to release."""

    # ------------------------------------------------------------------ documents
    def has_document(self, doc_id: str) -> bool:
        return doc_id in self._docs

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        doc = self._docs.get(doc_id)
        return dict(doc) if doc is not None else None

    def _matching_docs(self, q: str | None) -> list[dict[str, Any]]:
        docs = sorted(self._docs.values(), key=lambda d: (d.get("published") or "", d["id"]), reverse=True)
        if not q:
            return docs
        words = normalize_key(q).split()
        return [d for d in docs if all(w in normalize_key(f"{d.get('title') or ''} {d['text']}") for w in words)]

    def list_documents(self, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict[str, Any]]:
        return [_summary(d) for d in self._matching_docs(q)[offset : offset + limit]]

    def count_documents(self, q: str | None = None) -> int:
        return len(self._matching_docs(q))

    def search(self, q: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        out = []
        first = normalize_key(q).split()[:1]
        for doc in self._matching_docs(q)[offset : offset + limit]:
            text = doc["text"]
            key = normalize_key(text)
            at = key.find(first[0]) if first else 0
            start = max(0, at - 60) if at >= 0 else 0
            out.append({**_summary(doc), "snippet": text[start : start + 200]})
        return out

    # ------------------------------------------------------------------ events
    def _matching_events(self, **f: Any) -> list[dict[str, Any]]:
        out = [ev for ev in self._events.values() if _event_matches(ev, f)]
        out.sort(key=lambda e: (e.get("date") or "", e["id"]))
        return out

    def list_events(
        self,
        country: str | None = None,
        event_type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        actor: str | None = None,
        text: str | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        limit: int | None = 100,
        offset: int = 0,
        **more: Any,
    ) -> list[dict[str, Any]]:
        events = self._matching_events(
            country=country, event_type=event_type, date_from=date_from, date_to=date_to,
            actor=actor, text=text, bbox=bbox, **more,
        )
        end = None if limit is None else offset + limit
        return [dict(e) for e in events[offset:end]]

    def iter_events(self, filters: Any = None) -> Iterator[dict[str, Any]]:
        kwargs: dict[str, Any] = {}
        if filters is not None:
            kwargs = {k: getattr(filters, k) for k in ("country", "event_type", "date_from", "date_to", "actor", "text",
                                                        "bbox", "sub_event_type", "min_fatalities", "min_confidence",
                                                        "actor_names")}
        yield from (dict(e) for e in self._matching_events(**kwargs))

    def count_events(
        self,
        country: str | None = None,
        event_type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        actor: str | None = None,
        text: str | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        **more: Any,
    ) -> int:
        return len(self._matching_events(
            country=country, event_type=event_type, date_from=date_from, date_to=date_to,
            actor=actor, text=text, bbox=bbox, **more,
        ))

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        ev = self._events.get(event_id)
        if ev is None:
            return None
        return {**ev, "reports": [dict(r) for r in self._reports[event_id]]}

    def list_stories(self, min_size: int = 2, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return []

    def stats(self) -> dict[str, Any]:
        published = sorted(d["published"] for d in self._docs.values() if d.get("published"))
        countries = Counter((e.get("location") or {}).get("country") for e in self._events.values())
        return {
            "documents": len(self._docs),
            "stories": 0,
            "event_mentions": sum(len(r) for r in self._reports.values()),
            "events": len(self._events),
            "entities": sum(len(d["entities"]) for d in self._docs.values()),
            "quotes": sum(len(d["quotes"]) for d in self._docs.values()),
            "places": sum(len(d["places"]) for d in self._docs.values()),
            "errors": len(self._errors),
            "schema_version": 1,
            "backend": "memory",
            "first_published": published[0] if published else None,
            "last_published": published[-1] if published else None,
            "countries": {c: n for c, n in sorted(countries.items()) if c},
            "event_types": dict(sorted(Counter(e["event_type"] for e in self._events.values()).items())),
        }
