from __future__ import annotations

from pathlib import Path

import pytest

from rasd.cli import main
from rasd.commands.demo import analyze_samples, sample_articles


def test_demo_samples_are_bundled_with_metadata() -> None:
    samples = list(sample_articles())
    assert 8 <= len(samples) <= 14
    assert all(s.published is not None and s.text for s in samples)
    assert len({s.id for s in samples}) == len(samples)


def test_demo_every_sample_yields_clean_arabic_documents() -> None:
    docs = analyze_samples()
    for doc in docs:
        assert doc.language == "ar"
        assert doc.title and doc.text and doc.sentences
        assert doc.sources, doc.id
        doc.validate()
    # the violent stories produce events; the economy story produces none
    with_events = [d.id for d in docs if d.events]
    assert len(with_events) >= 9
    assert not next(d for d in docs if "remittances" in d.id).events


def test_demo_no_serve_builds_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--no-serve", "--db", f"sqlite:///{db}"]) == 0
    out = capsys.readouterr().out
    assert "12 bundled sample articles analysed" in out or "sample articles analysed" in out
    assert db.exists()
    from rasd.store import open_store

    store = open_store(f"sqlite:///{db}")
    try:
        events = store.list_events(limit=1000)
        # the two reports of one Kunduz roadside bombing are one event with two sources
        kunduz = [e for e in events if e["location"] and e["location"]["country"] == "AF"
                  and e["sub_event_type"] == "Remote explosive/landmine/IED"]
        assert len(kunduz) == 1
        assert len(kunduz[0]["documents"]) == 2
        assert {"Anadolu", "DPA"} <= set(kunduz[0]["sources"])
    finally:
        store.close()
