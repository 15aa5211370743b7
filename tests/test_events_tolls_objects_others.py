"""Tolls (issue 16), round 14: counts of things destroyed or seized are not dead, a subset's
last victim is not one more, one victim named before ``و`` + a count of others is counted,
and a title heading a construct (``آمر الفوج``) is one victim. Sentences written for these
tests. Also: a lapse phrase with a filler word (``بعد أيام قليلة من``), a count joined before a
wound verb, a quoted death verb, an initial toll, and the
smaller of two sources' figures."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a count after an act on things is that act's object, not more dead
        ("وأعلن الجيش قتل 16 مسلحا وتدمير 9 آليات في المنطقة.", 16),
        ("وتمكنت الطائرات من قتل 40 عنصرا وتدمير ثماني مركبات لهم.", 40),
        ("وقالت القيادة إنها قتلت 12 مسلحا وأعطبت 4 عربات واغتنمت أسلحة.", 12),
        ("وأسفرت العملية عن مقتل 7 مسلحين وإسقاط طائرتين مسيرتين.", 7),
        ("أسفر القصف عن تدمير 3 منازل ومقتل 4 مدنيين.", 4),
        # a woman listed after بينهم is one of the counted dead
        ("قتل 15 شخصا على الأقل بينهم ثلاثة أطفال وامرأة في الغارة.", 15),
        ("قتل 15 شخصا من بينهم طفلان ورجل مسن في القصف.", 15),
        # a count joined to a subset count is in the subset too
        ("وقتل 30 شخصا بينهم 8 أطفال وأربع نساء في الغارات.", 30),
        # ... but after the count itself, one more victim still counts
        ("قتل ثلاثة من عناصر الشرطة ومدني في الهجوم.", 4),
        # one victim named, then a count of others of his kind
        ("وفي المحافظة، قتل أبو حسن بن سالم بدر الدين الهاشمي وقياديان آخران في المواجهات.", 3),
        ("قتل قائد الكتيبة الثالثة و3 آخرون في الكمين.", 4),
        # a lapse phrase with a filler word before من / على still dates an earlier incident
        ("قتل 6 جنود في هجوم بعد أيام قليلة من تفجير أودى بحياة 20 شخصا.", 6),
        ("وقتل مسلحون 9 مدنيين في القرية بعد 10 أيام فقط على هجوم آخر أسفر عن 11 قتيلا.", 9),
        # a count joined by و right before a plural wound verb is that verb's subject
        ("قتل نحو 60 مسلحا ومئات جرحوا في الغارات.", 60),
        ("قتل 8 جنود و12 أصيبوا في الهجوم.", 8),
        # a quoted death verb after its singular subject
        ("وذكر البيان أن جنديا من أبناء القرية «استشهد» أثناء الاشتباك.", 1),
        # a toll called initial is one incident's
        ("وذكر الطبيب أن الحصيلة الأولية لقتلى الانفجار هي 10 أشخاص.", 10),
        # two sources' figures: the smaller (ACLED's most conservative)
        ("وزعم المسلحون أن كمينهم أوقع 40 قتيلا بين الجنود، في حين أعلن الجيش مقتل 3 جنود.", 3),
        # one victim of a singular death verb with a count of others after مع
        ("وأفاد الناشطون بأن الضابط قتل مع أربعة جنود آخرين بنيران القناصة.", 5),
        ("وقال المرصد إن فلانا الفلاني قتل برفقة 5 آخرين في الغارة.", 6),
        # a construct title heads one victim
        ("وأسفر الهجوم عن مقتل آمر الفوج وجنديين.", 3),
        ("وأعلنت القوات مقتل زعيم الجماعة في غارة.", 1),
    ],
)
def test_events_tolls_objects_others_counted(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # no victim before the others: a time word only
        ("قتل أمس و3 آخرون في الهجوم.", 3),
        # counts of the dead on both sides stay summed; others of a count are not one more
        ("قتل 5 جنود و3 آخرون في الهجوم.", 8),
        # a preposition before the others: the phrase is no victim's, not read further
        ("وقد أمر القائد بقتل 5 أسرى وأمر بنقل الباقين.", 5),
        # a plural death verb with others after مع: no one more
        ("وقالت المصادر إن الجنود قتلوا مع ثلاثة آخرين في الهجوم.", 3),
        # a toll that rose stays cumulative
        ("ارتفعت حصيلة القتلى في المدينة إلى 15.", None),
        # burning people is a killing, not an act on things
        ("أحرق مسلحون أربعة رجال حتى الموت في القرية.", 4),
    ],
)
def test_events_tolls_objects_others_guards(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
