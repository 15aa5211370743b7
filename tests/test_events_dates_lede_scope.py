"""How far a lede's day reaches (issue 16): over sentences that name no day or the same day
again, and from the article's lede over paragraphs (a wire report told a sentence a paragraph);
not where the lede names two days, tells its day as a past one recalled (``الأربعاء الماضي``)
or only as its report's where that is the news day or later, not past another day, another
story, another paragraph's lede or into a paragraph that opens on a round-up's next item
(``وفي ولاية بورنو``).
Sentences written for these tests (published on Friday 2015-07-24: the news day is 07-23,
أول من أمس 07-22)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_LEDE = "انفجرت عبوتان ناسفتان أول من أمس داخل سوق بلدة داماتورو النيجيرية. "
_TWO_DAY_LEDE = "انفجرت عبوتان ناسفتان أول من أمس داخل سوق بلدة داماتورو النيجيرية بعد هجوم مماثل الثلاثاء. "
_PAST_LEDE = "انفجرت عبوتان ناسفتان الأربعاء الماضي داخل سوق بلدة داماتورو النيجيرية. "
_REPORT_LEDE = "أعلن مسؤول محلي أول من أمس أن الهدوء عاد إلى بلدة داماتورو النيجيرية. "
_UNDATED_LEDE = "قال مسؤولون إن الأسواق في شمال نيجيريا فتحت أبوابها. "
_SAME_DAY = "وكانت حصيلة أولى صدرت أول من أمس تحدثت عن قتيلين. "
_OTHER_DAY = "وكانت عبوة انفجرت الثلاثاء في قرية قرب الحدود. "
_WITNESS = "وقال شهود إن الانفجارين وقعا وقت الذروة. "
_SHIFT = "من جهة أخرى، قال مسؤول إن الأسواق فتحت أبوابها. "
_LAST = "وخطف مسلحون عشرين امرأة من قرية قرب مدينة مايدوغوري."
_NEXT_ITEM = "وفي ولاية بورنو خطف مسلحون عشرين امرأة من قرية قرب مدينة مايدوغوري."
_PARA = "\n\n"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the lede's day goes on over a sentence that names it again and one that names none
        (_LEDE + _SAME_DAY + _WITNESS + _LAST, "2015-07-22"),
        # ... and from the article's lede over paragraphs
        (_LEDE + _PARA + _WITNESS + _PARA + _LAST, "2015-07-22"),
        (_LEDE + _PARA + _SAME_DAY + _PARA + _WITNESS + _LAST, "2015-07-22"),
        # another day in between: which one goes on is unknown, the news day
        (_LEDE + _OTHER_DAY + _WITNESS + _LAST, "2015-07-23"),
        (_LEDE + _PARA + _OTHER_DAY + _PARA + _LAST, "2015-07-23"),
        # a lede that names two days
        (_TWO_DAY_LEDE + _PARA + _LAST, "2015-07-23"),
        # a day told as a past one recalled ("last Wednesday")
        (_PAST_LEDE + _PARA + _LAST, "2015-07-23"),
        # only the report's day, before the news day: the details it tells are not later
        # (test_events_dates_report_lede)
        (_REPORT_LEDE + _PARA + _LAST, "2015-07-22"),
        # another story begins in between
        (_LEDE + _PARA + _SHIFT + _LAST, "2015-07-23"),
        # a later paragraph's lede keeps its day in its paragraph
        (_UNDATED_LEDE + _PARA + _LEDE + _PARA + _LAST, "2015-07-23"),
        # a paragraph that opens on a round-up's next item (وفي ولاية بورنو): the news day
        (_LEDE + _PARA + _NEXT_ITEM, "2015-07-23"),
        (_LEDE + _NEXT_ITEM, "2015-07-22"),  # (in the lede's paragraph: the sentence before's day)
    ],
)
def test_events_dates_lede_scope_reaches_the_sentences_after_it(text: str, day: str) -> None:
    doc = analyze_text(text, published="2015-07-24")
    (last,) = [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert last.date == day
