"""An area named after an area word that nothing locates is put at the town its own sentence
says it lies by, with a direction word (``جنوب مدينة X``), before a town told earlier; with
no direction the town told before it is kept (base behaviour)."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


def _read(text: str) -> dict[str, str]:
    return {text[p.start:p.end]: p.name for p in places_in_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("زار الوزير بغداد صباح الأحد. وأكمل الجيش تطهير منطقتي الطاش الأول والطاش الثاني جنوب مدينة الرمادي.",
         "الطاش", "Ramadi"),
        ("وصل المبعوث إلى بغداد أمس، بينما استعادت الشرطة منطقتي الطاش الأول والطاش الثاني شمالي الرمادي.",
         "الطاش", "Ramadi"),
        # no direction word: the town told before it, as before
        ("وصل الوزير إلى بغداد صباح الأحد، وتفقد منطقتي الطاش الأول والطاش الثاني ثم عاد.", "الطاش", "Baghdad"),
        # a direction adverb after the name (شمالا) says nothing of the place named later
        ("انتشرت القوات في مدينة الخليل صباحا، واعتقلت شابين عند مدخل بلدة بيت أمر شمالا ثم فتشت متاجر"
         " في مخيم الفوار جنوبا.", "بيت أمر", "Hebron"),
    ],
)
def test_area_takes_the_town_a_direction_names_after_it(text: str, name: str, town: str) -> None:
    assert _read(text).get(name) == town
