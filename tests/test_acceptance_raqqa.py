"""The first acceptance case: the real scraped article in ../shared/samples."""

from __future__ import annotations

import json

import pytest

from rasd.cli import main

TITLE = 'مرتزقة في "داعش" خرجوا من الرقة بموجب اتفاق الإجلاء'
LEAD = "خرج عدد من المقاتلين الأجانب في تنظيم \"داعش\"، اليوم الأحد من الرقة"


@pytest.fixture(scope="module")
def raqqa_doc(raqqa_raw: str, tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    path = tmp_path_factory.mktemp("raqqa") / "raqqa.txt"
    path.write_text(raqqa_raw, encoding="utf-8")
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["analyze", str(path), "--published", "2017-10-15"]) == 0
    return json.loads(buf.getvalue())  # type: ignore[no-any-return]


def test_acceptance_raqqa_title(raqqa_doc: dict) -> None:  # type: ignore[type-arg]
    assert raqqa_doc["title"] == TITLE


def test_acceptance_raqqa_lead_once_and_debris_gone(raqqa_doc: dict) -> None:  # type: ignore[type-arg]
    text = raqqa_doc["text"]
    assert text.count(LEAD) == 1
    lines = text.split("\n")
    assert "مرتزقة في" not in lines
    assert "(أ.ف.ب.)" not in text and "التعليقات" not in text
    assert set(raqqa_doc["removed"]) >= {"مرتزقة في", "(أ.ف.ب.)", "التعليقات"}


def test_acceptance_raqqa_every_story_sentence_kept(raqqa_doc: dict, raqqa_raw: str) -> None:  # type: ignore[type-arg]
    debris = {"مرتزقة في", "(أ.ف.ب.)", "التعليقات", TITLE}
    paragraphs = [p.strip() for p in raqqa_raw.split("\n") if p.strip() and p.strip() not in debris]
    for par in paragraphs:
        if not par.endswith("."):
            continue  # the truncated copy of the lead
        assert par in raqqa_doc["text"]


def test_acceptance_raqqa_sources_and_sentences(raqqa_doc: dict) -> None:  # type: ignore[type-arg]
    assert {"AFP", "Reuters"} <= set(raqqa_doc["sources"])
    text = raqqa_doc["text"]
    assert len(raqqa_doc["sentences"]) >= 12
    for s in raqqa_doc["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]
