from __future__ import annotations

import pytest

from rasd.document import Dateline, Document
from rasd.stages.sources.stage import SourcesStage, canonical_source, find_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال متحدث لرويترز إن", ["Reuters"]),
        ("وأبلغ وكالة فرانس برس أن", ["AFP"]),
        ("نقلت وكالة الصحافة الفرنسية عن مصدر", ["AFP"]),
        ("(أ ف ب) - قال", ["AFP"]),
        ("قالت الأناضول ثم نقلت رويترز", ["Anadolu", "Reuters"]),
        ("بحسب د ب أ", ["DPA"]),
        ("بحسب وكالة أنباء الشرق الأوسط", ["MENA"]),
        ("ذكرت وكالة سانا", ["SANA"]),
        ("ذكرت وكالة شينخوا", ["Xinhua"]),
        ("ذكرت الوكالة الوطنية للإعلام", ["NNA"]),
        ("زار الرئيس محافظة قنا في صعيد مصر", []),
        ("القاهرة (قنا) - أعلن", ["QNA"]),
        ("وقال المسؤول لقنا إن", ["QNA"]),
        ("موقع بترا الأثري يستقبل الزوار", []),
        ("عمان (بترا) - قال", ["Petra"]),
        ("لا وكالة هنا", []),
    ],
)
def test_sources_finds_credited_agencies(text: str, expected: list[str]) -> None:
    assert [name for _, name in find_sources(text)] == expected


@pytest.mark.parametrize(("surface", "name"), [("أ ف ب", "AFP"), ("أ.ف.ب.", "AFP"), ("رويترز", "Reuters"),
                                               ("الأناضول", "Anadolu"), ("واس", "SPA"), ("سلام", None)])
def test_sources_canonical_names(surface: str, name: str | None) -> None:
    assert canonical_source(surface) == name


def test_sources_stage_puts_dateline_agency_first() -> None:
    doc = Document(id="x", text="وقال مسؤول لرويترز إن", dateline=Dateline("بغداد", "أ ف ب"))
    assert SourcesStage()(doc).sources == ("AFP", "Reuters")


@pytest.mark.parametrize(
    ("line", "place", "source", "sources"),
    [
        ("إدلب - (أ ف ب) قتل عشرة مدنيين في غارات على ريف المدينة.", "إدلب", "أ ف ب", ("AFP",)),
        ("الخرطوم - (د ب أ) أعلنت الحكومة السودانية حالة الطوارئ.", "الخرطوم", "د ب أ", ("DPA",)),
        ("مأرب (اليمن) - الأناضول: قتل خمسة مسلحين في اشتباكات.", "مأرب (اليمن)", "الأناضول", ("Anadolu",)),
        # a newspaper's own report: the outlet in guillemets, a run of tatweel as the dash
        ("صنعاء - «الحياة» أعلنت جماعة الحوثي استئناف المفاوضات.", "صنعاء", "الحياة", ("Al-Hayat",)),
        ("عدن ـ «عكاظ» قتل ثلاثة من المسلحين في هجوم على نقطة أمنية.", "عدن", "عكاظ", ("Okaz",)),
    ],
)
def test_sources_dateline_read_into_sources(line: str, place: str, source: str, sources: tuple[str, ...]) -> None:
    from rasd.stages.clean.stage import parse_dateline

    parsed = parse_dateline(line)
    assert parsed is not None
    dateline, _length = parsed
    assert (dateline.place, dateline.source) == (place, source)
    assert SourcesStage()(Document(id="x", text="قال مسؤول إن", dateline=dateline)).sources == sources


@pytest.mark.parametrize(
    "text",
    [
        "تصدرت الحياة اليومية في المدينة حديث الناس",  # the word 'life', not the newspaper
        "قال إن الطريق ـ وهو الوحيد ـ مغلق منذ أيام",
    ],
)
def test_sources_newspaper_names_are_strict(text: str) -> None:
    assert find_sources(text) == []
