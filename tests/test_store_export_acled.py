"""The CSV export in ACLED's published layout and conventions, checked against a small CSV in
ACLED's layout written for this test (tests/data/acled_layout.csv: made-up rows, not ACLED
data), and the formula defusing shared by `rasd events --format csv` and the API."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest

from rasd.store.acled import ACLED_COLUMNS, CSV_COLUMNS, acled_row, ascii_name, csv_safe, inter_code
from rasd.store.export import write_events

_LAYOUT = Path(__file__).parent / "data" / "acled_layout.csv"


def _layout() -> tuple[list[str], list[dict[str, str]]]:
    with _LAYOUT.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or ()), list(reader)


def _loc(name: str, country: str, admin1: str, lat: float, lon: float, precision: int) -> dict[str, Any]:
    return {"text": "x", "name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
            "precision": precision}


#: Stored events (as rasd holds them) describing the layout file's rows, in its order.
_EVENTS: list[dict[str, Any]] = [
    {"id": "ev-7930a3e61bb68e40", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
     "date": "2024-06-09", "time_precision": 1, "actor1": "Military Forces of Russia", "actor2": "Civilians (Syria)",
     "location": _loc("Idlib", "SY", "Idlib", 35.9306, 36.6339, 2), "fatalities": 9, "confidence": 0.9,
     "sources": ["AFP", "SANA"], "documents": ["d1"], "notes": "x", "last_reported": "2024-06-10"},
    {"id": "ev-020a3af11bea6ecd", "event_type": "Protests", "sub_event_type": "Peaceful protest",
     "date": "2024-09-15", "time_precision": 1, "actor1": "Protesters (Palestine)", "actor2": None,
     "location": _loc("Ramallah", "PS", "West Bank", 31.8996, 35.2042, 1), "fatalities": None, "confidence": 0.98,
     "sources": ["WAFA"], "documents": ["d2"], "notes": "x"},
    {"id": "ev-e48cdf3a3756436b", "event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
     "date": "2024-09-19", "time_precision": 1, "actor1": "Houthi Movement - Ansar Allah",
     "actor2": "Military Forces of Yemen", "location": _loc("Ḩarīb", "YE", "Maʼrib", 14.9316, 45.5036, 2),
     "fatalities": 14, "confidence": 0.99, "sources": ["Anadolu"], "documents": ["d3"], "notes": "x"},
    {"id": "ev-31b24375c2ff0a58", "event_type": "Strategic developments", "sub_event_type": "Arrests",
     "date": "2024-03-12", "time_precision": 2, "actor1": "Police Forces of Somalia", "actor2": "Civilians (Somalia)",
     "location": _loc("Mogadishu", "SO", "Banadir", 2.0371, 45.3438, 2), "fatalities": None, "confidence": 0.6,
     "sources": ["KUNA"], "documents": ["d4"], "notes": "x"},
]

#: Columns whose value follows from the event alone, compared cell by cell with the layout.
_SAME = ("event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
         "inter1", "actor2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
         "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "fatalities", "tags")


def _csv(events: list[dict[str, Any]]) -> list[dict[str, str]]:
    buf = io.StringIO()
    write_events(events, "csv", buf)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def test_store_export_acled_header_is_acleds_then_rasds() -> None:
    header, _ = _layout()
    assert list(ACLED_COLUMNS) == header
    assert CSV_COLUMNS[: len(header)] == tuple(header)
    assert CSV_COLUMNS[len(header):] == ("rasd_id", "confidence", "documents", "n_documents")


@pytest.mark.parametrize("index", range(len(_EVENTS)))
def test_store_export_acled_row_matches_the_layout(index: int) -> None:
    _, rows = _layout()
    expected = rows[index]
    got = _csv([_EVENTS[index]])[0]
    for column in _SAME:
        assert got[column] == expected[column], column
    assert re.fullmatch(r"[A-Z]{3}\d+", got["event_id_cnty"])
    assert got["event_id_cnty"][:3] == expected["event_id_cnty"][:3]
    assert got["timestamp"].isdigit() and abs(int(got["timestamp"]) - int(expected["timestamp"])) < 3 * 86400
    assert got["notes"].startswith(expected["notes"].split(",")[0] + ",")  # "On 9 June 2024," ...
    assert got["rasd_id"] == _EVENTS[index]["id"]


def test_store_export_acled_event_id_is_stable_and_distinct() -> None:
    first = [r["event_id_cnty"] for r in _csv(_EVENTS)]
    again = [r["event_id_cnty"] for r in _csv(_EVENTS)]
    assert first == again and len(set(first)) == len(first)


@pytest.mark.parametrize(
    ("fatalities", "csv_value"),
    [(None, "0"), (0, "0"), (3, "3")],
)
def test_store_export_acled_fatalities_zero_in_csv_null_in_json(fatalities: int | None, csv_value: str) -> None:
    event = dict(_EVENTS[1], fatalities=fatalities)
    assert _csv([event])[0]["fatalities"] == csv_value
    buf = io.StringIO()
    write_events([event], "jsonl", buf)
    assert ('"fatalities": null' in buf.getvalue()) == (fatalities is None)


@pytest.mark.parametrize(
    ("event_type", "sub", "actor2", "expected"),
    [
        ("Violence against civilians", "Attack", None, "Civilian targeting"),
        ("Explosions/Remote violence", "Air/drone strike", "Civilians (Syria)", "Civilian targeting"),
        ("Explosions/Remote violence", "Air/drone strike", "Islamic State", ""),
        ("Strategic developments", "Arrests", "Civilians (Somalia)", ""),
        ("Protests", "Peaceful protest", None, ""),
    ],
)
def test_store_export_acled_civilian_targeting_only_where_acled_sets_it(
        event_type: str, sub: str, actor2: str | None, expected: str) -> None:
    row = acled_row(dict(_EVENTS[0], event_type=event_type, sub_event_type=sub, actor2=actor2))
    assert row["civilian_targeting"] == expected


@pytest.mark.parametrize(
    ("actor", "country", "code"),
    [
        ("Military Forces of Syria", "SY", 1),
        ("Military Forces of Russia", "SY", 8),      # a state force abroad: external/other forces
        ("Police Forces of Iraq", "IQ", 1),
        ("Islamic State", "SY", 2),
        ("Unidentified Armed Group (Iraq)", "IQ", 3),
        ("Rioters (Egypt)", "EG", 5),
        ("Protesters (Palestine)", "PS", 6),
        ("Civilians (Yemen)", "YE", 7),
        (None, "SY", None),
        ("Someone Nobody Knows", "SY", None),
    ],
)
def test_store_export_acled_inter_codes_from_the_kb_categories(actor: str | None, country: str, code: int | None) -> None:
    assert inter_code(actor, country) == code


@pytest.mark.parametrize(
    ("name", "ascii"),
    [("Ḩarīb", "Harib"), ("Jisr ash Shughūr", "Jisr ash Shughur"), ("Maʼrib", "Ma'rib"), ("Ar Raqqah", "Ar Raqqah"),
     (None, "")],
)
def test_store_export_acled_place_names_in_plain_ascii(name: str | None, ascii: str) -> None:
    assert ascii_name(name) == ascii


@pytest.mark.parametrize(
    ("event", "says"),
    [
        (_EVENTS[0], "On 9 June 2024, Military Forces of Russia carried out an air or drone strike on Civilians "
                     "(Syria) in Idlib (Syria). 9 fatalities."),
        (_EVENTS[3], "Around 12 March 2024, Police Forces of Somalia arrested Civilians (Somalia) in Mogadishu "
                     "(Banadir, Somalia). Fatalities not reported."),
        (dict(_EVENTS[3], actor2=None, date=None), "Police Forces of Somalia arrested unnamed people in Mogadishu"),
        (_EVENTS[2], "took control of Harib from Military Forces of Yemen (Ma'rib, Yemen). 14 fatalities."),
    ],
)
def test_store_export_acled_notes_say_what_happened(event: dict[str, Any], says: str) -> None:
    assert says in acled_row(event)["notes"]


@pytest.mark.parametrize(
    "payload",
    ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"],
)
def test_store_export_acled_csv_defuses_formulas(payload: str) -> None:
    event = dict(_EVENTS[0], actor1=payload, sources=[payload])
    row = _csv([event])[0]
    for column in ("actor1", "source"):
        assert row[column] == "'" + payload, column
    assert row["longitude"] == "36.6339"  # numbers stay numbers


def test_store_export_acled_csv_safe_leaves_numbers_and_plain_text() -> None:
    assert csv_safe(-4.18) == -4.18 and csv_safe("Harib") == "Harib" and csv_safe("") == ""
