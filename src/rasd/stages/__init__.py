"""The analysis stages. Each module holds one stage; they are registered here by path so
that a pipeline imports only what it uses.

Capabilities (what ``requires``/``provides`` name): ``text`` and ``metadata`` (every
ingested document), ``clean`` (debris removed, title and dateline read), ``language``,
``sources``, ``sentences``, ``entities``, ``times``, ``places``, ``quotes``, ``events``.
"""

from __future__ import annotations

from rasd.pipeline import register_stage

__all__ = ["DEFAULT_STAGES", "STAGE_PATHS"]

#: Registry name -> ``module:Class`` of every built-in stage.
STAGE_PATHS: dict[str, str] = {
    "clean": "rasd.stages.clean.stage:CleanStage",
    "language": "rasd.stages.language.stage:LanguageStage",
    "sources": "rasd.stages.sources.stage:SourcesStage",
    "segment": "rasd.stages.segment.stage:SegmentStage",
    "entities": "rasd.stages.entities.stage:EntitiesStage",
    "times": "rasd.stages.times.stage:TimesStage",
    "places": "rasd.stages.places.stage:PlacesStage",
    "quotes": "rasd.stages.quotes.stage:QuotesStage",
    "events": "rasd.stages.events.stage:EventsStage",
}

#: The default analysis pipeline, in order.
DEFAULT_STAGES: tuple[str, ...] = (
    "clean",
    "language",
    "sources",
    "segment",
    "entities",
    "times",
    "places",
    "quotes",
    "events",
)

for _name, _path in STAGE_PATHS.items():
    register_stage(_name, _path)
