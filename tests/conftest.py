from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# The suite tests the Python source (some tests patch module globals, which compiled modules do
# not read back): a compiled build (python -m rasd.native_build) is used only where a test asks
# for it (tests/test_native_build_equivalence.py), or with RASD_PURE_PYTHON=0 set by hand.
os.environ.setdefault("RASD_PURE_PYTHON", "1")

from sqlalchemy import create_engine, text

from rasd.evaluation import find_shared_data
from rasd.store.sql import normalize_url

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "samples" / "raqqa-2017-10-15.txt"
PG_URL = os.environ.get("RASD_TEST_POSTGRES_URL")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    data = find_shared_data()
    if data is None:
        pytest.skip("needs ../shared/data (absent in this checkout)")
    return data


@pytest.fixture(scope="session")
def raqqa_raw() -> str:
    if not SAMPLE.is_file():
        pytest.skip("needs ../shared/samples/raqqa-2017-10-15.txt (absent in this checkout)")
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh store URL: a SQLite file always, and a PostgreSQL schema of its own where
    RASD_TEST_POSTGRES_URL is set (CI starts a real server with .ci/postgres.sh)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rasd.db'}"
        return
    if not PG_URL:
        pytest.skip("PostgreSQL tests need RASD_TEST_POSTGRES_URL (CI: .ci/postgres.sh starts a server)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(normalize_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium under Playwright, headless, one per test module (skips with a message
    where Chromium or Playwright is absent)."""
    testing = pytest.importorskip("rasd.web.testing", reason="the browser tests need rasd[web]")
    if not Path(testing.CHROMIUM).exists():
        pytest.skip(f"{testing.CHROMIUM} is absent: install Debian's chromium (.ci/browser.sh) to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=testing.CHROMIUM, headless=True, args=testing.CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A SQLite store URL holding every document of ``corpus_docs.all_docs()``."""
    from corpus_docs import all_docs
    from rasd.store import open_store

    url = f"sqlite:///{tmp_path / 'e.db'}"
    store = open_store(url)
    store.add_documents(all_docs())
    store.close()
    return url
