"""A blast an article tells with nothing but a definite noun (``الانفجار``, ``التفجير``) and the day
it happened after it is the article's telling of that blast: an explosion event. Where the article
tells the blast in another form (``انفجار``, ``تفجير``, ``انفجرت``), the definite noun refers to it
and adds no event; a definite noun with no day of its own names a blast told elsewhere (sentences
written for this test)."""
from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.detect import detect_sentence

IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "قال ضابط في الشرطة إن الانفجار الذي وقع مساء أمس قرب سوق الخضار في مدينة الموصل أسفر عن مقتل ستة مدنيين.",
    "أفادت مصادر طبية بأن التفجير الذي هز صباح اليوم حيا سكنيا في مدينة كركوك أوقع أربعة قتلى.",
])
def test_events_detect_first_blast_definite_noun_tells_the_blast(text: str) -> None:
    doc = analyze_text(text, published="2015-08-10")
    assert [e.sub_event_type for e in doc.events] == [IED]


def test_events_detect_first_blast_refers_to_the_blast_told_before() -> None:
    text = ("انفجرت سيارة مفخخة مساء أمس قرب سوق الخضار في مدينة الموصل ما أدى لمقتل ستة مدنيين. "
            "وقال ضابط في الشرطة إن الانفجار الذي وقع مساء أمس ألحق أضرارا بعشرة متاجر.")
    doc = analyze_text(text, published="2015-08-10")
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [(IED, 6)]


@pytest.mark.parametrize(("text", "first_blast", "blasts"), [
    # told with its day after it: the act of the sentence
    ("وقال الشهود إن الانفجار الذي وقع ظهر أمس ألحق أضرارا بالمباني المجاورة.", True, 1),
    # the article told the blast elsewhere: the noun refers to it
    ("وقال الشهود إن الانفجار الذي وقع ظهر أمس ألحق أضرارا بالمباني المجاورة.", False, 0),
    # no day of its own: a blast named, not told
    ("وزار المحافظ الجرحى الذين أصيبوا في التفجير الذي استهدف المسجد.", True, 0),
])
def test_events_detect_first_blast_only_where_told(text: str, first_blast: bool, blasts: int) -> None:
    found = detect_sentence(text, published=None, first_blast=first_blast)
    assert sum(d.sub_event_type == IED for d in found) == blasts
