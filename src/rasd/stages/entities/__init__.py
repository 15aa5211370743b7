"""Entities: people, organisations and places named (CRF tiers, name lists, the actor knowledge
base). The stage is in ``stage``."""

from rasd.stages.entities.stage import TIERS, EntitiesStage, Tagger, find_entities

__all__ = ["TIERS", "EntitiesStage", "Tagger", "find_entities"]
