"""Events: ACLED-style conflict events with their arguments, evidence and confidence. Its modules:
``stage`` (the stage), ``actors``, ``dates``, ``detect``, ``encoder``, ``eventness``,
``lexicon``, ``lookup``, ``merge``, ``model``, ``numbers``, ``where``."""

from rasd.stages.events.stage import TIERS, EventsStage, event_notes, extract_events

__all__ = ["TIERS", "EventsStage", "extract_events", "event_notes"]
