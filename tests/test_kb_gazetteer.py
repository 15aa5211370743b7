"""The offline gazetteer: index contents, caching, skeletons and dateline geocoding."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.kb import gazetteer as gz
from rasd.kb.gazetteer import KIND_ADMIN1, KIND_COUNTRY, haversine_km, load_gazetteer, name_key
from rasd.kb.gazetteer_build import nisba_forms
from rasd.kb.gazetteer_latin import (
    arabic_keys,
    arabic_pattern,
    arabic_skeleton,
    form_key,
    latin_forms,
    latin_skeleton,
)
from rasd.stages.places.resolve import geocode
from rasd.text import normalize_key


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("الرقة", "SY", None),
        ("رقة", "SY", None),
        ("سوريا", "SY", KIND_COUNTRY),
        ("سورية", "SY", KIND_COUNTRY),
        ("سلطنة عمان", "OM", KIND_COUNTRY),
        ("الأردن", "JO", KIND_COUNTRY),
        ("بدخشان", "AF", KIND_ADMIN1),
        ("شمال دارفور", "SD", KIND_ADMIN1),
        ("صلاح الدين", "IQ", KIND_ADMIN1),
        ("مأرب", "YE", KIND_ADMIN1),
        ("شمال لبنان", "LB", KIND_ADMIN1),
        ("ساحة التحرير", "IQ", gz.KIND_SUBTOWN),
        ("مخيم اليرموك", "SY", gz.KIND_SUBTOWN),
        ("باب التبانة", "LB", gz.KIND_SUBTOWN),
        # towns cities500 lacks, with their own point (Cameroon's far north, Sinai, Najran)
        ("فوتوكول", "CM", gz.KIND_SUBTOWN),
        ("كولوفاتا", "CM", gz.KIND_SUBTOWN),
        ("رأس سدر", "EG", gz.KIND_SUBTOWN),
        ("شرورة", "SA", gz.KIND_SUBTOWN),
        ("بالوظة", "EG", gz.KIND_SUBTOWN),
        ("منطقة أقصى الشمال", "CM", KIND_ADMIN1),
        # countries and divisions of the Sahel, Great Lakes, Mozambique and Pakistan
        ("الكونغو الديمقراطية", "CD", KIND_COUNTRY),
        ("جمهورية الكونغو الديمقراطية", "CD", KIND_COUNTRY),
        ("موزمبيق", "MZ", KIND_COUNTRY),
        ("بوركينا فاسو", "BF", KIND_COUNTRY),
        ("إيتوري", "CD", KIND_ADMIN1),
        ("شمال كيفو", "CD", KIND_ADMIN1),
        ("جنوب كيفو", "CD", KIND_ADMIN1),
        ("كابو ديلغادو", "MZ", KIND_ADMIN1),
        ("زامفارا", "NG", KIND_ADMIN1),
        ("تمبكتو", "ML", KIND_ADMIN1),
        ("إقليم الساحل", "BF", KIND_ADMIN1),
        ("خيبر بختونخوا", "PK", KIND_ADMIN1),
        ("بلوشستان", "PK", KIND_ADMIN1),
    ],
)
def test_kb_gazetteer_lookup_finds_entry(gaz: gz.Gazetteer, name: str, country: str, kind: int | None) -> None:
    found = [c for c in gaz.lookup(name) if c.country == country and (kind is None or c.kind == kind)]
    assert found, f"{name} should have a {country} entry"


def test_kb_gazetteer_raqqa_candidates_include_namesakes(gaz: gz.Gazetteer) -> None:
    countries = {c.country for c in gaz.lookup("الرقة")}
    assert {"SY", "KW"} <= countries
    syria = max((c for c in gaz.lookup("الرقة") if c.country == "SY"), key=lambda c: c.population)
    assert haversine_km(syria.lat, syria.lon, 35.95, 39.01) < 30


@pytest.mark.parametrize(
    ("word", "country"),
    [("السوري", "SY"), ("السورية", "SY"), ("العراقيين", "IQ"), ("الليبية", "LY"), ("اللبنانيون", "LB"), ("الخبز", None)],
)
def test_kb_gazetteer_demonyms(gaz: gz.Gazetteer, word: str, country: str | None) -> None:
    assert gaz.demonym_country(word) == country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("الأتراك", "TR"), ("أتراك", "TR"), ("المغاربة", "MA"),  # broken plurals (data)
        ("السويسرية", "CH"), ("الهولنديين", "NL"), ("الكندية", "CA"), ("البورمية", "MM"),  # nisbas of demonyms.tsv
        ("العراقيتين", "IQ"), ("اليمنيان", "YE"),  # duals
        ("الكندي", None), ("السويدي", None), ("الخبز", None),  # a surname's bare form is no demonym
    ],
)
def test_kb_gazetteer_demonym_forms_derived(gaz: gz.Gazetteer, word: str, country: str | None) -> None:
    assert gaz.demonym_country(word) == country
    assert gaz.demonym_of_key(normalize_key(word)) == country


@pytest.mark.parametrize(
    ("word", "country"),
    [("وللأتراك", "TR"), ("والسويسريين", "CH"), ("للسوريين", "SY"), ("لليبيين", "LY"), ("بالعراقيات", "IQ"),
     ("والروس", "RU"), ("والخبز", None), ("وروس", None), ("والسعودية", None), ("وسورية", None)],
)
def test_kb_gazetteer_demonym_behind_proclitics(gaz: gz.Gazetteer, word: str, country: str | None) -> None:
    assert gaz.demonym_country(word, clitics=True) == country
    assert gaz.demonym_of_key(normalize_key(word), clitics=True) == country
    assert gaz.demonym_country(word) is None  # a place reading keeps its proclitic: العراق وسورية


@pytest.mark.parametrize("name", ["ميانمار", "بورما"])
def test_kb_gazetteer_country_name_in_brackets(gaz: gz.Gazetteer, name: str) -> None:
    assert any(c.country == "MM" and c.kind == KIND_COUNTRY for c in gaz.lookup(name))


def test_kb_gazetteer_nisba_forms_cover_gender_and_number() -> None:
    assert set(nisba_forms(["سويسري"])) == {"سويسري", "سويسريه", "سويسريان", "سويسريين", "سويسريتان", "سويسريتين",
                                            "سويسريون", "سويسريات"}
    assert "كندي" not in nisba_forms(["كندي!"]) and "كنديه" in nisba_forms(["كندي!"])


# never-list words that knowingly hide a big namesake: common words and given names
_DELIBERATE = {"ريم", "سالم", "مدينه", "معسكر", "امان", "وادي", "بحيره", "لوم", "سان", "ميدان", "سكر"}


def test_kb_gazetteer_never_list_hides_no_country_or_big_city(gaz: gz.Gazetteer) -> None:
    hidden = sorted(
        (key, c.name)
        for key in gaz.never - _DELIBERATE
        for c in gaz.candidates(key)
        if c.kind != gz.KIND_CITY or c.population >= 500_000
    )
    assert hidden == []


def test_kb_gazetteer_every_admin1_row_is_indexed(gaz: gz.Gazetteer) -> None:
    from rasd.kb.gazetteer_build import _tsv_rows

    for cc, code, name_en, arabic in _tsv_rows("admin1.tsv"):
        hits = [c for c in gaz.lookup(arabic.split("|")[0]) if c.kind == KIND_ADMIN1 and c.country == cc]
        assert hits, f"admin1 {cc}.{code} {name_en} has no cities500 members or no entry"
        assert any(h.admin1 == name_en for h in hits)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [("اشكاشم", "Ashkāsham"), ("يمكان", "Yamgan"), ("بن قردان", "Ben Gardane"), ("خان العسل", "Khan al Asal"),
     ("كيسمايو", "Kismayo"), ("الرقة", "Ar Raqqah")],
)
def test_kb_gazetteer_skeletons_agree(arabic: str, latin: str) -> None:
    assert latin_skeleton(latin) in arabic_keys(arabic)
    assert arabic_skeleton(arabic) == arabic_keys(arabic)[0]


def _spells(arabic: str, latin: str) -> bool:
    forms = latin_forms(latin)
    keys = set(arabic_keys(arabic))
    return any(form_key(f) in keys and arabic_pattern(arabic).match(f) for f in forms)


@pytest.mark.parametrize(
    ("arabic", "latin", "expected"),
    [
        ("روتشورو", "Rutshuru", True),  # تش is tsh
        ("شينكافي", "Shinkafi", True),
        ("مويدا", "Mueda", True),
        ("موسيمبوا", "Mocímboa", True),  # c before i is s
        ("جيبو", "Djibo", True),  # French dj is ج
        ("دجوغو", "Djugu", True),  # and so is دج
        ("شاي شاي", "Xai-Xai", True),  # Portuguese x is sh
        ("كاورا نامودا", "Kaura Namoda", True),
        ("التحيتا", "At Tuḩaytā’", True),
        ("مرسى مطروح", "Marsá Maţrūḩ", True),
        ("غوندام", "Goundam", True),  # غ is g
        ("صغيرة", "Sukkur", False),  # ي is not u
        ("جبال", "Kabala", False),  # ج is j or g, never k
        ("ابن نومة", "Banī al ‘Awwām", False),  # a long ī is always written (ي)
        ("تيساليت", "Tessit", False),  # one consonant too many
    ],
)
def test_kb_gazetteer_latin_spelling(arabic: str, latin: str, expected: bool) -> None:
    assert _spells(arabic, latin) is expected


def test_kb_gazetteer_latin_names_skip_codes_and_romanisations() -> None:
    from rasd.kb.gazetteer_build import _place_forms

    item = {"name": "Makkah", "alternatenames": ["MKX", "mkt", "Mekka", "مكة"]}
    forms = _place_forms(item, (), has_arabic=True)
    assert forms == ("mAkA", "mEkA")  # not the airport code, not the vowel-less mkt


def test_kb_gazetteer_latin_forms_without_generic_suffix() -> None:
    forms = latin_forms("Wanlaweyn", ("weyn", "weyne"))
    assert {form_key(f) for f in forms} == {"nln", "nl"}  # Wanla Weyn is also Wanla


@pytest.mark.parametrize(
    ("word", "country", "name"),
    [
        ("اشكاشم", "AF", "Ashkāsham"),
        ("روتشورو", "CD", "Rutshuru"),
        ("كاسونغو", "CD", "Kasongo"),
        ("شينكافي", "NG", "Shinkafi"),
        ("تالاتا مافارا", "NG", "Talata Mafara"),
        ("قوريولي", "SO", "Qoryooley"),
        ("غوندام", "ML", "Goundam"),
    ],
)
def test_kb_gazetteer_skeleton_finds_place_without_arabic_alias(
    gaz: gz.Gazetteer, word: str, country: str, name: str
) -> None:
    found = gaz.skeleton_candidates(word, [country])
    assert [c.name for c in found if c.country == country] == [name]
    assert gaz.lookup(word) == []  # no Arabic alias in GeoNames: only the Latin name finds it


@pytest.mark.parametrize(
    ("word", "countries"),
    [("صغيرة", ["PK"]), ("جبال", ["IQ"]), ("تطبيق", ["SA", "SY"]), ("خريجي", ["SA"]), ("باريس", ["FR"])],
)
def test_kb_gazetteer_skeleton_rejects_common_words(gaz: gz.Gazetteer, word: str, countries: list[str]) -> None:
    assert gaz.skeleton_candidates(word, countries) == []


def test_kb_gazetteer_skeleton_two_consonants_only_when_narrowed(gaz: gz.Gazetteer) -> None:
    assert gaz.skeleton_candidates("بيني", ["CD"]) == []
    assert [c.name for c in gaz.skeleton_candidates("بيني", ["CD"], short=True)] == ["Beni"]


def test_kb_gazetteer_division_by_name(gaz: gz.Gazetteer) -> None:
    ituri = gaz.division("CD", "Ituri")
    assert ituri is not None and ituri.kind == KIND_ADMIN1 and ituri.precision == 3
    assert gaz.division("CD", "Nowhere") is None


@pytest.mark.parametrize(
    ("dateline", "country", "name"),
    [
        ("طرابلس (لبنان)", "LB", "Tripoli"),
        ("طرابلس", "LY", "Tripoli"),
        ("بغداد - رويترز", "IQ", "Baghdad"),
        ("الرقة (سوريا)", "SY", "Ar Raqqah"),
        ("مأرب", "YE", "Ma'rib"),
        ("واشنطن", "US", "Washington, D.C."),
        ("صنعاء - أ ف ب", "YE", "Sanaa"),
    ],
)
def test_kb_gazetteer_geocode_datelines(dateline: str, country: str, name: str) -> None:
    match = geocode(dateline)
    assert match is not None
    assert (match.country, match.name) == (country, name)


@pytest.mark.parametrize("text", ["", "   ", "abc", "قال المتحدث", "(()))", "12345"])
def test_kb_gazetteer_geocode_nothing(text: str) -> None:
    assert geocode(text) is None


def test_kb_gazetteer_geocode_prefers_context() -> None:
    match = geocode("طرابلس", context=["LB"])
    assert match is not None and match.country == "LB"


def test_kb_gazetteer_cache_roundtrip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    path = gz.cache_path()
    assert path.parent == tmp_path
    assert "rasd" in path.name and path.suffix == ".pickle"
    index = {"entries": [(1, "X", "SY", None, 1.0, 2.0, 3, 0)], "names": {}}
    gz._write_cache(path, index)
    assert path.is_file()
    assert gz._read_cache(path) == index
    path.write_bytes(b"not a pickle")
    assert gz._read_cache(path) is None


_ROW = st.tuples(
    st.one_of(st.none(), st.integers(1, 2**40)),
    st.text(max_size=12),
    st.sampled_from(["SY", "IQ", "YE", "XK"]),
    st.one_of(st.none(), st.sampled_from(["01", "14", "ESYE12"])),
    st.floats(-90, 90),
    st.floats(-180, 180),
    st.integers(0, 2**40),
    st.integers(0, 3),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ROW, max_size=30))
def test_kb_gazetteer_entry_table_gives_the_rows_back(rows: list[gz.Row]) -> None:
    import pickle

    table = gz.EntryTable(rows)
    assert len(table) == len(rows)
    assert [table[i] for i in range(len(rows))] == rows
    again = pickle.loads(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == table and [again[i] for i in range(len(rows))] == rows


def test_kb_gazetteer_entries_are_columns(gaz: gz.Gazetteer) -> None:
    assert isinstance(gaz._entries, gz.EntryTable)
    match = gaz.country("SY")
    assert match is not None and gaz._entries[match.index][1:3] == (match.name, "SY")


def test_kb_gazetteer_rebuilds_over_a_stale_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASD_CACHE", str(tmp_path))
    gz._write_cache(gz.cache_path(), {"entries": [], "names": {}})  # an old layout
    monkeypatch.setattr(gz, "_GAZETTEER", None)
    monkeypatch.setattr(gz, "build_index", lambda: (_ for _ in ()).throw(RuntimeError("rebuilt")))
    with pytest.raises(RuntimeError, match="rebuilt"):
        gz.load_gazetteer()


def test_kb_gazetteer_cache_is_outside_the_package(gaz: gz.Gazetteer) -> None:
    import rasd

    package_dir = Path(rasd.__file__).resolve().parent
    assert package_dir not in gz.cache_path().resolve().parents


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكمنهويةىأإآءؤئ ـً", min_size=0, max_size=20))
def test_kb_gazetteer_name_key_article_insensitive(text: str) -> None:
    key = name_key(text)
    assert key == key.strip() and "  " not in key
    word = normalize_key(text).replace(" ", "")
    if len(word) >= 3 and not word.startswith("ال"):
        assert name_key("ال" + word) == name_key(word)


# ------------------------------------------------------------------ word statistics (0.3.0)
@pytest.mark.parametrize(
    ("form", "common"),
    [(normalize_key("الشرطة"), True), (normalize_key("عبر"), True), (normalize_key("حلب"), False),
     (normalize_key("بغداد"), False)],
)
def test_kb_gazetteer_commonness_from_annotated_news(form: str, common: bool) -> None:
    assert load_gazetteer().is_common(form) is common


def test_kb_gazetteer_zipf_of_frequent_forms() -> None:
    gaz = load_gazetteer()
    assert gaz.zipf(normalize_key("الخبر")) > 4.5
    assert gaz.zipf("لا يوجد مثل هذا") == 0.0


@pytest.mark.parametrize(
    ("token", "forms"),
    [("والخبر", {"والخبر", "الخبر", "خبر"}), ("للشرطة", {"للشرطه", "لشرطه", "شرطه"}), ("في", {"في"})],
)
def test_kb_gazetteer_word_forms(token: str, forms: set[str]) -> None:
    from rasd.kb.gazetteer_words import word_forms

    assert word_forms(token) == forms


def test_kb_gazetteer_word_stats_builder(tmp_path: Path) -> None:
    from rasd.kb.gazetteer_words import build_word_stats, main

    (tmp_path / "anercorp").mkdir()
    (tmp_path / "newsfane").mkdir()
    (tmp_path / "anercorp" / "full.txt").write_text("حلب B-LOC\nالشرطة O\n" * 4, encoding="utf-8")
    (tmp_path / "newsfane" / "NewsFANE_Gold_2014_170K.txt").write_text("\ufeffحلب\tB-Population-Center\n",
                                                                        encoding="utf-8")
    stats = build_word_stats(tmp_path)
    assert stats["حلب"] == [5, 5] and stats["الشرطه"] == [4, 0] and stats["شرطه"] == [4, 0]
    assert main([str(tmp_path / "missing")]) == 2


@pytest.mark.parametrize(
    ("name", "cc", "forms_include"),
    [("Suruç", "TR", "sUrUx"), ("Ceylanpınar", "TR", "jEIlAnbInAr")],
)
def test_kb_gazetteer_turkish_latin_letters(name: str, cc: str, forms_include: str) -> None:
    from rasd.kb.gazetteer_build import _place_forms

    assert forms_include in _place_forms({"name": name, "alternatenames": []}, (), False, c_as_j=cc == "TR")
