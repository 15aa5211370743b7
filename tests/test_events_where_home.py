"""An arrest or a seizure whose sentence names no place, done by a state's authority named
with its nationality (وزارة الداخلية البحرينية), happened in that state's country, not at the
place the article names most (the towns abroad where the suspects fought). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document


def _arrests(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((name, cc) for name, cc, _ in _arrests_by(text))


def _arrests_by(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc: Document = analyze_text(text, published="2023-03-15")
    return [(e.location.name if e.location else None, e.location.country if e.location else None, e.actor1)
            for e in doc.events if e.sub_event_type == "Arrests"]


_FOUGHT = ("وأضافت الوزارة أن أحد الموقوفين قاتل مع التنظيم في الموصل بالعراق، وأن آخر تدرب في معسكر "
           "قرب الرمادي في العراق قبل أن يعود إلى بلده، فيما سافر الثالث إلى الموصل مرتين عبر العراق.\n"
           "وتعهدت الوزارة بمواصلة حماية أمن {country} من أي تهديد.\n")


@pytest.mark.parametrize(
    ("lead", "country", "expected_cc"),
    [
        ("قالت وزارة الداخلية البحرينية في بيان اليوم إن دورية أمنية أوقفت أربعة مطلوبين بتهمة الانتماء إلى "
         "تنظيم داعش.", "البحرين", "BH"),
        ("ألقت السلطات الكويتية أمس القبض على ثلاثة رجال يشتبه في صلتهم بتنظيم داعش.", "الكويت", "KW"),
    ],
)
def test_events_where_home_authority_places_its_arrest(lead: str, country: str, expected_cc: str) -> None:
    got = _arrests("توقيفات\n\n" + lead + "\n" + _FOUGHT.format(country=country))
    assert got and all(cc == expected_cc for _, cc in got)


def test_events_where_home_arrest_is_by_that_states_forces() -> None:
    # the police forces named after the fallback's country are renamed after the new one
    got = _arrests_by("توقيفات\n\nأفادت وزارة الداخلية البحرينية اليوم بأن رجال الأمن نجحوا في القبض على أربعة "
                      "مسلحين مطلوبين للعدالة.\n" + _FOUGHT.format(country="البحرين"))
    assert got and all(a1 == "Police Forces of Bahrain" for _, _, a1 in got)


def test_events_where_home_arrest_with_its_own_town_stays_there() -> None:
    # the sentence names where the arrest was made: that town, whoever arrested
    got = _arrests("توقيفات\n\nألقت السلطات الكويتية اليوم القبض على ثلاثة رجال يشتبه في صلتهم بتنظيم داعش في "
                   "مدينة الجهراء.\n" + _FOUGHT.format(country="الكويت"))
    assert got and all(name == "Al Jahrā’" for name, _ in got)


@pytest.mark.parametrize(
    ("lead", "expected_cc"),
    [
        # the authority right after a verbal noun is its doer: the seizure is at home
        ("كشف بيان رسمي اليوم عن مصادرة الشرطة البحرينية كمية من المتفجرات والأسلحة المهربة.", "BH"),
        # an authority after a preposition is not the doer (the man served in it): no move
        ("وأوضح المحامي أن الشاب يعمل بالجيش البحريني وقد ألقي القبض عليه أمس بعد خروجه من المسجد.", "IQ"),
    ],
)
def test_events_where_home_which_authority_acts(lead: str, expected_cc: str) -> None:
    doc = analyze_text("خبر\n\n" + lead + "\n" + _FOUGHT.format(country="البحرين"), published="2023-03-15")
    got = [e.location.country for e in doc.events
           if e.sub_event_type in ("Arrests", "Disrupted weapons use") and e.location]
    assert got and all(cc == expected_cc for cc in got)
