"""A lede's total over a province or a country that the incidents told after it add up to is no
event of its own (events.lede_sums): the incidents are. Silent where the parts do not make the
total, where a part lies outside the total's place, where a part is told as a story apart, or
where a part is of another kind of event (sentences written for this test)."""
from __future__ import annotations

import pytest

from rasd.api import analyze_text

LEDE = "أسفرت تفجيرات ضربت {where} أمس عن مقتل {n} مدنيين. "
CAR_BOMB = "ففي مدينة بعقوبة انفجرت سيارة مفخخة قرب سوق شعبي فقتلت أربعة مدنيين. "
ROADSIDE = "وفي {where} قتل خمسة مدنيين بانفجار عبوة ناسفة زرعت على جانب طريق. "


def _events(text: str) -> list[tuple[str, int | None]]:
    doc = analyze_text(text, published="2015-08-10")
    return sorted(((e.location.name if e.location else "", e.fatalities) for e in doc.events),
                  key=lambda x: x[1] or 0)


@pytest.mark.parametrize(("text", "folded"), [
    # 9 = 4 + 5 over the province: the province's record gives way to the two blasts
    (LEDE.format(where="محافظة ديالى شرقي العراق", n="تسعة") + CAR_BOMB + ROADSIDE.format(where="قضاء المقدادية"),
     True),
    # a hedged total (more than eight) the parts reach under its ceiling, over the country
    (LEDE.format(where="العراق", n="أكثر من ثمانية") + CAR_BOMB + ROADSIDE.format(where="قضاء المقدادية"), True),
    # not the sum (10 != 4 + 5): the total stays
    (LEDE.format(where="محافظة ديالى شرقي العراق", n="عشرة") + CAR_BOMB + ROADSIDE.format(where="قضاء المقدادية"),
     False),
    # the second blast lies in another province: no part of the province's total
    (LEDE.format(where="محافظة ديالى شرقي العراق", n="تسعة") + CAR_BOMB + ROADSIDE.format(where="مدينة الرمادي"),
     False),
    # a story the text sets apart is no part of the total
    (LEDE.format(where="محافظة ديالى شرقي العراق", n="تسعة") + CAR_BOMB
     + "وفي حادث منفصل قتل خمسة مدنيين بانفجار عبوة ناسفة زرعت على جانب طريق في قضاء المقدادية. ", False),
    # a part of another kind (a clash, not a blast) is no part of a total of blasts
    (LEDE.format(where="محافظة ديالى شرقي العراق", n="تسعة") + CAR_BOMB
     + "وفي قضاء المقدادية قتل خمسة مسلحين في اشتباكات مع قوات الشرطة. ", False),
])
def test_events_lede_sums_folded(text: str, folded: bool) -> None:
    events = _events(text)
    tolls = [t for _, t in events]
    assert 4 in tolls and 5 in tolls  # the incidents are always their own events
    assert (9 in tolls or 10 in tolls or 8 in tolls) is not folded
