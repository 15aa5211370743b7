"""Actor words in the forms the word reader gives no stem for, and names that are no side
(issue 16): a role word with its article after the preposition ل (مقر للأمن, دورية تابعة
للأجهزة الأمنية), the party a word of opposing names (الفصائل المعارضة للنظام: not the doer),
a group's name that follows a place noun (منطقة القاعدة: a place), and the group a unit
belongs to (لواء ... التابع للجيش الحر: the group acts). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import TermSet, with_lil_forms, words_of

HOUTHIS = "Houthi Movement - Ansar Allah"
ANY = "*"  # (a side these cases do not test)


def _pairs(text: str, published: str = "2015-08-08") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


def _has(pairs: list[tuple[str | None, str | None]], expected: tuple[str | None, str | None]) -> bool:
    return any(all(want == ANY or want == got for want, got in zip(expected, pair, strict=True)) for pair in pairs)


@pytest.mark.parametrize(
    ("terms", "added"),
    [
        (["الشرطة"], ["للشرطة"]),
        (["الأجهزة الأمنية"], ["للأجهزة الأمنية"]),
        (["الليل"], ["لليل"]),  # (ل + ال + ل...: two lams, not three)
        (["الحوثي*"], ["للحوثي*"]),
        (["شرطة", "ال"], []),  # (no article, or no word after it)
    ],
)
def test_events_actors_forms_lil_terms(terms: list[str], added: list[str]) -> None:
    assert with_lil_forms(terms) == [*terms, *added]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("هاجموا مقرا للأمن في المدينة", True),
        ("هاجموا مقرا وللأمن في المدينة", True),
        ("هاجموا مقرا لأمن المدينة", False),
    ],
)
def test_events_actors_forms_lil_match(text: str, found: bool) -> None:
    words = words_of(text)
    assert TermSet(with_lil_forms(["الأمن"])).any_in(words, 0, len(words)) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role word with its article after ل is the force it names
        ("فجر انتحاري سيارة مفخخة قرب مقر للأمن في مدينة الرمادي أمس، ما أسفر عن مقتل خمسة أشخاص.",
         ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
        ("هاجم مسلحون مجهولون دورية تابعة للأجهزة الأمنية في مدينة العريش أمس وقتلوا اثنين من أفرادها.",
         ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")),
        # the party a word of opposing names is whom the doer stands against
        ("وسيطر مسلحون مناهضون للحوثيين على ثلاث مناطق في محافظة البيضاء أمس بعد اشتباكات عنيفة.",
         (ANY, HOUTHIS)),
        ("اشتبك مسلحون قبليون مناهضون للحوثيين مع مسلحي الجماعة في مديرية الرضمة أمس.",
         (ANY, HOUTHIS)),
        # a unit's act is the act of the group it belongs to
        ("وذكر ناشطون أن «كتيبة الصقور في الفرقة الثانية التابعة للجيش الحر، استهدفت أمس بلدة جورين "
         "بقذائف الهاون».",
         ("Free Syrian Army", ANY)),
        # a group's name after a place noun names the place
        ("وشنت طائرات التحالف أمس غارات على تجمعات للحوثيين قرب منطقة القاعدة شمال تعز.",
         ("Military Forces of Saudi Arabia", HOUTHIS)),
    ],
)
def test_events_actors_forms_sides(text: str, expected: tuple[str | None, str | None]) -> None:
    pairs = _pairs(text)
    assert _has(pairs, expected), pairs


@pytest.mark.parametrize(
    "text",
    [
        "وسيطر مسلحون مناهضون للحوثيين على ثلاث مناطق في محافظة البيضاء أمس بعد اشتباكات عنيفة.",
        "اشتبك مسلحون قبليون مناهضون للحوثيين مع مسلحي الجماعة في مديرية الرضمة أمس.",
    ],
)
def test_events_actors_forms_opposed_not_doer(text: str) -> None:
    pairs = _pairs(text)
    assert pairs and all(a1 != HOUTHIS for a1, _ in pairs), pairs


def test_events_actors_forms_opposed_without_side() -> None:
    # (a word of opposing that heads no fighting side tells nothing: the militias arrest)
    pairs = _pairs("وقالت المصادر إن ميليشيات الحوثي اعتقلت أمس عشرين شخصا من المناوئين للحوثيين في مدينة إب.")
    assert _has(pairs, (HOUTHIS, ANY)), pairs


def test_events_actors_forms_group_still_named() -> None:
    # (a group's name not after a place noun is still the group)
    pairs = _pairs("قتل خمسة من عناصر القاعدة في غارة لطائرة أمريكية بدون طيار في محافظة شبوة أمس.")
    assert _has(pairs, ("Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula")), pairs
