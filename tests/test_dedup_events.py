"""Cross-article event deduplication rules (pure logic, no store)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_docs import TARMIYAH, all_docs, report_docs
from rasd.dedup.events import (
    EventIndex,
    Report,
    actors_compatible,
    event_id_for,
    evidence_words,
    haversine_km,
    match_score,
    merge_reports,
)


def _report(**kw: object) -> Report:
    base = Report(document_id="d1", idx=0, event_type="Battles", sub_event_type="Armed clash",
                  date="2026-03-10", time_precision=1, actor1="Military Forces of Iraq", actor2="Islamic State",
                  location_text="الطارمية", location_name="Tarmiyah", country="IQ", admin1="Baghdad",
                  lat=TARMIYAH["lat"], lon=TARMIYAH["lon"], geo_precision=1, fatalities=2,
                  published="2026-03-10", sources=("Outlet One",),
                  evidence_text="اشتباكات عنيفة بين الجيش العراقي ومسلحي تنظيم الدولة في الطارمية أسفرت عن قتيلين")
    return replace(base, **kw)  # type: ignore[arg-type]


def test_dedup_events_two_reports_one_event() -> None:
    index = EventIndex()
    events = index.add_documents(report_docs())
    assert len(events) == 1
    (event,) = events
    assert event.documents == ("bomb-a", "bomb-b")
    assert set(event.sources) == {"Outlet One", "Outlet Two", "Reuters", "AFP"}


def test_dedup_events_same_day_same_town_different_events() -> None:
    events = EventIndex().add_documents(all_docs())
    assert sorted(e.sub_event_type for e in events) == [
        "Air/drone strike", "Peaceful protest", "Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"date": "2026-03-11"}, True),  # within a day
        ({"date": "2026-03-12"}, False),  # two days apart
        ({"event_type": "Protests"}, False),
        ({"actor2": None}, True),  # unknown actor matches
        ({"actor2": "Islamic State (Iraq)"}, True),  # containment
        ({"actor2": "Kurdish Regional Government"}, False),
        ({"actor1": "Islamic State", "actor2": "Military Forces of Iraq"}, True),  # battles: sides swap
        ({"actor1": "Police Forces of Iraq"}, False),  # Military vs IS is not Police vs IS
        ({"actor1": "Islamic State", "actor2": None}, True),
        ({"lat": TARMIYAH["lat"] + 0.05}, True),  # ~5 km
        ({"lat": TARMIYAH["lat"] + 0.5}, False),  # ~55 km, town precision
        ({"lat": TARMIYAH["lat"] + 0.5, "geo_precision": 3}, True),  # province-level report
        ({"country": "SY"}, False),
        ({"document_id": "d0"}, False),  # the same article's second event stays separate
        ({"lat": None, "lon": None}, False),  # no coordinates and not the same story
        ({"lat": None, "lon": None, "story": "s1"}, True),  # no coordinates, same story
        ({"evidence_text": "وبالاشتباكات العنيفة مع التنظيم في منطقة الطارمية"}, True),  # prefixes stripped
        ({"evidence_text": "ارتفعت أسعار الذهب في الأسواق اليوم"}, False),  # unrelated evidence
        ({"evidence_text": "ارتفعت أسعار الذهب في الأسواق اليوم", "story": "s1"}, True),  # same story
    ],
)
def test_dedup_events_match_rules(change: dict, same: bool) -> None:
    existing = merge_reports([_report(document_id="d0", story="s1")])
    candidate = _report(**change)
    assert (match_score(candidate, existing) is not None) is same


@pytest.mark.parametrize(
    ("actors", "sub_event_type", "same"),
    [
        (("Police Forces of Iraq", "Military Forces of Iraq"), "Remote explosive/landmine/IED", True),  # nested
        (("Military Forces of Iraq", "Police Forces of Iraq"), "Remote explosive/landmine/IED", True),  # roles
        (("Military Forces of Iraq", "Police Forces of Iraq"), "Suicide bomb", False),  # other sub-event
        (("Islamic State", "Police Forces of Iraq"), "Remote explosive/landmine/IED", False),  # not nested
        ((None, "Military Forces of Iraq (2022-)"), "Remote explosive/landmine/IED", True),
    ],
)
def test_dedup_events_outlets_naming_sides_differently(actors: tuple[str | None, str | None], sub_event_type: str,
                                                       same: bool) -> None:
    first = _report(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                    actor1=None, actor2="Military Forces of Iraq")
    other = _report(document_id="d2", event_type="Explosions/Remote violence", sub_event_type=sub_event_type,
                    actor1=actors[0], actor2=actors[1])
    assert (match_score(other, merge_reports([first])) is not None) is same


def test_dedup_events_merged_actors_come_from_one_report() -> None:
    a = _report(document_id="d1", actor1=None, actor2="Military Forces of Iraq", confidence=0.9)
    b = _report(document_id="d2", actor1="Police Forces of Iraq", actor2="Military Forces of Iraq", confidence=0.5)
    merged = merge_reports([a, b])
    assert (merged.actor1, merged.actor2) == ("Police Forces of Iraq", "Military Forces of Iraq")


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        ([("2026-03-10", 3), ("2026-03-10", 5)], 3),  # same day: the conservative figure
        ([("2026-03-10", 3), ("2026-03-11", 4)], 4),  # a later report states more: revised up
        ([("2026-03-10", 5), ("2026-03-11", 2)], 5),  # never revised down
        ([("2026-03-10", None), ("2026-03-11", 2)], 2),
        ([("2026-03-10", None)], None),
        ([("2026-03-12", 7), ("2026-03-10", 1), ("2026-03-11", 4)], 7),
    ],
)
def test_dedup_events_fatalities_acled_rule(reports: list[tuple[str, int | None]], expected: int | None) -> None:
    merged = merge_reports([_report(document_id=f"d{i}", published=day, fatalities=n)
                            for i, (day, n) in enumerate(reports)])
    assert merged.fatalities == expected


def test_dedup_events_most_precise_date_and_location() -> None:
    vague = _report(document_id="d1", date="2026-03-09", time_precision=2, geo_precision=3, lat=33.3, lon=44.4,
                    location_name="Baghdad")
    precise = _report(document_id="d2", published="2026-03-11")
    merged = merge_reports([vague, precise])
    assert merged.date == "2026-03-10" and merged.time_precision == 1
    assert merged.location is not None and merged.location["name"] == "Tarmiyah"
    assert merged.id == event_id_for("d1", 0)  # the id of the first report, stable
    assert merged.documents == ("d1", "d2")


def test_dedup_events_merge_needs_reports() -> None:
    with pytest.raises(ValueError):
        merge_reports([])


@given(st.text(max_size=30), st.text(max_size=30))
def test_dedup_events_actor_compatibility_is_symmetric(a: str, b: str) -> None:
    assert actors_compatible(a, None, b, None) == actors_compatible(b, None, a, None)
    assert actors_compatible(a, None, a, None)


@given(st.floats(-80, 80), st.floats(-179, 179), st.floats(-80, 80), st.floats(-179, 179))
def test_dedup_events_haversine_metric(lat1: float, lon1: float, lat2: float, lon2: float) -> None:
    d = haversine_km(lat1, lon1, lat2, lon2)
    assert d >= 0 and abs(d - haversine_km(lat2, lon2, lat1, lon1)) < 1e-6
    assert haversine_km(lat1, lon1, lat1, lon1) < 1e-6


def test_dedup_events_evidence_words() -> None:
    words = evidence_words("وقال مصدر أمني إن الاشتباكات في الطارمية أسفرت عن 3 قتلى")
    assert {"اشتباكات", "طارميه", "اسفرت", "قتلي", "3"} <= words
    assert not {"قال", "وقال", "مصدر", "في", "عن", "ان"} & words


def test_dedup_events_unknown_actors_do_not_chain_unrelated_reports() -> None:
    index = EventIndex()
    texts = ["ارتفعت أسعار الذهب في الأسواق العالمية", "افتتح المحافظ مهرجان الصيف في المدينة",
             "أعلنت الجامعة عن وظائف شاغرة للمعيدين"]
    for i, text in enumerate(texts):
        index.add(_report(document_id=f"d{i}", actor1=None, actor2=None, evidence_text=text))
    assert len(index.events) == 3
