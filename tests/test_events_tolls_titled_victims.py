"""Tolls (issue 16), round 21: one victim told by a title and a person's name after a killing
verb or its verbal noun (``قتل الشاب فلان``, ``قتلت القوات فجر أمس، الشاب فلان``, ``تمكنوا من
قتل القيادي فلان``) is one death; an attempt or a threat before the verb, a title with no name
after it, and a count of the dead keep the reading they had. Sentences written for these tests;
the name's first word stands for the PER entity the events stage passes in."""

from __future__ import annotations

import pytest

from toll_focus import toll_naming


@pytest.mark.parametrize(
    ("sentence", "name", "count"),
    [
        # a title and a name after the verb (its passive subject or its object), or its verbal noun
        ("قتل الشاب رامي يوسف برصاص قناص عند مدخل الحي.", "رامي", 1),
        ("قتلت الشرطة صباح اليوم الشاب رامي يوسف قرب السوق.", "رامي", 1),
        ("وكانت الدورية قتلت ليل الأول من أمس، الفتى رامي يوسف وهو عائد إلى بيته.", "رامي", 1),
        ("تمكن المقاتلون من قتل القيادي الميداني رامي يوسف في كمين قرب الجسر.", "رامي", 1),
        ("اغتال مسلحون ملثمون الضابط رامي يوسف أمام منزله.", "رامي", 1),
        ("قتل زعيم الجماعة المسلحة في الإقليم رامي يوسف في غارة.", "رامي", 1),
        # an attempt, a threat or a plan is no death
        ("حاول مسلحون قتل الضابط رامي يوسف أمام منزله.", "رامي", None),
        ("هددت العصابة بقتل الصحفي رامي يوسف إن لم يغادر.", "رامي", None),
        ("كشفت التحقيقات عن التخطيط لقتل القاضي رامي يوسف في مكتبه.", "رامي", None),
        ("وتوعدت الجماعة في بيانها بقتل الوزير رامي يوسف قريبا.", "رامي", None),
        # only after a killing verb or its verbal noun: a dual martyr noun names one of two
        ("نقلت طائرة جثماني شهيدي الواجب العريف رامي يوسف والجندي سالم علي.", "رامي", None),
        # no name after the title: a generic or unknown victim stays unread
        ("قتل الشاب برصاص قناص عند مدخل الحي.", None, None),
        ("يحرم قتل العسكري في كل الأحوال.", None, None),
        # a list of victim nouns, one of them a title read as a name, tells no one victim
        ("اتهم البيان الجماعة بقتل المدني الطفل المرأة الشيخ دون تمييز.", "الشيخ", None),
        # a preposition in the subject ends the look-ahead (the named officer leads the force)
        ("قتلت القوات بقيادة العقيد رامي يوسف عددا من المسلحين.", "رامي", None),
        # a count of the dead is read as before (the named soldier killed them)
        ("قتل الجندي رامي يوسف 3 مسلحين في الاشتباك.", "رامي", 3),
    ],
)
def test_events_tolls_titled_victim(sentence: str, name: str | None, count: int | None) -> None:
    assert toll_naming(sentence, name) == count
