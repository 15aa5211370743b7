"""The events stage on hand-built documents (no upstream stage needed) and its parts:
detection and typing, statement/background filters, fatalities, actors and merging."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acled_taxonomy import ACLED
from rasd.document import Dateline, Document, Place, Sentence, TimeExpr
from rasd.stages.events.actors import pick_actors
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.numbers import tables
from rasd.stages.events.stage import EventsStage, extract_events
from rasd.stages.events.tolls import fatalities_in

PLACES = {
    "إدلب": ("Idlib", "SY", 35.93062, 36.63393),
    "حلب": ("Aleppo", "SY", 36.20124, 37.16117),
    "بغداد": ("Baghdad", "IQ", 33.34058, 44.40088),
    "البصرة": ("Basrah", "IQ", 30.50852, 47.7804),
    "الرقة": ("Ar Raqqah", "SY", 35.95283, 39.00788),
}
TIMES = {"أمس": -1, "اليوم": 0, "السبت": None}


def make_doc(body: str, published: str = "2020-05-10", dateline: str | None = None) -> Document:
    """A document with sentences, places and times filled by hand (what upstream gives)."""
    sents = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.?", body) if m.group().strip()]
    places = []
    for ar, (name, cc, lat, lon) in PLACES.items():
        for m in re.finditer(ar, body):
            places.append(Place(m.start(), m.end(), name, cc, None, lat, lon, None, 1))
    pub = dt.date.fromisoformat(published)
    times = []
    for ar, delta in TIMES.items():
        for m in re.finditer(ar, body):
            if delta is not None:
                times.append(TimeExpr(m.start(), m.end(), (pub + dt.timedelta(days=delta)).isoformat()))
    return Document(id="t", text=body, published=pub, language="ar", sentences=tuple(sents),
                    places=tuple(sorted(places, key=lambda p: p.start)),
                    times=tuple(sorted(times, key=lambda t: t.start)),
                    dateline=Dateline(dateline, None) if dateline else None)


def types_of(sentence: str) -> list[tuple[str, str]]:
    return [(d.event_type, d.sub_event_type) for d in detect_sentence(sentence) if not d.reference]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("قتل تسعة مدنيين في غارات شنتها طائرات حربية روسية على إدلب.", ("Explosions/Remote violence", "Air/drone strike")),
        ("فجر انتحاري سيارة مفخخة أمام مطعم في مقديشو.", ("Explosions/Remote violence", "Suicide bomb")),
        ("انفجرت عبوة ناسفة على جانب طريق في بغداد.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("ألقى مجهول قنبلة يدوية على محل تجاري.", ("Explosions/Remote violence", "Grenade")),
        ("سقطت قذائف هاون على حي سكني في حلب.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في إدلب.", ("Battles", "Armed clash")),
        ("قتل مسلحون مجهولون ثلاثة مزارعين بإطلاق النار عليهم.", ("Violence against civilians", "Attack")),
        ("اختطف مسلحون صحفيا من أمام منزله.", ("Violence against civilians", "Abduction/forced disappearance")),
        ("تظاهر مئات الأشخاص أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء.", ("Protests", "Peaceful protest")),
        ("فرقت الشرطة بالغاز المسيل للدموع مظاهرة في الخرطوم.", ("Protests", "Protest with intervention")),
        ("قتل ثلاثة متظاهرين عندما أطلقت قوات الأمن الرصاص الحي على المحتجين.", ("Protests", "Excessive force against protesters")),
        ("أحرق محتجون غاضبون إطارات ورشقوا قوات الأمن بالحجارة.", ("Riots", "Violent demonstration")),
        ("هاجم حشد غاضب من الأهالي منزل رجل متهم بالسرقة.", ("Riots", "Mob violence")),
        ("ألقت قوات الأمن القبض على خمسة أشخاص وضبطت بحوزتهم متفجرات.", ("Strategic developments", "Arrests")),
        ("توصلت قوات النظام وفصائل المعارضة إلى اتفاق لوقف إطلاق النار.", ("Strategic developments", "Agreement")),
        ("فككت فرق الهندسة عبوتين ناسفتين على طريق رئيسي.", ("Strategic developments", "Disrupted weapons use")),
    ],
)
def test_events_typing_table(sentence: str, expected: tuple[str, str]) -> None:
    assert types_of(sentence)[:1] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "تتعرض المنطقة منذ أشهر لقصف شبه يومي.",  # background
        "نفى الجيش وقوع أي اشتباكات على الحدود.",  # denial
        "هدد زعيم الجماعة بشن هجمات على السفن.",  # threat
        "حذرت الأمم المتحدة من أن استمرار المعارك قد يؤدي إلى كارثة.",  # forecast
        "دعت الأمم المتحدة إلى وقف فوري لإطلاق النار.",  # call
        "فاز المنتخب على نظيره في مباراة شهدت هجوما متواصلا.",  # sport
        "وقع الجانبان اتفاقية للتعاون التجاري والاستثمار.",  # economy
        "لقي خمسة أشخاص حتفهم في حادث سير على الطريق الصحراوي.",  # accident
        "لم تقع أي اشتباكات في المدينة.",  # negation
        "وكان المسجد قد شهد تفجيرا قبل عامين.",  # pluperfect background
    ],
)
def test_events_statements_and_background_are_not_events(sentence: str) -> None:
    assert types_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("قُتل تسعة مدنيين بينهم ثلاثة أطفال", 9),
        ("قتل مدنيان وأصيب خمسة آخرون بجروح", 2),
        ("قتل 23 شخصا وأصيب 140 آخرون في اشتباكات", 23),
        ("قتل جنديان في هجوم", 2),
        ("سقط قتيلين في الانفجار", 2),
        ("أسفر عن مقتل العشرات", 10),
        ("مقتل نحو مئة شخص", 100),
        ("قتل ما بين 10 و15 شخصا", 10),
        ("مقتل خمسة وعشرين شخصا", 25),
        ("مقتل جندي في هجوم", 1),
        ("وقالت مصادر إن ثمانية جنود قتلوا في المعارك", 8),
        ("مقتل 3 آلاف شخص", 3000),
        ("مقتل أحد عشر شخصا", 11),
        ("أعدم مسلحو التنظيم ستة مدنيين في قرية", 6),  # an execution is a killing
        ("أعدمت الجماعة رجلين بتهمة التجسس", 2),
        ("اغتال مسلحون مجهولون ثلاثة من رجال الأمن", 3),
        ("أعدم عناصر تنظيم داعش أمس ستة مدنيين رميا بالرصاص", 6),  # a count of people past the subject
        ("قتل شرطي، وأكدت المصادر أن 4 جنود نجوا", 1),  # a comma between cue and count: not a toll
        ("أصيب شخصان بجروح", 0),  # wounded only: ACLED codes no deaths as 0
    ],
)
def test_events_fatalities_table(sentence: str, count: int) -> None:
    assert fatalities_in(words_of(sentence))[0] == count


@pytest.mark.parametrize(
    "sentence",
    [
        "ارتفعت حصيلة القتلى منذ بدء الحرب إلى 10022",  # cumulative toll
        "سقط عدد من القتلى",  # unknown count
        "قضت المحكمة بإعدام خمسة متهمين",  # a death sentence is not a death
        "قتل مسلحون من الحركة يوم أمس الأول في الموقع 5 جنود",  # too far from its cue
    ],
)
def test_events_fatalities_unknown_or_cumulative_is_none(sentence: str) -> None:
    assert fatalities_in(words_of(sentence))[0] is None


def test_events_voice_russian_jets_actor1_civilians_actor2() -> None:
    doc = make_doc("قُتل تسعة مدنيين اليوم في غارات شنتها طائرات حربية روسية على سوق في مدينة إدلب.")
    (e,) = extract_events(doc)
    assert e.event_type == "Explosions/Remote violence" and e.sub_event_type == "Air/drone strike"
    assert e.actor1 == "Military Forces of Russia"
    assert e.actor2 == "Civilians (Syria)"
    assert e.fatalities == 9
    assert e.location is not None and e.location.name == "Idlib" and e.location.precision == 1
    assert e.date == "2020-05-10" and e.time_precision == 1


def test_events_two_protests_in_two_cities_stay_separate() -> None:
    doc = make_doc(
        "قتل ثلاثة متظاهرين اليوم عندما أطلقت قوات الأمن الرصاص الحي لتفريق محتجين في بغداد.\n"
        "وفي البصرة، تظاهر مئات الأشخاص بشكل سلمي أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء."
    )
    events = extract_events(doc)
    got = sorted((e.location.name if e.location else "", e.sub_event_type, e.fatalities) for e in events)
    assert got == [("Baghdad", "Excessive force against protesters", 3), ("Basrah", "Peaceful protest", 0)]
    assert all(e.actor1 == "Protesters (Iraq)" for e in events)


def test_events_follow_up_sentence_merges_into_one_event() -> None:
    doc = make_doc(
        "شنت طائرات حربية غارات على مدينة حلب أمس.\nوقتل في الغارات سبعة مدنيين بينهم طفلان."
    )
    (e,) = extract_events(doc)
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 7
    assert e.date == "2020-05-09"
    assert doc.text[e.evidence.start : e.evidence.end].startswith("شنت") and e.evidence.end == len(doc.text)


def test_events_location_falls_back_to_the_main_place_coarser() -> None:
    doc = make_doc("وصل الوفد إلى الرقة.\nواندلعت اشتباكات عنيفة بين مسلحين وقوات الأمن.")
    (e,) = extract_events(doc)
    assert e.location is not None and e.location.name == "Ar Raqqah" and e.location.precision >= 2
    # no day named: the news day, the day before the (daily's) publication date
    assert e.date == "2020-05-09" and e.time_precision == 2


def test_events_notes_and_evidence_are_consistent() -> None:
    doc = make_doc("انفجرت عبوة ناسفة أمس في بغداد ما أدى إلى مقتل شخص.")
    (e,) = extract_events(doc)
    assert e.notes.startswith("Remote explosive/landmine/IED (Explosions/Remote violence) in Baghdad")
    assert 0.0 < e.confidence <= 1.0
    assert doc.text[e.evidence.start : e.evidence.end].strip().endswith("شخص.")


def test_events_stage_declares_its_contract() -> None:
    assert EventsStage.name == "events"
    assert EventsStage.requires == {"sentences", "entities", "times", "places"}
    assert EventsStage.provides == {"events"}


def test_events_stage_skips_non_arabic() -> None:
    doc = make_doc("اندلعت اشتباكات عنيفة في حلب.").evolve(language="en")
    assert EventsStage()(doc).events == ()


def test_events_every_type_is_acled_spelled() -> None:
    from rasd.stages.events.lexicon import lexicon

    for spec in lexicon().triggers:
        assert spec.sub_event_type in ACLED[spec.event_type]


@settings(max_examples=80, deadline=None)
@given(st.one_of(st.text(max_size=120),
                 st.text(alphabet=st.sampled_from(list("قتلمدنيينغارةفياشتباكاتحلب 0123456789٣،.\n\"«")), max_size=200)))
def test_events_never_raise_and_spans_fit(text: str) -> None:
    sents = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^.\n]+", text))
    doc = Document(id="h", text=text, published=dt.date(2020, 1, 1), sentences=sents)
    out = EventsStage()(doc)
    assert not out.warnings
    out.validate()
    for e in out.events:
        assert e.sub_event_type in ACLED[e.event_type]
        assert 0 <= e.evidence.start <= e.evidence.end <= len(text)


def test_events_claim_of_responsibility_names_the_perpetrator() -> None:
    doc = make_doc("قتل 12 شخصا اليوم عندما فجر انتحاري سيارة مفخخة أمام مطعم في بغداد.\n"
                   "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان.")
    (e,) = extract_events(doc)
    assert e.sub_event_type == "Suicide bomb" and e.fatalities == 12
    assert e.actor1 == "Islamic State"


@pytest.mark.parametrize(
    "claim",
    [
        "ولم تعلن أي جماعة مسؤوليتها عن الهجوم حتى الآن، وقالت الشرطة إنها فتحت تحقيقا.",
        "ولم تتبن أي جهة الهجوم، لكن تنظيم داعش أعلن في السابق مسؤوليته عن هجمات مماثلة.",
        "وأعلنت الشرطة فتح تحقيق في الهجوم.",
    ],
)
def test_events_unclaimed_attack_keeps_unknown_perpetrator(claim: str) -> None:
    # the victims (three policemen) must not become actor1 through a later sentence that
    # names the police (a target, an investigator) or a group that did not claim it
    doc = make_doc("قتل ثلاثة من عناصر الشرطة اليوم بانفجار عبوة ناسفة في بغداد.\n"
                   "وقال مصدر إن العبوة انفجرت لدى مرور دورية للشرطة.\n" + claim)
    (e,) = extract_events(doc)
    assert e.sub_event_type == "Remote explosive/landmine/IED" and e.fatalities == 3
    assert e.actor1 == "Unidentified Armed Group (Iraq)"  # ACLED's name for an unknown doer
    assert e.actor2 == "Police Forces of Iraq"


def test_events_threat_in_a_quote_is_not_a_battle() -> None:
    doc = make_doc("قتل ثلاثة من عناصر الشرطة اليوم بانفجار عبوة ناسفة في بغداد.\n"
                   "وقال المتحدث باسم الحكومة إن العدو لن ينال من عزيمة قوات الأمن، متوعدا بملاحقة المسؤولين عن الهجوم.")
    assert [(e.event_type, e.sub_event_type) for e in extract_events(doc)] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_events_names_inside_a_charge_are_not_sides() -> None:
    text = "أعدم عناصر تنظيم داعش أمس ستة مدنيين رميا بالرصاص قرب بغداد بتهمة التعاون مع القوات العراقية."
    words = words_of(text)
    actor1, actor2, victims = pick_actors(words, 0, len(words), event_type="Violence against civilians",
                                          country="IQ", text=text)
    assert (actor1, actor2, victims) == ("Islamic State", "Civilians (Iraq)", ("Civilians (Iraq)",))


def test_events_armed_victims_come_before_civilians() -> None:
    text = "لقي أربعة أشخاص، بينهم ثلاثة من أفراد الشرطة، حتفهم اليوم في انفجار قنبلة زرعت على جانب طريق."
    words = words_of(text)
    actor1, actor2, victims = pick_actors(
        words, 0, len(words), event_type="Explosions/Remote violence", country="AF", text=text,
        death_positions=[m.last for m in tables().death.find(words)],
        subset_positions=[m.last for m in tables().subset.find(words)])
    assert actor1 is None
    assert actor2 == "Police Forces of Afghanistan"
    assert set(victims) == {"Police Forces of Afghanistan", "Civilians (Afghanistan)"}


@pytest.mark.parametrize(
    "source",
    [
        "وأضاف أحد المصدرين، وهو ضابط في الشرطة، أن المهاجم فجر نفسه عند الحاجز.",
        "وقال ضابط في الجيش طلب عدم نشر اسمه إن المهاجم فجر نفسه عند الحاجز.",
    ],
)
def test_events_the_source_of_a_report_is_not_a_side(source: str) -> None:
    doc = make_doc("فجر انتحاري نفسه اليوم عند حاجز في بغداد، مما أسفر عن مقتل خمسة مدنيين.\n" + source)
    (e,) = extract_events(doc)
    assert e.sub_event_type == "Suicide bomb"
    assert e.actor1 == "Unidentified Armed Group (Iraq)"  # the bomber; not the officer who spoke
    assert e.actor2 == "Civilians (Iraq)"


def test_events_consequence_of_a_background_event_is_background() -> None:
    doc = make_doc("فجر انتحاري نفسه اليوم عند حاجز في بغداد، مما أسفر عن مقتل خمسة مدنيين.\n"
                   "وكان مسلحون قد هاجموا موقعا للجيش قرب حلب، ما أدى إلى إصابة جنديين.")
    assert [e.sub_event_type for e in extract_events(doc)] == ["Suicide bomb"]
    assert types_of("وكان مسلحون قد هاجموا موقعا للجيش، ما أدى إلى إصابة جنديين.") == []


def _cand(actor1: str | None, actor2: str | None, start: int, victims: tuple[str, ...] = ()) -> Candidate:
    return Candidate("Strategic developments", "Agreement", "2017-10-14", 1, None, False, actor1, actor2, None,
                     start, start + 10, 0.8, False, False, ((start, start + 10),), victims)


def test_events_merge_prefers_a_named_second_side() -> None:
    (merged,) = merge_candidates([
        _cand("Islamic State", None, 0),
        _cand("Unidentified Armed Group (Syria)", None, 20),  # "the fighters"
        _cand("SDF: Syrian Democratic Forces", None, 40),
    ])
    assert (merged.actor1, merged.actor2) == ("Islamic State", "SDF: Syrian Democratic Forces")


def test_events_merge_never_makes_a_victim_the_perpetrator() -> None:
    (merged,) = merge_candidates([
        _cand(None, "Police Forces of Afghanistan", 0, victims=("Police Forces of Afghanistan",)),
        _cand("Police Forces of Afghanistan", None, 20),
    ])
    assert (merged.actor1, merged.actor2) == (None, "Police Forces of Afghanistan")


def test_events_place_in_a_background_clause_is_not_the_event_place() -> None:
    doc = make_doc("قتل 12 شخصا اليوم في انفجار سيارة مفخخة في سوق البصرة.\n"
                   "وانفجرت السيارة المفخخة عند مدخل السوق المزدحم، في هجوم هو الأعنف في بغداد منذ أشهر.")
    (e,) = extract_events(doc)
    assert e.location is not None and e.location.name == "Basrah"
    assert e.fatalities == 12


def test_events_claim_of_a_shelling_names_the_perpetrator() -> None:
    doc = make_doc("قتل أربعة مدنيين اليوم جراء سقوط قذائف هاون على حي سكني في بغداد.\n"
                   "وأعلن تنظيم داعش، في بيان، مسؤوليته عن القصف.")
    (e,) = extract_events(doc)
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert (e.actor1, e.actor2, e.fatalities) == ("Islamic State", "Civilians (Iraq)", 4)


def test_events_searching_is_not_a_call() -> None:
    # "بحثا عن" (searching for) once read as "حث" (urge), a call, and hid the arrest
    doc = make_doc("وأضاف أن قوات الأمن باشرت عمليات تمشيط في بغداد بحثا عن منفذي الهجوم، وأنها اعتقلت شخصين.")
    assert [(e.sub_event_type, e.actor1) for e in extract_events(doc)] == [("Arrests", "Police Forces of Iraq")]


def test_events_source_of_the_report_is_not_an_actor() -> None:
    doc = make_doc("قتل مسلحون مجهولون ثلاثة مزارعين أمس قرب بغداد، وفق مصدر في الشرطة.")
    (e,) = extract_events(doc)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1 == "Unidentified Armed Group (Iraq)" and e.actor2 == "Civilians (Iraq)"


def test_events_denial_clause_gives_no_actor() -> None:
    doc = make_doc("قتل 40 شخصا أمس في هجوم بغاز سام على حلب، فيما نفت الحكومة السورية استخدام أسلحة كيماوية.")
    (e,) = extract_events(doc)
    assert e.sub_event_type == "Chemical weapon" and e.fatalities == 40
    assert e.actor1 is None or e.actor1 == "Unidentified Armed Group (Syria)"


def test_events_old_dated_events_are_background() -> None:
    doc = make_doc("وتعرضت المدرسة في حلب لهجوم انتحاري في أكتوبر من عام 2000 قتل فيه 17 شخصا.")
    assert extract_events(doc) == []
    assert types_of("وتعرضت المدرسة لهجوم انتحاري في أكتوبر من عام 2000.") == []
