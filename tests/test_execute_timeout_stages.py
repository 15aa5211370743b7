"""An article that runs out of time inside a stage is reported as timed out: the stages'
guards against odd text (``except Exception``) do not swallow the time-out."""

from __future__ import annotations

import pytest

from rasd.api import get_pipeline
from rasd.execute.limits import ArticleTimeout, Limits
from rasd.execute.work import analyze_raw
from rasd.ingest.readers import InputError, RawArticle

TEXT = ("قتل ثلاثة جنود أمس حين هاجم مسلحون نقطة تفتيش جنوب العريش، "
        "بحسب ما أعلن مصدر عسكري.")


def _raise_timeout(*_args: object, **_kwargs: object) -> object:
    raise ArticleTimeout()


@pytest.mark.parametrize(
    "target",
    [
        "rasd.stages.places.stage.places_in_text",  # inside the places stage's guard
        "rasd.stages.events.stage.extract_events",  # inside the events stage's guard
    ],
)
def test_execute_timeout_stages_not_swallowed_by_a_stage_guard(monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    monkeypatch.setattr(target, _raise_timeout)
    limits = Limits(timeout_s=30)
    result = analyze_raw(RawArticle(origin="slow.txt", text=TEXT), get_pipeline, limits)
    assert isinstance(result, InputError)
    assert result.origin == "slow.txt"
    assert result.message == limits.timeout_message()


def test_execute_timeout_stages_ordinary_stage_error_still_kept_as_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    # the guard still does its job for odd text: the article is analysed, the places are empty
    def broken(*_args: object, **_kwargs: object) -> object:
        raise ValueError("odd text")

    monkeypatch.setattr("rasd.stages.places.stage.places_in_text", broken)
    result = analyze_raw(RawArticle(origin="odd.txt", text=TEXT), get_pipeline, Limits(timeout_s=30))
    assert not isinstance(result, InputError)
    assert result.places == ()
    assert any(w.startswith("places: odd text") for w in result.warnings)


def test_execute_timeout_stages_is_no_ordinary_exception() -> None:
    assert not issubclass(ArticleTimeout, Exception)
