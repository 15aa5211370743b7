"""Golden tests for cleaning: one realistic debris pattern per file in tests/golden/clean/.

The expected outputs were written by hand; update a golden file only on purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.api import analyze_text
from rasd.stages.clean.stage import clean_article, parse_dateline

GOLDEN = sorted((Path(__file__).parent / "golden" / "clean").glob("*.json"))


def test_clean_has_enough_golden_cases() -> None:
    assert len(GOLDEN) >= 20


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_clean_golden(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    expected = case["expected"]
    doc = analyze_text(case["input"])
    got = {
        "title": doc.title,
        "text": doc.text,
        "removed": list(doc.removed),
        "dateline": {"place": doc.dateline.place, "source": doc.dateline.source} if doc.dateline else None,
        "sources": list(doc.sources),
    }
    want = {k: expected[k] for k in got if k in expected}
    assert {k: got[k] for k in want} == want, case.get("description", "")


@pytest.mark.parametrize(
    ("line", "place", "source"),
    [
        ("بغداد - رويترز", "بغداد", "رويترز"),
        ("مأرب (اليمن) - الأناضول", "مأرب (اليمن)", "الأناضول"),
        ("طرابلس (لبنان) - الوكالة الوطنية للإعلام", "طرابلس (لبنان)", "الوكالة الوطنية للإعلام"),
        ("إدلب - (أ ف ب)", "إدلب", "أ ف ب"),
        ("الخرطوم (د ب أ) - أعلن الجيش", "الخرطوم", "د ب أ"),
    ],
)
def test_clean_parses_datelines(line: str, place: str, source: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert (parsed[0].place, parsed[0].source) == (place, source)


@pytest.mark.parametrize("line", ["وقال المتحدث - في بيان - إن القتال مستمر.", "قال مسؤول إن الوضع هادئ."])
def test_clean_does_not_read_story_sentences_as_datelines(line: str) -> None:
    assert parse_dateline(line, whole_line_ok=False) is None


def test_clean_keeps_title_given_in_metadata() -> None:
    result = clean_article("عنوان آخر\n\nنص الخبر الكامل هنا.", title="عنوان الخبر")
    assert result.title == "عنوان الخبر"
    assert "عنوان آخر" in result.text


_LINES = st.sampled_from([
    "التعليقات", "شارك هذا الخبر", "(أ.ف.ب.)", "اقرأ أيضا: خبر آخر", "مواضيع ذات صلة", "عنوان قصير",
    "قال مسؤول محلي إن القوات استعادت السيطرة على البلدة بعد معارك عنيفة.",
    "وأضاف أن الهجوم أسفر عن مقتل ثلاثة مدنيين وإصابة آخرين بجروح.",
    "بغداد - رويترز - أعلنت وزارة الداخلية العراقية اليوم عن اعتقال خمسة مشتبه بهم.",
    "الكلمات الدالة: العراق، الأمن", "", "جميع الحقوق محفوظة",
])


@given(st.lists(_LINES, min_size=1, max_size=14))
def test_clean_never_loses_a_story_sentence(lines: list[str]) -> None:
    raw = "\n\n".join(lines)
    result = clean_article(raw)
    story = [ln for ln in lines if ln.endswith(".")]
    for sentence in story:
        body = sentence.split(" - ", 2)[-1] if sentence.startswith("بغداد - رويترز") else sentence
        assert body in result.text or body == result.title
