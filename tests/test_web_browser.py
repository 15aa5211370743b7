"""End-to-end tests of the page: Playwright driving Debian's Chromium (/usr/bin/chromium).

The server is the real app on 127.0.0.1 and a free port, with a temporary SQLite store (the
in-memory store when the SQL store is unavailable) filled with hand-made documents; it is
always shut down. Screenshots of every view go to test-artifacts/screenshots/.
Run: pytest tests/test_web_browser.py -m browser (CI installs Chromium with .ci/browser.sh).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from rasd.document import Document, Entity, Quote, Speaker
from rasd.web.app import create_app
from rasd.web.fixtures import demo_documents
from rasd.web.testing import MemoryStore, running_server

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
DOCS = demo_documents()
N_EVENTS = len({(e.event_type, e.date, e.location.name) for d in DOCS for e in d.events if e.location})

# A tiny stand-in tagger for the pasted article, used only for what the pipeline does not
# (yet) provide, so the page's rendering of entities and quotes is always exercised.
_NAMES = {
    "مصطفى بالي": "PER", "عمر علوش": "PER", "داعش": "ORG", "رويترز": "ORG", "فرانس برس": "ORG",
    "قوات سورية الديمقراطية": "ORG", "قوات سورية الديموقراطية": "ORG", "قوات سوريا الديمقراطية": "ORG",
    "الرقة": "GPE", "واشنطن": "GPE", "الولايات المتحدة": "GPE",
}
_CUE = re.compile(r"(قال|أكد|أضاف|أعلن)")


def _stub_annotations(doc: Document) -> Document:
    text = doc.text
    entities = list(doc.entities)
    if not entities:
        for name, etype in _NAMES.items():
            for m in re.finditer(re.escape(name), text):
                entities.append(Entity(m.start(), m.end(), etype, None))
        entities.sort(key=lambda e: e.start)
    quotes = list(doc.quotes)
    if not quotes:
        people = [e for e in entities if e.type == "PER"]
        for sent in re.finditer(r"[^.\n]+", text):
            s, body = sent.start(), sent.group()
            cue = _CUE.search(body)
            speaker = next((p for p in people if s <= p.start < sent.end()), None)
            quoted = re.search(r"\"([^\"]{4,})\"", body) or re.search(r" إن (.{8,})$", body)
            if cue and speaker and quoted:
                start, end = s + quoted.start(1), s + quoted.end(1)
                sp = Speaker(text[speaker.start : speaker.end], None, None, speaker.start, speaker.end)
                quotes.append(Quote(start, end, quoted.re.pattern.startswith("\\\""), sp, cue.group()))
    return doc.evolve(entities=entities, quotes=quotes)


def _analyzer(text: str, *, published: Any = None, title: str | None = None) -> Document:
    from rasd.api import analyze_text

    return _stub_annotations(analyze_text(text, published=published, title=title))


def _sample_article() -> str:
    from importlib import resources

    try:
        for item in (resources.files("rasd") / "samples").iterdir():
            if item.name.startswith("raqqa") and item.name.endswith(".txt"):
                return item.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        pass
    shared = Path(__file__).resolve().parents[2] / "shared" / "samples" / "raqqa-2017-10-15.txt"
    if shared.exists():
        return shared.read_text(encoding="utf-8")
    return next(d for d in DOCS if d.id == "raqqa-afp").text


def _store(tmp: Path) -> Any:
    try:
        from rasd.store import open_store

        store = open_store(f"sqlite:///{tmp / 'browser.db'}")
    except Exception:
        store = MemoryStore()
    store.add_documents(DOCS)
    return store


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[str]:
    store = _store(tmp_path_factory.mktemp("web"))
    app = create_app(store=store, tile_url=None, analyzer=_analyzer)
    with running_server(app) as url:
        yield url
    store.close()


class Page:
    """A browser page that records console errors and page errors."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
        self.page = self.context.new_page()
        self.base = base_url
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))

    def open(self, path: str = "/") -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_selector("body[data-ready]")
        return self.page

    def events_loaded(self) -> None:
        self.page.wait_for_selector("#view-events[data-loaded]")
        self.page.wait_for_timeout(400)  # cluster animation

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Page]:
    p = Page(browser, base_url)
    yield p
    p.context.close()


def _markers_on_map(page: Any) -> int:
    """Events the map shows: single markers plus the counts written on cluster icons."""
    singles = page.locator(".leaflet-marker-pane .ev-marker").count()
    clusters = page.locator(".leaflet-marker-pane .marker-cluster span").all_inner_texts()
    return singles + sum(int(c) for c in clusters)


def _wait_for_markers(page: Any, expected: int, timeout_s: float = 15.0) -> int:
    """Poll until the map shows ``expected`` events (clusters animate); return what it shows."""
    import time

    deadline = time.monotonic() + timeout_s
    shown = _markers_on_map(page)
    while shown != expected and time.monotonic() < deadline:
        page.wait_for_timeout(100)
        shown = _markers_on_map(page)
    return shown


def _table_rows(page: Any) -> int:
    return page.locator("#events-table tbody tr").count()


def test_web_browser_page_loads_with_no_console_errors(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    p.wait_for_selector("#map[data-outlines]")
    page.shot("01-events")
    assert page.errors == []
    assert "12 articles" in p.inner_text("#stats")


def test_web_browser_markers_appear_for_every_event(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    assert p.get_attribute("#map", "data-markers") == str(N_EVENTS)
    assert _wait_for_markers(p, N_EVENTS) == N_EVENTS
    assert p.locator(".marker-cluster").count() >= 1  # the Raqqa events are dense
    assert _table_rows(p) == N_EVENTS
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    p.locator("#map").screenshot(path=str(SCREENSHOTS / "02-map.png"))
    singles = p.locator(".leaflet-marker-pane .ev-marker").count()
    p.locator(".marker-cluster").first.click()  # a click on a cluster zooms in and splits it
    p.wait_for_function(f"() => document.querySelectorAll('.leaflet-marker-pane .ev-marker').length > {singles}")
    p.wait_for_timeout(500)  # let the zoom animation settle before the screenshot
    colours = set(p.eval_on_selector_all(".leaflet-marker-pane .ev-marker", "ns => ns.map(n => getComputedStyle(n).backgroundColor)"))
    assert colours and "rgba(0, 0, 0, 0)" not in colours
    p.locator("#map").screenshot(path=str(SCREENSHOTS / "02b-map-zoomed.png"))
    assert page.errors == []


def test_web_browser_filter_changes_the_table_and_the_map(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    p.select_option("#f-country", "IQ")
    p.wait_for_function("() => document.querySelector('#map').dataset.markers === '2'")
    p.wait_for_timeout(400)
    assert _table_rows(p) == 2
    assert _wait_for_markers(p, 2) == 2
    assert set(p.locator("#events-table tbody td:nth-child(7)").all_inner_texts()) == {"Iraq"}
    assert "country=IQ" in (p.get_attribute("#csv-link", "href") or "")
    page.shot("03-filter-country")
    p.select_option("#f-country", "")
    p.fill("#f-actor", "SDF")
    p.wait_for_function("() => document.querySelector('#map').dataset.markers === '5'")
    assert _table_rows(p) == 5
    assert page.errors == []


def test_web_browser_timeline_brush_filters_the_map_and_table(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    first = p.locator('#timeline rect.bar[data-day="2017-10-16"]').first.bounding_box()
    last = p.locator('#timeline rect.bar[data-day="2017-10-17"]').first.bounding_box()
    y = first["y"] + first["height"] / 2
    p.mouse.move(first["x"] + 2, y)
    p.mouse.down()
    p.mouse.move(last["x"] + last["width"] / 2, y, steps=5)
    p.mouse.up()
    p.wait_for_function("() => document.querySelector('#map').dataset.markers === '3'")
    p.wait_for_timeout(400)
    assert _table_rows(p) == 3
    assert _wait_for_markers(p, 3) == 3
    assert p.inner_text("#brush-info") == "2017-10-16 – 2017-10-17"
    href = p.get_attribute("#csv-link", "href") or ""
    assert "date_from=2017-10-16" in href and "date_to=2017-10-17" in href
    page.shot("04-timeline-brush")
    p.click("#brush-clear")
    p.wait_for_function(f"() => document.querySelector('#map').dataset.markers === '{N_EVENTS}'")
    assert page.errors == []


def test_web_browser_table_sorts_by_a_column(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    p.click('#events-table th[data-sort="fatalities"]')
    values = [int(v) for v in p.locator("#events-table tbody td:nth-child(8)").all_inner_texts()]
    assert values == sorted(values)
    p.click('#events-table th[data-sort="fatalities"]')
    values = [int(v) for v in p.locator("#events-table tbody td:nth-child(8)").all_inner_texts()]
    assert values == sorted(values, reverse=True) and values[0] == 20


def test_web_browser_clicking_an_event_shows_its_evidence(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    found = p.request.get(page.base + "/api/events", params={
        "event_type": "Battles", "date_from": "2017-10-14", "date_to": "2017-10-14"}).json()["items"]
    assert len(found) == 1
    p.locator(f'#events-table tbody tr[data-id="{found[0]["id"]}"]').click()
    p.wait_for_selector("#event-detail[data-loaded]")
    reports = p.locator("#event-detail .report")
    assert reports.count() == 2
    for i in range(2):
        evidence = reports.nth(i).locator(".evidence").all_inner_texts()
        assert evidence and "مقاتل" in "".join(evidence)
        assert reports.nth(i).locator(".article-text[dir=rtl]").count() == 1
    assert p.inner_text("#event-detail .fatalities") == "12"
    assert "AFP" in p.inner_text("#event-detail .sources") and "Reuters" in p.inner_text("#event-detail .sources")
    page.shot("05-event-evidence")
    assert page.errors == []


def test_web_browser_clicking_a_marker_opens_the_event(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    p.select_option("#f-country", "YE")
    p.wait_for_function("() => document.querySelector('#map').dataset.markers === '1'")
    p.wait_for_timeout(400)
    p.locator(".leaflet-marker-pane .ev-marker").first.click()
    p.wait_for_selector("#event-detail[data-loaded]")
    assert "Saada" in p.inner_text("#event-detail h2")
    assert p.locator("#event-detail .evidence").count() >= 1


def test_web_browser_article_view_highlights_each_kind(page: Page) -> None:
    p = page.open("/#/article/raqqa-afp")
    p.wait_for_selector("#article-detail[data-loaded]")
    text = p.locator("#article-detail .article-text")
    assert text.get_attribute("dir") == "rtl"
    assert text.locator(".ent.ent-PER").count() >= 1 and text.locator(".ent.ent-ORG").count() >= 1
    assert text.locator(".quote").count() >= 1 and text.locator(".speaker").count() >= 1
    assert text.locator(".place").count() >= 1
    time_span = text.locator(".time").first
    time_span.hover()
    p.wait_for_selector("#tip:not([hidden])")
    assert "2017-10-14" in p.inner_text("#tip")
    assert "Mustafa Bali" in p.inner_text("#article-detail .quotes-panel")
    page.shot("06-article")
    evidence = "".join(text.locator(".evidence").all_inner_texts())
    assert evidence.startswith("قُتل اثنا عشر")  # the event's evidence sentence
    p.uncheck('#article-detail .ann-legend input[data-kind="evidence"]')
    assert "hide-evidence" in (text.get_attribute("class") or "")
    p.click("#article-detail .events-panel .link-button")  # "show evidence" turns it back on
    assert "hide-evidence" not in (text.get_attribute("class") or "")
    assert p.is_checked('#article-detail .ann-legend input[data-kind="evidence"]')
    # the highlight styles are distinct
    styles = {cls: p.eval_on_selector(f"#article-detail .article-text .{cls}",
                                      "n => { const s = getComputedStyle(n); return [s.backgroundColor, s.borderBottomStyle, s.outlineStyle, s.textDecorationLine].join('|'); }")
              for cls in ("ent", "quote", "time", "place")}
    assert len(set(styles.values())) == 4, styles
    assert page.errors == []


def test_web_browser_pasting_the_sample_article_shows_entities_and_quotes(page: Page) -> None:
    sample = _sample_article()
    p = page.open("/#/analyze")
    p.fill("#analyze-text", sample)
    p.fill("#analyze-published", "2017-10-15")
    p.click("#analyze-button")
    p.wait_for_selector("#analyze-result[data-loaded]", timeout=60000)
    expected = p.request.post(page.base + "/api/analyze", data={"text": sample, "published": "2017-10-15"}).json()
    assert expected["entities"] and expected["quotes"]
    shown_entities = p.locator("#analyze-result .entities-panel li").count()
    shown_quotes = p.locator("#analyze-result .quotes-panel li").count()
    assert shown_entities == len(expected["entities"])
    assert shown_quotes == len(expected["quotes"])
    assert p.locator("#analyze-result .article-text .ent").count() >= 1
    speakers = p.locator("#analyze-result .quote-speaker").all_inner_texts()
    assert any(s.strip() and s != "unknown speaker" for s in speakers)
    page.shot("07-analyze")
    assert page.errors == []


def test_web_browser_bundled_sample_is_analysed_by_the_pipeline(page: Page) -> None:
    p = page.open("/#/analyze")
    samples = p.request.get(page.base + "/api/samples").json()
    if not samples:
        pytest.skip("no sample articles bundled in rasd/samples")
    p.wait_for_selector("#sample-label:not([hidden])")
    p.select_option("#analyze-sample", samples[0]["id"])
    p.wait_for_function("() => document.querySelector('#analyze-text').value.length > 100")
    p.click("#analyze-button")
    p.wait_for_selector("#analyze-result[data-loaded]", timeout=60000)
    sample = p.request.get(page.base + f"/api/samples/{samples[0]['id']}").json()
    expected = p.request.post(page.base + "/api/analyze", data={"text": sample["text"], "published": sample["published"]}).json()
    for panel, key in (("times", "times"), ("places", "places"), ("events", "events"), ("entities", "entities")):
        assert p.locator(f"#analyze-result .{panel}-panel li").count() == len(expected[key]), panel
    assert p.inner_text("#analyze-result .article-text").strip()[:20] == expected["text"].strip()[:20]
    page.shot("07b-analyze-bundled-sample")
    assert page.errors == []


def test_web_browser_articles_list_and_search(page: Page) -> None:
    p = page.open("/#/articles")
    p.wait_for_selector("#articles-list li")
    assert p.locator("#articles-list li").count() == len(DOCS)
    p.fill("#search-q", "صعده")  # folded spelling of صعدة
    p.press("#search-q", "Enter")
    p.wait_for_function("() => document.querySelectorAll('#articles-list li').length === 1")
    assert p.locator("#articles-list li").first.get_attribute("data-id") == "saada-strike"
    page.shot("08-articles-search")


def test_web_browser_markers_show_without_map_tiles(browser: Any, tmp_path: Path) -> None:
    store = _store(tmp_path)
    app = create_app(store=store, tile_url="http://127.0.0.1:9/{z}/{x}/{y}.png")  # nothing listens there
    try:
        with running_server(app) as url:
            page = Page(browser, url)
            p = page.open("/")
            page.events_loaded()
            assert _wait_for_markers(p, N_EVENTS) == N_EVENTS
            p.wait_for_selector("#map[data-outlines]")
            assert p.locator(".leaflet-overlay-pane path, .leaflet-outlines-pane path").count() > 50
            p.wait_for_selector("#tiles-offline")  # the page gives up on tiles and says so
            page.shot("09-no-tiles")
            # the only errors are the tiles that could not load
            assert all("Failed to load resource" in e for e in page.errors), page.errors
            page.context.close()
    finally:
        store.close()


def test_web_browser_docs_page_works_offline(page: Page) -> None:
    p = page.page
    p.goto(page.base + "/docs")
    p.wait_for_selector(".opblock", timeout=20000)
    assert p.locator(".opblock").count() >= 9
    page.shot("10-api-docs")
    assert page.errors == []
