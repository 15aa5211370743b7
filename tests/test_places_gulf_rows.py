"""Round-13 gazetteer rows for Saudi towns, governorates and city quarters and for Gulf neighbours'
areas (landmarks.tsv aliases and gated rows, districts.tsv governorates and quarters), read by the
places stage in sentences written for rasd; their everyday-word namesakes stay quiet."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.kb.gazetteer import haversine_km
from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    # Saudi towns GeoNames holds only in Latin letters: their Arabic spelling reads the GeoNames town
    ("ضبطت دوريات الأمن مطلوبا في محافظة الدوادمي أمس.", "الدوادمي", "Ad Dawādimī", "SA"),
    ("غرق شابان في شاطئ رابغ على البحر الأحمر.", "رابغ", "Rābigh", "SA"),
    ("أغلقت الشرطة طريقا في الخفجي قرب الحدود الكويتية.", "الخفجي", "Al Khafjī", "SA"),
    ("هطلت أمطار غزيرة على محافظة بيشة في منطقة عسير.", "بيشة", "Qal‘at Bīshah", "SA"),
    ("سقطت قذيفة على منزل في محافظة أبو عريش بمنطقة جازان.", "أبو عريش", "Abū ‘Arīsh", "SA"),
    ("نقلت الدوريات المصابين من حوطة بني تميم إلى الرياض.", "حوطة بني تميم", "Ḥawṭah Banī Tamīm", "SA"),
    ("افتتح الأمير مركزا صحيا في خورفكان بإمارة الشارقة.", "خورفكان", "Khawr Fakkān", "AE"),
])
def test_places_gulf_rows_alias_reads_the_geonames_town(text: str, surface: str, name: str, country: str) -> None:
    p = found_places(text)[surface]  # precision 1 for the town, 3 after محافظة (the governorate)
    assert (p.name, p.country) == (name, country) and p.geonames_id is not None


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("أطلق مسلحون النار على دورية في بلدة أم الحمام بمحافظة القطيف.", "بلدة أم الحمام", "Umm al-Hamam, Qatif"),
    ("طوقت قوات الأمن حي المسعودية في بلدة العوامية.", "حي المسعودية", "Al-Masoudiyah, Awamiyah"),
    ("سقط مقذوف عسكري على حي الضيافة في نجران.", "حي الضيافة", "Dhiyafah, Najran"),
    ("اندلع حريق في مستودع بحي الملز في الرياض.", "حي الملز", "Malaz, Riyadh"),
    ("رأس محافظ بدر اجتماعا للجنة السياحة في محافظة بدر.", "محافظة بدر", "Badr governorate"),
    ("وصل المصابون إلى النعيرية في المنطقة الشرقية.", "النعيرية", "An-Nuayriyah governorate"),
    ("فجر انتحاري نفسه في مسجد بمنطقة الصوابر في الكويت.", "منطقة الصوابر", "Sawaber, Kuwait City"),
    ("فرقت الشرطة تجمعا في قرية الدراز غرب المنامة.", "قرية الدراز", "Diraz"),
])
def test_places_gulf_rows_read_after_their_place_word(text: str, surface: str, name: str) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert (found[surface].name, found[surface].precision) == (name, 2)


def test_places_gulf_rows_dhahran_al_janub_is_not_dhahran() -> None:
    # the southern border town, not the Eastern Province city 1,000 km away
    p = found_places("سقطت قذائف أطلقها الحوثيون على ظهران الجنوب في منطقة عسير.")["ظهران الجنوب"]
    assert p.name == "Dhahran al-Janub" and p.country == "SA"
    assert haversine_km(p.lat, p.lon, 17.67, 43.51) < 25


@pytest.mark.parametrize("text", [
    "قال بدر العتيبي إن الاجتماع انتهى في السعودية.",  # a man's name (Badr)
    "أصدرت المحكمة العليا حكمها في الرياض أمس.",  # the supreme court, not Olaya
    "وصف الوزير المشروع البديع في البحرين.",  # wonderful, not Budaiya
    "دفعت الأسرة الدية كاملة في البحرين.",  # blood money, not Daih
    "قال الضابط إن معنويات الجنود عالي في البحرين.",  # high, not A'ali
    "زرع الفلاح حقل القمح شمال السعودية.",  # a field, not Haql
    "اشترت الخياطة خيطان من الحرير في الكويت.",  # threads, not Khaitan
    "عرف الشيخ بأنه عفيف اليد واللسان في السعودية.",  # chaste, not Afif
])
def test_places_gulf_rows_everyday_word_is_no_place(text: str) -> None:
    names = {p.name for p in places_in_text(text)}
    assert not names & {"Badr governorate", "Olaya, Riyadh", "Budaiya", "Daih", "A'ali", "Haql", "Khaitan, Kuwait", "Afif"}, names
