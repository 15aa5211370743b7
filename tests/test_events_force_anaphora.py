"""A bare definite word for a force (القوات), an armed group (المسلحون، المتمردون) or aircraft
(الطائرات) names again the one force of its sort named in the two sentences before it (or
earlier in its clause); where none or several are named, or the word is made specific (an
adjective, a nationality, a relative clause), it stays as it was. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.actors import pick_actors
from rasd.stages.events.force_anaphora import Antecedent, antecedents_in
from rasd.stages.events.lexicon import words_of

_TURKEY = Antecedent("Military Forces of Turkey", "military", frozenset({"forces"}), "Military Forces of {country}", "TR")
_IRAQ = Antecedent("Military Forces of Iraq", "military", frozenset({"forces"}), "Military Forces of {country}", "IQ")
_BOKO = Antecedent("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "rebel", frozenset({"armed", "rebels"}))
_RESISTANCE = Antecedent("Popular Resistance", "militia", frozenset({"armed"}))
_COALITION = Antecedent("Global Coalition Against Daesh", "external", frozenset({"air"}))


def _actor1(sentence: str, prior: tuple[Antecedent, ...], country: str, event_type: str = "Battles",
            sub: str = "Armed clash") -> str | None:
    words = words_of(sentence)
    trigger = next(i for i, w in enumerate(words) if w.key.removeprefix("و").startswith(("قتل", "قصف", "هاجم")))
    return pick_actors(words, 0, len(words), event_type=event_type, sub_event_type=sub, country=country,
                       text=sentence, trigger_pos=trigger, prior=prior)[0]


@pytest.mark.parametrize(
    ("sentence", "prior", "country", "event_type", "sub", "expected"),
    [
        # Turkey's forces, named before, strike in Iraq: not Iraq's forces
        ("وقتلت القوات 20 مسلحا في القرية", (_TURKEY,), "IQ", "Battles", "Armed clash", "Military Forces of Turkey"),
        # Boko Haram's gunmen, named before, kill villagers
        ("وقتل المسلحون 12 قرويا في القرية", (_BOKO,), "NG", "Violence against civilians", "Attack", _BOKO.name),
        ("وهاجم المتمردون قرية قرب الحدود", (_BOKO,), "NG", "Violence against civilians", "Attack", _BOKO.name),
        # the coalition's aircraft, named before, strike again
        ("وقصفت الطائرات مواقع في المدينة", (_COALITION,), "SY", "Explosions/Remote violence", "Air/drone strike",
         _COALITION.name),
    ],
)
def test_events_force_anaphora_bare_word_names_the_force_before(
        sentence: str, prior: tuple[Antecedent, ...], country: str, event_type: str, sub: str, expected: str) -> None:
    assert _actor1(sentence, prior, country, event_type, sub) == expected


@pytest.mark.parametrize(
    ("sentence", "prior", "country"),
    [
        # two forces of its sort named before: which one is not told
        ("وقتلت القوات 20 مسلحا في القرية", (_TURKEY, _IRAQ), "IQ"),
        # an adjective makes it a force of its own
        ("وقتلت القوات الخاصة 20 مسلحا في القرية", (_TURKEY,), "IQ"),
        # a relative clause too
        ("وقتلت القوات التي دربتها الحكومة 20 مسلحا", (_TURKEY,), "IQ"),
        # its clause told of an unnamed force of its sort before it
        ("وقالت مصادر إن قوات وصلت إلى القرية وقتلت القوات 20 مسلحا", (_TURKEY,), "IQ"),
    ],
)
def test_events_force_anaphora_silent_without_one_referent(
        sentence: str, prior: tuple[Antecedent, ...], country: str) -> None:
    assert _actor1(sentence, prior, country) == _actor1(sentence, (), country)


def test_events_force_anaphora_rebels_never_name_a_militia() -> None:
    # "the rebels" is not the pro-government militia named before
    sentence = "وهاجم المتمردون قرية قرب المدينة"
    assert _actor1(sentence, (_RESISTANCE,), "YE", "Violence against civilians", "Attack") != _RESISTANCE.name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("شنت القوات التركية غارات على القرى", ("Military Forces of Turkey", "forces")),
        ("قصفت الطائرات الروسية مواقع المعارضة", ("Military Forces of Russia", "air")),
        ("هاجم مسلحو بوكو حرام قرية", ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "rebels")),
    ],
)
def test_events_force_anaphora_antecedents_by_sort(sentence: str, expected: tuple[str, str]) -> None:
    words = words_of(sentence)
    found = antecedents_in(words, 0, len(words), sentence, None)
    assert any(a.name == expected[0] and expected[1] in a.sorts for _pos, a in found)


def test_events_force_anaphora_in_a_document() -> None:
    text = ("غارات تركية في شمال العراق\n\n"
            "أربيل - شنت القوات التركية أمس غارات على معاقل مقاتلي حزب العمال الكردستاني بجبال قنديل في أقصى شمال العراق. "
            "وأعلن الحزب أن القوات قصفت قرية زركال يوم الجمعة وقتلت ثمانية مدنيين.\n")
    doc = analyze_text(text, published="2023-08-02")
    strikes = [e for e in doc.events if e.location is not None and "زركال" in (e.location.text or "")]
    assert strikes and all(e.actor1 == "Military Forces of Turkey" for e in strikes)
