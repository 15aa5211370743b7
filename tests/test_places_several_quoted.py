"""Names listed after a place word for several places (منطقتي X وY), names quoted after a
place word (جبهة «X») and two-word names opening with عين، وادي ...: read and placed where the
text says they are."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


def _placed(text: str) -> dict[str, tuple[str, int]]:
    return {text[p.start : p.end]: (p.country, p.precision) for p in places_in_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the second name of a dual: a far namesake (Iraq, Libya) is not read; the place after the list locates it
        ("قصفت قوات النظام أماكن في منطقتي الجبيلة والعزيزية في ريف إدلب الجنوبي صباح اليوم.", "العزيزية", "SY"),
        # a two-word name (أم ...) listed after a dual place word
        ("قال ناشطون في سوريا إن اشتباكات اندلعت قرب بلدتي الصورة وأم حارتين بريف درعا الشرقي.", "أم حارتين", "SY"),
        # an unknown quoted name after a front word, located by the town after it
        ("وقال مسؤول يمني إن المقاومة تقدمت في جبهة «كدمة» غرب مدينة زنجبار بمحافظة أبين.", "كدمة", "YE"),
        # a quoted name of two words after a division word, located by the town after it
        ("انفجرت سيارة مفخخة في تركيا بمنطقة \"قزل آي\" في مدينة أنقرة مساء أمس.", "قزل آي", "TR"),
        # a two-word quarter name opening with عين (عين alone is a place elsewhere)
        ("أصيب طفلان في قصف استهدف حي عين التنور في مدينة حمص السورية.", "عين التنور", "SY"),
        # وادي is not و + a place: a valley located by the town after it
        ("قتل جنديان في اليمن في كمين نصبه مسلحون في وادي الرمل قرب مدينة عتق بمحافظة شبوة.", "وادي الرمل", "YE"),
        # a quoted quarter of a town
        ("وشهد حي «الشهداء» في مدينة الموصل اشتباكات بين مسلحين والجيش العراقي.", "الشهداء", "IQ"),
    ],
)
def test_places_listed_or_quoted_name_is_placed_near_its_anchor(text: str, name: str, country: str) -> None:
    placed = _placed(text)
    assert name in placed, placed
    assert placed[name] == (country, 2)


def test_places_quoted_known_name_keeps_its_own_span() -> None:
    placed = _placed("سيطرت المقاومة في اليمن على قاعدة «العند» الجوية شمال لحج.")
    assert "العند" in placed
    assert not any("«" in surface for surface in placed)


@pytest.mark.parametrize(
    "text",
    [
        "قدم مركز «الملك سلمان» للإغاثة مساعدات في اليمن بمدينة عدن.",
        "نقلت قناة «العربية» عن مصادر في بغداد أن الهجوم وقع في العراق.",
    ],
)
def test_places_quoted_organisation_after_place_word_is_no_place(text: str) -> None:
    placed = _placed(text)
    assert not any(w in surface for surface in placed for w in ("الملك", "سلمان", "العربية")), placed


def test_places_single_place_word_does_not_list() -> None:
    # a singular place word before the first name: the name joined to it keeps its own reading
    placed = _placed("اندلعت اشتباكات في مدينة الموصل والرمادي بالعراق أمس.")
    assert placed.get("الرمادي", ("", 0))[0] == "IQ"
