"""A clause joined by ``، و`` that tells an act at a town of its own, far from the towns the
sentence named before it, is an incident of its own and goes on telling the sentence's day;
quarters of one town, a list's next place and a clause with no act stay with the sentence.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.incidents import clause_openings
from rasd.stages.events.lexicon import words_of

_PUBLISHED = "2015-07-23"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # shelling in one city, clashes in another 150 km away: two incidents, the second on Monday too
        ("قصفت قوات النظام مساء الاثنين مناطق في مدينة حمص، ودارت اشتباكات عنيفة بين الفصائل وعناصر التنظيم "
         "في مدينة تدمر.",
         {("Shelling/artillery/missile attack", "Homs", "2015-07-20"), ("Armed clash", "Tadmur", "2015-07-20")}),
        # arrests in one city, a car bomb in another: two incidents
        ("اعتقلت قوات الأمن العراقية فجر الثلاثاء خمسة مطلوبين في مدينة الموصل، وانفجرت سيارة مفخخة عند حاجز "
         "للجيش في مدينة كركوك.",
         {("Arrests", "Mosul", "2015-07-21"), ("Remote explosive/landmine/IED", "Kirkuk", "2015-07-21")}),
        # clashes in a quarter of the town shelled: the clause is not cut off
        ("قصفت قوات الحوثيين مساء الاثنين أحياء في مدينة تعز، ووقعت اشتباكات بين المقاومة والحوثيين في حي الجمهوري.",
         {("Armed clash", "Taiz", "2015-07-20")}),
        # a clause that tells no act (a source's office elsewhere): no incident of its own
        ("قصفت قوات النظام مساء الاثنين مناطق في مدينة حمص، وأضاف المرصد أن مكتبه في مدينة تدمر أكد الخبر.",
         {("Shelling/artillery/missile attack", "Homs", "2015-07-20")}),
    ],
)
def test_events_incidents_clause_openings_events(text: str, events: set[tuple[str, str, str]]) -> None:
    doc = analyze_text(text, published=_PUBLISHED)
    assert {(e.sub_event_type, e.location.name if e.location else "", e.date) for e in doc.events} == events


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("قصفت قوات النظام مساء الاثنين مناطق في مدينة حمص، ودارت اشتباكات عنيفة بين الفصائل وعناصر التنظيم "
         "في مدينة تدمر.", True),
        # the next item of a list of places is no clause (the act after it is the list's)
        ("تستعد المقاومة لفتح جبهات قتال في محافظات كالبيضاء، وإب، وذمار، لإخراج المتمردين الذين يسيطرون على "
         "المنطقة كلها.", False),
    ],
)
def test_events_incidents_clause_openings_heads(text: str, opens: bool) -> None:
    doc = analyze_text(text, published=_PUBLISHED)
    sent = doc.sentences[0]
    assert bool(clause_openings(doc, words_of(doc.text, sent.start, sent.end), [])) is opens
