"""WARC archives (warcio): every successful HTML response in the archive is an article, as
in Common Crawl's news archive (CC-NEWS). The article id is a hash of the target URL; the
outlet is the URL's host name; text, title and date come from the page (trafilatura)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rasd.api import content_id
from rasd.ingest.readers import InputError, RawArticle, decode_text

__all__ = ["WARC_SUFFIXES", "read_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


def _decode(payload: bytes, content_type: str) -> tuple[str, tuple[str, ...]]:
    match = _CHARSET.search(content_type)
    if match:
        try:
            return payload.decode(match.group(1)), ()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(payload)


def _tail_is_blank(path: Path, end: int) -> bool:
    """Whether everything after byte ``end`` of the file is blank (CR/LF padding)."""
    with path.open("rb") as fh:
        fh.seek(end)
        while chunk := fh.read(1 << 16):
            if chunk.strip():
                return False
    return True


def read_warc(path: Path) -> Iterator[RawArticle | InputError]:
    """HTML responses (status 200) from a WARC or ARC file, gzipped or not.

    A record cut short (a truncated download) is an error naming its URL, never a page of
    half its text; an archive that ends inside a record says so after the complete pages.
    Nothing of a cut record is stored, so ingesting the complete archive later adds it."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    found = 0
    end = 0
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for record in records:
                item = _page(record, origin)
                records.read_to_end(record)
                end = records.get_record_offset() + records.get_record_length()
                if item is None:
                    continue
                unread: int = getattr(record.raw_stream, "limit", None) or 0
                if isinstance(item, RawArticle) and unread > 0:
                    item = InputError(item.origin, "the record is cut short (a truncated archive?): not read")
                found += isinstance(item, RawArticle)
                yield item
        if not _tail_is_blank(path, end):
            yield InputError(origin, f"the archive ends inside a record after byte {end:,} "
                                     "(a truncated file?): the rest is not read")
            return
    except ArchiveLoadFailed as exc:
        yield InputError(origin, f"not a readable WARC file ({exc})")
        return
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    except Exception as exc:  # warcio raises assorted errors on damaged archives
        yield InputError(origin, f"damaged WARC file ({type(exc).__name__}: {exc})")
        return
    if not found:
        yield InputError(origin, "no HTML pages (status 200) in this archive")


def _page(record: Any, origin: str) -> RawArticle | InputError | None:
    """The article of one record, an error, or None for records that are not pages."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{origin}#{url}"
    if record.http_headers.get_statuscode() != "200":
        return None
    payload = record.content_stream().read()
    try:
        html, warnings = _decode(payload, content_type)
    except ValueError as exc:
        return InputError(where, str(exc))
    if not html.strip():
        return InputError(where, "empty page")
    return RawArticle(origin=where, html=html, id=content_id(url) if url else None,
                      url=url or None, outlet=urlsplit(url).hostname if url else None, warnings=warnings)
