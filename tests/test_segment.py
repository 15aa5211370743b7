from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.stages.segment.stage import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ذهب الوفد. وعاد مساء.", ["ذهب الوفد.", "وعاد مساء."]),
        ("هل انتهى القتال؟ لا!", ["هل انتهى القتال؟", "لا!"]),
        ("قالت (أ.ف.ب.) إن الوفد وصل. ثم غادر", ["قالت (أ.ف.ب.) إن الوفد وصل.", "ثم غادر"]),
        ("ارتفع المؤشر 2.25 في المئة. وانخفض الدولار", ["ارتفع المؤشر 2.25 في المئة.", "وانخفض الدولار"]),
        ("ارتفع المؤشر ٢٫٥ في المئة. وانخفض", ["ارتفع المؤشر ٢٫٥ في المئة.", "وانخفض"]),
        ("ارتفع المؤشر ٢.٥ في المئة. وانخفض", ["ارتفع المؤشر ٢.٥ في المئة.", "وانخفض"]),
        ("التقى د. أحمد الوزير. وبحثا الوضع", ["التقى د. أحمد الوزير.", "وبحثا الوضع"]),
        ('وقال: "لن نغادر. سنبقى هنا". وأضاف أن', ['وقال: "لن نغادر. سنبقى هنا".', "وأضاف أن"]),
        ("وقال: «لن نغادر. سنبقى». ثم صمت", ["وقال: «لن نغادر. سنبقى».", "ثم صمت"]),
        ("البند الأول؛ البند الثاني", ["البند الأول؛", "البند الثاني"]),
        ("سطر أول بلا نقطة\nسطر ثان", ["سطر أول بلا نقطة", "سطر ثان"]),
        ("الموقع example.com يعمل. نعم", ["الموقع example.com يعمل.", "نعم"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_segment_splits_arabic_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_segment_unclosed_quote_does_not_swallow_paragraph() -> None:
    text = 'قال "نحن هنا. وسنبقى. ولن نغادر'
    assert len(split_sentences(text)) == 3


@given(st.text(alphabet=st.sampled_from(list('ابت ثج.؟!؛"«»\n٢3 .')), max_size=200))
def test_segment_spans_valid_ordered_and_trimmed(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e
