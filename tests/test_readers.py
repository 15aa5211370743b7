from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from rasd.ingest.readers import InputError, RawArticle, decode_bytes, iter_articles, to_document

ARABIC = "قال مسؤول محلي إن الوضع هادئ في المدينة."


@pytest.mark.parametrize(
    "data",
    [
        ARABIC.encode("utf-8"),
        b"\xef\xbb\xbf" + ARABIC.encode("utf-8"),
        ARABIC.encode("utf-16"),
        ARABIC.encode("utf-16-le"),
        ARABIC.encode("utf-16-be"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "cp1256"],
)
def test_readers_decode_arabic_encodings(data: bytes) -> None:
    assert decode_bytes(data).lstrip("\ufeff") == ARABIC


def _run(tmp_path: Path, name: str, content: bytes, published: dt.date | None = None) -> list[RawArticle | InputError]:
    path = tmp_path / name
    path.write_bytes(content)
    return list(iter_articles([str(path)], default_published=published))


def test_readers_txt_gets_default_published(tmp_path: Path) -> None:
    (item,) = _run(tmp_path, "a.txt", ARABIC.encode(), dt.date(2020, 1, 2))
    assert isinstance(item, RawArticle) and item.text == ARABIC and item.published == dt.date(2020, 1, 2)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("raqqa-2017-10-15.txt", dt.date(2017, 10, 15)),
        ("afp_2024_06_06_kunduz.txt", dt.date(2024, 6, 6)),
        ("copy-2017-10-15-of-2017-10-16.txt", dt.date(2017, 10, 16)),  # the last date named
        ("2017-13-40.txt", None),  # not a date
        ("id-12017-10-150.txt", None),  # digits around it: an id, not a date
        ("a.txt", None),
        ("future-2999-01-01.txt", None),
    ],
)
def test_readers_txt_date_in_file_name_is_published(tmp_path: Path, name: str, expected: dt.date | None) -> None:
    (item,) = _run(tmp_path, name, ARABIC.encode())
    assert isinstance(item, RawArticle) and item.published == expected


def test_readers_explicit_published_beats_file_name(tmp_path: Path) -> None:
    (item,) = _run(tmp_path, "raqqa-2017-10-15.txt", ARABIC.encode(), dt.date(2017, 10, 16))
    assert isinstance(item, RawArticle) and item.published == dt.date(2017, 10, 16)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n\n ", "empty article"),
        ("bin.txt", bytes(range(256)) * 4, "binary"),
        ("empty.html", b"", "empty article"),
    ],
)
def test_readers_bad_files_name_the_input(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    (item,) = _run(tmp_path, name, content)
    assert isinstance(item, InputError)
    assert message in item.message and name in item.origin


def test_readers_missing_file_is_an_error_not_an_exception() -> None:
    (item,) = list(iter_articles(["/no/such/file.txt"]))
    assert isinstance(item, InputError) and "no such file" in item.message


def test_readers_jsonl_bad_lines_reported_others_kept(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "نص أول", "published": "2017-10-15T08:00:00"}',
        "not json",
        '{"id": "b"}',
        '{"id": "c", "text": "نص", "published": "15/10/2017"}',
        "",
        '{"html": "<html><body><p>نص</p></body></html>", "url": "https://example.org/x"}',
        "[1, 2]",
    ]
    items = _run(tmp_path, "in.jsonl", "\n".join(lines).encode())
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["RawArticle", "InputError", "InputError", "InputError", "RawArticle", "InputError"]
    first = items[0]
    assert isinstance(first, RawArticle) and first.id == "a" and first.published == dt.date(2017, 10, 15)
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4", "7"]


def test_readers_stdin() -> None:
    (item,) = list(iter_articles(["-"], stdin=io.BytesIO(ARABIC.encode())))
    assert isinstance(item, RawArticle) and item.origin == "<stdin>"


def test_readers_html_through_trafilatura(tmp_path: Path) -> None:
    body = " ".join([ARABIC] * 6)
    html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>عنوان الخبر</title>
    <meta property="article:published_time" content="2021-03-04T10:00:00Z">
    <meta name="author" content="سامي الكاتب"></head><body><nav>الرئيسية | أخبار</nav>
    <article><h1>عنوان الخبر</h1><p>{body}</p><p>{body}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"""
    (item,) = _run(tmp_path, "page.html", html.encode())
    assert isinstance(item, RawArticle)
    doc = to_document(item)
    assert doc.title == "عنوان الخبر"
    assert doc.published == dt.date(2021, 3, 4)
    assert ARABIC in doc.text and "الرئيسية" not in doc.text


def test_readers_ids_are_stable_content_hashes(tmp_path: Path) -> None:
    (a,) = _run(tmp_path, "a.txt", ARABIC.encode())
    (b,) = _run(tmp_path, "b.txt", ARABIC.encode("cp1256"))
    assert isinstance(a, RawArticle) and isinstance(b, RawArticle)
    assert to_document(a).id == to_document(b).id
