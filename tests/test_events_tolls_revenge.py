"""Tolls (issue 16), round 15: a revenge phrase (``انتقاما لتفجير ... أسفر عن مقتل 32``) tells the
earlier incident's dead, not this one's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a revenge phrase tells the incident avenged
        ("أعلنت الحركة مسؤوليتها عن قتل شرطيين قائلة إن ذلك جاء انتقاما لتفجير أسفر عن مقتل 30 شخصا.", 2),
        ("وقتل المسلحون ثلاثة جنود ثأرا لغارة أودت بحياة 12 من عناصرهم.", 3),
        # ... while the response's own dead, told after a second death cue, still count
        ("قصفت الطائرات القرية انتقاما لمقتل جنديين ما أدى إلى مقتل 10 مسلحين.", 10),
        ("قتل مسلحون خمسة جنود انتقاما لمقتل قائدهم.", 5),
    ],
)
def test_tolls_revenge(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
