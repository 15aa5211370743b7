from __future__ import annotations

from typing import ClassVar

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline, PipelineConfig, PipelineError, StageSpec, build_stage, default_config


class _NeedsEntities:
    name: ClassVar[str] = "needs"
    requires: ClassVar[frozenset[str]] = frozenset({"entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"x"})

    def __call__(self, doc: Document) -> Document:
        return doc


def test_pipeline_rejects_unmet_requirements() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([build_stage(StageSpec("clean")), _NeedsEntities()])


def test_pipeline_rejects_unknown_stage() -> None:
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline.from_config(PipelineConfig((StageSpec("no-such-stage"),)))


def test_pipeline_rejects_bad_options() -> None:
    with pytest.raises(PipelineError, match="bad options"):
        build_stage(StageSpec("segment", {"bogus": 1}))


def test_pipeline_config_round_trips_through_json() -> None:
    config = default_config()
    import json

    again = PipelineConfig.from_dict(json.loads(config.to_json()))
    assert again == config
    assert Pipeline.from_config(again).names == list(n.name for n in config.stages)


def test_pipeline_default_order_satisfies_requirements() -> None:
    pipeline = Pipeline.from_config()
    assert pipeline.names[0] == "clean"
    assert "sentences" in pipeline.provides


def test_pipeline_without_clean_keeps_text() -> None:
    pipeline = Pipeline.from_config(default_config().without("clean"))
    doc = pipeline(Document(id="x", text="  نص كما هو\n\nالتعليقات  "))
    assert doc.text == "  نص كما هو\n\nالتعليقات  "


class _Preloads:
    name: ClassVar[str] = "preloads"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, calls: list[str], label: str) -> None:
        self.calls, self.label = calls, label

    def preload(self) -> None:
        self.calls.append(self.label)

    def __call__(self, doc: Document) -> Document:
        return doc


def test_pipeline_preload_asks_each_stage_that_has_one_in_order() -> None:
    calls: list[str] = []
    pipeline = Pipeline([_Preloads(calls, "a"), build_stage(StageSpec("clean")), _Preloads(calls, "b")])
    pipeline.preload()  # clean has no preload(): skipped
    assert calls == ["a", "b"]
