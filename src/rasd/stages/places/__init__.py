"""Places: place names read in context and resolved in the gazetteer. Its modules: ``stage`` (the
stage), ``anchor``, ``lists``, ``match``, ``resolve``, ``words``."""

from rasd.stages.places.stage import PlacesStage, places_in_text

__all__ = ["PlacesStage", "places_in_text"]
