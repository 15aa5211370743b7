"""WARC archives (warcio): every successful HTML response in the archive is an article, as
in Common Crawl's news archive (CC-NEWS). The article id is a hash of the target URL; the
outlet is the URL's host name; text, title and date come from the page (trafilatura)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from rasd.api import content_id
from rasd.ingest.readers import InputError, RawArticle, decode_bytes

__all__ = ["WARC_SUFFIXES", "read_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


def _decode(payload: bytes, content_type: str) -> str:
    match = _CHARSET.search(content_type)
    if match:
        try:
            return payload.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload)


def read_warc(path: Path) -> Iterator[RawArticle | InputError]:
    """HTML responses (status 200) from a WARC or ARC file, gzipped or not."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path)
    found = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{origin}#{url}"
                if record.http_headers.get_statuscode() != "200":
                    continue
                payload = record.content_stream().read()
                try:
                    html = _decode(payload, content_type)
                except ValueError as exc:
                    yield InputError(where, str(exc))
                    continue
                if not html.strip():
                    yield InputError(where, "empty page")
                    continue
                found += 1
                yield RawArticle(origin=where, html=html, id=content_id(url) if url else None,
                                 url=url or None, outlet=urlsplit(url).hostname if url else None)
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
