"""Who acted and who suffered, read from the clause (issue 16): a victim told in the passive
before its verb, the side an act is against, a verb that agrees with a subject before it, the
agent marker of the trigger's own incident, a reporter telling its own losses, the target a force
owns, and role words ACLED types by the force (police units, air forces, Iraq's security
forces). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _pairs(text: str, published: str = "2015-08-08") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


HOUTHIS = "Houthi Movement - Ansar Allah"
ANY = "*"  # (a side these cases do not test)


def _has(pairs: list[tuple[str | None, str | None]], expected: tuple[str | None, str | None]) -> bool:
    return any(all(want == ANY or want == got for want, got in zip(expected, pair, strict=True)) for pair in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word victim before its passive verb, the doer in the clause of when
        ("قالت وزارة الداخلية اليوم إن شرطيا قتل وأصيب اثنان آخران صباح اليوم عندما أطلق مسلحون "
         "مجهولون النار على دورية في محافظة أسيوط.",
         ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")),
        ("ذكرت وكالة الأنباء أن جنديا قتل أمس حين فجر مسلحون عبوة ناسفة قرب مدينة العريش.",
         ("Unidentified Armed Group (Egypt)", "Military Forces of Egypt")),
        # what the act is against is not its doer
        ("خاضت المقاومة الشعبية اليوم معارك ضد قوات الحوثي في مديرية الحوطة وسيطرت على المدينة.",
         ("Popular Resistance", HOUTHIS)),
        # a plural verb follows its subject; what comes after it is its object
        ("وأفاد سكان بأن وحدات الجيش اليمني الموالية للرئيس طردوا مسلحي الحوثي مساء أمس من بلدة "
         "لودر في أبين.",
         ("Military Forces of Yemen", HOUTHIS)),
        # the trigger's own agent marker, not another incident's in the sentence
        ("وقتل مدني وجرح ثلاثة في قصف شنه الحوثيون مساء الجمعة على حي الروضة في مدينة إب، "
         "في وقت شنت مقاتلات التحالف ضربات على موقع عسكري قرب ذمار.",
         (HOUTHIS, ANY)),
        # a reporter that tells its own losses is their side, not the doer
        ("أعلن الجيش التركي مقتل جنديين اليوم بعدما أطلق مسلحون من حزب العمال الكردستاني الرصاص "
         "على آليتهما في ولاية تونجلي.",
         ("PKK: Kurdistan Workers Party", "Military Forces of Turkey")),
        # the force whose mosque is bombed suffers it; emergency forces are police
        ("استهدفت عبوة ناسفة صباح اليوم حافلة قوات الطوارئ على الطريق الساحلي قرب جازان.",
         ("Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia")),
        # an air force named with its nationality
        ("وقصف سلاح الجو السوري أمس أحياء في مدينة الزبداني بريف دمشق مما أدى إلى مقتل خمسة مدنيين.",
         ("Military Forces of Syria", "Civilians (Syria)")),
        # Iraq's security forces are its military (ACLED)
        ("قالت قيادة العمليات المشتركة إن قوات الأمن اشتبكت أمس مع مسلحي تنظيم داعش قرب مدينة الرمادي.",
         ("Military Forces of Iraq", "Islamic State")),
        # an army's opponent is the militants it kills, not another force of its own state
        ("أعلنت أجهزة الأمن الروسية اليوم مقتل خمسة مسلحين في عملية للقوات الخاصة الروسية "
         "قرب مدينة نالتشيك عاصمة الإقليم.",
         ("Police Forces of Russia", "Unidentified Armed Group (Russia)")),
    ],
)
def test_events_actors_voice_sides(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _has(_pairs(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an active verb with its object: the noun before it is the doer (no passive reading)
        ("قال شهود إن مسلحا قتل ثلاثة مدنيين في سوق بمدينة الموصل أمس.",
         ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")),
        # a police force named as such stays police in Iraq
        ("اعتقلت الشرطة العراقية أمس خمسة مطلوبين في مدينة البصرة.",
         ("Police Forces of Iraq", None)),
        # a UN envoy who voices concern is not a side of the offensive he speaks of
        ("وقال مبعوث الأمم المتحدة إن الجيش السوري قصف مدينة الزبداني أمس بالبراميل المتفجرة مما أدى "
         "إلى مقتل عشرة مدنيين.",
         ("Military Forces of Syria", "Civilians (Syria)")),
    ],
)
def test_events_actors_voice_guards(text: str, expected: tuple[str | None, str | None]) -> None:
    pairs = _pairs(text)
    assert _has(pairs, expected)
    assert all("United Nations" not in (a2 or "") and "United Nations" not in (a1 or "") for a1, a2 in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a battle told by each side's dead, the other side's in the part before فيما (no doer
        # told: the state's side of the main war first, as ACLED codes Yemen's clashes)
        ("وكان 17 من مسلحي الحوثي وقوات صالح قتلوا وجرح 30 آخرون فيما قتل 4 من المقاومة "
         "خلال معارك بمديرية المسراخ في تعز يوم الأحد.",
         ("Popular Resistance", HOUTHIS)),
        # fighters named by a people, as a subject, are that people's force in the country
        ("وذكر مسؤول محلي أن جنديين قتلا صباح اليوم حين فجر مقاتلون أكراد عبوة يدوية الصنع قرب "
         "بلدة سيلوبي التركية.",
         ("PKK: Kurdistan Workers Party", "Military Forces of Turkey")),
        # an attack noun's doer after من
        ("ودخلت القوات الخاصة والجيش حرم الجامعة صباح اليوم مدعومة بغارات مكثفة من التحالف الدولي "
         "قرب مدينة الرمادي.",
         ("Global Coalition Against Daesh", "Islamic State")),
    ],
)
def test_events_actors_voice_battle_sides(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _has(_pairs(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer another act's marker introduces, later in the sentence, is not this act's
        ("وذكر مسؤول محلي أن أفراد المقاومة الشعبية نجحوا أخيرا في السيطرة على بلدة مكيراس ولفت إلى غارات ليلية "
         "شنها طيران التحالف ضد تجمعات للحوثيين في محافظة البيضاء.",
         ("Popular Resistance", HOUTHIS)),
    ],
)
def test_events_actors_voice_own_subject(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _has(_pairs(text), expected)


def test_events_actors_voice_joined_verb_subject() -> None:
    # a verb joined to the one before shares its subject, not the name in that verb's object
    doc = analyze_text("خبر\n\nوقال مصدر أمني إن القوات اعتقلت قادة من جماعات متشددة مسلحة وفككت "
                       "عبوات ناسفة زرعت قرب مدينة العريش.\n", published="2015-07-25")
    defused = [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert defused == [("Military Forces of Egypt", "Unidentified Armed Group (Egypt)")]


COALITION = "Global Coalition Against Daesh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right after the أن of a statement is the subject it reports, not the statement's owner
        ("وذكرت قيادة العمليات المشتركة في بيانها الأخير أن طيران التحالف الدولي شن سلسلة ضربات على مواقع "
         "لتنظيم داعش في محافظة الأنبار أسفرت عن مقتل 15 إرهابيا.",
         (COALITION, "Islamic State")),
        # a bare aviation word as the trigger ("with aviation") gives way to the coalition its part names
        ("ويقول السكان إن قوات التحالف الدولي صارت تقصف مواقع داعش في مدينة دير الزور بالطيران ليلا ونهارا.",
         (COALITION, "Islamic State")),
    ],
)
def test_events_actors_voice_coalition_aviation(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _has(_pairs(text), expected)


def test_events_actors_voice_statement_owner_not_a_side() -> None:
    # the name a statement word heads (no أن between) is its source, not a side
    pairs = _pairs("وذكر بيان التحالف الدولي أن مسلحين من تنظيم داعش فجروا سيارة مفخخة قرب سوق في مدينة "
                   "الرمادي أمس مما أدى إلى مقتل سبعة مدنيين.")
    assert pairs
    assert all(COALITION not in (a1, a2) for a1, a2 in pairs)
