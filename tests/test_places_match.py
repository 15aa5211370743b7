"""The place matcher's word index: a word is read for a name only where one may begin, and
the answers are those of reading every word (the matcher without its index)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.kb.gazetteer import Gazetteer, load_gazetteer
from rasd.stages.places import match
from rasd.stages.places.match import find_mentions
from rasd.text import normalize_key

# place names (one word and several, with proclitics and the article), place words,
# prepositions, organisation names, demonyms, common words and punctuation
_VOCABULARY = (
    "في", "من", "إلى", "على", "قرب", "أطراف", "محيط", "مدينة", "بلدة", "قرية", "ريف", "بريف", "حي", "منطقة",
    "بمحافظة", "محافظة", "شمال", "شرق", "جنوبي", "حلب", "بحلب", "دير", "الزور", "عين", "العرب", "جبل", "الأكراد",
    "بغداد", "وبغداد", "والرقة", "الموصل", "بالموصل", "رأس", "العين", "بن", "قردان", "تل", "أبيض", "أبو", "ظبي",
    "كفر", "نبل", "صلاح", "الدين", "طرابلس", "(لبنان)", "لحج", "العند", "النصر", "قوات", "سوريا", "سورية",
    "الديمقراطية", "السورية", "العراقية", "الحكومة", "الخبر", "الشرطة", "قال", "مسؤول", "إن", "أن", "كيسمايو",
    "موغاديشو", "وكيسمايو", "الولايات", "المتحدة", "الأمريكية", "الشرق", "الأوسط", "،", ".", "-", "و", "عاصمة",
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _every_word(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The matcher without its index: every word tried (for a place name and for an
    organisation's), names bounded only by their first word."""
    blocked = match._blocked
    monkeypatch.setattr(match, "beginnings", lambda _gaz, words, _surfaces, _kinds: [True] * len(words))
    monkeypatch.setattr(match, "_blocked", lambda text, words, gaz, surfaces=None, _kinds=None: blocked(
        text, words, gaz, surfaces, [match.ORG] * len(words)))
    monkeypatch.setattr(gaz, "name_span", lambda first, _following: gaz.longest_from(first))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=24))
def test_places_match_index_finds_what_every_word_finds(gaz: Gazetteer, words: list[str]) -> None:
    text = " ".join(words)
    indexed = find_mentions(gaz, text)
    with pytest.MonkeyPatch.context() as mp:
        _every_word(gaz, mp)
        assert find_mentions(gaz, text) == indexed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قصف على دير الزور وريف حلب", {"دير الزور", "ريف حلب"}),
        ("وصل الوفد إلى أبو ظبي من بغداد", {"أبو ظبي", "بغداد"}),
        ("قال مسؤول في الحكومة إن الاجتماع انتهى", set()),
    ],
)
def test_places_match_finds_names_of_one_and_several_words(gaz: Gazetteer, text: str, names: set[str]) -> None:
    assert {text[m.start : m.end] for m in find_mentions(gaz, text)} == names


@pytest.mark.parametrize("words", [["دير", "الزور"], ["أبو", "ظبي"], ["رأس", "العين"]])
def test_kb_gazetteer_name_span_walks_the_words_of_a_name(gaz: Gazetteer, words: list[str]) -> None:
    keys = [normalize_key(w) for w in words]
    assert gaz.name_span(keys[0], keys[1:]) == len(keys)
    assert keys[1] in gaz.second_words(keys[0])
    assert gaz.name_span(keys[0], [normalize_key("الاجتماع")]) == 1


def test_kb_gazetteer_name_span_zero_without_a_name(gaz: Gazetteer) -> None:
    assert gaz.name_span(normalize_key("الاجتماع"), []) == 0
    assert gaz.second_words(normalize_key("الاجتماع")) == frozenset()


@pytest.mark.parametrize("word", ["السوري", "الليبية", "العراقيين", "السوريّة", "سوري", "الاجتماع", "ب-"])
def test_kb_gazetteer_demonym_of_key_agrees_with_the_word(gaz: Gazetteer, word: str) -> None:
    assert gaz.demonym_of_key(normalize_key(word)) == gaz.demonym_country(word)


def test_kb_gazetteer_candidates_are_a_fresh_list(gaz: Gazetteer) -> None:
    first = gaz.candidates("رقه")
    first.clear()
    assert gaz.candidates("رقه")
