"""Quotation marks the event stages read as the edges of a quoted name, not as punctuation.

One place for the marks the three readers share (:mod:`~rasd.stages.events.tolls`,
:mod:`~rasd.stages.events.voice`, :mod:`~rasd.stages.events.victims`); each reader adds its own
extra marks here, named for why it reads them as quote edges.
"""

from __future__ import annotations

__all__ = ["COMMAS", "NAME_QUOTES", "TOLL_QUOTES", "VICTIM_QUOTES", "VOICE_QUOTES"]

#: The two commas (Arabic and Latin) that join or part the clauses and list items the readers cut.
COMMAS = frozenset({"،", ","})
#: Marks that set off a name (``«جبهة النصرة»``, ``تنظيم "داعش"``): every reader skips them.
NAME_QUOTES = frozenset({"«", "»", '"', "“", "”"})
#: The ASCII apostrophe, which some sites use as a single quote (``'داعش'``).
_APOSTROPHE = "'"
#: A slash, which voice also reads as a quote edge beside a name.
_SLASH = "/"

#: Between a count and its verb (tolls): names in quotes, single quotes included.
TOLL_QUOTES = NAME_QUOTES | {_APOSTROPHE}
#: Between a verb of meeting death and its subject (voice): single quotes and slashes too.
VOICE_QUOTES = NAME_QUOTES | {_APOSTROPHE, _SLASH}
#: Within a victims' phrase (victims): the name quotes only. Victims never counted the apostrophe
#: as a quote, so there it still ends a phrase; kept so to leave the output as it was.
VICTIM_QUOTES = NAME_QUOTES
