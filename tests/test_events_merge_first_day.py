"""The day of one event told by two sentences that each name a day in the trigger's own clause
(issue 16): the first telling's day, not the earlier one (the later sentence's day is mostly that
of another strike or of what came before); the earlier one where the first day is a report's or
the first sentence names both days. Sentences written for these tests, published on Saturday
2015-07-25 (``أمس`` is Friday 2015-07-24, ``أول من أمس`` Thursday 2015-07-23)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_PUBLISHED = "2015-07-25"
_LATER = " واستهدفت مقاتلات التحالف أول من أمس آلية عسكرية في مدينة صعدة."


def _days(text: str) -> list[str | None]:
    return [e.date for e in analyze_text(text, published=_PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("شنت طائرات حربية أمس غارات على مواقع للمسلحين في مدينة الرقة. وقصفت الطائرات أول من أمس مواقع أخرى في مدينة الرقة.",
         ["2015-07-24"]),
        ("قصفت مقاتلات التحالف أمس مواقع للمتمردين في مدينة صعدة ما أدى إلى مقتل عشرة مسلحين." + _LATER, ["2015-07-24"]),
    ],
)
def test_events_merge_first_day_keeps_the_lead_day(text: str, days: list[str]) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(
    "text",
    [
        # the lead's day is the report's: the incident's is the other one
        "قال مسؤولون أمس إن مقاتلات التحالف قصفت مواقع للمتمردين في مدينة صعدة." + _LATER,
        # the lead's sentence names both days
        "قصفت مقاتلات التحالف مواقع للمتمردين في مدينة صعدة يومي أمس وأول من أمس." + _LATER,
    ],
)
def test_events_merge_first_day_guards_keep_the_earlier_day(text: str) -> None:
    assert _days(text) == ["2015-07-23"]
