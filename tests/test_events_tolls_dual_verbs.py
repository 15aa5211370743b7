"""Tolls (issue 16), round 15: a dual past verb after a count of two is its
subject (``أن اثنين من ... قتلا``), as a plural verb is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a dual past verb after a count of two is its subject
        ("وقال البيان إن اثنين من موظفي شركة النقل العامة قتلا وأصيب 20 من المارة في التفجير.", 2),
        ("وأضاف أن اثنين من عناصر فرق الإطفاء قتلا في القصف.", 2),
        # ... but a wound verb stays a wound
        ("وقال البيان إن اثنين من حراس المصرف أصيبا في التفجير.", 0),
    ],
)
def test_tolls_dual_verbs(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
