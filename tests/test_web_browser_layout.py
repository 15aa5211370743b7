"""Browser tests of the page's first hour (issue 19): timeline bins that fit a long range,
ISO date inputs, country names, the sub-event/fatalities/confidence filters and the
GeoJSON/Parquet downloads, the evidence view, right-to-left titles, the analyse form that
can store its result, the phone layout, and no tile server asked by default.

Playwright drives Debian's Chromium (/usr/bin/chromium, .ci/browser.sh); screenshots go to
test-artifacts/screenshots/ (names starting with 2x-).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from rasd.web.app import create_app
from rasd.web.fixtures import make_document
from rasd.web.testing import MemoryStore, running_server
from test_web_browser import DOCS, N_EVENTS, SCREENSHOTS, Page, _store

pytestmark = pytest.mark.browser

_TYPES = (("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
          ("Protests", "Peaceful protest"), ("Violence against civilians", "Attack"))


def _two_years() -> list[Any]:
    """Ninety-six events over two years (2016-2017) in Raqqa, four types in turn."""
    docs = []
    start = dt.date(2016, 1, 3)
    for i in range(96):
        day = start + dt.timedelta(days=i * 7 + (i % 5))
        event_type, sub = _TYPES[i % 4]
        text = f"قتل {i % 7 + 1} أشخاص في الرقة في حادث رقم {i}. وقال مصدر محلي إن الوضع متوتر."
        docs.append(make_document(
            f"long-{i:03d}", f"حادث في الرقة رقم {i}", day.isoformat(), text, outlet="Demo Wire", sources=("AFP",),
            places=("الرقة",),
            events=({"event_type": event_type, "sub_event_type": sub, "date": day.isoformat(), "place": "الرقة",
                     "actor1": "Unidentified Armed Group (Syria)", "fatalities": i % 7 + 1, "evidence": "قتل",
                     "confidence": 0.6 + (i % 4) / 10},),
        ))
    return docs


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[str]:
    store = _store(tmp_path_factory.mktemp("web"))
    with running_server(create_app(store=store, tile_url=None)) as url:
        yield url
    store.close()


@pytest.fixture(scope="module")
def long_url(browser: Any) -> Iterator[str]:
    store = MemoryStore()
    store.add_documents(_two_years())
    with running_server(create_app(store=store)) as url:  # default settings: no tile server
        yield url


def _page(browser: Any, url: str, width: int = 1400, height: int = 900) -> Page:
    page = Page(browser, url)
    page.page.set_viewport_size({"width": width, "height": height})
    return page


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Page]:
    p = _page(browser, base_url)
    yield p
    p.context.close()


def _bars(p: Any) -> list[dict[str, Any]]:
    return p.eval_on_selector_all("#timeline rect.bar", "rs => rs.map(r => ({day: r.dataset.day, "
                                  "w: r.getBoundingClientRect().width, n: +r.dataset.n}))")


@pytest.mark.parametrize(("width", "height", "unit"), [(1400, 900, "week"), (390, 844, "month")])
def test_web_browser_layout_timeline_bins_fit_a_two_year_range(browser: Any, long_url: str, width: int, height: int,
                                                                unit: str) -> None:
    page = _page(browser, long_url, width, height)
    hosts: set[str] = set()
    page.page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    p = page.open("/")
    page.events_loaded()
    assert p.get_attribute("#timeline", "data-bin") == unit
    assert p.inner_text("#timeline-title") == f"Events per {unit}"
    bars = _bars(p)
    assert sum(b["n"] for b in bars) == 96
    assert min(b["w"] for b in bars) >= 3  # no hairlines
    page.shot(f"20-timeline-two-years-{width}")
    assert hosts == {long_url.split("/")[2]}  # nothing asked of a tile server (or anyone else)
    assert page.errors == []
    page.context.close()


def test_web_browser_layout_brushing_a_binned_timeline_takes_whole_bins(browser: Any, long_url: str) -> None:
    page = _page(browser, long_url)
    p = page.open("/")
    page.events_loaded()
    bars = p.locator("#timeline rect.bar")
    first, last = bars.nth(10).bounding_box(), bars.nth(14).bounding_box()
    y = first["y"] + first["height"] / 2
    p.mouse.move(first["x"] + 1, y)
    p.mouse.down()
    p.mouse.move(last["x"] + last["width"] - 1, y, steps=6)
    p.mouse.up()
    p.wait_for_function("() => document.querySelector('#brush-info').textContent.length > 0")
    start, end = p.inner_text("#brush-info").split(" – ")
    assert dt.date.fromisoformat(start).weekday() == 0 and dt.date.fromisoformat(end).weekday() == 6
    inside = sum(b["n"] for b in _bars(p) if start <= b["day"] <= end)
    assert 5 <= inside == p.locator("#events-table tbody tr").count()
    page.context.close()


def test_web_browser_layout_dates_are_iso_and_countries_are_named(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    assert p.get_attribute("#f-from", "placeholder") == "YYYY-MM-DD"
    options = p.locator("#f-country option").all_inner_texts()[1:]
    assert [o.split(" (")[0] for o in options] == ["Iraq", "Syria", "Yemen"]
    assert set(p.locator("#events-table tbody td:nth-child(7)").all_inner_texts()) == {"Iraq", "Syria", "Yemen"}
    p.fill("#f-from", "16/10/2017")  # not ISO: marked, and nothing reloads
    p.dispatch_event("#f-from", "change")
    assert p.get_attribute("#f-from", "aria-invalid") == "true"
    assert p.locator("#events-table tbody tr").count() == N_EVENTS
    p.fill("#f-from", "2017-10-16")
    p.dispatch_event("#f-from", "change")
    p.wait_for_function(f"() => document.querySelectorAll('#events-table tbody tr').length < {N_EVENTS}")
    assert all(d >= "2017-10-16" for d in p.locator("#events-table tbody td:nth-child(1)").all_inner_texts())
    page.shot("21-iso-dates-country-names")
    assert page.errors == []


@pytest.mark.parametrize(
    ("control", "value", "expected"),
    [("#f-sub", "Air/drone strike", 2), ("#f-fat", "10", 3), ("#f-conf", "0.8", N_EVENTS)],
)
def test_web_browser_layout_new_filters_and_downloads(page: Page, control: str, value: str, expected: int) -> None:
    p = page.open("/")
    page.events_loaded()
    if control == "#f-fat":
        p.fill(control, value)
        p.dispatch_event(control, "change")
    else:
        p.select_option(control, value)
    encoded = value.replace("/", "%2F").replace(" ", "+")
    p.wait_for_function("v => document.querySelector('#csv-link').getAttribute('href').includes(v)", arg=encoded)
    p.wait_for_function(f"() => document.querySelector('#map').dataset.markers === '{expected}'")
    assert p.locator("#events-table tbody tr").count() == expected
    for kind in ("csv", "geojson", "parquet"):
        href = p.get_attribute(f"#{kind}-link", "href") or ""
        assert href.startswith(f"/api/events.{kind}?") and encoded in href
    geo = p.request.get(page.base + (p.get_attribute("#geojson-link", "href") or "")).json()
    assert len(geo["features"]) == expected
    page.shot(f"22-filter-{control[1:]}")
    assert page.errors == []


def test_web_browser_layout_evidence_view_shows_the_evidence_first(page: Page) -> None:
    p = page.open("/")
    page.events_loaded()
    p.locator("#events-table tbody tr").first.click()
    p.wait_for_selector("#event-detail[data-loaded]")
    quote = p.locator("#event-detail .report .evidence-quote").first
    assert quote.is_visible() and quote.get_attribute("dir") == "rtl"
    whole = p.locator("#event-detail .whole-article").first
    assert whole.get_attribute("open") is None
    whole.locator("summary").click()
    text = whole.locator(".article-text")
    assert "hide-ent" in (text.get_attribute("class") or "")
    ent_styles = text.evaluate("t => Array.from(t.querySelectorAll('.ent')).map(e => getComputedStyle(e).borderBottomStyle)")
    assert set(ent_styles) <= {"none"}  # no entity box over the evidence
    page.shot("23-event-evidence")
    assert page.errors == []


def test_web_browser_layout_article_titles_right_to_left_without_repeats(page: Page) -> None:
    p = page.open("/#/articles")
    p.wait_for_selector("#articles-list li")
    titles = p.locator("#articles-list a.title[dir=rtl]")
    assert titles.count() == len(DOCS)
    box = titles.first.bounding_box()
    item = p.locator("#articles-list li").first.bounding_box()
    assert box["x"] + box["width"] > item["x"] + item["width"] - 30  # starts at the right edge
    for meta in p.locator("#articles-list .meta").all_inner_texts():
        parts = meta.split(" · ")
        assert len(parts) == len(set(parts)), meta
    page.shot("24-articles-rtl")
    assert page.errors == []


def test_web_browser_layout_analyse_form_stores_its_result(browser: Any, tmp_path: Path) -> None:
    store = MemoryStore()
    text = next(d for d in DOCS if d.id == "saada-strike").text
    app = create_app(store=store, tile_url=None,
                     analyzer=lambda t, **kw: next(d for d in DOCS if d.id == "saada-strike").evolve(text=t))
    with running_server(app) as url:
        page = _page(browser, url)
        p = page.open("/#/analyze")
        label = p.locator("label[for=analyze-text]").bounding_box()
        area = p.locator("#analyze-text").bounding_box()
        assert label["y"] + label["height"] <= area["y"] + 1  # the label sits above its box
        p.fill("#analyze-text", text)
        p.fill("#analyze-published", "2017-10-12")
        p.check("#analyze-save")
        p.click("#analyze-button")
        p.wait_for_selector("#analyze-result[data-loaded]")
        assert "Stored in the database" in p.inner_text("#analyze-result .status.saved")
        assert store.count_documents() == 1
        page.shot("25-analyse-stored")
        assert page.errors == []
        page.context.close()


def test_web_browser_layout_phone_shows_the_map_first_and_whole_rows(browser: Any, base_url: str) -> None:
    page = _page(browser, base_url, 390, 844)
    p = page.open("/")
    page.events_loaded()
    assert p.get_attribute("#filters-box", "open") is None  # folded: the map is on the first screen
    map_box = p.locator("#map").bounding_box()
    assert map_box["y"] < 844 / 2 and map_box["x"] + map_box["width"] <= 390
    assert p.evaluate("() => document.documentElement.scrollWidth") <= 390  # nothing wider than the phone
    row = p.locator("#events-table tbody tr").first
    cells = row.locator("td")
    assert cells.count() == 9
    for i in range(9):
        cell = cells.nth(i).bounding_box()
        assert cell["width"] > 0 and cell["x"] + cell["width"] <= 390, i
    page.shot("26-phone")
    p.screenshot(path=str(SCREENSHOTS / "26a-phone-first-screen.png"))
    p.click("#filters-box > summary")
    assert p.locator("#f-sub").is_visible()
    check = p.locator("#f-bbox").bounding_box()
    assert check["width"] < 40  # a checkbox stays a checkbox
    p.screenshot(path=str(SCREENSHOTS / "26b-phone-filters.png"))
    assert page.errors == []
    page.context.close()

