"""A round-up lead (``قتل ثلاثة في حوادث أمنية متفرقة``) sums the incidents the sentences after it
tell one by one: none of them merges into it, and where they are told at its place it is no
event of its own (its toll is their sum). Told without the round-up words, the lead stays the
event its details join (sentences written for this test)."""
from __future__ import annotations

import pytest

from rasd.api import analyze_text

DETAILS = ("وقال مصدر في الشرطة إن عبوة ناسفة انفجرت قرب مطعم في حي الكرادة وسط بغداد فقتلت شخصا وأصابت أربعة. "
           "وقتل شخصان بهجوم مسلح شنه مجهولون على محل تجاري في حي الشعلة شمال غربي بغداد. ")


@pytest.mark.parametrize(("lead", "tolls"), [
    # a round-up lead: its incidents are the events, each with its own toll
    ("لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون أمس في حوادث أمنية متفرقة شهدتها بغداد. ", [1, 2]),
    ("سقط ثلاثة قتلى أمس في أعمال عنف متفرقة عرفتها العاصمة بغداد. ", [1, 2]),
])
def test_events_merge_roundup_lead_is_told_in_detail(lead: str, tolls: list[int]) -> None:
    doc = analyze_text(lead + DETAILS, published="2015-08-10")
    violent = [e for e in doc.events if e.event_type in ("Explosions/Remote violence", "Violence against civilians")]
    assert sorted(e.fatalities or 0 for e in violent) == tolls


def test_events_merge_roundup_without_the_words_stays_the_host() -> None:
    lead = "لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون أمس في بغداد. "
    doc = analyze_text(lead + DETAILS, published="2015-08-10")
    assert 3 in [e.fatalities for e in doc.events]


def test_events_merge_roundup_told_alone_stays_an_event() -> None:
    # no incident told in detail after it: the round-up is the article's only telling of them
    doc = analyze_text("لقي ثلاثة أشخاص حتفهم وأصيب تسعة آخرون أمس في حوادث أمنية متفرقة شهدتها بغداد.",
                       published="2015-08-10")
    assert [e.fatalities for e in doc.events] == [3]
