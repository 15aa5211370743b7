"""carried_time reads each earlier sentence once per document (dates._SentenceFacts): the facts
of one document must never answer for another, even one with the same text and sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document, Sentence, TimeExpr
from rasd.stages.events.dates import carried_time

FIRST = "اندلعت المواجهات في ذلك اليوم."
TEXT = FIRST + " وأصيب تسعة أشخاص في انفجار قرب السوق."
PUBLISHED = dt.date(2015, 7, 23)
SENTENCES = (Sentence(0, len(FIRST)), Sentence(len(FIRST) + 1, len(TEXT)))


def _doc(days_before: int) -> Document:
    at = FIRST.index("ذلك اليوم")
    day = (PUBLISHED - dt.timedelta(days=days_before)).isoformat()
    return Document(id=f"t{days_before}", text=TEXT, published=PUBLISHED, language="ar",
                    sentences=SENTENCES, times=(TimeExpr(at, at + len("ذلك اليوم"), day),))


@pytest.mark.parametrize("order", [(1, 60, 11, 1), (60, 1, 60, 11), (11, 11, 1, 60)])
def test_events_dates_walk_memo_one_document_at_a_time(order: tuple[int, ...]) -> None:
    expected = {1: "2015-07-22", 11: None, 60: "2015-05-24"}
    for days_before in order:
        got = carried_time(_doc(days_before), SENTENCES, 1)  # the same sentences object each time
        assert (got[0] if got else None) == expected[days_before]


def test_events_dates_walk_memo_repeated_asks_agree() -> None:
    doc = _doc(1)
    first = [carried_time(doc, SENTENCES, k) for k in range(len(SENTENCES))]
    again = [carried_time(doc, SENTENCES, k) for k in reversed(range(len(SENTENCES)))][::-1]
    assert first == again
    assert first[1] == ("2015-07-22", 2)
