"""Which count belongs to which verb, and who did it to whom, read from the incident's own
clause (issue 16). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a count after another verb on people is that verb's object, not a death
        ("نصب مسلحون كمينا لدورية فقتلوا جنديا وأصابوا خمسة آخرين قرب القرية.", 1),
        ("هاجم مسلحون مركزا للشرطة فقتلوا ثلاثة من عناصره واختطفوا اثنين آخرين.", 3),
        ("أسفرت الاشتباكات عن مقتل سبعة من المسلحين واعتقال أربعة.", 7),
        ("قتلت عناصر التنظيم مزارعا وأسرت ستة من أبنائه.", 1),
        # ... unless it is joined to the death verb: both verbs share the count
        ("وردت الحامية على المهاجمين فقتلت واحتجزت العشرات منهم قرب السور.", 10),
        # a side's own losses after a loss verb
        ("وأقر بيان للفصيل بأنه فقد، خلال يومين من القتال العنيف، خمسة من أفراده.", 5),
        ("وفقد التنظيم في الهجوم تسعة من مقاتليه.", 9),
        ("وفقدت فرق الإنقاذ الاتصال بثلاثة صيادين قبالة الساحل.", None),
        # a number word with the article after a definite plural noun
        ("وانتشل رجال الإنقاذ جثث الركاب الخمسة من الحافلة المحترقة.", 5),
        ("قتل الجنود الثلاثة في الكمين.", 3),
        ("قتل شخصان في هجوم مسلح يوم الاثنين.", 2),
        # number words: واحد after a singular noun is that one, not one more; a construct dual hundred
        ("وقتل جندي واحد في تبادل لإطلاق النار عند الحدود.", 1),
        ("وقتل ألف ومئتا مقاتل في معركة استعادة المدينة بحسب تقديرات أولية.", 1200),
        # an outcome that names only damage: no one killed
        ("أسفر القصف عن تدمير مبنى البلدية وتضرر عدد من المحلات.", 0),
        ("سقطت قذيفة على منزل مما أدى إلى احتراق سيارتين.", 0),
        ("أسفر القصف عن تدمير مبنى ومقتل ثلاثة من سكانه.", 3),
    ],
)
def test_events_numbers_count_belongs_to_its_verb(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


def _actors(text: str, published: str = "2015-07-21") -> list[tuple[str, str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's adjective names it, as the doer of the act it qualifies
        ("وقصفت الميليشيات الحوثية بالقذائف بعد ظهر أمس قرية حدودية في منطقة جازان.",
         ("Shelling/artillery/missile attack", "Houthi Movement - Ansar Allah", None)),
        ("وسقط ثلاثة مدنيين قتلى بقصف حوثي استهدف سوقا شعبيا في مدينة تعز.",
         ("Shelling/artillery/missile attack", "Houthi Movement - Ansar Allah", "Civilians (Yemen)")),
        # the noun of a count told dead after it suffers the event
        ("ولقي ستة حوثيين حتفهم مساء أمس حين انفجرت عبوة ناسفة بسيارتهم في مدينة ذمار.",
         ("Remote explosive/landmine/IED", "Unidentified Armed Group (Yemen)", "Houthi Movement - Ansar Allah")),
        # the victims of a death noun's dual
        ("ونقلت سيارات الإسعاف جثتي جنديين سقطا برصاص قناص قرب مدينة ماردين أمس.",
         ("Armed clash", "Unidentified Armed Group (Turkey)", "Military Forces of Turkey")),
        # a force inside the subject of a passive death verb after أن
        ("ذكرت إذاعة محلية أن عقيدا متقاعدا في الجيش البوروندي، وهو شقيق وزير سابق، قتل ليلة أمس بقذيفة "
         "صاروخية أطلقت على منزله في بوجمبورا.",
         ("Shelling/artillery/missile attack", "Unidentified Armed Group (Burundi)", "Military Forces of Burundi")),
        # a generic force word belonging to a named group is that group
        ("وقصفت طائرات حربية تابعة للتحالف العربي مخازن ذخيرة في مدينة ذمار أمس.",
         ("Air/drone strike", "Military Forces of Saudi Arabia", "Houthi Movement - Ansar Allah")),
        # Yemen's insurgents are the Houthis; only the coalition flies there
        ("وأكد سكان أن غارات جوية ليلية على مخزن سلاح قرب مدينة عدن قتلت عددا من المتمردين.",
         ("Air/drone strike", "Military Forces of Saudi Arabia", "Houthi Movement - Ansar Allah")),
    ],
)
def test_events_voice_actors_from_the_clause(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a coordinated trigger verb shares the subject of the verb before it
        ("اقتحمت وحدة من جيش الاحتلال قرية قريوت جنوب نابلس عند الفجر، وقتلت راعيا بعد ملاحقته في الحقول.",
         "Military Forces of Israel"),
        # an affiliation "close to" a group does not make that group the doer
        ("وأعلنت حركة الشبيبة الوطنية الثورية، وهي المنظمة الشبابية المقربة من حزب العمال الكردستاني، "
         "أنها قتلت تاجرا في مدينة ديار بكر ليلة أمس.", "YDG-H: Patriotic Revolutionary Youth Movement"),
    ],
)
def test_events_voice_doer(text: str, actor1: str) -> None:
    assert actor1 in [a1 for _sub, a1, _a2 in _actors(text)]


def test_events_voice_attack_victims_are_civilians() -> None:
    got = _actors("وقتل مسلحون مجهولون مزارعا في قرية قرب مدينة بعقوبة مساء أمس.")
    assert ("Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)") in got


@pytest.mark.parametrize(
    "text",
    [
        "وأغارت طائرات حربية على مخبز في بلدة كفرنبل التي يسيطر عليها جيش الفتح، ما أدى إلى مقتل ستة مدنيين.",
        "وقصفت قوات النظام بالمدفعية مدينة سراقب التي تسيطر عليها فصائل المعارضة، ما أدى إلى مقتل أربعة مدنيين.",
    ],
)
def test_events_voice_who_holds_the_place_is_no_side(text: str) -> None:
    sides = {a for _sub, a1, a2 in _actors(text) for a in (a1, a2)}
    assert any(a and a.startswith("Civilians") for a in sides)
    assert not sides & {"Jaish al Fateh", "Opposition Rebels (Syria)"}


def test_events_voice_attack_noun_names_its_doer_after_li() -> None:
    # the doer of the attack is named after هجوم with ل, whoever the verb's subject is
    text = ("وتصدى حرس الحدود مساء أمس لهجوم واسع للمتمردين الحوثيين على مركز مراقبة في منطقة نجران "
            "السعودية.")
    got = _actors(text)
    assert any(a1 == "Houthi Movement - Ansar Allah" for _sub, a1, _a2 in got), got


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # المقاومة said alone is Yemen's Popular Resistance in Yemen only
        ("وذكر شهود أن المقاومة استهدفت بالمدفعية مخزنا للسلاح قرب مدينة تعز أمس.",
         "Popular Resistance"),
        ("وقصفت المقاومة مواقع لجيش الاحتلال قرب مدينة خان يونس أمس.", "Unidentified Armed Group (Palestine)"),
    ],
)
def test_events_voice_resistance_is_local(text: str, actor1: str) -> None:
    assert actor1 in [a1 for _sub, a1, _a2 in _actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واعتقلت قوات الاحتلال الإسرائيلي فجر اليوم ستة فلسطينيين من مدينة الخليل جنوب الضفة الغربية.",
         ("Arrests", "Military Forces of Israel", "Civilians (Palestine)")),
        ("وقتل ثلاثة عراقيين في انفجار سيارة مفخخة في سوق بمدينة كركوك أمس.",
         ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")),
    ],
)
def test_events_voice_people_counted_by_nationality_are_civilians(
        text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force qualified by a people is that people's force in the event's country
        ("وبسطت القوات الكردية سيطرتها على أحياء في مدينة القامشلي أمس بعد طرد مسلحي تنظيم داعش منها.",
         ("Non-state actor overtakes territory", "YPG: People's Protection Units", "Islamic State")),
        # ... and the owner of what is struck, past an adjective, suffers it
        ("واستهدفت سيارة ملغومة أمس حاجزا عسكريا لمقاتلين أكراد شرق مدينة القامشلي.",
         ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", "YPG: People's Protection Units")),
    ],
)
def test_events_voice_forces_of_a_people(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


def test_events_voice_speakers_body_is_no_side() -> None:
    # the body a speaker belongs to is the source of the report, not the bomb's target
    got = _actors("وقال ضابط كبير في الشرطة إن انتحاريا فجر نفسه وسط سوق شعبي في مدينة كركوك أمس.")
    assert got and all(a2 is None or not a2.startswith("Police") for _sub, _a1, a2 in got)


def test_events_voice_sides_of_another_incident_in_the_sentence() -> None:
    # the group named after فيما belongs to another matter; the bombing's victims are the civilians
    # (in Somalia: around Lake Chad an unclaimed suicide bombing is Boko Haram's by the country table)
    got = _actors("ولقي خمسة مدنيين حتفهم حين فجر انتحاري حزامه الناسف قرب سوق شعبي في العاصمة مقديشو أمس، "
                  "فيما تواصل القوات الحكومية ملاحقة عناصر حركة الشباب في منطقة جوبا السفلى.")
    assert ("Suicide bomb", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)") in got


def test_events_voice_speakers_body_fights_its_battle() -> None:
    # a clash told by a source in the government forces: those forces are its other side
    got = _actors("وقال مصدر عسكري في القوات الحكومية إن مواجهات عنيفة اندلعت ليل أمس مع مسلحي الحوثي "
                  "في مديرية حريب بمحافظة مأرب.")
    assert any({a1, a2} == {"Military Forces of Yemen", "Houthi Movement - Ansar Allah"} for _s, a1, a2 in got), got
