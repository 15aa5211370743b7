"""Names no table knows: landmarks named by a common word, quarter lists, spelling variants of
foreign names, and words that are never an unknown place's name (sentences written for rasd)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.kb.gazetteer import load_gazetteer
from rasd.stages.places.stage import places_in_text
from rasd.stages.places.unknown import clause_word, spelling_variant, spelling_variants


def _found(text: str) -> dict[str, tuple[str, str, int]]:
    return {text[p.start : p.end]: (p.name, p.country, p.precision) for p in places_in_text(text)}


@pytest.mark.parametrize(
    ("text", "surface", "country", "name_part"),
    [
        # a landmark named by one definite common word, placed at the town before it
        ("تجددت الاشتباكات في مدينة عدن صباح اليوم، وتقدم المقاتلون نحو مثلث العلم.", "مثلث العلم", "YE", "Aden"),
        ("دارت معارك في مدينة حلب قرب فندق الشيراتون، حيث تحصن المسلحون.", "فندق الشيراتون", "SY", "Aleppo"),
        # a list opened by a plural quarter word names quarters to its end
        ("شهدت مدينة تعز اشتباكات عنيفة في أحياء الجحملية وثعبات والكمب.", "الكمب", "YE", "Taiz"),
        # و + سرمين, not وس + a town of another country
        ("أغارت الطائرات على بلدات معرة مصرين وسرمين بريف إدلب.", "سرمين", "SY", "Sarm"),
        # عين opens a name of two words after a place word
        ("اقتحم الجنود حي عين الحلوة في بلدة سلوان.", "عين الحلوة", "PS", "Silwan"),
        # spelling variants of large foreign places
        ("تظاهر الآلاف في العاصمة كانبيرا احتجاجا على القانون.", "كانبيرا", "AU", "Canberra"),
        ("زار وزير الخارجية استراليا ونيوزيلاندا الشهر الماضي.", "نيوزيلاندا", "NZ", "New Zealand"),
        ("قتل جنديان في هجوم على مخفر في ولاية أجري شرقي تركيا.", "أجري", "TR", "Ağrı"),
        # a Latin name of two consonants, near another place of the story
        ("هاجم مسلحون قرية في ولاية بورنو شمال شرق نيجيريا، وقال الجيش إنه حرر رهائن قرب ديكوا بعد معارك مع"
         " المسلحين في مايدوغوري.", "قرب ديكوا", "NG", "Dikwa"),
        # أو: another name of the known place after it
        ("وصل المتطوعون إلى بلدة زارا أو تل حميس في ريف الحسكة.", "زارا", "SY", "Tall"),
    ],
)
def test_places_unknown_read(text: str, surface: str, country: str, name_part: str) -> None:
    found = _found(text)
    assert surface in found, found
    name, cc, precision = found[surface]
    assert cc == country and name_part in name
    assert precision in (1, 2, 3)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("وقال مصدر أمني في بغداد إن منفذ الهجوم فجر نفسه قرب السوق.", "منفذ الهجوم"),
        ("وصف القائد الميدان في حمص بأنه ساحة المعركة الأهم.", "ساحة المعركة"),
        ("هبطت الطائرة في جدة ثم أقلعت إلى مطار الملك فهد الدولي.", "مطار الملك"),
        ("أبرمت الشركة في دبي عقدا لبناء مصفاة وتعاقدت مع شركة أجنبية.", "مصفاة وتعاقدت"),
        ("عثرت الشرطة على جثتي الزوجين في منزلهما في بغداد.", "منزلهما"),
        ("تسعى جدة إلى أن تكون في مصاف للمدن النموذجية.", "النموذجية"),
        ("قضت محكمة في فيينا بالسجن خمس سنوات على رجل.", "خمس"),
    ],
)
def test_places_unknown_not_read(text: str, not_a_place: str) -> None:
    found = _found(text)
    assert not any(not_a_place in s or s in not_a_place.split(" ")[1:] for s in found), found


@pytest.mark.parametrize(
    ("word", "expected"),
    [("كانبيرا", "كانبرا"), ("نيوزيلاندا", "نيوزيلندا"), ("كويتا", "كويته"), ("اجري", "اغري")],
)
def test_places_unknown_spelling_variants_include(word: str, expected: str) -> None:
    assert expected in spelling_variants(word)


@pytest.mark.parametrize("word", ["ميزه", "عقار", "المراوغه", "طاولات"])
def test_places_unknown_spelling_variant_refuses(word: str) -> None:
    assert spelling_variant(load_gazetteer(), word) is None


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية", min_size=1, max_size=12))
def test_places_unknown_spelling_variants_are_close(word: str) -> None:
    for v in spelling_variants(word):
        assert v != word
        assert abs(len(v) - len(word)) <= 1


@pytest.mark.parametrize(
    ("word", "expected"),
    [("وتعاقدت", True), ("ويربطها", True), ("منزلهما", True), ("مقاتليهم", True), ("وادي", False), ("سرمين", False)],
)
def test_places_unknown_clause_word(word: str, expected: bool) -> None:
    assert clause_word(word) is expected


@pytest.mark.parametrize(
    ("text", "landmark", "town", "apart"),
    [
        ("نقل الجرحى إلى مستشفى سامراء بعد الانفجار.", "مستشفى سامراء", "سامراء", False),
        ("رست ناقلة نفط في ميناء البريقة شرق ليبيا.", "ميناء البريقة", "البريقة", False),
        ("عبرت السفينة قناة السويس متجهة شمالا.", "قناة السويس", "السويس", True),
    ],
)
def test_places_unknown_town_inside_landmark(text: str, landmark: str, town: str, apart: bool) -> None:
    places = places_in_text(text)
    spans = {text[p.start : p.end] for p in places}
    assert landmark in spans
    assert (town in spans) is not apart


def test_places_unknown_area_name_at_town_before() -> None:
    text = "دارت اشتباكات عنيفة في مدينة تعز أمس، وامتدت المواجهات إلى منطقة شقرون."
    found = _found(text)
    assert found.get("شقرون", ("", "", 0))[1:] == ("YE", 2), found


def test_places_unknown_same_name_keeps_coarse_precision() -> None:
    # the second mention takes the first one's reading: near Hama (2), not Hama itself (1)
    text = "قصفت الطائرات بلدة كفرزيتون بريف حماة الشمالي. وقال ناشطون إن بلدة كفرزيتون خلت من سكانها."
    second = text.rindex("كفرزيتون")
    places = [p for p in places_in_text(text) if p.start == second]
    assert places and all(p.precision == 2 and p.country == "SY" for p in places)
