"""The places an event may be set at: not a town read abroad on its name alone, not a byline's.

Two kinds of place the ``places`` stage finds are places of the text but not where its events
happened:

* a town read in a country the story names nowhere else, with no namesake in the story's
  country (``Place.lone_abroad``, set by :mod:`rasd.stages.places.lone`);
* the place of a byline that opens the text, which the clean stage left in the body because
  it puts the writer or the agency first (``واس - عدن:``, ``رويترز- القاهرة:``, ``فهد العتيبي -
  سبق - الطائف:``): it names where the story was written. Where the byline's sentence names
  another place (``واس - عدن: اشتبكت المقاومة ... في محافظة تعز``), that place is the
  incident's, and the byline's town, finer than a province, must not win over it. A byline
  whose sentence names no other place is left alone: its town is then the best the text gives.

:func:`abroad_left_out` and :func:`event_places` give the document the events stage reads its
places from.
"""

from __future__ import annotations

import re

from rasd.document import Document, Place

__all__ = ["abroad_left_out", "byline_end", "event_places"]

#: how far into the text the colon closing a byline may stand
_BYLINE_REACH = 70
#: a byline: a few words joined by dashes (two parts at least), closed by a colon
_BYLINE = re.compile(r"^[^\n:.،,؟!]{1,60}?\s*[-–—]\s*[^\n:.،,؟!]{1,40}?:")
#: the most words a byline has (a writer's name, an outlet, a town)
_BYLINE_WORDS = 8


def byline_end(text: str) -> int | None:
    """Where an opening byline of ``text`` ends (after its colon), or ``None`` where the text
    opens with none."""
    m = _BYLINE.match(text[:_BYLINE_REACH])
    if m is None or len(m.group(0).split()) > _BYLINE_WORDS:
        return None
    return m.end()


def _sentence_end(doc: Document, at: int) -> int:
    """The end of the sentence that holds offset ``at`` (the text's end if none does)."""
    return next((s.end for s in doc.sentences if s.start <= at < s.end), len(doc.text))


def abroad_left_out(doc: Document) -> Document:
    """``doc`` without the towns read abroad on their name alone."""
    if not any(p.lone_abroad for p in doc.places):
        return doc
    return doc.evolve(places=tuple(p for p in doc.places if not p.lone_abroad))


def event_places(doc: Document) -> Document:
    """``doc`` without the places of an opening byline whose sentence names another place
    (after :func:`abroad_left_out`: the story's country and its fallback place are read with
    the byline's town, which still says where the story is)."""
    kept = list(doc.places)
    end = byline_end(doc.text)
    if end is not None:
        in_byline = [p for p in kept if p.end <= end]
        if in_byline and _names_another(kept, end, _sentence_end(doc, end)):
            kept = [p for p in kept if p.end > end]
    if len(kept) == len(doc.places):
        return doc
    return doc.evolve(places=tuple(kept))


def _names_another(places: list[Place], lo: int, hi: int) -> bool:
    """Whether a place with a country stands in ``[lo, hi)``."""
    return any(lo <= p.start < hi and p.country for p in places)
