"""The language stage counts letters by taking out the runs of everything else: the same
counts as finding every letter one by one."""

from __future__ import annotations

import re

import pytest

from rasd.stages.language.stage import letter_counts


def _counted_one_by_one(text: str) -> tuple[int, int]:
    return len(re.findall(r"[^\W\d_]", text)), len(re.findall(r"[\u0621-\u064A]", text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "2024 - 15,3 ٣٤٥ ۱۲",
        "قال المتحدث إن الاجتماع انتهى",
        "under_score snake_case __init__",
        "وصلَ الوفدُ ـــ إلى المدينةِ",  # diacritics and tatweel are not counted as Arabic letters
        "خبر عاجل: Breaking news from Paris, 3 dead",
        "پیام فارسی گزارش",
        "Ça coûte 12€ — naïve façade",
        "שלום עולם Привет мир",
        "ﻻ ﷲ ٱلرحمن",  # presentation forms and the wasla alef are letters, outside the Arabic range
    ],
)
def test_language_letter_counts_match_counting_each_letter(text: str) -> None:
    assert letter_counts(text) == _counted_one_by_one(text)
    assert letter_counts(text * 3) == tuple(3 * n for n in _counted_one_by_one(text))
