"""Tolls (issue 16): counts of the dead and wounded together, wounded nouns with the article,
one victim and a count joined to it, named victims listed, counts restated in words, and two
incidents' own tolls kept apart when merging.
Sentences and candidates written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.numbers import parse_counts
from rasd.stages.events.tolls import fatalities_of_text, fatalities_of_words


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the dead and the wounded counted together: how many died is not told
        ("وأسفرت المواجهات عن سقوط عشرات المسلحين بين قتيل وجريح.", None),
        ("سقط خمسة عشر شخصا ما بين قتيل ومصاب في انفجار السوق.", None),
        ("سقط عشرات من عناصر الفصيل ومن المسلحين الموالين له بين قتيل وجريح قرب الجسر.", None),
        ("خلف القصف عشرات القتلى والجرحى في الحي.", None),
        ("أدى القصف إلى سقوط قتلى وجرحى.", None),
        # ... while a count of the dead told beside it stays
        ("قتل أربعة مدنيين وسقط العشرات بين قتيل وجريح في القصف.", 4),
        ("قتل ستة أشخاص وأصيب عشرات آخرون.", 6),
        # a wound noun with the article says what the count before it counts
        ("خلفت المواجهات في يومين 19 قتيلا وعشرات الجرحى.", 19),
        ("وخلف الانفجار سبعة قتلى وعشرات المصابين.", 7),
        ("وأصيب خمسة بجروح في الحادث.", 0),
        # one victim, with one qualifying word, and a count joined to it by و
        ("قتل قائد ميداني وأحد مرافقيه في كمين على الطريق.", 1),
        ("قتل قائد ميداني وأحد المرافقين في كمين على الطريق.", 2),
        ("قتل ضابط كبير وثلاثة جنود في الهجوم.", 4),
        ("قتل ضابط في الشرطة وثلاثة جنود في الهجوم.", 3),
        ("قتل جندي واحد في الاشتباك.", 1),
        # a dual and the number word that stresses it are one count
        ("وتبنى الفصيل مقتل جنديين اثنين عند البوابة.", 2),
        ("قتل عاملان اثنان في الانفجار.", 2),
        # an execution is a death; one victim named by a singular noun
        ("وأقدم مسلحو التنظيم على إعدام أربعة رهائن في الساحة.", 4),
        ("أقدم مسلحون على إعدام محام أمام منزله.", 1),
        # a casualty verb joined by و after a count starts another clause (the wounded)
        ("قتل حارسان اثنان وأصيب ثلاثة آخرون.", 2),
        ("قتل شرطي وأصيب خمسة مدنيين.", 1),
        # a death cue in one clause does not take the count of the next
        ("وأسفرت العملية عن قتل 12 مسلحا، وتدمير عربتين وقتل من فيهما، وتفكيك 5 عبوات.", 12),
    ],
)
def test_events_tolls_counts(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


def _loc(text: str, name: str, lat: float, lon: float, precision: int = 1) -> Location:
    return Location(text=text, name=name, country="NG", admin1=None, lat=lat, lon=lon, precision=precision)


_TOWN_A = _loc("مدينة أ", "Town A", 11.8, 13.1)
_TOWN_B = _loc("ولاية ب", "Province B", 10.3, 11.2, precision=3)
_NEAR_A = _loc("جبل ج", "Mount C", 11.85, 13.15, precision=2)  # about 8 km from town A


def _cand(start: int, fatalities: int | None, loc: Location, *, weak: bool = False, fallback: bool = False,
          event_type: str = "Violence against civilians", sub: str = "Attack", reference: bool = False) -> Candidate:
    return Candidate(event_type, sub, "2023-03-02", 1, loc, fallback, None, None, fatalities,
                     start, start + 50, 0.8, weak, reference, ((start, start + 50),),
                     sentences=((start, start + 50),))


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # another place named, another toll of its own: another incident
        (_cand(100, 8, _TOWN_B, weak=True), 2),
        # the same toll told again: the same event
        (_cand(100, 13, _TOWN_B, weak=True), 1),
        # no toll of its own: a follow-up of the event
        (_cand(100, None, _TOWN_B, weak=True), 1),
        # another figure for the same place (a witness, a hospital): the same event
        (_cand(100, 15, _TOWN_A, weak=True), 1),
        # another figure from a casualty-only sentence at a place near the event: the same event ...
        (_cand(100, 15, _NEAR_A, weak=True), 1),
        # ... but a full report of an incident there with a toll of its own is another one
        (_cand(100, 15, _NEAR_A), 2),
        # a figure with no place named (the dateline stands in): the same event
        (_cand(100, 15, _TOWN_B, weak=True, fallback=True), 1),
        # a reaction's figure refers to the event
        (_cand(100, 15, _TOWN_B, reference=True), 1),
    ],
)
def test_events_tolls_merge_keeps_tolls_of_other_places_apart(second: Candidate, events: int) -> None:
    first = _cand(0, 13, _TOWN_A)
    out = merge_candidates([first, second])
    assert len(out) == events
    assert out[0].fatalities == 13


def test_events_tolls_merge_apart_only_for_violence() -> None:
    # two demonstrations' tolls: not this rule's (a protest's deaths told town by town stay as they were)
    first = replace(_cand(0, 2, _TOWN_A), event_type="Protests", sub_event_type="Excessive force against protesters")
    second = replace(_cand(100, 1, _TOWN_B), event_type="Protests", sub_event_type="Excessive force against protesters")
    assert len(merge_candidates([first, second])) == 1


def test_events_tolls_merge_prefers_the_event_of_its_own_sub_type() -> None:
    # a takeover, a clash told apart, then a clash's toll with no day of its own: the clash's
    takeover = replace(_cand(0, None, _TOWN_A), event_type="Battles", sub_event_type="Non-state actor overtakes territory")
    clash = replace(_cand(100, None, _TOWN_A), event_type="Battles", sub_event_type="Armed clash")
    toll = replace(_cand(200, 15, _TOWN_A), event_type="Battles", sub_event_type="Armed clash", time_precision=2)
    out = merge_candidates([takeover, clash, toll])
    assert [(c.sub_event_type, c.fatalities) for c in out] == [
        ("Non-state actor overtakes territory", None), ("Armed clash", 15)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a day of the month is no count (a number, من and a month)
        ("أكدت الوزارة أن زعيم الخلية قتل في الـ12 من يونيو بغارة قرب الحدود.", None),
        ("قتل القائد الميداني في 14 من الشهر الجاري بقصف مدفعي.", None),
        ("قتل 14 من المسلحين في الاشتباك.", 14),
        # both sides' dead listed in one phrase are summed
        ("أدت المواجهات في المدينة إلى مقتل نحو 20 من المتمردين، وستة من القوات الحكومية.", 26),
        ("قتل تسعة مسلحين، وثلاثة جنود في الاشتباك.", 12),
        # ... but not another incident's dead, nor the wounded told after a comma
        ("قتل خمسة جنود في الهجوم، وثلاثة مدنيين في قصف آخر على القرية.", 5),
        ("قتل خمسة جنود، وأصيب ثلاثة آخرون.", 5),
        ("قتل خمسة من الجنود، واعتقل ثلاثة من المهاجمين.", 5),
        # a body found is one death
        ("عثرت الشرطة صباح اليوم على جثة الطفل في مزرعة مهجورة.", 1),
        ("عثر الأهالي على 4 جثث في الوادي.", 4),
        # the doer's own death told after the victims' count is counted too
        ("قتل المسلح أربعة من رواد المقهى قبل أن يقتل برصاص الشرطة.", 5),
        ("أطلق موظف النار على زملائه فقتل ثلاثة منهم ثم انتحر.", 4),
        ("قتل ثلاثة جنود قبل أن يلوذ المهاجمون بالفرار.", 3),
    ],
)
def test_events_tolls_dates_sides_and_bodies(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "person", "named", "unnamed"),
    [
        # a person named after a death noun, or the subject after أن of a death verb: one death
        ("أفاد الجيش بمقتل خالد العمري في الغارة.", 3, 1, None),
        ("قال المتحدث إن خالد العمري، قتل في الغارة قرب الحدود.", 3, 1, None),
        # after an active verb the name is the killer
        ("قتل خالد العمري زوجته في منزلهما.", 1, None, None),
        # a count joined to the name adds to it; a count with the name among them is the toll
        ("أفاد الجيش بمقتل خالد العمري وثلاثة من مرافقيه في الغارة.", 3, 4, 3),
        ("أعلنت الشرطة مقتل خمسة أشخاص بينهم خالد العمري.", 7, 5, 5),
    ],
)
def test_events_tolls_named_victim_is_one_death(sentence: str, person: int, named: int | None,
                                                unnamed: int | None) -> None:
    assert fatalities_of_words(words_of(sentence), frozenset({person}))[0] == named
    assert fatalities_of_words(words_of(sentence))[0] == unnamed


def test_events_tolls_named_victim_in_an_article() -> None:
    doc = analyze_text("أعلن الجيش الأمريكي أمس مقتل خالد العمري القيادي في تنظيم القاعدة بغارة جوية "
                       "قرب مدينة إدلب في سوريا.", published="2015-07-22")
    assert [e.fatalities for e in doc.events] == [1]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # titles and names listed before a plural death verb: one death each
        ("أعلنت القيادة أسماء الجنود وهم الرقيب أول سالم محمد الكعبي، والرقيب أول حمد علي الظاهري، "
         "والعريف أحمد خليفة المنصوري، الذين قتلوا أمس في الاشتباكات.", 3),
        ("وكان العريف ناصر سعيد الغامدي والجندي أول فهد علي القحطاني قد استشهدوا في قصف على الموقع.", 2),
        ("يذكر أن العريف سالم الشهري، والجندي أول ماجد العتيبي، وزميلهما الجندي أول فهد البقمي، "
         "من منسوبي حرس الحدود بمركز الخوبة، «استشهدوا» الجمعة الماضية.", 3),
        # ... or right after a death noun
        ("ونتج عن ذلك استشهاد الرقيب سعد علي الحربي، والجندي أول فهد محمد الزهراني، والجندي خالد سالم "
         "العنزي، كما أصيب أربعة آخرون.", 3),
        # a plural noun before the verb is its subject
        ("أشاد العقيد أحمد الزهراني والرائد محمد القرني بالجنود الذين قتلوا في المعركة.", None),
        # the list ends at another casualty word: the wounded officer is not dead
        ("أعلنت الشرطة استشهاد الجندي سعد الحربي وإصابة الضابط فهد القحطاني في الهجوم.", 1),
        # a definite victim after a death noun or استشهد is one death; after قتل it may be the killer
        ("أعلنت القيادة استشهاد الجندي أول سعد مبارك الدوسري متأثرا بإصابته بمقذوف.", 1),
        ("استشهد الجندي أول ماجد سعيد العتيبي في قصف استهدف موقعه.", 1),
        ("أفاد مصدر أمني بمقتل الضابط في كمين على الطريق.", 1),
        ("وقتل المسلح الجندي قبل أن يلوذ بالفرار.", None),
        # a singular subject after time words
        ("وقتل امس الأحد جندي عراقي وأصيب ثلاثة آخرون في هجوم بقذائف الهاون.", 1),
        # one victim and his companions after مع
        ("وقالت الوزارة إن قياديا بارزا في الحركة قتل مع اثنين من مرافقيه في غارة جوية.", 3),
        ("وأفاد المصدر أن قائدا ميدانيا من الجماعة قتل مع مقاتلين اثنين آخرين بقصف جوي.", 3),
        ("قتل خمسة جنود مع اثنين من المدنيين في الهجوم.", 7),
        # a titled victim's name before a count joined to it
        ("وتابع المصدر أن القصف المدفعي أسفر عن مقتل القائد أبو خالد الشامي وأربعة من مرافقيه.", 5),
        # a count in brackets told again in words is one count
        ("وأسفر التفجير عن استشهاد (15) خمسة عشر مصليا وإصابة (33) آخرين.", 15),
        ("أسفر الانفجار عن مقتل خمسة (5) أشخاص وإصابة عشرة.", 5),
        ("قتل 7 (سبعة) أشخاص في الانفجار.", 7),
        # a superlative's period is not the count's (the year's worst attack is one attack)
        ("وسقط عشرات القتلى في تفجير السوق، وهو الأعنف منذ مطلع السنة في المحافظة.", 10),
        ("قتل 130 شخصا في المحافظة خلال العام الجاري.", None),
    ],
)
def test_events_tolls_lists_restated_counts_and_single_victims(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "names", "count"),
    [
        ("وقالت الشرطة إن الشاب محمد علي وشقيقه أحمد علي قتلوا برصاص مجهولين.", ("محمد", "احمد"), 2),
        # a title after a comma alone describes the name before it
        ("أفاد الجيش بمقتل سالم الحربي، القيادي البارز في الجماعة، في غارة جوية.", ("سالم",), 1),
    ],
)
def test_events_tolls_named_list_with_persons(sentence: str, names: tuple[str, ...], count: int) -> None:
    words = words_of(sentence)
    persons = frozenset(i for i, w in enumerate(words) if w.key in names)
    assert fatalities_of_words(words, persons)[0] == count


def test_events_tolls_restated_count_is_one_count() -> None:
    assert [c.value for c in parse_counts(words_of("استشهاد (15) خمسة عشر مصليا وإصابة (33) آخرين"))] == [15, 33]
    assert [c.value for c in parse_counts(words_of("مقتل (4) وإصابة خمسة"))] == [4, 5]


_TITLES = ("العريف", "الرقيب", "الجندي أول", "النقيب", "الملازم")
_NAMES = ("سالم علي الشهري", "فهد محمد العتيبي", "ماجد سعد الحربي", "خالد ناصر القحطاني")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TITLES), st.sampled_from(_NAMES)), min_size=2, max_size=6),
       st.booleans())
def test_events_tolls_every_listed_name_counts_once(people: list[tuple[str, str]], commas: bool) -> None:
    items = [f"{title} {name}" for title, name in people]
    joiner = "، و" if commas else " و"
    sentence = f"أعلنت القيادة أن {joiner.join(items)} استشهدوا أمس في قصف على الموقع."
    assert fatalities_of_text(sentence) == len(people)
