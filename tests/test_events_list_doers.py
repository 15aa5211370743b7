"""The doer of an act told over a list of places: every place's event has the act's doer
(a claim told after the list names it for them all), an unnamed air force where one side
alone flies is that side, and a list told before the act (where a warning was sent) is no
list of targets. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _events(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text(text, published="2023-03-15")
    return sorted((e.location.name if e.location else None, e.actor1) for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim of "the bombings" told after a list of towns: its group did them all
        ("تفجيرات\n\nبغداد - قتل خمسة أشخاص أمس في انفجار عبوات ناسفة في بعقوبة والمقدادية وبلدروز. "
         "وأعلن تنظيم داعش مسؤوليته عن التفجيرات.\n",
         [("Al Miqdādīyah", "Islamic State"), ("Baladrūz", "Islamic State"), ("Baqubah", "Islamic State")]),
        # an unnamed air force in Yemen, where the coalition alone flies, over two places
        ("قصف\n\nصنعاء - أغار الطيران ليل الجمعة على مخازن سلاح للمتمردين في صعدة وحرض.\n",
         [("Sa'dah", "Military Forces of Saudi Arabia"), ("Ḩaraḑ", "Military Forces of Saudi Arabia")]),
        # a faction of the country's forces the strike hit is its target, not the doer
        ("غارات\n\nعدن - ضرب الطيران فجر الثلاثاء ثكنات لمسلحي الحوثي وقوات صالح في محافظتي الضالع وأبين.\n",
         [("Abyan", "Military Forces of Saudi Arabia"), ("Ad Dali", "Military Forces of Saudi Arabia")]),
    ],
)
def test_events_list_doers_one_doer_per_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_events_list_doers_no_targets_before_the_act() -> None:
    # towns and a province named before the mines (where the warning went): no event per item
    got = _events("ألغام\n\nعدن - وجه المحافظ رسالة إلى الأسر العائدة إلى منازلها في ذمار وعمران وحجة "
                  "يحذرها فيها من الألغام التي زرعها المسلحون وقتلت خمسة أمس.\n")
    assert len(got) == 1


def test_events_list_doers_a_named_doer_stays() -> None:
    # a doer the list's sentence names is kept for every place (no unnamed one to fill)
    got = _events("غارات\n\nعدن - شنت مقاتلات التحالف أمس غارات على مواقع الحوثيين في ذمار وعمران ومأرب.\n")
    assert {a for _, a in got} == {"Military Forces of Saudi Arabia"} and len(got) == 3
