"""Tolls (issue 16), round 12: a counted subject told before its plural verb, a plural noun
spelt like a dual, a toll of an earlier incident told in a lapse phrase (غداة، بعد أسبوع من),
a killing someone is accused of, and القضاء على. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.lexicon import words_of
from rasd.stages.events.numbers import parse_counts
from rasd.stages.events.tolls import fatalities_in, fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a count before its plural death verb, with the group it belongs to between them
        ("وقال المتحدث إن 14 عنصرا من جماعة المتمردين المسلحة قتلوا في الكمين.", 14),
        ("وأكد الطبيب أن 9 من عمال المصنع وحراسه قتلوا في القصف.", 9),
        ("وذكرت المصادر أن ستة مدنيين بينهم امرأتان من سكان الحي قتلوا.", 6),
        # ... a quotation mark around the group's name does not cut them apart
        ("وقال الضابط إن 21 مقاتلا من مقاتلي «الجبهة» قتلوا في الهجوم.", 21),
        # ... a people noun and a short phrase without the group
        ("وقالت الشرطة إن 4 رجال يرتدون أقنعة سوداء قتلوا عند الحاجز.", 4),
        # ... a wound verb there tells wounded, not dead
        ("وقالت المصادر إن 5 من أفراد الحراسة في المبنى أصيبوا بجروح.", 0),
        # ... but not a long description without a partitive (a statistic, not a toll)
        ("وتبين الأرقام أن 70 شابا أجنبيا أو مقيما في البلدان الأوروبية الغربية قتلوا هناك.", None),
    ],
)
def test_events_tolls_counted_subject_before_a_plural_verb(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # an oblique plural spelt like a dual is the noun of the count before it
        ("وقتل خمسة شرطيين في الانفجار على الطريق.", 5),
        ("وأسفر الهجوم عن مقتل 12 مدنيين في السوق.", 12),
        # ... the dual alone, or stressed by اثنين, is still two
        ("قتل شرطيين اثنين وجرح ثلاثة في الهجوم.", 2),
        ("وقتل شرطيان في الاشتباك.", 2),
    ],
)
def test_events_tolls_plural_spelt_like_a_dual(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


def test_events_numbers_a_dual_shaped_plural_joins_its_count() -> None:
    counts = parse_counts(words_of("قتل سبعة عسكريين في المعركة"))
    assert [c.value for c in counts] == [7]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a lapse phrase tells an earlier incident: its toll is not this one's
        ("وبعد أسبوع من الاعتداء الذي خلف 40 قتيلا في السوق تبنت الجماعة قتل ثلاثة جنود.", 3),
        ("وبعد ثلاثة أيام من التفجير الذي أودى بحياة 9 أشخاص، قتل شرطي في هجوم آخر.", 1),
        # ... a count before the lapse phrase is the event's own
        ("قتل ستة جنود غداة إعلان الهدنة في المنطقة.", 6),
        # ... and the lapse ends at its clause
        ("غداة الهجوم، أعلنت الشرطة مقتل 4 مشتبهين.", 4),
        # a killing someone is accused of is not a death of the event
        ("واعتقلت الشرطة ثلاثة رجال متورطين في قتل شرطيين.", None),
        ("وأوقفت القوات شابا متهما بقتل جاره.", None),
        # القضاء على with a count is a killing
        ("وأعلنت القوات أنه تم القضاء على ثمانية مسلحين في الاشتباك.", 8),
        ("وتعهد الوزير بالقضاء على الإرهاب.", None),
    ],
)
def test_events_tolls_lapses_accusations_and_eliminations(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


def test_events_tolls_a_lapse_toll_is_not_an_event_told_outside_it() -> None:
    words = words_of("وتبنى التنظيم هذه الهجمات التي جاءت غداة مقتل 27 شخصا في تفجيرين بالعاصمة.")
    attacks = next(i for i, w in enumerate(words) if w.key == "الهجمات")
    bombs = next(i for i, w in enumerate(words) if w.key == "تفجيرين")
    assert fatalities_in(words, trigger=attacks)[0] is None
    assert fatalities_in(words, trigger=bombs)[0] == 27
    # with no trigger known, the sentence's only toll is read as told
    assert fatalities_in(words)[0] == 27


def test_events_tolls_a_lapse_keeps_its_toll_for_its_own_event() -> None:
    # the sentence tells only the earlier incident, and the event's trigger is in the lapse
    # phrase: the toll is that event's
    words = words_of("وحجبت السلطات الموقع بعد يوم من مقتل 30 شخصا في تفجير بالبلدة.")
    trigger = next(i for i, w in enumerate(words) if w.key == "تفجير")
    assert fatalities_in(words, trigger=trigger)[0] == 30
    # ... but not for an event told outside it
    assert fatalities_in(words, trigger=1)[0] is None


def test_events_tolls_the_part_of_another_place_keeps_its_toll() -> None:
    # a sentence cut at فيما telling two places: the event of the part without deaths gets none
    words = words_of("قتل 25 مسلحا في غارات على قرية الوادي، فيما سيطرت القوات على مواقع في بلدة الجبل.")
    toll_part = next(i for i, w in enumerate(words) if w.key == "غارات")
    other_part = next(i for i, w in enumerate(words) if w.key == "سيطرت")
    assert fatalities_in(words, toll_part)[0] == 25
    assert fatalities_in(words, other_part)[0] is None
    # without a focus (one place, one clash) the whole sentence counts
    assert fatalities_in(words)[0] == 25


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # حتفهم / مصرعهم after their count, with لقوا between
        ("وقال المسعفون إن 35 شخصا لقوا حتفهم في الحريق الذي أعقب القصف.", 35),
        ("وأفاد المرصد بأن 12 من عناصر الميليشيا في القرية لقوا مصرعهم.", 12),
        # two plural verbs for the dead and the wounded together tell no death count
        ("وقال الناشطون إن عشرات المدنيين قتلوا وجرحوا في الغارات على السوق.", None),
        ("وقال الناشطون إن عشرات المدنيين قتلوا وجرحوا في الغارات، وإن سبعة منهم قتلوا في القرية.", 7),
        # a dual relative before a death verb is two victims
        ("وعثرت الدورية على الحارسين اللذين قتلا برصاص مجهولين.", 2),
        ("وشيع الأهالي الطفلتين اللتين استشهدتا في القصف.", 2),
        # an occupation noun is one victim
        ("وقتل موظف في البلدية وأصيب اثنان آخران في الانفجار.", 1),
    ],
)
def test_events_tolls_round12_cues(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


def test_events_tolls_one_as_an_adjective_is_no_count() -> None:
    # واحدة after a noun (one family) is no count of its own before مصرعهم
    assert fatalities_of_text("لقي 6 أفراد من أسرة واحدة مصرعهم في الغارة على المزرعة.") == 6
