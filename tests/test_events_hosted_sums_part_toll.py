"""A lede's toll that sums its own incident and the ones told after it goes to its own incident
(events.hosted_sums): the first incident's sentence merges into the lede's event, which keeps
the figure of that incident only. Silent where the sum does not hold, where a part lies in
another province, where the lede's figure is vague, or where a part is told as a story apart
(sentences written for this test)."""
from __future__ import annotations

import pytest

from rasd.api import analyze_text

BOMB = "وأوضحت الشرطة أن عبوة ناسفة زرعت قرب سوق للخضار في حي التحرير ببعقوبة انفجرت فقتلت اثنين منهم. "
LEDE = "ذكرت الشرطة العراقية أمس أن {n} مدنيين قتلوا وأصيب عشرون آخرون في مدينة بعقوبة. "
MORTARS = "كما قتل سبعة مدنيين بسقوط قذائف هاون على منازل في {place}. "


def _tolls(text: str) -> dict[str, int | None]:
    doc = analyze_text(text, published="2015-08-10")
    return {e.sub_event_type: e.fatalities for e in doc.events}


@pytest.mark.parametrize(("lede", "later", "bomb_toll"), [
    # 9 = the bomb's 2 + the mortars' 7: the bomb's event keeps its own 2
    (LEDE.format(n="تسعة"), MORTARS.format(place="ناحية هبهب"), 2),
    # not the sum (10 != 2 + 7): the lede's figure stays
    (LEDE.format(n="عشرة"), MORTARS.format(place="ناحية هبهب"), 10),
    # the mortars fell in another province: no part of the lede's count
    (LEDE.format(n="تسعة"), MORTARS.format(place="مدينة الرمادي"), 9),
    # a hedged lede (more than nine) is no exact sum
    (LEDE.format(n="أكثر من تسعة"), MORTARS.format(place="ناحية هبهب"), 9),
    # a story the text sets apart is no part of the lede
    (LEDE.format(n="تسعة"), "وفي حادث منفصل، قتل سبعة مدنيين بسقوط قذائف هاون على منازل في ناحية هبهب. ", 9),
])
def test_events_hosted_sums_part_toll(lede: str, later: str, bomb_toll: int) -> None:
    tolls = _tolls(lede + BOMB + later)
    assert tolls["Remote explosive/landmine/IED"] == bomb_toll
    assert tolls["Shelling/artillery/missile attack"] == 7
