"""Event-ness read with the article genre model (rasd.stages.events.eventness with
rasd.stages.events.genre): in a piece the model is sure reports nothing, an event under
``GENRE_KEEP`` confidence (0.8: a mid-confidence one too) is dropped, a confident one is kept, and so is a weak one told in an
item of its own (``إلى ذلك، ...``); in a piece the model reads as a report nothing changes.
The model's reading is forced here (``report_probability`` patched) so that each test checks
the wiring; the model's own readings are tested in test_events_genre_model.py.

Every article here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

import rasd.stages.events.eventness as eventness
import rasd.stages.events.genre as genre
from rasd.api import analyze_text
from rasd.stages.events.genre import report_probability

TITLE = "مقتل ثلاثة جنود بانفجار عبوة ناسفة في الرمادي"
LEAD = ("قتل ثلاثة جنود صباح أمس الثلاثاء بانفجار عبوة ناسفة استهدفت دوريتهم على طريق المطار في "
        "مدينة الرمادي، بحسب مصدر أمني.\n\n"
        "وقال المصدر إن العبوة كانت مزروعة على جانب الطريق، وإن قوة أمنية طوقت المكان.\n\n")
BLAST = "Remote explosive/landmine/IED"
PIECES = {
    # (last paragraph, its sub-event type)
    "undated arrest": ("واعتقلت قوات الأمن في بعقوبة ثلاثة أشخاص يشتبه بانتمائهم للتنظيم.", "Arrests"),
    "undated shelling": ("وقصفت المدفعية مواقع للتنظيم في الفلوجة.", "Shelling/artillery/missile attack"),
}
MID_PIECES = {
    # (last paragraph, its sub-event type): dated, so more confident than PIECES' events, but
    # under GENRE_KEEP (0.5-0.8): a column's background mention reads like this too
    "dated arrest": ("واعتقلت قوات الأمن أمس في بعقوبة خمسة مطلوبين بتهم إرهابية.", "Arrests"),
    "dated mortar fire": ("وأطلق مسلحون قذائف هاون على حي سكني في الفلوجة أمس ما أدى إلى إصابة امرأة.",
                          "Shelling/artillery/missile attack"),
}
ITEM = ("إلى ذلك، قصفت المدفعية مواقع للتنظيم في الفلوجة.", "Shelling/artillery/missile attack")


def _types(text: str, reports: float | None, monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    monkeypatch.setattr(genre, "report_probability", lambda title, body: reports)
    doc = analyze_text(text, title=TITLE, published="2015-08-05")
    return {e.sub_event_type: e.confidence for e in doc.events}


@pytest.mark.parametrize("name", sorted(PIECES))
def test_events_eventness_genre_weak_event_of_a_no_report_piece_is_dropped(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    last, weak = PIECES[name]
    kept = _types(LEAD + last, 0.9, monkeypatch)
    assert weak in kept and kept[weak] < eventness.GENRE_KEEP  # a report: kept
    got = _types(LEAD + last, 0.01, monkeypatch)
    assert weak not in got
    assert BLAST in got  # the confident event stays


@pytest.mark.parametrize("name", sorted(MID_PIECES))
def test_events_eventness_genre_mid_confidence_event_of_a_no_report_piece_is_dropped(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    last, mid = MID_PIECES[name]
    kept = _types(LEAD + last, 0.9, monkeypatch)
    assert mid in kept and 0.5 <= kept[mid] < eventness.GENRE_KEEP  # a report: kept
    got = _types(LEAD + last, 0.01, monkeypatch)
    assert mid not in got
    assert BLAST in got and got[BLAST] >= eventness.GENRE_KEEP  # the confident event stays


def test_events_eventness_genre_item_of_its_own_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    last, weak = ITEM
    got = _types(LEAD + last, 0.01, monkeypatch)
    assert weak in got and got[weak] < eventness.GENRE_KEEP
    assert BLAST in got


def test_events_eventness_genre_without_model_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    last, weak = PIECES["undated arrest"]
    assert weak in _types(LEAD + last, None, monkeypatch)


def test_events_eventness_genre_wire_report_is_not_below_the_bar() -> None:
    p = report_probability(TITLE, LEAD + PIECES["undated arrest"][0])
    assert p is not None and p > genre.GENRE_NO_REPORT, p
    assert eventness.GENRE_NO_REPORT == genre.GENRE_NO_REPORT  # (re-exported)
