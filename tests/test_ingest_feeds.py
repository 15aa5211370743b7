"""Discovery of inputs: folders (recursively), RSS/Atom feeds (file and URL), WARC
archives, and analysed documents from ``rasd batch`` (JSONL and Parquet)."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus_docs import all_docs
from rasd.document import Document
from rasd.ingest.discover import estimate_total, is_analysed_jsonl, iter_inputs
from rasd.ingest.feeds import html_to_text, read_feed
from rasd.ingest.readers import READERS, InputError, RawArticle, iter_articles
from rasd.ingest.warc import read_warc

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>صحيفة الاختبار</title><link>https://paper.example/</link>
<item><title>انفجار عبوة ناسفة في الطارمية</title><link>https://paper.example/news/1</link>
<pubDate>Tue, 10 Mar 2026 08:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>قتل ثلاثة جنود في انفجار عبوة ناسفة.</p><p>وقال مصدر أمني إن العبوة زرعت على الطريق.</p>]]></content:encoded>
</item>
<item><title>احتجاج في الطارمية</title><link>https://paper.example/news/2</link>
<pubDate>Tue, 10 Mar 2026 10:00:00 +0000</pubDate>
<description>تظاهر عشرات من الأهالي احتجاجا على انقطاع الكهرباء.</description></item>
<item><title>بلا نص</title><link>https://paper.example/news/3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
<entry><title>قصف جوي</title><id>urn:test:1</id><updated>2026-03-11T09:00:00Z</updated>
<content type="html">&lt;p&gt;قصفت طائرات مخبأ قرب الطارمية.&lt;/p&gt;</content></entry>
</feed>"""

PAGE = """<html><head><title>مقتل ثلاثة جنود</title></head><body><article>
<h1>مقتل ثلاثة جنود بانفجار عبوة</h1>
<p>قتل ثلاثة جنود عراقيين وأصيب خمسة آخرون صباح الثلاثاء في انفجار عبوة ناسفة على جانب الطريق استهدفت دورية للجيش العراقي في قضاء الطارمية شمال بغداد.</p>
<p>وقال مصدر أمني إن العبوة زرعت على الطريق الرئيسي المؤدي إلى القضاء، ولم تتبن أي جهة المسؤولية عن الهجوم.</p>
</article></body></html>"""


def _raws(items: Iterator[object]) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def test_ingest_feeds_rss_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_feed(path))
    raws = _raws(iter(items))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(raws) == 2 and len(errors) == 1 and "no text" in errors[0].message
    first = raws[0]
    assert first.url == "https://paper.example/news/1" and first.outlet == "صحيفة الاختبار"
    assert first.published == dt.date(2026, 3, 10) and first.title == "انفجار عبوة ناسفة في الطارمية"
    assert first.text == "قتل ثلاثة جنود في انفجار عبوة ناسفة.\nوقال مصدر أمني إن العبوة زرعت على الطريق."
    # ids come from the link: stable across fetches, different per entry
    assert first.id and first.id == _raws(read_feed(path))[0].id and first.id != raws[1].id


def test_ingest_feeds_atom_and_suffix_dispatch(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    (raw,) = _raws(iter_articles([str(path)]))
    assert raw.text == "قصفت طائرات مخبأ قرب الطارمية." and raw.outlet == "Atom Outlet"
    assert raw.published == dt.date(2026, 3, 11)
    assert READERS[".rss"] is read_feed and READERS[".warc.gz"] is read_warc


def test_ingest_feeds_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<html><body>not a feed</body>", encoding="utf-8")
    (item,) = list(read_feed(path))
    assert isinstance(item, InputError)


@pytest.fixture
def feed_server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kw: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kw)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_ingest_feeds_url(feed_server: str) -> None:
    raws = _raws(iter_inputs([f"{feed_server}/feed.rss"]))
    assert [r.url for r in raws] == ["https://paper.example/news/1", "https://paper.example/news/2"]
    errors = [i for i in iter_inputs([f"{feed_server}/missing.rss"]) if isinstance(i, InputError)]
    assert errors and "404" in errors[0].message


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for url, status, ctype, body in (
            ("https://one.example/a", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
            ("https://one.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
            ("https://one.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
            ("https://one.example/cp1256", "200 OK", "text/html; charset=windows-1256", PAGE.encode("cp1256")),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_ingest_feeds_warc(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path)
    raws = _raws(iter_articles([str(path)]))
    assert [r.url for r in raws] == ["https://one.example/a", "https://one.example/cp1256"]
    assert all(r.html and "الطارمية" in r.html for r in raws)
    assert raws[0].outlet == "one.example" and raws[0].id != raws[1].id


def test_ingest_feeds_bad_warc(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file\n" * 10)
    items = list(read_warc(path))
    assert items and all(isinstance(i, InputError) for i in items)


def test_ingest_feeds_folder_recursive(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("نص المقال الأول.", encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b" / "c" / "items.jsonl").write_text(
        '{"id": "j1", "text": "نص"}\n{"id": "j2", "text": "نص آخر"}\n', encoding="utf-8")
    (tmp_path / "b" / "c" / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "notes.done").write_text("{}", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)], default_published=dt.date(2026, 1, 1)))
    origins = [i.origin for i in items]
    assert origins[0].endswith("a.txt") and origins[-1].endswith("page.html")  # sorted paths
    assert sum(isinstance(i, RawArticle) for i in items) == 6  # txt, html, 2 jsonl, 2 feed entries
    assert not any(".hidden" in o or "png" in o for o in origins)
    assert all(i.published is not None for i in items if isinstance(i, RawArticle))
    assert estimate_total([str(tmp_path / "a.txt"), str(tmp_path / "b" / "c" / "items.jsonl")]) == 3
    assert estimate_total([str(tmp_path)]) is None  # a feed inside: unknown
    # the folder reader is registered for `rasd analyze` too
    assert len(_raws(iter_articles([str(tmp_path)]))) == 6


def test_ingest_feeds_analysed_documents_load_as_documents(tmp_path: Path) -> None:
    docs = all_docs()
    path = tmp_path / "shard.jsonl"
    path.write_text("".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs) + "{broken\n",
                    encoding="utf-8")
    assert is_analysed_jsonl(path)
    items = list(iter_inputs([str(path)]))
    assert [i for i in items if isinstance(i, Document)] == docs
    assert isinstance(items[-1], InputError) and ":6" in items[-1].origin


def test_ingest_feeds_parquet_documents(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    docs = all_docs()
    table = pa.table({"id": [d.id for d in docs],
                      "document": [json.dumps(d.to_dict(), ensure_ascii=False) for d in docs]})
    pq.write_table(table, tmp_path / "s.parquet")
    assert [i for i in iter_inputs([str(tmp_path / "s.parquet")])] == docs
    pq.write_table(pa.table({"x": [1]}), tmp_path / "other.parquet")
    (err,) = list(iter_inputs([str(tmp_path / "other.parquet")]))
    assert isinstance(err, InputError) and "document" in err.message


def test_ingest_feeds_missing_path() -> None:
    (err,) = list(iter_inputs(["/no/such/place"]))
    assert isinstance(err, InputError)


def test_ingest_feeds_html_to_text() -> None:
    assert html_to_text("<p>أ<b>ب</b></p><script>x()</script><p>ج</p>") == "أب\nج"
