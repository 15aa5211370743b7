"""`rasd ingest` end to end: idempotent reruns, bad articles logged and skipped, and a
kill -9 midway followed by a rerun gives the same database as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_docs import all_docs, synthetic_docs
from rasd.cli import main
from rasd.store import open_store
from rasd.store.schema import tables


def _write_docs(path: Path, docs: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def _dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (and the FTS index), sorted, except the migration log."""
    conn = sqlite3.connect(db)
    out = {}
    for name in [*tables, "documents_fts"]:
        if name in ("schema_info", "document_search"):
            continue
        rows = conn.execute(f"SELECT * FROM {name}").fetchall()
        out[name] = sorted(rows, key=repr)
    conn.close()
    return out


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "rasd.cli", "ingest", str(folder), "--db", f"sqlite:///{db}", "-j", "1",
            "--batch-size", "20", "-q"]


def test_store_ingest_twice_same_counts(tmp_path: Path) -> None:
    _write_docs(tmp_path / "in" / "a" / "docs.jsonl", all_docs())
    _write_docs(tmp_path / "in" / "b.jsonl", synthetic_docs(40))
    url = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["ingest", str(tmp_path / "in"), "--db", url, "-q"]) == 0
    first = _dump(tmp_path / "r.db")
    assert main(["ingest", str(tmp_path / "in"), "--db", url, "-q"]) == 0
    assert _dump(tmp_path / "r.db") == first
    assert len(first["documents"]) == 45


def test_store_ingest_bad_article_logged_and_skipped(tmp_path: Path, capsys) -> None:
    src = tmp_path / "raw.jsonl"
    src.write_text(
        json.dumps({"id": "ok1", "text": "قال وزير الخارجية إن المفاوضات ستستأنف في القاهرة الأسبوع المقبل."},
                   ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"id": "no-text", "title": "بلا نص"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "ok2", "text": "تظاهر العشرات في البصرة احتجاجا على انقطاع الكهرباء."},
                     ensure_ascii=False) + "\n",
        encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["ingest", str(src), "--db", url, "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert f"{src}:2" in err and f"{src}:3" in err and "Traceback" not in err
    assert "4 articles: 2 new" in err and "2 errors" in err
    store = open_store(url)
    assert store.document_ids() == ["ok1", "ok2"] and store.stats()["errors"] == 2
    store.close()
    before = _dump(tmp_path / "r.db")
    assert main(["ingest", str(src), "--db", url, "-j", "1", "-q"]) == 1
    assert _dump(tmp_path / "r.db") == before


def test_store_ingest_bad_db_url(tmp_path: Path, capsys) -> None:
    assert main(["ingest", str(tmp_path), "--db", f"sqlite:///{tmp_path}/no/such/dir/x.db"]) == 2
    assert "cannot open" in capsys.readouterr().err


def test_store_ingest_kill9_then_rerun_equals_uninterrupted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    total = 2000
    docs = synthetic_docs(total)
    _write_docs(folder / "part1.jsonl", docs[: total // 2])
    _write_docs(folder / "sub" / "part2.jsonl", docs[total // 2 :])
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    full = tmp_path / "full.db"
    subprocess.run(_ingest_cmd(folder, full), check=True, env=env, timeout=600)
    assert _count(full) == total

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(_ingest_cmd(folder, killed), env=env)
    deadline = time.monotonic() + 300
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None:
        seen = _count(killed)
        if seen >= 100:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    at_kill = _count(killed)
    assert 0 < at_kill < total, f"killed with {at_kill} of {total} documents stored"
    assert at_kill % 20 == 0  # whole batches only

    subprocess.run(_ingest_cmd(folder, killed), check=True, env=env, timeout=600)
    assert _dump(killed) == _dump(full)


def test_store_ingest_two_outlets_one_bombing_with_the_real_pipeline(tmp_path: Path) -> None:
    """The acceptance case through every stage: two outlets' reports of one roadside bombing
    (and a wire copy) become one event listing both; an air strike and a protest the same
    day in the same town stay separate events."""
    from corpus_docs import AIRSTRIKE, BOMBING_A, BOMBING_A_WIRE, BOMBING_B, PROTEST
    from rasd.stages import STAGE_PATHS

    order = ("clean", "language", "sources", "segment", "entities", "times", "places", "quotes", "events")
    if "events" not in STAGE_PATHS:
        pytest.skip("needs the events stage")
    config = tmp_path / "pipeline.json"
    config.write_text(json.dumps({"stages": [s for s in order if s in STAGE_PATHS]}), encoding="utf-8")
    articles = [("a", BOMBING_A, "2026-03-10", "Outlet One"), ("b", BOMBING_B, "2026-03-11", "Outlet Two"),
                ("w", BOMBING_A_WIRE, "2026-03-10", "Outlet Three"), ("s", AIRSTRIKE, "2026-03-10", "Outlet One"),
                ("p", PROTEST, "2026-03-10", "Outlet Two")]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t, "published": d, "outlet": o}, ensure_ascii=False) + "\n"
                           for i, t, d, o in articles), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'e.db'}"
    assert main(["ingest", str(src), "--db", url, "--config", str(config), "-j", "1", "-q"]) == 0
    store = open_store(url)
    events = store.list_events(limit=None)
    store.close()
    (bombing,) = [e for e in events if "a" in e["documents"]]
    assert {"a", "b"} <= set(bombing["documents"]) and {"Outlet One", "Outlet Two"} <= set(bombing["sources"])
    assert not {"s", "p"} & set(bombing["documents"])
    assert bombing["event_type"] == "Explosions/Remote violence"
