"""The families of ACLED event types that several readings of events share: the violent
types (one incident's killing, fighting or blast), the demonstration types and the takeover
sub-event types. A leaf module:
detection, merging and the toll readings import it without importing each other.
"""

from __future__ import annotations

__all__ = ["ASSAULT_TYPES", "PROTEST_TYPES", "TAKEOVER_SUBTYPES"]

#: The violent event types: an act of force, with its dead and its two sides.
ASSAULT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: The demonstration event types.
PROTEST_TYPES = frozenset({"Protests", "Riots"})
#: The sub-event types of ground changing hands (ACLED's two takeovers, both Battles).
TAKEOVER_SUBTYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
