"""Reading articles from files and stdin: raw text (any of the encodings Arabic sites use),
saved HTML pages, and JSONL (one article per line, per the contract).

:func:`iter_articles` yields a :class:`RawArticle` for every article it can read and an
:class:`InputError` (naming the input, and the line for JSONL) for every one it cannot,
so one bad input never stops the others. :func:`to_document` turns a raw article into an
unanalysed :class:`~rasd.document.Document` (HTML goes through trafilatura first).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from rasd.api import content_id
from rasd.document import Document

__all__ = [
    "RawArticle",
    "InputError",
    "READERS",
    "decode_bytes",
    "decode_text",
    "scrub",
    "iter_articles",
    "read_path",
    "parse_published",
    "date_in_name",
    "fill_published",
    "to_document",
]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read, before analysis. Exactly one of ``text`` and ``html`` is set."""

    origin: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read, with a message for the user."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class DecodeError(ValueError):
    pass


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    # Arabic in UTF-16 has 0x06 high bytes, Latin has 0x00; either way one byte lane is regular.
    for enc, lane in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        regular = sum(1 for b in lane if b in (0x00, 0x06, 0x20, 0xFE, 0xFB))
        if regular > 0.8 * len(lane) and (even_nul + odd_nul) > 0.1 * half:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    return None


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
    else windows-1256 (the legacy Arabic code page), with warnings.

    A text that is mostly UTF-8 stays UTF-8: its few bad bytes (a stray byte, a file cut
    inside a character) become U+FFFD and a warning says how many. windows-1256 is used only
    when the bytes are not mostly UTF-8 and the whole file reads as windows-1256. Raises
    :class:`DecodeError` for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _replaced(data, "utf-16")
    else:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16, ()
        if _looks_binary(data):
            raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127) - bad - data.count("\ufffd".encode())
    if good < 3 * bad:  # not mostly UTF-8: a legacy code page, if the whole file is one
        try:
            return data.decode("cp1256"), ()
        except UnicodeDecodeError:
            pass
    return text, (f"{bad} byte sequence{'s' if bad != 1 else ''} not valid UTF-8, replaced by U+FFFD",)


def _replaced(data: bytes, encoding: str) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode(encoding), ()
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        return text, (f"bytes not valid {encoding.upper()} replaced by U+FFFD",)


def decode_bytes(data: bytes) -> str:
    """The text of :func:`decode_text` without its warnings."""
    return decode_text(data)[0]


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` safe to print, store and index everywhere: lone surrogates (half an emoji
    from a JSON escape) become U+FFFD and NUL characters are dropped (PostgreSQL cannot
    store them; SQLite then keeps the same text), with a warning for each kind."""
    warnings: list[str] = []
    if _SURROGATE.search(text):
        n = len(_SURROGATE.findall(text))
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"{n} lone surrogate{'s' if n != 1 else ''} (half a character) replaced by U+FFFD")
    if "\x00" in text:
        n = text.count("\x00")
        text = text.replace("\x00", "")
        warnings.append(f"{n} NUL character{'s' if n != 1 else ''} removed")
    return text, tuple(warnings)


def _scrub_optional(value: str | None) -> str | None:
    return None if value is None else scrub(value)[0]


def parse_published(value: Any) -> dt.date | None:
    """A date from an ISO date or datetime string (None for empty); ValueError if invalid."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _read_text_bytes(data: bytes, origin: str) -> Iterator[RawArticle | InputError]:
    try:
        text, warnings = decode_text(data)
    except DecodeError as exc:
        yield InputError(origin, str(exc))
        return
    if not text.strip():
        yield InputError(origin, "empty article")
        return
    yield RawArticle(origin=origin, text=text, warnings=warnings)


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?!\d)")


def date_in_name(name: str, today: dt.date | None = None) -> dt.date | None:
    """The last valid ``YYYY-MM-DD`` (or ``YYYY_MM_DD``) in a file name, not after tomorrow:
    scrapers often name an article's file by its date (``raqqa-2017-10-15.txt``)."""
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    found: dt.date | None = None
    for m in _NAME_DATE.finditer(name):
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if day <= latest:
            found = day
    return found


def _read_txt(path: Path) -> Iterator[RawArticle | InputError]:
    # raw text carries no metadata: a date in the file name is its publication date
    # (an explicit ``--published`` still wins, see iter_articles)
    published = date_in_name(path.name)
    for item in _read_text_bytes(path.read_bytes(), str(path)):
        yield replace(item, published=published) if isinstance(item, RawArticle) and published else item


def _read_html(path: Path) -> Iterator[RawArticle | InputError]:
    data = path.read_bytes()
    if _looks_binary(data):
        yield InputError(str(path), "binary file, not HTML")
        return
    try:
        html, warnings = decode_text(data)
    except DecodeError as exc:
        yield InputError(str(path), str(exc))
        return
    if not html.strip():
        yield InputError(str(path), "empty article")
        return
    yield RawArticle(origin=str(path), html=html, warnings=warnings)


def _article_from_json(obj: Any, origin: str) -> RawArticle | InputError:
    if not isinstance(obj, dict):
        return InputError(origin, "not a JSON object")
    text, html = obj.get("text"), obj.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        return InputError(origin, "no article: needs a non-empty 'text' or 'html'")
    try:
        published = parse_published(obj.get("published"))
    except ValueError as exc:
        return InputError(origin, str(exc))
    ident = obj.get("id")
    return RawArticle(
        origin=origin,
        text=text if isinstance(text, str) and text.strip() else None,
        html=None if isinstance(text, str) and text.strip() else html,
        id=str(ident) if ident is not None else None,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        published=published,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        outlet=obj.get("outlet") if isinstance(obj.get("outlet"), str) else None,
    )


def iter_jsonl(stream: Iterable[bytes | str], name: str) -> Iterator[RawArticle | InputError]:
    """Articles from JSONL lines; errors name the line number."""
    for lineno, line in enumerate(stream, 1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not line.strip():
            continue
        origin = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"not valid JSON ({exc.msg})")
            continue
        except RecursionError:
            yield InputError(origin, "JSON nested too deeply to read")
            continue
        yield _article_from_json(obj, origin)


def _read_jsonl(path: Path) -> Iterator[RawArticle | InputError]:
    with path.open("rb") as fh:
        yield from iter_jsonl(fh, str(path))


#: File suffix -> reader. Other modules add readers here (feeds, WARC).
READERS: dict[str, Callable[[Path], Iterator[RawArticle | InputError]]] = {
    ".txt": _read_txt,
    ".text": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".xhtml": _read_html,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
}


def _sniff_reader(path: Path) -> Callable[[Path], Iterator[RawArticle | InputError]]:
    with path.open("rb") as fh:
        head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return _read_html
    if head.startswith(b"{"):
        return _read_jsonl
    return _read_txt


def read_path(path: Path) -> Iterator[RawArticle | InputError]:
    """Articles from one file (by suffix, else by sniffing its start)."""
    name = path.name.lower()
    reader = None
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            reader = READERS[suffix]
            break
    if reader is None:
        reader = _sniff_reader(path)
    yield from reader(path)


def fill_published(item: RawArticle | InputError, default: dt.date | None) -> RawArticle | InputError:
    """``item`` with ``default`` as its publication date where it carries none, or only the
    date of its text file's name (an explicit date beats a file name's)."""
    if not isinstance(item, RawArticle) or default is None:
        return item
    if item.published is None or (item.text is not None and item.published == date_in_name(Path(item.origin).name)):
        return replace(item, published=default)
    return item


def iter_articles(
    paths: Iterable[str],
    default_published: dt.date | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[RawArticle | InputError]:
    """Every article in ``paths`` (``-`` is stdin, raw text), errors included, in order.

    ``default_published`` fills ``published`` for articles that do not carry their own (a
    date in a text file's name gives way to it).
    """
    for p in paths:
        if p == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            items: Iterable[RawArticle | InputError] = _read_text_bytes(stream.read(), "<stdin>")
        else:
            path = Path(p)
            if not path.exists():
                yield InputError(p, "no such file")
                continue
            if path.is_dir():
                directory = READERS.get("/")
                if directory is None:
                    yield InputError(p, "is a folder (use `rasd ingest` for folders)")
                    continue
                items = directory(path)
            else:
                try:
                    items = list(read_path(path))
                except OSError as exc:
                    yield InputError(p, f"cannot read: {exc.strerror or exc}")
                    continue
        for item in items:
            yield fill_published(item, default_published)


def _extract(trafilatura: Any, page: Any, url: str | None) -> dict[str, Any]:
    # trafilatura logs "discarding data: None" for every page without enough text; the
    # caller reports that page itself, once, naming it
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    result = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                         include_tables=False, url=url)
    if result is None:
        return {}
    return dict(result) if isinstance(result, dict) else dict(result.as_dict())


def to_document(raw: RawArticle) -> Document:
    """An unanalysed document from a raw article (HTML: main text, title, date and author
    through trafilatura)."""
    title, published, author, text = raw.title, raw.published, None, raw.text
    url = raw.url
    if text is None:
        html = scrub(raw.html or "")[0]
        import trafilatura

        extracted = _extract(trafilatura, html, raw.url)
        if not extracted.get("text") and html.count("<") > 255:
            # libxml2 gives up below 256 levels of nesting: parse without that limit
            import lxml.html

            parser = lxml.html.HTMLParser(huge_tree=True, collect_ids=False, remove_comments=True, remove_pis=True)
            try:
                extracted = _extract(trafilatura, lxml.html.fromstring(html, parser=parser), raw.url) or extracted
            except (ValueError, lxml.etree.ParserError):
                pass
        text = extracted.get("text") or ""
        title = title or extracted.get("title")
        author = extracted.get("author")
        url = url or extracted.get("url")
        if published is None and extracted.get("date"):
            try:
                published = parse_published(extracted["date"])
            except ValueError:
                published = None
    ident = raw.id or content_id(raw.text if raw.text is not None else (raw.html or ""))
    text, warnings = scrub(text)
    return Document(id=_scrub_optional(ident) or ident, text=text, title=_scrub_optional(title), published=published,
                    url=_scrub_optional(url), outlet=_scrub_optional(raw.outlet), author=_scrub_optional(author),
                    warnings=(*raw.warnings, *warnings))

