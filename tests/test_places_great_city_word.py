"""A great city of a country the story does not name elsewhere, written without the article, whose
definite form is a frequent word, is that word (``مشهد`` "a scene": ``المشهد`` is far commoner than
Mashhad); the entities stage's location tag says nothing of it. With a town word, or with its
country named, the city is read; a city of the story's own country (``جدة``) and a name written
with the article (``الرياض``: ``رياض`` is a man's name) are untouched. Articles written for rasd,
run through the whole pipeline so that the entities stage's view of each word counts."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.places.stage import places_in_text


def _names(text: str) -> set[str]:
    return {p.name for p in analyze_text(text, published="2015-08-08").places}


@pytest.mark.parametrize("text", [
    "احتفلت جماهير النادي في الرياض بالفوز في مشهد مؤثر بعد نهاية المباراة، وقال مدرب الفريق إن "
    "اللاعبين قدموا أداء كبيرا أمام منافس قوي.",
    "قدم طلاب المدرسة مشهد تمثيلي عن السلامة المرورية في الحفل الذي أقامته إدارة التعليم في جدة "
    "أمس بحضور أولياء الأمور.",
    "تابع الجمهور في الدمام مشهد الختام الذي أعده فريق المسرح بالتعاون مع جمعية الثقافة والفنون.",
])
def test_places_great_city_word_scene_is_no_city(text: str) -> None:
    assert "Mashhad" not in _names(text)
    assert "Mashhad" not in {p.name for p in places_in_text(text)}


@pytest.mark.parametrize(("text", "kept"), [
    ("هبطت طائرة ركاب في مدينة مشهد الإيرانية أمس بعد عطل فني، وقالت السلطات إن الركاب بخير.", "Mashhad"),
    ("وصل وزير الخارجية الإيراني إلى مشهد قادما من طهران في زيارة تستمر يومين داخل إيران.", "Mashhad"),
    ("وقع حادث سير مروع في جدة مساء أمس وأصيب فيه خمسة أشخاص.", "Jeddah"),
    ("عقد المجلس اجتماعه الأسبوعي في الرياض أمس برئاسة وزير المالية.", "Riyadh"),
    ("سقطت قذيفة قرب مدينة صور في جنوب لبنان مساء أمس دون أن تسفر عن إصابات.", "Tyre"),
])
def test_places_great_city_word_city_itself_still_read(text: str, kept: str) -> None:
    assert kept in _names(text)


def test_places_great_city_word_article_joined_to_lam_is_kept() -> None:
    # للقاهرة is ل + القاهرة: the name written with its article, not the adjective قاهرة
    text = "قال الوزير خلال زيارته الأخيرة للقاهرة إن المحادثات كانت مثمرة."
    assert "Cairo" in {p.name for p in places_in_text(text)}
