"""A name written with the article it never takes, right after another word (``أشجار العرعر``,
juniper trees) is a definite noun, not the town (عرعر, Arar); after a preposition or a place word
the town is still read."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize("text", [
    "زار الأمير منطقة أبها في السعودية وتغطي جبالها أشجار العرعر الكثيفة.",
    "تحدث الخبير في الرياض بالسعودية عن زراعة شجر العرعر في المرتفعات.",
])
def test_places_article_added_noun_after_a_word_is_no_town(text: str) -> None:
    names = [p.name for p in places_in_text(text)]
    assert "Arar" not in names, names


@pytest.mark.parametrize(("text", "surface"), [
    ("سقطت قذيفة في مدينة عرعر السعودية مساء أمس.", "عرعر"),
    ("وصل الوفد إلى عرعر في منطقة الحدود الشمالية بالسعودية.", "عرعر"),
])
def test_places_article_added_town_itself_still_read(text: str, surface: str) -> None:
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert found.get(surface) == "Arar", found



@pytest.mark.parametrize(("text", "surface", "name"), [
    ("قتل جنرال كبير في الجيش البوروندي في بوجمبورا عاصمة بوروندي.", "البوروندي", "Burundi"),
])
def test_places_article_added_country_adjective_stays_its_country(text: str, surface: str, name: str) -> None:
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert found.get(surface) == name, found


def test_places_article_added_landmark_row_stays() -> None:
    # the subtown row is written without the article (معاشيق); the palace is still read
    text = "سيطرت قوات المقاومة على قصر المعاشيق في مدينة عدن اليمنية بعد معارك عنيفة."
    assert "Maashiq Palace" in [p.name for p in places_in_text(text)]


def test_places_article_added_demonym_is_no_place() -> None:
    # an adjective of the demonym table (demonyms.tsv) names its country as a demonym, not as a place
    text = "قال سفير المملكة في كانبرا إن الطلاب في المدن الأسترالية بخير بعد المظاهرات في أستراليا."
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert "الأسترالية" not in found and found.get("أستراليا") == "Australia", found
