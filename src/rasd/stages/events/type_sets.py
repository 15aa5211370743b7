"""The families of ACLED event types that several readings of events share: the violent
types (one incident's killing, fighting or blast) and the demonstration types. A leaf module:
detection, merging and the toll readings import it without importing each other.
"""

from __future__ import annotations

__all__ = ["ASSAULT_TYPES", "PROTEST_TYPES"]

#: The violent event types: an act of force, with its dead and its two sides.
ASSAULT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: The demonstration event types.
PROTEST_TYPES = frozenset({"Protests", "Riots"})
