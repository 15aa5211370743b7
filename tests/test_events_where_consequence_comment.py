"""A comment on what an act means, opened after it (``الأمر الذي``, ``وهو ما``), may name a
place of another province (the capital the fighters now draw near): the act's place is the
one its own words name before the comment. Where they name none, or the comment's place lies
in the same province, nothing changes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _places(text: str) -> list[str | None]:
    doc = analyze_text(text, published="2023-03-15")
    return [e.location.name if e.location else None for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ذكر مسؤولون محليون أن مسلحين مناهضين للجماعة سيطروا أمس على خمس مناطق في محافظة إب، الأمر الذي "
         "يقرب المسلحين من معقل الجماعة في العاصمة صنعاء.", ["Ibb"]),
        ("ذكر مسؤولون محليون أن مسلحين مناهضين للجماعة سيطروا أمس على خمس مناطق في محافظة إب، وهو ما "
         "يقرب المسلحين من معقل الجماعة في العاصمة صنعاء.", ["Ibb"]),
        # the comment's place lies in the act's own province: the act's town stays
        ("انفجرت سيارة مفخخة أمس في بغداد، الأمر الذي أدى إلى مقتل خمسة أشخاص في حي الكرادة.", ["Baghdad"]),
    ],
)
def test_events_where_consequence_comment_place(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
