"""Where a demonstration was held: a list of towns and provinces marched in is one event each.

ACLED codes a demonstration once per place and day: students marching on one day in Kut,
Maysan and Samawah are three events. A report lists such places as they come, towns and
provinces mixed (a province standing for the march in its capital: ``مسيرات في الكوت
وميسان والسماوة``), where
:func:`rasd.stages.events.where.place_list` lists towns with towns and provinces with
provinces only, so that the list stopped at its first province and every place after it was
lost (folded into the first place's event).

:func:`marched_in_list` says when a demonstration's list may mix the two levels, as a list of
targets struck from afar already may: the demonstration (``Protests``, ``Riots``) is told
first, its first place follows it, after a locative (``في``, ``أمام`` ...), and the next
place joins it with nothing but ``و`` (the joining test is
:func:`rasd.stages.events.where.place_list`'s own). Silent otherwise: a province told
before the protest (``شهدت محافظة X تظاهرات``), a place that only locates another (``في
الكوت مركز محافظة واسط``: no ``و``), a country, the speaker's place, and every act that is not
a demonstration (a list of provinces for battles is a summary of the fronts; arrests and
raids over listed areas are mostly the extent of one operation).
"""

from __future__ import annotations

from rasd.document import Place
from rasd.stages.events.type_sets import PROTEST_TYPES
from rasd.stages.events.where import locative_before

__all__ = ["marched_in_list"]


def marched_in_list(text: str, event_type: str, trigger_start: int, first: Place | None) -> bool:
    """Whether the list of places that starts at ``first`` (the demonstration's own place)
    may join towns and provinces, one demonstration each (see the module docstring)."""
    if first is None or event_type not in PROTEST_TYPES:
        return False
    return trigger_start <= first.start and locative_before(text, first.start)
