"""Event deduplication across articles.

Several outlets report one event, often on consecutive days. Two event reports are the same
event when they have the same ACLED ``event_type``, dates at most a day apart, locations
that are close (or, for reports without coordinates, the same story cluster), compatible
actors (an unknown actor matches anything; named actors must agree side by side after
normalisation, one may contain the other; or, since outlets name the sides differently, the
same sub-event type and every actor one report names named by the other, in any role), they
come from different documents (one article's two events are two events), and their evidence
sentences share content words (at least three, and 15% of the shorter one's; reports in the
same story cluster are exempt). The evidence test keeps reports with unknown actors — which
match any actor — from chaining unrelated events of one day and town together.

The merged event takes the most precise date (lowest ``time_precision``, then the earliest)
and the most precise location (lowest ACLED ``geo_precision``, then the earliest report);
its fatalities follow ACLED's rule: the most conservative figure among the reports of the
first day, revised upwards only when a later report states more (never downwards).

This module is pure logic on :class:`Report` objects. :class:`EventIndex` clusters in
memory; :mod:`rasd.store.sql` applies the same functions with SQL candidate queries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasd.document import Document, Event
from rasd.text import normalize_key

__all__ = [
    "DATE_WINDOW_DAYS",
    "DISTANCE_KM",
    "EventIndex",
    "MergedEvent",
    "Report",
    "actors_compatible",
    "event_id_for",
    "evidence_agrees",
    "evidence_words",
    "haversine_km",
    "match_score",
    "merge_reports",
    "reports_from_document",
]

#: Reports at most this many days apart can be one event.
DATE_WINDOW_DAYS = 1
#: The largest distance (km) between two reports of one event, by the coarser ACLED
#: geo_precision of the two (1 town, 2 near a town / district, 3 province).
DISTANCE_KM: dict[int, float] = {1: 15.0, 2: 40.0, 3: 150.0}




@lru_cache(maxsize=1)
def _evidence_rules() -> dict[str, Any]:
    from rasd.text import load_data

    rules: dict[str, Any] = dict(load_data("dedup/evidence.json"))
    rules["prefixes"] = tuple(sorted(rules["prefixes"], key=len, reverse=True))
    rules["stopwords"] = frozenset(normalize_key(w) for w in rules["stopwords"])
    return rules


def evidence_words(text: str) -> frozenset[str]:
    """The content words of an evidence sentence: normalised, common prefixes (و, ب, ال,
    ...) stripped, stopwords dropped (see ``rasd/data/dedup/evidence.json``)."""
    rules = _evidence_rules()
    out = set()
    for word in re.findall(r"\w+", normalize_key(text)):
        for prefix in rules["prefixes"]:
            if word.startswith(prefix) and len(word) - len(prefix) >= rules["min_stem"]:
                word = word[len(prefix):]
                break
        if (len(word) >= 3 or word.isdigit()) and word not in rules["stopwords"]:
            out.add(word)
    return frozenset(out)


def evidence_agrees(words: frozenset[str], others: Iterable[frozenset[str]]) -> bool:
    """Whether an evidence sentence shares enough content words with one of ``others``
    (at least ``min_shared`` words and ``min_overlap`` of the shorter sentence's words)."""
    rules = _evidence_rules()
    for other in others:
        shared = len(words & other)
        smaller = min(len(words), len(other)) or 1
        if shared >= rules["min_shared"] and shared / smaller >= rules["min_overlap"]:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Report:
    """One event as one document reported it (a row of ``event_mentions``)."""

    document_id: str
    idx: int
    event_type: str
    sub_event_type: str
    date: str | None
    time_precision: int
    actor1: str | None = None
    actor2: str | None = None
    location_text: str | None = None
    location_name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    notes: str = ""
    confidence: float = 0.0
    evidence_start: int = 0
    evidence_end: int = 0
    evidence_text: str = ""
    published: str | None = None
    sources: tuple[str, ...] = ()
    story: str | None = None

    @property
    def has_location(self) -> bool:
        return self.lat is not None and self.lon is not None

    def location_dict(self) -> dict[str, Any] | None:
        if not self.has_location:
            return None
        return {
            "text": self.location_text, "name": self.location_name, "country": self.country,
            "admin1": self.admin1, "lat": self.lat, "lon": self.lon, "precision": self.geo_precision,
        }


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """The deduplicated event made of one or more reports."""

    id: str
    event_type: str
    sub_event_type: str
    date: str | None
    time_precision: int
    actor1: str | None
    actor2: str | None
    location: dict[str, Any] | None
    fatalities: int | None
    notes: str
    confidence: float
    documents: tuple[str, ...]
    sources: tuple[str, ...]
    first: Report
    stories: frozenset[str] = field(default_factory=frozenset)
    evidence_words: tuple[frozenset[str], ...] = ()


def reports_from_document(doc: Document, story: str | None = None) -> list[Report]:
    """The document's events as reports (with its publication date and credited sources)."""
    sources = _doc_sources(doc)
    published = doc.published.isoformat() if doc.published else None
    return [_report(doc, i, ev, published, sources, story) for i, ev in enumerate(doc.events)]


def _doc_sources(doc: Document) -> tuple[str, ...]:
    names: list[str] = []
    for name in (doc.outlet, *doc.sources):
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _report(doc: Document, idx: int, ev: Event, published: str | None, sources: tuple[str, ...],
            story: str | None) -> Report:
    loc = ev.location
    start = max(0, min(ev.evidence.start, len(doc.text)))
    end = max(start, min(ev.evidence.end, len(doc.text)))
    return Report(
        document_id=doc.id, idx=idx, event_type=ev.event_type, sub_event_type=ev.sub_event_type,
        date=ev.date, time_precision=ev.time_precision, actor1=ev.actor1, actor2=ev.actor2,
        location_text=loc.text if loc else None, location_name=loc.name if loc else None,
        country=loc.country if loc else None, admin1=loc.admin1 if loc else None,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None,
        geo_precision=loc.precision if loc else None, fatalities=ev.fatalities, notes=ev.notes,
        confidence=ev.confidence, evidence_start=start, evidence_end=end,
        evidence_text=doc.text[start:end], published=published, sources=sources, story=story,
    )


def event_id_for(document_id: str, idx: int) -> str:
    """The stable id of the event first read from ``document_id``'s ``idx``-th event."""
    return "ev-" + hashlib.sha1(f"{document_id}\x1f{idx}".encode()).hexdigest()[:16]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _actor_key(actor: str | None) -> str | None:
    if not actor:
        return None
    key = normalize_key(actor)
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.replace("-", " ").split()]
    words = [w for w in words if w not in {"the", "of", "forces", "قوات"}]
    return " ".join(words) or key


def _actor_ok(a: str | None, b: str | None) -> bool:
    ka, kb = _actor_key(a), _actor_key(b)
    if ka is None or kb is None:
        return True
    return ka == kb or ka in kb or kb in ka


def actors_compatible(a1: str | None, a2: str | None, b1: str | None, b2: str | None,
                      symmetric: bool = False) -> bool:
    """Whether two reports' actors can describe the same event (unknown matches anything;
    ``symmetric`` also accepts swapped sides, as for battles)."""
    if _actor_ok(a1, b1) and _actor_ok(a2, b2):
        return True
    return symmetric and _actor_ok(a1, b2) and _actor_ok(a2, b1)


def _actors_nested(report: Report, event: MergedEvent) -> bool:
    """Whether every actor one side names is named by the other (in any role)."""
    mine = [a for a in (report.actor1, report.actor2) if a]
    theirs = [a for a in (event.actor1, event.actor2) if a]

    def within(xs: list[str], ys: list[str]) -> bool:
        return all(any(_actor_ok(x, y) for y in ys) for x in xs)

    return within(mine, theirs) or within(theirs, mine)


def _days_apart(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def match_score(report: Report, event: MergedEvent) -> float | None:
    """How well ``report`` fits ``event`` (higher is better), or None when they are not
    the same event."""
    if report.event_type != event.event_type or report.document_id in event.documents:
        return None
    if report.date is None or event.date is None:
        if report.date != event.date:
            return None
        days = 0
    else:
        gap = _days_apart(report.date, event.date)
        if gap is None or gap > DATE_WINDOW_DAYS:
            return None
        days = gap
    symmetric = report.event_type == "Battles"
    if not actors_compatible(report.actor1, report.actor2, event.actor1, event.actor2, symmetric):
        # outlets name the sides differently: with the same sub-event type it is enough that
        # one report's actors are among the other's, whatever their roles
        if report.sub_event_type != event.sub_event_type or not _actors_nested(report, event):
            return None
    loc = event.location
    same_story = report.story is not None and report.story in event.stories
    if not same_story and not evidence_agrees(evidence_words(report.evidence_text), event.evidence_words):
        return None
    if report.has_location and loc is not None:
        assert report.lat is not None and report.lon is not None
        if report.country and loc.get("country") and report.country != loc["country"]:
            return None
        coarse = max(report.geo_precision or 1, int(loc.get("precision") or 1))
        dist = haversine_km(report.lat, report.lon, float(loc["lat"]), float(loc["lon"]))
        if dist > DISTANCE_KM.get(coarse, DISTANCE_KM[3]):
            return None
        return 10.0 - days - dist / 100.0 + (1.0 if same_story else 0.0)
    if not same_story:
        return None
    return 5.0 - days


def _fatalities(reports: Sequence[Report]) -> int | None:
    by_day: dict[str, list[int]] = defaultdict(list)
    for r in reports:
        if r.fatalities is not None and r.fatalities >= 0:
            by_day[r.published or r.date or ""].append(r.fatalities)
    figure: int | None = None
    for day in sorted(by_day):
        conservative = min(by_day[day])
        figure = conservative if figure is None else max(figure, conservative)
    return figure


def _order(r: Report) -> tuple[str, str, int]:
    return (r.published or r.date or "9999", r.document_id, r.idx)


def merge_reports(reports: Sequence[Report], event_id: str | None = None) -> MergedEvent:
    """One event from its reports (see the module docstring for the rules)."""
    if not reports:
        raise ValueError("merge_reports needs at least one report")
    ordered = sorted(reports, key=_order)
    first = ordered[0]
    dated = [r for r in ordered if r.date]
    best_date = min(dated, key=lambda r: (r.time_precision, r.date)) if dated else first
    located = [r for r in ordered if r.has_location]
    best_loc = min(located, key=lambda r: r.geo_precision or 3) if located else None
    # both actors from one report (the one naming most, then the most confident, then the first)
    named = min(enumerate(ordered), key=lambda ir: (-(bool(ir[1].actor1) + bool(ir[1].actor2)),
                                                    -ir[1].confidence, ir[0]))[1]
    actor1, actor2 = named.actor1, named.actor2
    sub = max(ordered, key=lambda r: r.confidence).sub_event_type
    documents: list[str] = []
    sources: set[str] = set()
    for r in ordered:
        if r.document_id not in documents:
            documents.append(r.document_id)
        sources.update(r.sources)
    return MergedEvent(
        id=event_id or event_id_for(first.document_id, first.idx),
        event_type=first.event_type, sub_event_type=sub,
        date=best_date.date, time_precision=best_date.time_precision if dated else first.time_precision,
        actor1=actor1, actor2=actor2,
        location=best_loc.location_dict() if best_loc else None,
        fatalities=_fatalities(ordered), notes=first.notes,
        confidence=max(r.confidence for r in ordered),
        documents=tuple(documents), sources=tuple(sorted(sources)), first=first,
        stories=frozenset(r.story for r in ordered if r.story),
        evidence_words=tuple(evidence_words(r.evidence_text) for r in ordered),
    )


@dataclass
class EventIndex:
    """In-memory cross-article event deduplication (the store does the same with SQL)."""

    events: dict[str, MergedEvent] = field(default_factory=dict)
    reports: dict[str, list[Report]] = field(default_factory=lambda: defaultdict(list))

    def add(self, report: Report) -> tuple[str, bool]:
        """File one report; returns ``(event id, merged into an existing event)``."""
        best_id, best = None, None
        for eid, event in self.events.items():
            score = match_score(report, event)
            if score is not None and (best is None or score > best):
                best_id, best = eid, score
        if best_id is None:
            best_id = event_id_for(report.document_id, report.idx)
            merged = False
        else:
            merged = True
        self.reports[best_id].append(report)
        self.events[best_id] = merge_reports(self.reports[best_id], best_id)
        return best_id, merged

    def add_documents(self, docs: Iterable[Document], stories: dict[str, str] | None = None) -> list[MergedEvent]:
        for doc in docs:
            for report in reports_from_document(doc, (stories or {}).get(doc.id)):
                self.add(report)
        return list(self.events.values())
