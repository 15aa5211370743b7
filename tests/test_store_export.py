"""`rasd events` exports: CSV with ACLED's columns, JSONL, GeoJSON and Parquet, with filters."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.store import open_store
from rasd.store.export import CSV_COLUMNS, acled_row


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ([], 3),
        (["--country", "IQ"], 3),
        (["--country", "EG"], 0),
        (["--type", "Protests"], 1),
        (["--from", "2026-03-10", "--to", "2026-03-10"], 3),
        (["--to", "2026-03-09"], 0),
        (["--actor", "Islamic State"], 1),
        (["--bbox", "44,33,45,34"], 3),
    ],
)
def test_store_export_csv_acled_columns(db: str, tmp_path: Path, filters: list[str], expected: int) -> None:
    out = tmp_path / "e.csv"
    assert main(["events", "--db", db, "--format", "csv", "-o", str(out), *filters]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    assert len(rows) == expected
    for row in rows:
        assert row["iso"] == "368" and row["country"] == "Iraq" and row["year"] == "2026"
        assert row["event_date"] == "2026-03-10" and float(row["latitude"]) == pytest.approx(33.668)


def test_store_export_bombing_row(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    main(["events", "--db", db, "-f", "csv", "-o", str(out), "--text", "IED"])
    (row,) = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert row["sub_event_type"] == "Remote explosive/landmine/IED" and row["fatalities"] == "4"
    assert row["documents"] == "bomb-a; bomb-a-wire; bomb-b" and row["n_documents"] == "3"
    assert set(row["source"].split("; ")) == {"AFP", "Outlet One", "Outlet Two", "Outlet Three", "Reuters"}


def test_store_export_jsonl_matches_store(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    store = open_store(db)
    assert lines == store.list_events(limit=None)
    for event in lines:  # the contract's stored-event fields
        assert {"id", "documents", "sources", "event_type", "sub_event_type", "date", "time_precision",
                "actor1", "actor2", "location", "fatalities", "evidence", "notes", "confidence"} <= set(event)


def test_store_export_geojson(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    assert main(["events", "--db", db, "-f", "geojson", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    for feature in data["features"]:
        assert feature["geometry"] == {"type": "Point", "coordinates": [44.395, 33.668]}
        assert feature["properties"]["id"] == feature["id"]


def test_store_export_parquet(db: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    assert main(["events", "--db", db, "-f", "parquet", "-o", str(out), "--type", "Explosions/Remote violence"]) == 0
    rows = pq.read_table(out).to_pylist()
    assert len(rows) == 2 and all(r["iso"] == 368 for r in rows)
    assert sorted(len(r["documents"]) for r in rows) == [1, 3]


def test_store_export_empty_geojson_is_valid(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    open_store(url).close()
    out = tmp_path / "e.geojson"
    assert main(["events", "--db", url, "-f", "geojson", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}


def test_store_export_bad_arguments(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["events", "--db", db, "--bbox", "1,2,3"])
    assert exc.value.code == 2 and "bbox" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["events", "--db", db, "--from", "10/03/2026"])


def test_store_export_acled_row_civilian_targeting() -> None:
    row = acled_row({"id": "e", "event_type": "Violence against civilians", "date": None, "location": None,
                     "documents": [], "sources": []})
    assert row["civilian_targeting"] == "Civilian targeting" and row["year"] == "" and row["iso"] == ""
    assert row["fatalities"] == 0 and row["event_id_cnty"].startswith("XXX")
