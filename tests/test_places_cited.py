"""A demonym standing for a cited news agency (``وفقا للألمانية``) is not the story naming that
country."""

from __future__ import annotations

import pytest

from rasd.kb.gazetteer import load_gazetteer
from rasd.stages.places.cited import cited_demonyms
from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تقدمت القوات نحو البلدة صباح اليوم.وفقا للألمانية. وانسحب المسلحون.", {"DE": 1}),
        ("ذكرت الفرنسية أن الاجتماع تأجل إلى الأسبوع المقبل.", {"FR": 1}),
        ("وقال مسؤول محلي للفرنسية إن المياه غمرت الطرق.", {"FR": 1}),
        ("وبحسب الألمانية فإن الوزير غادر العاصمة.", {"DE": 1}),
        # the adjective describing something named: the country stays counted
        ("زار وفد من الشركات الفرنسية المعرض.", {}),
        ("وقال الوزير الألماني إن الاتفاق قريب.", {}),
    ],
)
def test_cited_cited_demonyms_agency_reading(text: str, expected: dict[str, int]) -> None:
    assert dict(cited_demonyms(load_gazetteer(), text)) == expected


def test_cited_places_agency_adjective_names_no_country() -> None:
    text = "أعلن المتحدث أن الطائرات قصفت مواقع قرب مدينة حمص مساء أمس.وفقا للألمانية. ولم تعلق الحكومة."
    countries = {p.country for p in places_in_text(text)}
    assert "SY" in countries
    assert "DE" not in countries


def test_cited_cited_demonyms_person_after_verb_kept() -> None:
    # a reporting verb before "the French (woman) <name>": a person, not the agency
    assert not cited_demonyms(load_gazetteer(), "وقالت الفرنسية ماري إنها شاهدت الحادث.")
