"""Which side is which where the report leaves it to ACLED's conventions: the other side of a
country's main war, a group's branch in a country, supporters and faced forces in a protest,
factions of the forces that rebel, and forces named twice (issue 16). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.sides import main_doer, main_enemy, sole_doer, state_side_first


def _actors(text: str, published: str = "2015-07-25") -> list[tuple[str, str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


HOUTHIS = "Houthi Movement - Ansar Allah"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state side's ground taken back, no opponent named: the other side's main force
        ("واستعادت قوات الجيش اليمني أمس السيطرة على مديرية لودر في محافظة أبين.",
         ("Government regains territory", "Military Forces of Yemen", HOUTHIS)),
        ("وأعلنت القوات العراقية أمس استعادة السيطرة على قرية قرب مدينة بيجي.",
         ("Government regains territory", "Military Forces of Iraq", "Islamic State")),
        # ... but an ally the clause shows hit stays (friendly fire)
        ("وقتلت غارة أميركية أمس خمسة جنود أفغان عند حاجز في ولاية لوغار.",
         ("Air/drone strike", "Military Forces of the United States", "Military Forces of Afghanistan")),
        # no main war coded for Syria: the regime's strike keeps its unnamed target
        ("وشن الطيران الحربي التابع للنظام أمس غارات على بلدة سراقب في ريف إدلب.",
         ("Air/drone strike", "Military Forces of Syria", None)),
        # the state's forces lead a militia joined to them, past the name of whom they serve
        ("وتقدمت وحدات الجيش التابعة للرئيس عبد ربه منصور هادي صباحا ومعها مسلحو المقاومة واستعادت السيطرة "
         "على بلدة في محافظة لحج.",
         ("Government regains territory", "Military Forces of Yemen", HOUTHIS)),
        # Saleh's forces are Yemen's forces that rebel, the Houthis' allies
        ("واستعادت القوات الموالية لهادي أمس السيطرة على معسكر العند بعد معارك مع القوات الموالية لصالح "
         "في محافظة لحج.",
         ("Government regains territory", "Military Forces of Yemen", "Military Forces of Yemen Saleh faction")),
        ("وقصف الحوثيون وقوات صالح أمس أحياء في مدينة تعز.",
         ("Shelling/artillery/missile attack", HOUTHIS, None)),
        # the rebels' word names one side in a country (the resistance fights for the government: its
        # takings are the government regaining ground, ACLED's rule since 0.14.0)
        ("وسيطر الثوار أمس على مدينة لودر بمحافظة أبين.",
         ("Government regains territory", "Popular Resistance", HOUTHIS)),
        ("ودارت أمس اشتباكات بين فيلق الشام وقوات النظام في ريف حماة.",
         ("Armed clash", "Faylaq al Sham", "Military Forces of Syria")),
    ],
)
def test_events_sides_main_war(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's branch in a country
        ("وهاجم مسلحون من تنظيم القاعدة أمس نقطة عسكرية في مدينة المكلا.",
         ("Armed clash", "AQAP: Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen")),
        # (a branch of one province: the Islamic State in North Sinai, tests/test_events_actors_naming.py)
        ("وانفجرت أمس عبوة ناسفة زرعها تنظيم الدولة الإسلامية بمدرعة للجيش في مدينة العريش.",
         ("Remote explosive/landmine/IED", "Islamic State - Sinai Province", "Military Forces of Egypt")),
        # a military target names the forces that suffer the attack
        ("وأوضح مصدر أمني أن هجوما بسيارتين مفخختين استهدف أمس نقطة عسكرية في محافظة حضرموت.",
         ("Remote explosive/landmine/IED", "Unidentified Armed Group (Yemen)", "Military Forces of Yemen")),
        # the side whose casualties a plural casualty noun tells suffers the act (not its doer)
        ("وأفادت مصادر أن قصفا مدفعيا استهدف أمس بلدة كفرنبل بريف إدلب، وسقط قتلى وجرحى من عناصر جبهة النصرة.",
         ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Jabhat al Nusra")),
        ("وأفادت مصادر أن قصفا مدفعيا عنيفا استهدف أمس بلدة بنش في ريف إدلب وأوقع قتلى في صفوف حركة أحرار الشام.",
         ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Ahrar al Sham")),
        # the members of a group own what is struck
        ("وانفجرت عبوة ناسفة أمس لدى مرور رتل لمسلحي داعش قرب مدينة الموصل.",
         ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Islamic State")),
    ],
)
def test_events_sides_naming_by_country(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


def test_events_sides_local_name_after_lil() -> None:
    # الجيش الوطني is Syria's National Army only in Syria, also written للجيش الوطني
    found = _actors("وتعرضت أمس دورية للجيش الوطني الشعبي لإطلاق نار في ولاية تيبازة.")
    assert found
    assert all("Syrian National Army" not in (a1, a2) for _, a1, a2 in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose supporters riot is not whom they face
        ("ورشق عشرات من أنصار حركة حماس الجنود الإسرائيليين بالحجارة في مدينة نابلس أمس.",
         ("Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel")),
        # a peaceful protest is the protesters' alone
        ("وتظاهر مئات الطلاب أمس أمام مبنى البرلمان في عمان احتجاجا على ممارسات المستوطنين.",
         ("Peaceful protest", "Protesters (Jordan)", None)),
        # an intervention whose doer is unnamed: the police
        ("واعتقل أمس عشرات المعلمين خلال قمع مظاهرة في طهران.",
         ("Protest with intervention", "Protesters (Iran)", "Police Forces of Iran")),
        # ... but a mob's victims stay whom it attacked
        ("وهاجم حشد غاضب أمس منازل عائلة في قرية بمحافظة المنيا وأحرقوها فيما وصلت قوات الأمن بعد ساعات.",
         ("Mob violence", "Rioters (Egypt)", "Civilians (Egypt)")),
        # a force named again without its nationality is the one named with it
        ("وقالت الشرطة الإسرائيلية إن شبانا ملثمين رشقوا الحجارة باتجاه قوات الشرطة في القدس أمس.",
         ("Violent demonstration", "Rioters (Palestine)", "Police Forces of Israel")),
    ],
)
def test_events_sides_protests(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("actor1", "actor2", "sub", "country", "hit", "expected"),
    [
        ("Military Forces of Yemen", None, "Armed clash", "YE", False, HOUTHIS),
        ("Popular Resistance", "Military Forces of Saudi Arabia", "Government regains territory", "YE", False, HOUTHIS),
        ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", "Air/drone strike", "NG", False,
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        # named opponents, civilians and other kinds of event stay
        ("Military Forces of Yemen", "AQAP: Al Qaeda in the Arabian Peninsula", "Armed clash", "YE", False,
         "AQAP: Al Qaeda in the Arabian Peninsula"),
        ("Military Forces of Saudi Arabia", "Civilians (Yemen)", "Air/drone strike", "YE", False, "Civilians (Yemen)"),
        ("Military Forces of Yemen", None, "Arrests", "YE", False, None),
        ("Military Forces of Yemen", None, "Armed clash", "EG", False, None),
        # an ally shown hit; the rebel side's allies are no opponents
        ("Military Forces of the United States", "Military Forces of Afghanistan", "Air/drone strike", "AF", True,
         "Military Forces of Afghanistan"),
        (HOUTHIS, "Military Forces of Yemen Saleh faction", "Armed clash", "YE", False, None),
        # the rebel side fighting on the ground, its opponent unnamed: others_opponent (not its strikes)
        ("Military Forces of Yemen Saleh faction", None, "Armed clash", "YE", False, "Popular Resistance"),
        (HOUTHIS, "Unidentified Armed Group (Yemen)", "Non-state actor overtakes territory", "YE", False,
         "Popular Resistance"),
        (HOUTHIS, None, "Shelling/artillery/missile attack", "YE", False, None),
    ],
)
def test_events_sides_main_enemy_table(actor1: str, actor2: str | None, sub: str, country: str, hit: bool,
                                       expected: str | None) -> None:
    assert main_enemy(actor1, actor2, sub, country, hit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Houthis fighting on the ground, whom they fight unnamed: the Popular Resistance
        ("وتحدثت مصادر محلية عن اشتباكات عنيفة خاضها الحوثيون فجر اليوم في مديرية صرواح بمحافظة مأرب.",
         ("Armed clash", HOUTHIS, "Popular Resistance")),
        # ... not their shelling, whose unnamed victims are not a side of the war
        ("وقصف الحوثيون أمس أحياء سكنية في مدينة تعز مما أدى إلى مقتل ثلاثة مدنيين.",
         ("Shelling/artillery/missile attack", HOUTHIS, "Civilians (Yemen)")),
    ],
)
def test_events_sides_houthis_unnamed_opponent(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only the side that lost men is named in a ground fight: the main force facing it
        ("وفي محافظة شبوة أعلن مصدر عسكري أمس مقتل ستة متمردين في كمين قرب مدينة عتق.",
         ("Armed clash", "Popular Resistance", HOUTHIS)),
        ("ولقي عدد من عناصر تنظيم داعش مصرعهم أمس في اشتباكات شرق مدينة الرمادي.",
         ("Armed clash", "Military Forces of Iraq", "Islamic State")),
    ],
)
def test_events_sides_main_doer(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("actor1", "actor2", "sub", "country", "expected"),
    [
        (None, HOUTHIS, "Armed clash", "YE", "Popular Resistance"),
        (None, "Military Forces of Yemen Saleh faction", "Armed clash", "YE", "Popular Resistance"),
        (None, "Military Forces of Yemen", "Armed clash", "YE", HOUTHIS),
        (None, "Islamic State", "Armed clash", "IQ", "Military Forces of Iraq"),
        (None, "Military Forces of Afghanistan", "Non-state actor overtakes territory", "AF", "Taliban"),
        # a doer named stays; a strike from afar, a country with no main war coded: nothing added
        ("Unidentified Armed Group (Yemen)", HOUTHIS, "Armed clash", "YE", "Unidentified Armed Group (Yemen)"),
        (None, HOUTHIS, "Shelling/artillery/missile attack", "YE", None),
        (None, "Military Forces of Syria", "Armed clash", "SY", None),
        # a state's side does not lose ground it takes back
        (None, "Military Forces of Yemen", "Government regains territory", "YE", None),
    ],
)
def test_events_sides_main_doer_table(actor1: str | None, actor2: str, sub: str, country: str,
                                      expected: str | None) -> None:
    assert main_doer(actor1, actor2, sub, country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group a place is taken from loses it: it is not the doer
        ("وبدأت القوات الأمنية أمس عملية عسكرية لتطهير مدينة الفلوجة من سيطرة مسلحي تنظيم داعش.",
         ("Military Forces of Iraq", "Islamic State")),
        ("وتمكنت القطعات العسكرية أمس من تحرير منطقة البوفراج شمال الرمادي من عناصر داعش.",
         ("Military Forces of Iraq", "Islamic State")),
    ],
)
def test_events_sides_place_taken_from(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in [(a1, a2) for _sub, a1, a2 in _actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of one country: its bare name there (the Philippines take "the" in ACLED's names)
        ("وقتل جنديان في هجوم شنته جماعة أبو سياف أمس في جزيرة جولو جنوبي الفلبين.",
         ("Abu Sayyaf Group", "Military Forces of the Philippines")),
    ],
)
def test_events_sides_group_of_one_country(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in [(a1, a2) for _sub, a1, a2 in _actors(text)]


def test_events_sides_group_name_elsewhere() -> None:
    # the same words name a man elsewhere (an Islamic State official killed in Syria)
    actors = _actors("وقتل القيادي في تنظيم داعش أبو سياف أمس في غارة أميركية شرق سوريا.")
    assert all("Abu Sayyaf Group" not in (a1, a2) for _sub, a1, a2 in actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed suicide bomber where one group alone sends them (Boko Haram around Lake Chad)
        ("وقتل تسعة أشخاص عندما فجرت انتحارية نفسها صباح اليوم في سوق مزدحم بمدينة مايدوغوري.",
         ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)")),
    ],
)
def test_events_sides_suicide_bomber(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in [(a1, a2) for sub, a1, a2 in _actors(text) if sub == "Suicide bomb"]


@pytest.mark.parametrize(
    ("actor1", "sub", "country", "expected"),
    [
        (None, "Suicide bomb", "CM", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("Unidentified Armed Group (Nigeria)", "Suicide bomb", "NG",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        # a doer named stays; another weapon, or a country where bombers go unclaimed: unchanged
        ("Islamic State", "Suicide bomb", "NG", "Islamic State"),
        (None, "Remote explosive/landmine/IED", "NG", None),
        ("Unidentified Armed Group (Afghanistan)", "Suicide bomb", "AF", "Unidentified Armed Group (Afghanistan)"),
    ],
)
def test_events_sides_suicide_bomber_table(actor1: str | None, sub: str, country: str, expected: str | None) -> None:
    assert sole_doer(actor1, sub, country) == expected


@pytest.mark.parametrize(
    ("actor1", "sub", "country", "expected"),
    [
        # shells on Saudi soil, their doer unnamed: the side that alone shells it
        (None, "Shelling/artillery/missile attack", "SA", HOUTHIS),
        ("Unidentified Armed Group (Saudi Arabia)", "Shelling/artillery/missile attack", "SA", HOUTHIS),
        # a named doer stays; another act there, or shells elsewhere: unchanged
        ("Military Forces of Saudi Arabia", "Shelling/artillery/missile attack", "SA", "Military Forces of Saudi Arabia"),
        (None, "Armed clash", "SA", None),
        (None, "Shelling/artillery/missile attack", "YE", None),
        (None, "Suicide bomb", "NG", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ],
)
def test_events_sides_sole_doer_table(actor1: str | None, sub: str, country: str, expected: str | None) -> None:
    assert sole_doer(actor1, sub, country) == expected


def test_events_sides_sole_doer_cross_border_shell() -> None:
    text = "وأعلن الدفاع المدني أمس سقوط قذيفة أطلقت من الجانب اليمني على مزرعة في محافظة صامطة بمنطقة جازان دون إصابات."
    assert ("Shelling/artillery/missile attack", HOUTHIS) in [(sub, a1) for sub, a1, _a2 in _actors(text)]


@pytest.mark.parametrize(
    ("pair", "country", "expected"),
    [
        # a clash with no doer told: the state's side of the main war first
        ((HOUTHIS, "Popular Resistance"), "YE", ("Popular Resistance", HOUTHIS)),
        (("Popular Resistance", HOUTHIS), "YE", ("Popular Resistance", HOUTHIS)),
        # a state's forces named bare may be the other side's units: unchanged; so elsewhere
        ((HOUTHIS, "Military Forces of Yemen"), "YE", (HOUTHIS, "Military Forces of Yemen")),
        (("Islamic State", "Popular Resistance"), "SY", ("Islamic State", "Popular Resistance")),
    ],
)
def test_events_sides_state_side_first(pair: tuple[str, str], country: str, expected: tuple[str, str]) -> None:
    assert state_side_first(*pair, country) == expected


def test_events_sides_state_side_first_clash_between() -> None:
    text = "وأفادت مصادر محلية بأن معارك ضارية تدور منذ أمس بين مسلحي الحوثي ورجال المقاومة الشعبية داخل مدينة لودر اليمنية."
    assert ("Armed clash", "Popular Resistance", HOUTHIS) in _actors(text)
