"""Safe by default: body size limit (413), token-protected writes, security headers, loopback
binding, and article markup rendered inert in a real browser."""

from __future__ import annotations

import argparse
import inspect
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from rasd.document import Document
from rasd.web import loopback_hosts, serve
from rasd.web.app import create_app
from rasd.web.fixtures import XSS_DOC_ID, demo_documents
from rasd.web.settings import WebSettings
from rasd.web.testing import MemoryStore, running_server

TOKEN = "correct-horse-battery"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"


def _echo(text: str, *, published: Any = None, title: str | None = None) -> Document:
    return Document(id="echo", text=text, title=title, published=published)


@pytest.fixture
def store() -> MemoryStore:
    s = MemoryStore()
    s.add_documents(demo_documents())
    return s


@pytest.fixture
def client(store: MemoryStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=store, tile_url=None, analyzer=_echo, max_body_bytes=4096)) as c:
        yield c


# ------------------------------------------------------------------------- body size
def test_web_security_oversized_body_is_413_with_a_clear_message(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "ا" * 5000})
    assert response.status_code == 413
    detail = response.json()["detail"]
    assert "too large" in detail and "4096" in detail


def test_web_security_chunked_oversized_body_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield b"x" * 1000
        yield b'"}'

    response = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_web_security_body_under_the_limit_passes(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": "ا" * 1000})
    assert response.status_code == 200
    assert response.json()["text"] == "ا" * 1000


# ------------------------------------------------------------------------- token
@pytest.fixture
def guarded(store: MemoryStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=store, tile_url=None, analyzer=_echo, token=TOKEN)) as c:
        yield c


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token-value"}, {"X-Rasd-Token": "wrong-token-value"},
     {"Authorization": f"Basic {TOKEN}"}],
)
def test_web_security_write_endpoint_needs_the_token(guarded: TestClient, headers: dict[str, str]) -> None:
    response = guarded.post("/api/analyze", json={"text": "نص"}, headers=headers)
    assert response.status_code == 401
    assert "token" in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("headers", [{"Authorization": f"Bearer {TOKEN}"}, {"X-Rasd-Token": TOKEN}])
def test_web_security_write_endpoint_accepts_the_token(guarded: TestClient, headers: dict[str, str]) -> None:
    assert guarded.post("/api/analyze", json={"text": "نص"}, headers=headers).status_code == 200


def test_web_security_reads_do_not_need_the_token(guarded: TestClient) -> None:
    assert guarded.get("/api/events").status_code == 200
    assert guarded.get("/api/config").json()["token_required"] is True


def test_web_security_token_from_environment(store: MemoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_TOKEN", TOKEN)
    with TestClient(create_app(store=store, tile_url=None, analyzer=_echo)) as c:
        assert c.post("/api/analyze", json={"text": "نص"}).status_code == 401


@pytest.mark.parametrize(
    ("settings", "message"),
    [({"token": "short"}, "at least 8"), ({"max_body_bytes": 10}, "at least 1024"),
     ({"tile_url": "javascript:alert(1)"}, "http(s)")],
)
def test_web_security_bad_settings_are_clear_errors(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        WebSettings.from_env(**settings)


# ------------------------------------------------------------------------- headers, hosts
def test_web_security_headers_forbid_inline_scripts_and_framing(client: TestClient) -> None:
    for path in ("/", "/api/events", "/docs"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        script_src = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
        assert script_src.strip() == "script-src 'self'"
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_web_security_binds_loopback_by_default() -> None:
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    from rasd.commands import serve as serve_command

    parser = argparse.ArgumentParser()
    serve_command.add_parser(parser.add_subparsers())
    args = parser.parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000


@pytest.mark.parametrize(
    ("host", "expected"),
    [("127.0.0.1", ("127.0.0.1", "localhost", "127.0.0.1")), ("localhost", ("127.0.0.1", "localhost")),
     ("0.0.0.0", None), ("192.168.1.5", None)],
)
def test_web_security_loopback_hosts(host: str, expected: tuple[str, ...] | None) -> None:
    assert loopback_hosts(host) == expected


def test_web_security_foreign_host_header_is_refused_on_loopback(store: MemoryStore) -> None:
    app = create_app(store=store, tile_url=None, allowed_hosts=loopback_hosts("127.0.0.1"))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "evil.example"}).status_code == 400


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"])
def test_web_security_static_files_do_not_escape_their_folder(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404 or "create_app" not in response.text


# ------------------------------------------------------------------------- XSS, in a browser


@pytest.mark.browser
@pytest.mark.parametrize("bypass_csp", [True, False], ids=["escaping-alone", "with-csp"])
def test_web_security_article_markup_renders_inert(browser: Any, store: MemoryStore, bypass_csp: bool) -> None:
    """``<script>`` and ``<img onerror>`` in an article's title, text, actor, notes and sources are
    shown as text and never run, by the page's escaping alone (CSP bypassed) and with the CSP."""
    app = create_app(store=store, tile_url=None, analyzer=_echo)
    with running_server(app) as url:
        context = browser.new_context(bypass_csp=bypass_csp, viewport={"width": 1300, "height": 900})
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        try:
            page.goto(url + f"/#/article/{XSS_DOC_ID}")
            page.wait_for_selector("#article-detail[data-loaded]")
            text = page.inner_text("#article-detail .article-text")
            assert '<script>window.__rasdPwned = "text"</script>' in text
            assert "<img src=x onerror=" in text
            assert "<script>" in page.inner_text("#article-detail h2")
            assert page.locator("#article-detail img, #article-detail script").count() == 0
            if not bypass_csp:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / "11-xss-article.png"), full_page=True)

            page.goto(url + "/#/events")
            page.wait_for_selector("#view-events[data-loaded]")
            row = page.locator("#events-table tbody tr", has_text="Idlib")
            assert "<img src=x onerror=" in row.inner_text()
            row.click()
            page.wait_for_selector("#event-detail[data-loaded]")
            assert "<script>" in page.inner_text("#event-detail")
            assert page.locator("#event-detail img, #event-detail script").count() == 0

            page.goto(url + "/#/analyze")
            page.fill("#analyze-text", 'خبر <img src=x onerror="window.__rasdPwned=1"><script>window.__rasdPwned=2</script>')
            page.click("#analyze-button")
            page.wait_for_selector("#analyze-result[data-loaded]")
            assert "<script>window.__rasdPwned=2</script>" in page.inner_text("#analyze-result .article-text")
            page.wait_for_timeout(300)
            assert page.evaluate("() => window.__rasdPwned") is None
            assert dialogs == []
        finally:
            context.close()


@pytest.mark.parametrize("host", ["::1", "[::1]"])
def test_web_security_ipv6_loopback_checks_the_host_header(store: MemoryStore, host: str) -> None:
    app = create_app(store=store, tile_url=None, allowed_hosts=loopback_hosts(host))
    with TestClient(app, base_url="http://[::1]:8000") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "evil.example"}).status_code == 400


def test_web_security_open_host_without_token_is_refused(tmp_path: Path) -> None:
    import subprocess
    import sys

    from rasd.web.testing import free_port

    env = {k: v for k, v in os.environ.items() if k != "RASD_TOKEN"}
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "serve", "--host", "0.0.0.0", "--port", str(free_port()),
                           "--db", f"sqlite:///{tmp_path / 'w.db'}"], capture_output=True, text=True, timeout=20, env=env)
    assert proc.returncode == 2 and "--token" in proc.stderr
