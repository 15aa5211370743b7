"""The day carried to a sentence that names none (issue 16): the sentence before it, else its
paragraph's lede over sentences that name no day or only an older day recalled as background;
a report's day only where the news day would be later, never another sentence's day further
back, another paragraph's day or a day before a sentence that opens another story. Sentences
written for these tests (published on Friday 2015-07-24: the news day is 07-23, أول من أمس
07-22)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_LEDE = "انفجرت عبوتان ناسفتان أول من أمس داخل سوق بلدة داماتورو النيجيرية. "
_UNDATED_LEDE = "انفجرت عبوتان ناسفتان داخل سوق بلدة داماتورو النيجيرية. "
_REPORT_LEDE = "أعلن مسؤول محلي أول من أمس أن الهدوء عاد إلى بلدة داماتورو النيجيرية. "
_WITNESS = "وقال شهود إن الانفجارين وقعا وقت الذروة. "
_BACKGROUND = "وفي الثالث من يوليو الجاري انفجرت عبوة في قرية قرب الحدود. "
_LAST = "وفي ولاية بورنو خطف مسلحون عشرين امرأة من قرية قرب مدينة مايدوغوري."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the lede's day reaches a detail told after a sentence with no day
        (_LEDE + _WITNESS + _LAST, "2015-07-22"),
        # ... and after an older attack recalled as background
        (_LEDE + _BACKGROUND + _LAST, "2015-07-22"),
        # the lede's day is only its report's (أعلن ... أن), before the news day: what the
        # report tells is not later than it (test_events_dates_report_lede)
        (_REPORT_LEDE + _BACKGROUND + _LAST, "2015-07-22"),
        # a day of a sentence further back than the one before, not the lede's: the news day
        (_UNDATED_LEDE + "وكانت عبوة انفجرت الاثنين في قرية قرب الحدود. " + _WITNESS + _LAST, "2015-07-23"),
        # a sentence that opens another story ends the lede's reach
        (_LEDE + "من جهة أخرى، قال مسؤول إن الأسواق فتحت أبوابها. " + _LAST, "2015-07-23"),
        # another paragraph opening on a round-up's next item is another story (other
        # paragraphs: test_events_dates_lede_scope)
        (_LEDE + "\n\n" + _LAST, "2015-07-23"),
        # the sentence right before names the day: it carries as before
        (_UNDATED_LEDE + "وانفجرت عبوة أول من أمس في قرية قرب الحدود. " + _LAST, "2015-07-22"),
    ],
)
def test_events_dates_carried_lede_day_reaches_its_details(text: str, day: str) -> None:
    doc = analyze_text(text, published="2015-07-24")
    (last,) = [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert last.date == day
