"""A state's nisba adjective right after an act or a force word makes the act that state's
forces' (``nationalities``): India, Kuwait, Bahrain and the other states added in round 21 as
much as the first ones. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.naming import _nationality_sets, country_name


def _doers(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in analyze_text(text, published="2021-03-04").events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act noun with the adjective after it: the state's own shelling
        ("قصف\n\nمظفر آباد - قتل مدنيان أمس في قصف هندي على قرية في الشطر الباكستاني من كشمير.\n",
         ("Shelling/artillery/missile attack", "Military Forces of India")),
        ("قصف\n\nمظفر آباد - أصيب ثلاثة قرويين أمس بقصف مدفعي هندي استهدف بلدة حدودية في كشمير.\n",
         ("Shelling/artillery/missile attack", "Military Forces of India")),
    ],
)
def test_events_actors_nationalities_act_adjective(text: str, expected: tuple[str, str]) -> None:
    assert expected in _doers(text)


@pytest.mark.parametrize(
    ("cc", "adjective"),
    [("IN", "هندية"), ("KW", "الكويتية"), ("BH", "البحرينية"), ("NG", "النيجيرية"), ("CM", "الكاميرونية"),
     ("TD", "التشادية"), ("NE", "النيجرية"), ("QA", "القطرية")],
)
def test_events_actors_nationalities_known(cc: str, adjective: str) -> None:
    words = words_of(f"القوات {adjective}")
    assert any(m.first == 1 for m in _nationality_sets()[cc].find(words, 0, len(words)))
    assert country_name(cc)


_RANGED = (
    "وقالت مصادر إن قوات الجيش والشرطة العراقية اشتبكت مع مسلحين من تنظيم داعش قرب الحدود السورية.",
    "قتل ثلاثة جنود أمريكيين وأصيب ثلاثة مدنيين أفغان في هجوم لحركة طالبان على قافلة عسكرية.",
    "قصفت مدفعية النظام السوري وحزب الله اللبناني مواقع للمعارضة بينما حلقت طائرات روسية فوق المدينة.",
)


@pytest.mark.parametrize("sentence", _RANGED)
def test_events_actors_nationalities_layer_range_reads_as_a_plain_list(sentence: str) -> None:
    # a range read through the text's layer skips the term sets that cannot start in it
    # (lexicon.live_items); a plain list asks every set: the same mentions either way
    from rasd.stages.events.naming import group_mentions, nationality_of, role_mentions
    from rasd.tokens import TokenLayer

    text = "عنوان\n\n" + sentence
    TokenLayer.of(text)
    ranged = words_of(text, len("عنوان\n\n"), len(text))
    plain = list(ranged)
    assert type(ranged) is not list and ranged == plain
    assert role_mentions(ranged) == role_mentions(plain)
    assert group_mentions(ranged) == group_mentions(plain)
    assert [nationality_of(ranged, i, i) for i in range(len(plain))] == [
        nationality_of(plain, i, i) for i in range(len(plain))]
    assert any(nationality_of(plain, i, i) for i in range(len(plain)))
