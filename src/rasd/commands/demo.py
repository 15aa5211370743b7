"""``rasd demo``: the whole flow on the bundled sample articles, with no arguments.

Analyses every bundled article, prints a readable summary, stores the documents and their
deduplicated events in a database (``--db``, default ``sqlite:///rasd-demo.db``) and serves
the analyst's page on it (``--no-serve`` to stop after the summary)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from importlib import resources
from typing import Any

from rasd.api import get_pipeline
from rasd.document import Document
from rasd.ingest.readers import RawArticle, parse_published, to_document

__all__ = ["add_parser", "run", "sample_articles", "analyze_samples"]


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "demo", help="analyse, store and serve the bundled sample articles",
        description=(__doc__ or "").replace("``", ""), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="sqlite:///rasd-demo.db", help="database URL (default: sqlite:///rasd-demo.db)")
    p.add_argument("--no-serve", action="store_true", help="stop after the summary and the database")
    p.add_argument("--host", default="127.0.0.1", help="address to serve on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port to serve on (default: 8000)")
    return p


def sample_articles() -> Iterator[RawArticle]:
    """The bundled sample articles with their metadata (``rasd/samples/index.json``)."""
    root = resources.files("rasd.samples")
    index = json.loads(root.joinpath("index.json").read_text(encoding="utf-8"))
    for item in index:
        text = root.joinpath(item["file"]).read_text(encoding="utf-8")
        yield RawArticle(
            origin=f"samples/{item['file']}",
            text=text,
            id=item.get("id"),
            published=parse_published(item.get("published")),
            url=item.get("url"),
            outlet=item.get("outlet"),
        )


def analyze_samples() -> list[Document]:
    pipeline = get_pipeline()
    return [pipeline(to_document(raw)) for raw in sample_articles()]


def _summary(doc: Document, out: Any) -> None:
    print(f"\n■ {doc.title or '(no title)'}", file=out)
    credited = [s for s in doc.sources if s != doc.outlet]
    meta = [doc.published.isoformat() if doc.published else "undated", doc.outlet or "",
            ", ".join(credited) or ("" if doc.sources else "no agency credited")]
    if doc.dateline:
        meta.append(f"dateline {doc.dateline.place or ''} - {doc.dateline.source or ''}")
    print("  " + " | ".join(m for m in meta if m), file=out)
    counts = [(len(doc.sentences), "sentence", "sentences"), (len(doc.entities), "entity", "entities"),
              (len(doc.quotes), "quote", "quotes"), (len(doc.times), "date", "dates"),
              (len(doc.places), "place", "places"), (len(doc.removed), "debris line", "debris lines")]
    words = [f"{n} {one if n == 1 else many}" for n, one, many in counts]
    print(f"  {', '.join(words[:-1])}; {words[-1]} removed", file=out)
    for q in doc.quotes[:3]:
        who = q.speaker.canonical or q.speaker.text if q.speaker else "?"
        claim = doc.text[q.start:q.end]
        print(f"  ❝ {who}: {claim[:90]}{'…' if len(claim) > 90 else ''}", file=out)
    for e in doc.events:
        where = f"{e.location.name}, {e.location.country}" if e.location else "unknown place"
        dead = f", {e.fatalities} killed" if e.fatalities else ""
        actors = _actors(e.actor1, e.actor2)
        print(f"  ▲ {e.event_type} / {e.sub_event_type}: {where}, {e.date or 'undated'}{dead}"
              f"{' — ' + actors if actors else ''}", file=out)


def _actors(actor1: str | None, actor2: str | None) -> str:
    """The sides of an event for the summary; an event with only its target named says so,
    never as if the target had acted."""
    if actor1 and actor2:
        return f"{actor1} against {actor2}"
    if actor2:
        return f"against {actor2} (who acted is not named)"
    return actor1 or ""


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    docs = analyze_samples()
    print(f"rasd demo: {len(docs)} bundled sample articles analysed", file=out)
    for doc in docs:
        _summary(doc, out)
    try:
        from rasd.store import open_store
        from rasd.store.sql import redact_url
    except ImportError:
        print("\n(store not available: nothing saved)", file=out)
        return 0
    store = open_store(args.db)
    try:
        stats = store.add_documents(docs)
        print(f"\nstored in {redact_url(args.db)}: {stats.summary()}", file=out)
        total = store.count_events()
        print(f"{total} deduplicated events in the database", file=out)
    finally:
        store.close()
    if args.no_serve:
        return 0
    from rasd.web import serve

    print(f"\nserving the analyst's page on http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=out)
    out.flush()
    serve(args.db, args.host, args.port, announce=False)
    return 0
