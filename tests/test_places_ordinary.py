"""Names that are also ordinary Arabic words: a small place whose name has a frequent other
reading needs its context; a landmark whose bare form is a function word keeps its article
(a definite key); a quarter named by a common word lies in its town (sentences written for
rasd)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from places_helpers import found_places
from rasd.kb.gazetteer import other_reading_zipf
from rasd.stages.places.stage import places_in_text
from rasd.text import normalize_key


@pytest.mark.parametrize(
    ("form", "written", "at_least"),
    [
        ("حسبان", "", 3.5),  # الحسبان "reckoning"
        ("الوقف", "", 4.5),  # وقف "a halt"
        ("التل", "", 4.0),  # تل "a hill"
        ("سلميا", "", 4.0),  # سلمي "peaceful"
        ("ادر", "بادر", 3.5),  # بادر "he hastened", not ب + ادر
    ],
)
def test_places_ordinary_other_reading_is_frequent(form: str, written: str, at_least: float) -> None:
    assert other_reading_zipf(normalize_key(form), normalize_key(written)) >= at_least


@pytest.mark.parametrize("form", ["حلب", "دمشق", "صنعاء", "لحج"])
def test_places_ordinary_place_names_have_no_frequent_other_reading(form: str) -> None:
    assert other_reading_zipf(normalize_key(form)) < 3.0


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", max_size=8), st.text(alphabet="وبلف", max_size=2))
def test_places_ordinary_other_reading_is_a_plain_frequency(form: str, proclitic: str) -> None:
    z = other_reading_zipf(form, proclitic + form)
    assert math.isfinite(z) and 0.0 <= z < 9.0


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        # a word of running Arabic read as a small namesake place
        ("تجمع المحتجون أمام مبنى المحافظة في البصرة وهتفوا سلميا مطالبين بالماء.", "As Salamīyah"),
        ("طالب البيان الصادر في طرابلس الليبية بالوقف الفوري للاشتباكات القبلية.", "Al Waqf"),
        ("تسلل المقاتلون ليلا إلى قمة التل وسيطروا عليها بعد اشتباك قصير في سوريا.", "At Tall"),
        ("لم يكن هذا التصعيد في حسبان أحد من سكان غزة.", "Ḩisbān"),
    ],
)
def test_places_ordinary_common_word_is_no_small_place(text: str, not_name: str) -> None:
    assert not_name not in {p.name for p in places_in_text(text)}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a town whose name is also a word, with a preposition and its country around it
        ("انسحب مقاتلو التنظيم نحو الطبقة غربي الرقة بعد قصف عنيف في سوريا.", "الطبقة", "Al-Tabqa"),
        # the same name after a place word elsewhere in the text settles a bare mention
        ("وقع التفجير في سوق منطقة المار بولاية فارياب. وقال حاكم الولاية إن الانتحاري دخل السوق في المار صباحا.",
         "المار", "‘Alāqahdārī-ye Almār"),
    ],
)
def test_places_ordinary_town_in_context_is_kept(text: str, surface: str, name: str) -> None:
    found = found_places(text)
    assert surface in found and found[surface].name == name


@pytest.mark.parametrize(
    "text",
    [
        "وصلت تعزيزات عسكرية إلى العند في محافظة لحج اليمنية.",
        "تواصلت المعارك في جبهتي كرش والعند شمال محافظة لحج اليمنية.",
    ],
)
def test_places_ordinary_definite_key_reads_the_landmark(text: str) -> None:
    found = found_places(text)
    assert found["العند"].name == "Al-Anad Air Base" and found["العند"].precision == 2


def test_places_ordinary_definite_key_leaves_the_preposition() -> None:
    text = "توقف الحديث عند هذه النقطة ثم عاد المفاوضون إلى عدن عند المساء في اليمن."
    assert "Al-Anad Air Base" not in {p.name for p in places_in_text(text)}


def test_places_ordinary_quarter_named_by_a_common_word_lies_in_its_town() -> None:
    found = found_places("سقطت قذيفة هاون مساء أمس قرب سوق حي الشرطة الرابعة في بغداد.")
    quarter = found["الشرطة الرابعة"]
    assert (quarter.name, quarter.country, quarter.precision) == ("Baghdad", "IQ", 2)


def test_places_ordinary_kind_of_quarter_is_no_name() -> None:
    text = "استهدف القصف أحياء سكنية قرب قلعة حلب القديمة."
    assert "سكنية" not in found_places(text)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a hill or a dam named by a common word, located by the place right after it
        ("قصفت المدفعية مواقع المسلحين في تبة الدفاع غربي مدينة مأرب في اليمن.", "تبة الدفاع", "Ma'rib"),
        ("سيطر المقاتلون على مثلث الكهرباء شمال مدينة عدن في اليمن.", "مثلث الكهرباء", "Aden"),
    ],
)
def test_places_ordinary_landmark_named_by_a_common_word_lies_at_its_anchor(text: str, surface: str, name: str) -> None:
    found = found_places(text)
    assert surface in found and (found[surface].name, found[surface].precision) == (name, 2)


@pytest.mark.parametrize(
    "text",
    [
        "سقط صاروخ على حي شعبي وسط مدينة حلب مساء الخميس.",
        "نقل الجرحى إلى مستشفى متخصص في مدينة عدن.",
    ],
)
def test_places_ordinary_kind_of_landmark_is_no_name(text: str) -> None:
    assert not any(w in found_places(text) for w in ("شعبي", "مستشفى متخصص", "متخصص"))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a quarter or a building of a country the story is not about
        ("سلم عشرات المسلحين أنفسهم للمقاومة في المنطقة الخضراء بعد معارك في عدن ولحج، وقال مسؤول في الرياض "
         "إن التحالف يدعم المقاومة في اليمن.", "Green Zone, Baghdad"),
        ("قال مسؤول في دمشق إن البيت الأبيض لم يتغير موقفه من الأزمة في سوريا.", "White House"),
    ],
)
def test_places_ordinary_building_of_another_country_is_not_read(text: str, gone: str) -> None:
    assert gone not in {p.name for p in places_in_text(text)}


@pytest.mark.parametrize(("text", "surface"), [
    ("وصلت إلى ميناء عدن سفينة مساعدات من دولة الإمارات صباح اليوم.", "الإمارات"),
    ("استضافت دولة قطر جولة جديدة من المحادثات.", "قطر"),
])
def test_places_ordinary_country_is_named_without_the_state_word(text: str, surface: str) -> None:
    found = found_places(text)
    assert surface in found and found[surface].precision == 3


def test_places_ordinary_quarters_described_not_named() -> None:
    text = "انقسمت مدينة حلب بين أحياء خاضعة لسيطرة المعارضة وأحياء أخرى تحت سيطرة النظام في سوريا."
    assert not any(s.startswith("خاضعة") for s in found_places(text))


def test_places_ordinary_unknown_name_ends_before_a_common_word() -> None:
    text = "استعاد المقاتلون منطقة جبل يسار الاستراتيجي في لودر بمحافظة أبين اليمنية."
    found = found_places(text)
    assert not any("الاستراتيجي" in s for s in found) and found["جبل يسار"].name == "Lawdar"


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت الشرطة الرجلين في بريشيا وهي مدينة صغيرة قرب ميلانو في إيطاليا.",
        "احتج المعلمون على سجن النشطاء المعلمين في طهران منذ أشهر.",
    ],
)
def test_places_ordinary_description_after_a_place_word_is_no_name(text: str) -> None:
    assert not any(s.startswith(("صغيرة", "سجن النشطاء")) for s in found_places(text))


def test_places_ordinary_relative_adjective_after_a_definite_noun_is_no_town() -> None:
    text = "يرفض النظام السوري مرة أخرى التسوية السلمية التي يعمل عليها المبعوث الدولي في سوريا."
    assert "As Salamīyah" not in {p.name for p in places_in_text(text)}
    # after a place word it is the town
    assert found_places("سقطت قذائف على مدينة السلمية في ريف حماة الشرقي بسوريا.")["السلمية"].name == "As Salamīyah"


def test_places_ordinary_name_before_zadeh_is_a_persons() -> None:
    text = "عينت الحركة الملا عبد الكريم أخند زاده نائبا لزعيمها في أفغانستان."
    assert "Akhand" not in {p.name for p in places_in_text(text)}


def test_places_ordinary_quarter_keeps_one_sense_in_a_document() -> None:
    text = ("وصلت طلائع القوات إلى مشارف حي العزيزية القريب من المجمع الحكومي.\n"
            "وقال قائد عسكري إن القوات تتقدم في الرمادي عبر أحياء الملعب والعزيزية وسط المدينة في العراق.")
    quarters = [p for p in places_in_text(text) if text[p.start : p.end] == "العزيزية"]
    assert len(quarters) == 2 and {p.name for p in quarters} == {"Ramadi"}


def test_places_ordinary_landmark_moves_with_the_quarter_that_locates_it() -> None:
    text = "وفي الرياض أقبل الزوار على ساحة قصر الحكم وساحة العروض في حي الجزيرة خلال العيد."
    found = found_places(text)
    assert found["الجزيرة"].name == "Riyadh" and found["ساحة العروض"].name == "Riyadh"


def test_places_ordinary_others_after_a_list_is_no_place() -> None:
    text = "وفي الرياض أقبل الزوار على ساحة قصر الحكم وساحة العروض في حي الجزيرة وغيرهما من المواقع."
    assert "غيرهما" not in found_places(text)


@pytest.mark.parametrize(
    ("text", "mali"),
    [
        ("يشكل القمح مورد مالي مهم للتنظيم في سوريا.", False),  # "a financial resource"
        ("تحتاج الشركات المتعثرة إلى دعم مالي عاجل من الحكومة.", False),
        ("أرسلت فرنسا جنودا إلى مالي لمواجهة المسلحين.", True),
        ("قال رئيس مالي إن الجيش استعاد تمبكتو.", True),  # Mali named again (تمبكتو is Malian)
    ],
)
def test_places_ordinary_country_named_by_a_common_word_needs_context(text: str, mali: bool) -> None:
    assert ("Mali" in {p.name for p in places_in_text(text)}) is mali


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a frequent word right after another word is that word's object or second noun
        ("أعلن الدفاع المدني في المنطقة الشرقية إنقاذ ثلاثة صيادين جنح قاربهم قرب الدمام. وقال متحدث إن "
         "فرق الإنقاذ وصلت خلال دقائق. تابعوا تفاصيل الخبر على موقعنا.", False),
        # the same word after a preposition, or in a list of towns, is the town
        ("أعلن الدفاع المدني في المنطقة الشرقية إنقاذ ثلاثة صيادين جنح قاربهم قرب الدمام، ونقل المصابون "
         "إلى مستشفى في الخبر.", True),
        ("تسببت الأمطار في إغلاق طرق عدة في الدمام والخبر والقطيف أمس.", True),
    ],
)
def test_places_ordinary_frequent_word_after_a_word_needs_a_place_mark(text: str, read: bool) -> None:
    from rasd.api import analyze_text

    names = {p.name for p in analyze_text(text, published="2015-08-08").places}
    assert ("Khobar" in names) is read
