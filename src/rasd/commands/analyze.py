"""``rasd analyze``: analyse articles and print document JSON (see CONTRACT.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from rasd.api import get_pipeline
from rasd.ingest.readers import InputError, RawArticle, iter_articles, to_document
from rasd.progress import Progress

__all__ = ["add_parser", "run"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_parser(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "analyze", help="analyse articles (.txt, .html, .jsonl, - for stdin) and print document JSON"
    )
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH",
                   help="a .txt, .html or .jsonl file, or - for stdin (default)")
    p.add_argument("--published", type=_date, help="publication date for articles that do not carry one")
    p.add_argument("--format", choices=["json", "jsonl"], help="json: pretty object(s); jsonl: one compact object per line")
    p.add_argument("--no-clean", action="store_true", help="analyse the text exactly as given (no cleaning)")
    return p


def run(args: argparse.Namespace) -> int:
    paths: list[str] = args.paths or ["-"]
    fmt = args.format
    single_doc = len(paths) == 1 and not paths[0].lower().endswith((".jsonl", ".ndjson"))
    if fmt is None:
        fmt = "json" if single_doc else "jsonl"
    pipeline = get_pipeline(clean=not args.no_clean)
    failures = 0
    docs: list[dict[str, Any]] = []
    out = sys.stdout
    total = len(paths) if len(paths) > 1 else None
    with Progress(total, "analyze") as bar:
        for item in iter_articles(paths, default_published=args.published):
            if isinstance(item, InputError):
                failures += 1
                print(f"rasd analyze: {item}", file=sys.stderr)
                bar.advance(error=True)
                continue
            assert isinstance(item, RawArticle)
            try:
                doc = pipeline(to_document(item))
            except Exception as exc:  # a bug in a stage must not lose the other articles
                failures += 1
                print(f"rasd analyze: {item.origin}: analysis failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                bar.advance(error=True)
                continue
            data = doc.to_dict()
            if fmt == "jsonl":
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
                out.flush()
            else:
                docs.append(data)
            bar.advance()
    if fmt == "json":
        if len(docs) == 1 and single_doc:
            out.write(json.dumps(docs[0], ensure_ascii=False, indent=2) + "\n")
        elif docs or not single_doc:
            out.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    return 1 if failures else 0
