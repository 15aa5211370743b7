"""RSS and Atom feeds (feedparser), from a file or a URL: one article per entry.

An entry's full content (``content:encoded`` or Atom ``content``) is preferred to its
summary; markup is reduced to text with paragraph breaks kept. The article id is a hash of
the entry's link (stable across fetches of the feed), else of its guid, else of its text.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from rasd.api import content_id
from rasd.ingest.readers import InputError, RawArticle

__all__ = ["FEED_SUFFIXES", "html_to_text", "is_url", "read_feed"]

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
               "article", "figcaption"}
_SKIP_TAGS = {"script", "style", "noscript"}


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: block elements become line breaks."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _entry_body(entry: Any) -> str:
    for item in entry.get("content") or ():
        value = item.get("value") if isinstance(item, dict) else None
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary") or entry.get("description") or ""
    return summary if isinstance(summary, str) else ""


def read_feed(source: str | Path) -> Iterator[RawArticle | InputError]:
    """Articles from an RSS/Atom feed file or URL."""
    import feedparser

    origin = str(source)
    try:
        parsed = feedparser.parse(origin if isinstance(source, str) and is_url(source) else Path(source).read_bytes())
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        status = parsed.get("status")
        if status and int(status) >= 400:
            yield InputError(origin, f"HTTP status {status}")
        elif problem is not None and not parsed.get("version"):
            yield InputError(origin, f"not an RSS or Atom feed ({problem})")
        else:
            yield InputError(origin, "feed has no entries")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for n, entry in enumerate(entries, 1):
        where = f"{origin}#entry{n}"
        text = html_to_text(_entry_body(entry))
        title = html_to_text(entry.get("title") or "") or None
        if not text.strip():
            yield InputError(where, "feed entry has no text")
            continue
        link = entry.get("link") or None
        key = link or entry.get("id")
        yield RawArticle(
            origin=where, text=text, id=content_id(key) if key else None, title=title,
            published=_entry_date(entry), url=link, outlet=outlet,
        )
