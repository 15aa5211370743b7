"""Helper shared by the places tests: the places a text names, keyed by their surface."""

from __future__ import annotations

from typing import Any

from rasd.document import Place
from rasd.stages.places.stage import places_in_text

__all__ = ["found_places"]


def found_places(text: str, **options: Any) -> dict[str, Place]:
    """The places :func:`places_in_text` finds in ``text`` (``options`` passed on), by the
    text they cover."""
    return {text[p.start : p.end]: p for p in places_in_text(text, **options)}
