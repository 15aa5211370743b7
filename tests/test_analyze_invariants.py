"""Hypothesis invariants over the whole default pipeline: analysis never raises on arbitrary
text, and every span it produces fits the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.api import analyze_text

_PIECES = [
    "قال", "إن", "الرقة", "داعش", "قوات", "سورية", "الديمقراطية", "(أ ف ب)", "رويترز", "اليوم", "الأحد",
    "السبت", "حزيران/يونيو", "15", "٢٠١٧", "«", "»", '"', ".", "،", "؟", "\n", "\n\n", "التعليقات",
    "بغداد - رويترز -", "مقتل", "ثلاثة", "مدنيين", "غارة", "جوية", "على", "إدلب", "وأضاف", "مضيفا", "أن",
    "هـ", "1439", "شباط", "أمس", "ﻻ", "\u200f", "abc", "2.5", "-", ":", " ",
]

article_text = st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join) | st.text(max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text, published=st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       clean=st.booleans())
def test_analyze_never_raises_and_spans_are_valid(text: str, published: dt.date | None, clean: bool) -> None:
    doc = analyze_text(text, published=published, clean=clean)
    doc.validate()
    data = doc.to_dict()
    for kind in ("entities", "quotes", "times", "places"):
        for span in data[kind]:
            assert data["text"][span["start"]:span["end"]] == span["text"]
    if not clean:
        assert doc.text == text
