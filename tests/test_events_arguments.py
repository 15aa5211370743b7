"""Each argument of an event from the incident's own clause (issue 16): the day carried from
where the text names it, tolls not summed across incidents nor taken from a period, the
wounded not counted as dead, and ACLED's 0 for events with no death reported. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.tolls import fatalities_in, fatalities_of_text


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None, int | None]]:
    doc = analyze_text(text, published=published)
    return sorted((e.sub_event_type, e.location.name if e.location else None, e.date, e.fatalities)
                  for e in doc.events)


def test_events_arguments_day_carried_from_the_sentence_before() -> None:
    # published on a Tuesday: أمس الاثنين is 2024-06-10; the shelling names no day of its own
    text = ("غارات على ريف إدلب\n\nإدلب - شنت طائرات حربية صباح أمس الاثنين غارات على مدينة أريحا في ريف "
            "إدلب. كما قصفت قوات النظام بالمدفعية الثقيلة أحياء في مدينة سراقب.\n")
    got = _events(text, "2024-06-11")
    assert {(sub, date) for sub, _, date, _ in got} == {
        ("Air/drone strike", "2024-06-10"), ("Shelling/artillery/missile attack", "2024-06-10")}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the article names its news day (أمس) in another paragraph: the undated attack took place then
        ("هجمات في العراق\n\nبغداد - انفجرت سيارة مفخخة مساء أمس في سوق شعبي بمدينة الحلة.\n\n"
         "وفي مدينة كركوك، فجر انتحاري حزامه الناسف وسط تجمع لعناصر الشرطة مما أدى إلى مقتل خمسة منهم.\n",
         "2023-03-14"),
        # no day named anywhere: a daily's edition tells the day before it (the day an ACLED
        # coder gives an undated incident of a daily's report), not the publication date
        ("هجوم في كركوك\n\nكركوك - فجر انتحاري حزامه الناسف وسط تجمع لعناصر الشرطة في مدينة كركوك مما أدى "
         "إلى مقتل خمسة منهم.\n", "2023-03-14"),
    ],
)
def test_events_arguments_undated_event_takes_the_article_news_day(text: str, date: str) -> None:
    got = [e for e in _events(text, "2023-03-15") if e[1] == "Kirkuk"]
    assert [e[2] for e in got] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a campaign going on since a day before the news: its start is not the strikes' day
        ("غارات على الرقة\n\nالرقة - تشن طائرات التحالف غارات يومية على مدينة الرقة منذ الثالث من أغسطس.\n",
         "2015-08-09"),
        # a siege's start told beside the day of the shelling
        ("حصار الزبداني\n\nدمشق - قصفت قوات النظام أمس بلدة الزبداني المحاصرة منذ الرابع من تموز بالبراميل.\n",
         "2015-08-09"),
        # a recent start (since yesterday morning) is the fighting's day, told by the clause itself
        ("معارك حلب\n\nحلب - تدور اشتباكات عنيفة منذ صباح أمس في حي الراشدين بين قوات النظام والمعارضة.\n",
         "2015-08-09"),
    ],
)
def test_events_arguments_period_start_is_not_the_event_day(text: str, date: str) -> None:
    doc = analyze_text(text, published="2015-08-10")
    assert [e.date for e in doc.events] == [date]


def test_events_arguments_undated_arrest_takes_the_day_told_before_it() -> None:
    # an arrest that names no day of its own is dated like any other event: by the day the
    # sentence before it names, not by the publication date
    text = ("اعتقالات بعد تفجير\n\nالموصل - انفجرت عبوة ناسفة أمس على طريق عام في مدينة الموصل.\n"
            "وقالت الشرطة إنها اعتقلت أربعة مشتبه بهم في المدينة.\n")
    got = {sub: (date, fat) for sub, _, date, fat in _events(text, "2023-03-15")}
    assert got["Arrests"] == ("2023-03-14", 0)
    assert got["Remote explosive/landmine/IED"][0] == "2023-03-14"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # only an earlier day is named (a kidnapping on Monday): the undated strikes told in
        # another paragraph are the paper's news of the day before publication, not Monday's
        ("غارات وخطف في العراق\n\nبعقوبة - خطف مسلحون مجهولون الاثنين ثمانية مزارعين في قرية قرب مدينة بعقوبة.\n\n"
         "وفي محافظة الأنبار، قصفت طائرات التحالف الدولي بغارات جوية مقرات يستخدمها داعش في مدينة الرمادي.\n",
         "2023-03-14"),
        # the text names only the publication day: a same-day report
        ("غارات في العراق\n\nقال مسؤول محلي اليوم إن الوضع هادئ في بعقوبة.\n\n"
         "وفي محافظة الأنبار، قصفت طائرات التحالف الدولي بغارات جوية مقرات يستخدمها داعش في مدينة الرمادي.\n",
         "2023-03-15"),
    ],
)
def test_events_arguments_news_day_is_the_day_before_publication(text: str, date: str) -> None:
    got = [e for e in _events(text, "2023-03-15") if e[1] == "Ramadi"]
    assert [e[2] for e in got] == [date]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the count's own noun says what it counts: 27 dead and a hundred wounded, not 127
        ("وجاء الهجوم بعد يومين على التفجير الذي أوقع 27 قتيلا ومئة جريح في المدينة.", 27),
        ("أسفر القصف عن سقوط خمسة جرحى في القرية.", 0),
        # the wounded only: ACLED's 0
        ("أصيب ثلاثة جنود بجروح طفيفة في انفجار لغم أرضي.", 0),
        # a toll over a period is cumulative, not an incident's
        ("قتلت الغارات 2150 مسلحا بينهم عشرات القادة خلال ثمانية أشهر.", None),
        ("وأدت الهجمات على الأسواق إلى مقتل 95 شخصا وإصابة العشرات هذا الشهر.", None),
        ("قتل مئات الجنود في شمال البلاد منذ انقلاب عام 2013.", None),
        ("أعلن الجيش أن 64 مسلحا قتلوا في الفترة بين 3 و17 مارس.", None),
        ("قتل 5 أشخاص خلال هجوم على حاجز للجيش.", 5),
        # one victim: a singular noun just before the verb, or the verb's singular object
        ("وأعلنت الوزارة أن شرطيا قتل بينما كان يحاول تفكيك عبوة ناسفة.", 1),
        ("داهمت القوة منزل المزارع وقتلته بعد إصابته برصاصتين.", 1),
        # one victim named by a singular noun, the wounded apart
        ("استشهد رضيع وأصيب ثلاثة من أفراد عائلته جراء إحراق منزلهم.", 1),
        # both sides' dead of one clash add up
        ("أدى الهجوم إلى مقتل ستة من رجال الشرطة، فيما قتل اثنان من المهاجمين في تبادل لإطلاق النار.", 8),
    ],
)
def test_events_arguments_fatalities(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


def test_events_arguments_two_incidents_across_fiima_keep_their_own_tolls() -> None:
    sentence = "قتل 9 أشخاص في تفجير بمدينة الموصل فيما لقي 14 شخصا مصرعهم في هجوم انتحاري على سوق بغداد."
    words = words_of(sentence)
    second = next(i for i, w in enumerate(words) if w.key == "هجوم")
    assert fatalities_in(words)[0] == 23  # told as one toll without a focus
    assert fatalities_in(words, second)[0] == 14
    assert fatalities_in(words, 1)[0] == 9
    doc = analyze_text("تفجيران\n\n" + sentence + "\n", published="2023-03-15")
    assert sorted((e.location.name if e.location else None, e.fatalities) for e in doc.events
                  if e.event_type == "Explosions/Remote violence") == [("Baghdad", 14), ("Mosul", 9)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("مظاهرة\n\nعمان - تظاهر مئات الأردنيين أمس أمام مقر الحكومة في عمان احتجاجا على رفع الأسعار.\n",
         "Peaceful protest"),
        ("اعتقال\n\nالخليل - اعتقلت قوات الاحتلال الإسرائيلي أمس خمسة شبان من مدينة الخليل.\n", "Arrests"),
        ("خطف\n\nدمشق - خطف مسلحون مجهولون أمس موظفا حكوميا من أمام منزله في مدينة جرمانا.\n",
         "Abduction/forced disappearance"),
    ],
)
def test_events_arguments_nonlethal_event_has_zero_fatalities(text: str, sub: str) -> None:
    got = [(s, fat) for s, _, _, fat in _events(text, "2023-03-15")]
    assert got == [(sub, 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of towns struck on one day: one event per town
        ("غارات\n\nدمشق - شنت طائرات التحالف الدولي أمس غارات جوية على مواقع لتنظيم داعش في الرقة ودير الزور "
         "والميادين.\n", [("Al Mayādīn", None), ("Ar Raqqah", None), ("Deir ez-Zor", None)]),
        # districts listed with their place nouns
        ("غارات\n\nصعدة - شن طيران التحالف أمس غارات على مديرية كتاف ومديرية ساقين في محافظة صعدة.\n",
         [("Kitāf", None), ("Sāqayn", None)]),
        # a toll told for them all is shared out evenly
        ("تفجيرات\n\nبعقوبة - قتل 9 مدنيين في انفجار ثلاث عبوات ناسفة أمس في بعقوبة والمقدادية وبلدروز.\n",
         [("Al Miqdādīyah", 3), ("Baladrūz", 3), ("Baqubah", 3)]),
        # a place in another clause is not a listed one
        ("قصف\n\nحلب - قصفت قوات النظام أمس مدينة حلب، وقالت مصادر في مدينة إدلب إن الوضع هادئ.\n",
         [("Aleppo", None)]),
    ],
)
def test_events_arguments_listed_towns_are_one_event_each(text: str, expected: list[tuple[str, int | None]]) -> None:
    got = _events(text, "2023-03-15")
    assert sorted((place, fat) for _, place, _, fat in got) == expected
    assert {date for _, _, date, _ in got} == {"2023-03-14"}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # ACLED's names: 'the' after 'of' for the United States; coalition strikes in Yemen are Saudi Arabia's
        ("غارة أمريكية\n\nمقديشو - قتل أربعة من مسلحي حركة الشباب أمس في غارة نفذتها طائرة مسيرة أمريكية قرب "
         "مدينة جلب.\n", ("Military Forces of the United States", "Al Shabaab")),
        ("غارات\n\nصنعاء - شن طيران التحالف بقيادة السعودية أمس غارات على مواقع للحوثيين في مدينة صعدة.\n",
         ("Military Forces of Saudi Arabia", "Houthi Movement - Ansar Allah")),
        # Syria's armed opposition under ACLED's name
        ("قصف\n\nحماة - قصفت فصائل المعارضة المسلحة أمس بالصواريخ مواقع لقوات النظام في بلدة محردة بريف حماة.\n",
         ("Opposition Rebels (Syria)", "Military Forces of Syria")),
        # the authorities that arrest are police forces
        ("اعتقالات\n\nالقاهرة - اعتقلت السلطات المصرية أمس عشرة طلاب في مدينة الإسكندرية.\n",
         ("Police Forces of Egypt", "Civilians (Egypt)")),
    ],
)
def test_events_arguments_actor_names_follow_acled(text: str, actors: tuple[str, str | None]) -> None:
    doc = analyze_text(text, published="2023-03-15")
    assert [(e.actor1, e.actor2) for e in doc.events] == [actors]


@pytest.mark.parametrize(
    ("actor", "event_type", "sub", "expected"),
    [
        ("Government of Syria", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria"),
        ("Government of Egypt", "Strategic developments", "Arrests", "Police Forces of Egypt"),
        ("Government of Sudan", "Strategic developments", "Agreement", "Government of Sudan"),
        ("Islamic State", "Battles", "Armed clash", "Islamic State"),
    ],
)
def test_events_arguments_acting_state_is_its_forces(actor: str, event_type: str, sub: str, expected: str) -> None:
    from rasd.stages.events.candidates import _acting_state

    assert _acting_state(actor, event_type, sub) == expected


@pytest.mark.parametrize(
    ("text", "published", "actors"),
    [
        # settlers and the occupation forces are Israel's, whatever the event's country
        ("اعتداء\n\nنابلس - استشهد رضيع فلسطيني أمس جراء إحراق مستوطنين إسرائيليين لمنزل عائلته في قرية دوما قرب "
         "نابلس.\n", "2015-08-01", ("Settlers (Israel)", "Civilians (Palestine)")),
        ("مداهمة\n\nجنين - قتلت قوات الاحتلال فجر أمس شابا فلسطينيا في مخيم جنين.\n", "2015-08-01",
         ("Military Forces of Israel", "Civilians (Palestine)")),
        # soldiers with no nationality in the West Bank are Israel's
        ("مداهمة\n\nنابلس - داهم جنود أمس منزلا في بلدة بيتا جنوب نابلس واعتقلوا ثلاثة شبان.\n", "2015-08-01",
         ("Military Forces of Israel", "Civilians (Palestine)")),
        # الجيش الوطني is Syria's National Army only in Syria
        ("تعز\n\nتعز - سيطر الجيش الوطني أمس على مواقع قرب السجن المركزي في مدينة تعز بعد معارك مع الحوثيين.\n",
         "2015-08-02", ("Military Forces of Yemen", "Houthi Movement - Ansar Allah")),
        ("حلب\n\nحلب - سيطر الجيش الوطني أمس على قرية قرب مدينة الباب بعد معارك مع قوات سوريا الديمقراطية.\n",
         "2020-08-02", ("Syrian National Army", "SDF: Syrian Democratic Forces")),
        # "the coalition's aircraft" are the coalition that fights in the event's country
        ("الرقة\n\nالرقة - نفذ طيران التحالف أمس عددا من الغارات على مواقع لتنظيم داعش في مدينة الرقة.\n",
         "2015-08-02", ("Global Coalition Against Daesh", "Islamic State")),
        ("صعدة\n\nصعدة - شن طيران التحالف أمس غارات على مواقع للحوثيين في مدينة صعدة.\n", "2015-08-02",
         ("Military Forces of Saudi Arabia", "Houthi Movement - Ansar Allah")),
        # the ministry that reports the bombing is its source; the patrol it targeted is the
        # victim, and the unnamed bomber ACLED's unidentified armed group
        ("تفجير\n\nالكويت - أعلنت وزارة الداخلية الكويتية أن انفجارا استهدف، فجر الاثنين، دورية للشرطة قرب منطقة "
         "الجهراء دون أن يسفر عن إصابات.\n", "2015-07-21", ("Police Forces of Kuwait", "Unidentified Armed Group (Kuwait)")),
        # a renamed group keeps the name it had on the day of the event
        ("اشتباكات\n\nإدلب - قتل خمسة من عناصر جبهة النصرة أمس في اشتباكات مع قوات النظام في بلدة سراقب.\n",
         "2015-08-01", ("Jabhat al Nusra", "Military Forces of Syria")),
        ("اشتباكات\n\nإدلب - قتل خمسة من عناصر جبهة النصرة أمس في اشتباكات مع قوات النظام في بلدة سراقب.\n",
         "2016-10-01", ("Jabhat Fateh al Sham", "Military Forces of Syria")),
    ],
)
def test_events_arguments_actors_of_the_place_and_time(text: str, published: str, actors: tuple[str, str]) -> None:
    doc = analyze_text(text, published=published)
    assert [tuple(sorted((e.actor1 or "", e.actor2 or ""))) for e in doc.events] == [tuple(sorted(actors))]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a statement dated today, the incidents yesterday: the undated raid took place yesterday
        ("غارات على اليمن\n\nقال المتحدث باسم التحالف اليوم إن العمليات مستمرة. وقتل خمسة مدنيين أمس في قصف على "
         "مدينة تعز.\n\nوفي مدينة الحديدة، شنت طائرات التحالف غارات على مواقع للحوثيين قرب الميناء.\n",
         "2015-08-03"),
        # a war that started yesterday is not the day of today's news
        ("معارك في الخرطوم\n\nالخرطوم - تواصلت اليوم الاشتباكات بين الجيش وقوات الدعم السريع، وقتل 20 مدنيا "
         "منذ بدء المعارك أمس.\n\nوفي مدينة أم درمان، نفذ الطيران الحربي غارات على معسكرات للدعم السريع.\n",
         "2015-08-04"),
    ],
)
def test_events_arguments_news_day_is_the_incidents_day(text: str, date: str) -> None:
    got = [e for e in _events(text, "2015-08-04") if e[1] in ("Al Ḩudaydah", "Omdurman")]
    assert [e[2] for e in got] == [date]


def test_events_arguments_foreign_province_with_a_locative_is_the_place() -> None:
    # a story about Turkey; the protest took place in an Iraqi province the sentence names
    text = ("غارات تركية\n\nأنقرة - شنت طائرات تركية أمس غارات على مواقع لحزب العمال الكردستاني في ولاية هكاري "
            "جنوب شرقي تركيا.\n\nوتظاهر مئات الأكراد أمس في محافظة دهوك احتجاجا على الغارات.\n")
    doc = analyze_text(text, published="2015-08-02")
    got = {e.sub_event_type: (e.location.country if e.location else None) for e in doc.events}
    assert got == {"Air/drone strike": "TR", "Peaceful protest": "IQ"}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (7, 45, 7),  # the event's own toll, not a bigger figure from a sentence merged into it
        (None, 4, 4),  # a follow-up gives the toll the lead did not
        (0, 3, 3),  # the wounded told first, the dead after
        (0, None, 0),
    ],
)
def test_events_arguments_merged_toll_is_the_events_own(first: int | None, second: int | None, expected: int | None) -> None:
    from rasd.stages.events.merge import Candidate, merge_candidates

    def cand(fat: int | None, start: int) -> Candidate:
        return Candidate("Explosions/Remote violence", "Suicide bomb", "2015-07-20", 1, None, False, None, None, fat,
                         start, start + 10, 0.8, False, False, ((start, start + 10),))

    (merged,) = merge_candidates([cand(first, 0), cand(second, 20)])
    assert merged.fatalities == expected


def test_events_arguments_round_up_sentence_is_read_incident_by_incident() -> None:
    # one run-on sentence, three incidents in three towns (كما ... بينما ...): three events,
    # each with the sides of its own part
    text = ("ريف دمشق\n\nدمشق - تواصلت أمس الاشتباكات بين قوات النظام ومقاتلي المعارضة في مدينة الزبداني، كما قصفت "
            "قوات النظام بالمدفعية مدينة دوما في الغوطة الشرقية، بينما خطف مسلحون مجهولون جنديا من قوات النظام في "
            "مدينة قدسيا.\n")
    doc = analyze_text(text, published="2015-07-23")
    got = sorted((e.sub_event_type, e.location.name if e.location else None, e.date, e.actor1, e.actor2)
                 for e in doc.events)
    assert got == [
        ("Abduction/forced disappearance", "Qadsayyā", "2015-07-22", "Unidentified Armed Group (Syria)",
         "Military Forces of Syria"),
        ("Armed clash", "Az Zabadānī", "2015-07-22", "Military Forces of Syria", "Opposition Rebels (Syria)"),
        ("Shelling/artillery/missile attack", "Dūmā", "2015-07-22", "Military Forces of Syria", None),
    ]


def test_events_arguments_place_near_another_only_locates_it() -> None:
    # 'Ajdabiya, near the port of Brega': Brega only locates Ajdabiya
    text = ("ليبيا\n\nبنغازي - تجددت الاشتباكات مساء أمس في مدينة أجدابيا بالقرب من ميناء البريقة، وقصفت "
            "المدفعية تجمعات للمسلحين على أطراف المدينة.\n")
    doc = analyze_text(text, published="2015-08-02")
    assert {e.location.name for e in doc.events if e.location} == {"Ajdabiya"}


def test_events_arguments_speakers_city_is_not_the_event_place() -> None:
    text = ("اليمن\n\nعدن - قال مصدر عسكري في مدينة عدن إن طائرات التحالف قصفت أمس بعشرات الغارات الجوية العنيفة "
            "مواقع المسلحين ومخازن أسلحتهم في مدينة المكلا.\n")
    doc = analyze_text(text, published="2015-08-02")
    assert [e.location.name for e in doc.events if e.location] == ["Mukalla"]


def test_events_arguments_place_carried_from_the_sentence_before() -> None:
    # the arrests name no place: they took place where the sentence before put the bombing;
    # a new paragraph does not carry it
    text = ("العراق\n\nبغداد - انفجرت سيارة مفخخة أمس في سوق شعبي بمدينة الحلة. واعتقلت قوات الأمن بعد ساعات "
            "خمسة مشتبه بهم.\n\nوتظاهر مئات الطلاب أمام وزارة التعليم.\n")
    doc = analyze_text(text, published="2015-08-02")
    got = {e.sub_event_type: (e.location.name if e.location else None) for e in doc.events}
    assert got["Arrests"] == "Al Hillah"
    assert got["Peaceful protest"] != "Al Hillah"


@pytest.mark.parametrize(
    ("days_before", "carried"),
    [
        (1, "2015-07-22"),  # yesterday, named in the sentence before: carried
        (11, None),  # an earlier incident recalled: the event takes the article's own day instead
        (60, "2015-05-24"),  # long before: carried, so that the event is dropped as background
    ],
)
def test_events_arguments_carried_day(days_before: int, carried: str | None) -> None:
    import datetime as dt

    from rasd.document import Document, Sentence, TimeExpr
    from rasd.stages.events.dates import carried_time

    first = "وقع الهجوم الأول في ذلك اليوم."
    text = first + " وقتل سبعة أشخاص في هجوم على محطة حافلات."
    pub = dt.date(2015, 7, 23)
    day = (pub - dt.timedelta(days=days_before)).isoformat()
    at = first.index("ذلك اليوم")
    doc = Document(id="t", text=text, published=pub, language="ar",
                   sentences=(Sentence(0, len(first)), Sentence(len(first) + 1, len(text))),
                   times=(TimeExpr(at, at + len("ذلك اليوم"), day),))
    got = carried_time(doc, doc.sentences, 1)
    assert (got[0] if got else None) == carried


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a nationality on the act names the state that acts
        ("صور - قتل ثلاثة مزارعين أمس في غارة إسرائيلية استهدفت أرضا زراعية قرب بلدة الخيام جنوب لبنان.\n",
         "Military Forces of Israel"),
        ("اعزاز - قتل طفلان أمس في قصف مدفعي تركي على قرية قرب مدينة تل رفعت في ريف حلب الشمالي.\n",
         "Military Forces of Turkey"),
        # the country after على is the target, not the doer
        ("غزة - أطلقت فصائل فلسطينية أمس صواريخ على إسرائيل من قطاع غزة.\n", None),
    ],
)
def test_events_arguments_nationality_of_the_act_is_the_state_that_acts(text: str, actor1: str | None) -> None:
    doc = analyze_text(text, published="2024-05-06")
    assert doc.events
    firsts = {e.actor1 for e in doc.events}
    if actor1 is None:
        assert "Military Forces of Israel" not in firsts
    else:
        assert actor1 in firsts


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("عثر الأهالي فجر اليوم على جثتي شرطيين مقتولين بالرصاص قرب الطريق السريع", 2),
        ("انتشل الدفاع المدني جثتين من تحت ركام المبنى بعد الغارة", 2),
        ("قتل جنديان وعثر على جثث ثلاثة آخرين في الوادي", 5),
        # a count of people before حتى الموت is the toll (the victims burned or beaten to death)
        ("أحرق مسلحون أربعة رجال حتى الموت في القرية بدعوى تعاونهم مع الجيش", 4),
        ("ضرب الحراس سجينا حتى الموت", 1),
        # one victim: the verb's object in the accusative, past its subject, a day and a place
        ("قالت الشرطة إنها قتلت مساء الأحد في ضواحي المدينة رجلا يشتبه بتهريبه السلاح", 1),
        ("قتلت الدورية في الحي مسلحا حاول الفرار", 1),
        # ... but not past punctuation (another clause's noun)
        ("قتل في الاشتباك، وقال مصدر إن جنديا أسر", None),
    ],
)
def test_events_arguments_bodies_and_deaths_counted(sentence: str, count: int) -> None:
    # the dual of a body noun is a toll of two, also before the dual of its victims
    # (two bodies of two policemen are two dead, not four)
    assert fatalities_of_text(sentence) == count
