"""The HTTP API with FastAPI's test client, on the in-memory store and on the SQLite store.

The store is filled with hand-made documents (rasd.web.fixtures), so these tests do not depend
on the extraction stages; the schema is also fuzzed with schemathesis (no 500 on any request).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from rasd.document import Document
from rasd.web.app import create_app
from rasd.web.fixtures import XSS_DOC_ID, demo_documents, make_document
from rasd.web.routes import CSV_COLUMNS
from rasd.web.testing import MemoryStore

DOCS = demo_documents()
N_EVENTS = len({(e.event_type, e.date, e.location.name) for d in DOCS for e in d.events if e.location})


def _open(kind: str, tmp_path: Path) -> Any:
    if kind == "memory":
        return MemoryStore()
    from rasd.store import open_store

    return open_store(f"sqlite:///{tmp_path / 'web.db'}")


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    s = _open(request.param, tmp_path)
    s.add_documents(DOCS)
    yield s
    s.close()


def _fake_analyzer(text: str, *, published: Any = None, title: str | None = None) -> Document:
    """A stand-in for the pipeline: finds one entity and one quote in the text."""
    doc = Document(id="fake", text=text, title=title, published=published, language="ar")
    at = text.find("الرقة")
    if at >= 0:
        from rasd.document import Entity

        doc = doc.evolve(entities=[Entity(at, at + len("الرقة"), "GPE", "Raqqa")])
    return doc


@pytest.fixture
def client(store: Any) -> Iterator[TestClient]:
    app = create_app(store=store, tile_url=None, analyzer=_fake_analyzer)
    with TestClient(app) as c:
        yield c


def test_web_api_stats_counts_the_stored_documents(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == len(DOCS)
    assert stats["events"] == N_EVENTS
    assert set(stats["countries"]) == {"SY", "IQ", "YE"}


def test_web_api_events_are_paginated(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 4}).json()
    second = client.get("/api/events", params={"limit": 4, "offset": 4}).json()
    assert first["total"] == second["total"] == N_EVENTS
    assert len(first["items"]) == 4
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert len(set(ids)) == 8


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "IQ"}, {"Hawija", "Baghdad"}),
        ({"country": "ye"}, {"Saada"}),
        ({"event_type": "Protests"}, {"Baghdad"}),
        ({"date_from": "2017-10-16", "date_to": "2017-10-17"}, {"Deir ez-Zor", "Raqqa - Al-Badu", "Tabqa"}),
        ({"actor": "saudi"}, {"Saada"}),
        ({"text": "checkpoint"}, {"Idlib"}),
        ({"bbox": "43,16,44,17.5"}, {"Saada"}),
        ({"bbox": "38.9,35.9,39.1,36.0", "event_type": "Battles"},
         {"Raqqa", "Raqqa - Al-Thakana", "Raqqa - Al-Naim Square", "Raqqa - Al-Badu"}),
    ],
)
def test_web_api_events_filters(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    page = client.get("/api/events", params=params).json()
    assert {e["location"]["name"] for e in page["items"]} == expected
    assert page["total"] == len(page["items"])


@pytest.mark.parametrize(
    "params",
    [{"bbox": "1,2,3"}, {"bbox": "a,b,c,d"}, {"bbox": "10,50,0,40"}, {"date_from": "2017-13-01"},
     {"limit": "0"}, {"offset": "-1"}],
)
def test_web_api_events_bad_filters_are_422(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_web_api_event_has_every_report_and_its_evidence(client: TestClient) -> None:
    battle = client.get("/api/events", params={"event_type": "Battles", "date_from": "2017-10-14",
                                               "date_to": "2017-10-14"}).json()["items"]
    assert len(battle) == 1
    event = client.get(f"/api/events/{battle[0]['id']}").json()
    assert {r["document"] for r in event["reports"]} == {"raqqa-afp", "raqqa-reuters"}
    assert {"AFP", "Reuters"} <= set(event["sources"])
    for report in event["reports"]:
        doc = client.get(f"/api/documents/{report['document']}").json()
        assert doc["text"][report["start"] : report["end"]] == report["text"]
        assert "اثن" in report["text"]  # the sentence with the death toll


def test_web_api_unknown_ids_are_404(client: TestClient) -> None:
    for path in ("/api/events/nope", "/api/documents/nope"):
        response = client.get(path)
        assert response.status_code == 404
        assert "nope" in response.json()["detail"]


def test_web_api_document_round_trips_the_contract(client: TestClient) -> None:
    stored = client.get("/api/documents/raqqa-afp").json()
    original = next(d for d in DOCS if d.id == "raqqa-afp").to_dict()
    for key in ("text", "title", "published", "entities", "quotes", "times", "places"):
        assert stored[key] == original[key], key
    listing = client.get("/api/documents", params={"limit": 5}).json()
    assert listing["total"] == len(DOCS) and len(listing["items"]) == 5


def test_web_api_search_folds_arabic_spelling(client: TestClient) -> None:
    # "الرقه" (ha) must find articles spelling it "الرقة" (ta marbuta)
    hits = client.get("/api/search", params={"q": "الرقه"}).json()["items"]
    ids = {h["id"] for h in hits}
    assert {"raqqa-afp", "raqqa-reuters", "raqqa-deal"} <= ids
    assert "saada-strike" not in ids
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_web_api_csv_export_follows_the_filter(client: TestClient) -> None:
    response = client.get("/api/events.csv", params={"country": "SY", "event_type": "Battles"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == 5 and {r["event_type"] for r in rows} == {"Battles"}
    assert {r["iso"] for r in rows} == {"760"} and {r["country"] for r in rows} == {"Syria"}


def test_web_api_csv_defuses_spreadsheet_formulas(tmp_path: Path) -> None:
    store = MemoryStore()
    store.add_documents([make_document(
        "formula", "t", "2017-10-10", "قتل رجل في الرقة.",
        events=({"event_type": "Battles", "sub_event_type": "Armed clash", "date": "2017-10-10",
                 "actor1": "=HYPERLINK(\"http://x\")", "place": "الرقة", "evidence": "قتل"},),
    )])
    with TestClient(create_app(store=store, tile_url=None)) as c:
        rows = list(csv.DictReader(io.StringIO(c.get("/api/events.csv").text)))
    assert rows[0]["actor1"].startswith("'=")


def test_web_api_analyze_returns_document_json(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "اشتباكات في الرقة", "published": "2017-10-15"})
    assert response.status_code == 200
    doc = response.json()
    assert doc["schema_version"] == 1 and doc["published"] == "2017-10-15"
    assert doc["entities"][0]["text"] == "الرقة"


def test_web_api_analyze_accepts_html(client: TestClient) -> None:
    html = ("<html><head><title>عنوان</title></head><body><nav>القائمة</nav><article><p>"
            + "اندلعت اشتباكات عنيفة في مدينة الرقة السورية يوم السبت بين الطرفين. " * 3
            + "</p></article></body></html>")
    doc = client.post("/api/analyze", json={"html": html}).json()
    assert "الرقة" in doc["text"] and "<p>" not in doc["text"]


@pytest.mark.parametrize("body", [{}, {"text": "   "}, {"text": "x", "bogus": 1}, {"text": 5}])
def test_web_api_analyze_rejects_empty_or_bad_input(client: TestClient, body: dict[str, Any]) -> None:
    response = client.post("/api/analyze", json=body)
    assert response.status_code == 422


def test_web_api_analyze_with_save_stores_the_document(store: Any) -> None:
    with TestClient(create_app(store=store, tile_url=None, analyzer=_fake_analyzer)) as c:
        doc = c.post("/api/analyze", json={"text": "خبر جديد عن الرقة", "save": True}).json()
        assert doc["ingest"]["added"] == 1
        assert c.get(f"/api/documents/{doc['id']}").status_code == 200


def test_web_api_config_reports_settings(store: Any) -> None:
    app = create_app(store=store, tile_url="https://tiles.example.org/{z}/{x}/{y}.png", token="s3cret-token")
    with TestClient(app) as c:
        config = c.get("/api/config").json()
        assert config["tile_url"].startswith("https://tiles.example.org/")
        assert config["token_required"] is True
        assert "Battles" in config["event_types"]
        assert "https://tiles.example.org" in c.get("/").headers["content-security-policy"]


def test_web_api_docs_and_openapi_are_served_offline(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    schema = client.get("/openapi.json").json()
    for path in ("/api/analyze", "/api/documents", "/api/documents/{doc_id}", "/api/events",
                 "/api/events/{event_id}", "/api/search", "/api/stats", "/api/events.csv"):
        assert path in schema["paths"], path


def test_web_api_page_loads_nothing_from_the_internet(client: TestClient) -> None:
    import re

    page = client.get("/").text
    refs = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert refs and all(r.startswith(("/", "#")) for r in refs), refs
    for ref in refs:
        if ref.startswith("/static/"):
            assert client.get(ref).status_code == 200, ref


def test_web_api_the_xss_fixture_is_served_verbatim(client: TestClient) -> None:
    # the API returns JSON (never HTML) with the markup as data; the page must escape it
    response = client.get(f"/api/documents/{XSS_DOC_ID}")
    assert response.headers["content-type"].startswith("application/json")
    assert "<script>" in response.json()["text"]


def _fuzz(schemathesis: Any, op: Any, failures: list[str]) -> None:
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(case=op.as_strategy())
    def check(case: Any) -> None:
        response = case.call()
        if response.status_code >= 500:
            failures.append(f"{op.method.upper()} {op.path} -> {response.status_code}: {response.text[:200]}")
        case.validate_response(response, checks=[schemathesis.checks.not_a_server_error])

    check()


def test_web_api_schema_fuzzed_by_schemathesis_gives_no_500(store: Any) -> None:
    schemathesis = pytest.importorskip("schemathesis")
    app = create_app(store=store, tile_url=None, analyzer=_fake_analyzer)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for op in operations:
        _fuzz(schemathesis, op, failures)
    assert not failures, failures


def test_web_api_bundled_samples_can_be_loaded(client: TestClient) -> None:
    samples = client.get("/api/samples").json()
    if not samples:
        pytest.skip("no sample articles bundled in rasd/samples")
    first = client.get(f"/api/samples/{samples[0]['id']}").json()
    assert len(first["text"]) > 100 and first["id"] == samples[0]["id"]
    for bad in ("nope", "..%2Findex.json", "index.json"):
        assert client.get(f"/api/samples/{bad}").status_code == 404


def test_web_api_bbox_filter_returns_only_events_inside(client: TestClient) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(lons=st.tuples(st.floats(-180, 180), st.floats(-180, 180)), lats=st.tuples(st.floats(-90, 90), st.floats(-90, 90)))
    def check(lons: tuple[float, float], lats: tuple[float, float]) -> None:
        (w, e), (s, n) = sorted(lons), sorted(lats)
        page = client.get("/api/events", params={"bbox": f"{w},{s},{e},{n}", "limit": 5000}).json()
        inside = {ev["id"] for ev in page["items"]}
        every = client.get("/api/events", params={"limit": 5000}).json()["items"]
        expected = {ev["id"] for ev in every if w <= ev["location"]["lon"] <= e and s <= ev["location"]["lat"] <= n}
        assert inside == expected and page["total"] == len(inside)

    check()


def test_web_api_analyze_keeps_any_text(client: TestClient) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
    def check(text: str) -> None:
        response = client.post("/api/analyze", json={"text": text})
        if not text.replace("\x00", "").strip():
            assert response.status_code == 422
            return
        assert response.status_code == 200
        doc = response.json()
        assert doc["text"] == text.replace("\x00", "")
        for ent in doc["entities"]:
            assert doc["text"][ent["start"] : ent["end"]] == ent["text"]

    check()


def test_web_api_rasd_serve_command_serves_the_store(tmp_path: Path) -> None:
    """`rasd serve` on a fresh SQLite file answers on 127.0.0.1 and stops on SIGINT."""
    import json
    import signal
    import subprocess
    import sys
    import time
    import urllib.request

    from rasd.web.testing import free_port

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "rasd.cli", "serve", "--db", f"sqlite:///{tmp_path / 'serve.db'}", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        stats = None
        deadline = time.monotonic() + 60
        while stats is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as response:
                    stats = json.load(response)
            except OSError:
                time.sleep(0.3)
        assert stats is not None, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert stats["documents"] == 0
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
    assert f"http://127.0.0.1:{port}/" in err


@pytest.mark.parametrize("text", ["\x00", "\x00 \x00\n", " \x00\t"])
def test_web_api_analyze_text_of_nuls_is_empty(client: TestClient, text: str) -> None:
    # found by test_web_api_analyze_keeps_any_text: a lone NUL passed the emptiness check
    response = client.post("/api/analyze", json={"text": text})
    assert response.status_code == 422
    assert "non-empty" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "syria"}, 8), ({"country": "SYR"}, 8), ({"country": "sy"}, 8),
        ({"event_type": "battles"}, 5), ({"event_type": "BATTLES", "country": "Syria"}, 5),
        ({"sub_event_type": "air/drone strike"}, 2),
        ({"min_fatalities": 10}, 3), ({"min_fatalities": 0}, N_EVENTS),
        ({"min_confidence": 0.9}, N_EVENTS), ({"min_confidence": 0.95}, 0),
        ({"actor": "قوات سوريا الديمقراطية"}, 5),
    ],
)
def test_web_api_event_filters_by_name_fatalities_and_confidence(client: TestClient, params: dict[str, Any],
                                                                 expected: int) -> None:
    page = client.get("/api/events", params=params).json()
    assert page["total"] == expected
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events.csv", params=params).text)))
    assert len(rows) == expected
    assert all(float(r["confidence"]) >= params.get("min_confidence", 0) for r in rows)


@pytest.mark.parametrize(
    ("params", "listed"),
    [
        ({"country": "Narnia"}, "ISO code"),
        ({"event_type": "war"}, "Strategic developments"),
        ({"sub_event_type": "bombing"}, "Suicide bomb"),
        ({"min_confidence": 1.5}, "min_confidence"),
    ],
)
def test_web_api_unknown_filter_values_are_422_with_the_valid_ones(client: TestClient, params: dict[str, Any],
                                                                   listed: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert listed in response.text


_JSON_ENDPOINTS = (("/api/events", "get"), ("/api/events/{event_id}", "get"), ("/api/documents", "get"),
                   ("/api/documents/{doc_id}", "get"), ("/api/search", "get"), ("/api/stats", "get"),
                   ("/api/config", "get"), ("/api/analyze", "post"), ("/api/samples", "get"),
                   ("/api/samples/{sample_id}", "get"))


@pytest.mark.parametrize(("path", "method"), _JSON_ENDPOINTS)
def test_web_api_openapi_responses_are_typed(client: TestClient, path: str, method: str) -> None:
    schema = client.get("/openapi.json").json()
    body = schema["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
    if body.get("type") == "array":
        body = body["items"]
    ref = body.get("$ref")
    assert ref, f"{path}: untyped response {body}"
    model = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert model.get("properties"), ref


def test_web_api_openapi_event_fields_are_described(client: TestClient) -> None:
    components = client.get("/openapi.json").json()["components"]["schemas"]
    event = components["StoredEvent"]["properties"]
    for field in ("id", "event_type", "date", "actor1", "location", "fatalities", "confidence", "documents"):
        assert field in event, field
    assert "$ref" in str(event["location"]) and components["Location"]["properties"]["lat"]


def test_web_api_geojson_download_follows_the_filter(client: TestClient) -> None:
    response = client.get("/api/events.geojson", params={"country": "Yemen"})
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    data = response.json()
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 1
    assert data["features"][0]["geometry"]["type"] == "Point"


def test_web_api_parquet_download_follows_the_filter(client: TestClient) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    response = client.get("/api/events.parquet", params={"event_type": "battles", "min_confidence": 0.5})
    assert response.status_code == 200
    rows = pq.read_table(io.BytesIO(response.content)).to_pylist()
    assert len(rows) == 5 and {r["event_type"] for r in rows} == {"Battles"} and rows[0]["iso"] == 760


def test_web_api_tiles_are_off_unless_asked_for(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.web.settings import OSM_TILE_URL, WebSettings, tile_url_option

    monkeypatch.delenv("RASD_TILE_URL", raising=False)
    assert WebSettings.from_env().tile_url is None
    with TestClient(create_app(store=store)) as c:
        assert c.get("/api/config").json()["tile_url"] is None
        assert "openstreetmap" not in c.get("/").headers["content-security-policy"]
    assert tile_url_option("osm") == OSM_TILE_URL and tile_url_option("none") is None
    monkeypatch.setenv("RASD_TILE_URL", "osm")
    assert WebSettings.from_env().tile_url == OSM_TILE_URL


def test_web_api_config_names_countries_as_acled_does(client: TestClient) -> None:
    config = client.get("/api/config").json()
    assert config["countries"]["PS"] == "Palestine" and config["countries"]["SY"] == "Syria"
    assert "Air/drone strike" in config["sub_event_types"]["Explosions/Remote violence"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("get", "/api/events", {"params": {"bbox": "1,2,3"}}),
        ("get", "/api/events", {"params": {"bbox": "10,50,0,40"}}),
        ("get", "/api/events", {"params": {"country": "Narnia"}}),
        ("get", "/api/events", {"params": {"event_type": "war"}}),
        ("get", "/api/events", {"params": {"limit": "0"}}),
        ("post", "/api/analyze", {"json": {"text": "   "}}),
    ],
)
def test_web_api_422_answers_match_the_openapi_schema(client: TestClient, method: str, path: str,
                                                      kwargs: dict[str, Any]) -> None:
    # every 422 has the shape of the OpenAPI document's HTTPValidationError, whoever raised it
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, list) and detail
    for item in detail:
        assert isinstance(item["loc"], list) and isinstance(item["msg"], str) and isinstance(item["type"], str)
    schema = client.get("/openapi.json").json()["components"]["schemas"]["HTTPValidationError"]
    assert schema["properties"]["detail"]["type"] == "array"
