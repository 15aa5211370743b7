from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
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
