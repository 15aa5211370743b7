"""How an item of a list of places is told: a note that locates it does not end the list.

:func:`rasd.stages.events.where.place_list` lists the places a sentence joins with ``و`` and
commas, one event each (ACLED codes a list of towns raided or marched in on one day as one
event per town). An item may carry a short note in brackets or quotation marks that locates
it, a direction first (``في أنقرة وأضنة (جنوب) وقونية (وسط البلاد)``, ``في الرباط "شمال"
ووجدة "شرق"``): the note belongs to its item, so the list goes on after it (:func:`note_end`).
Reads only the document's text and the ``directions`` cue list of ``cues.json``.

Two places after ``بين`` are the two ends of one road, border or front (``على الطريق الرابط
بين مدينتي س وص``, ``في القرى الحدودية بين س وص``), one place where the incident happened, not
two: ACLED codes it once, at the first end (:func:`between_ends`). Silent unless the event was
given that first end and the pair is told in the trigger's own clause (no reporting verb and
no ``أن`` between: ``اشتباكات في الحوطة، وأضاف أن المقاومة تسيطر على الطريق بين س وص`` lists
nothing new), so that one incident told twice keeps one place; and silent for strikes from
afar (where.place_list's ``mixed`` lists): there the one event merged into the sentence's other
strike act and its own sub-type was lost (a barrel strike "on the road between two towns")."""

from __future__ import annotations

from rasd.stages.events.lexicon import cue_set, words_of

__all__ = ["between_ends", "note_end"]

#: Opening marks of a note and the marks that close them.
_CLOSERS = {"(": ")", "«": "»", '"': '"', "“": "”", "'": "'"}
#: The most words a note may hold (``(جنوب غربي البلاد)``: 3).
_NOTE_WORDS = 4
#: How far (characters) after a place a note may open.
_NOTE_REACH = 2
#: ``أن`` and its forms (normalised keys): a reported clause opens.
_THAT = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه"})
#: How many characters before a place ``بين`` (and a place noun) may stand.
_BETWEEN_REACH = 30


def note_end(text: str, start: int, end: int) -> int:
    """Where a bracketed or quoted note opening right at ``start`` (after a place) and
    closing before ``end`` ends: ``أضنة (جنوب) وقونية`` gives the offset after ``)``.
    The note must open with a direction word (``directions``) and hold at most
    :data:`_NOTE_WORDS` words, none of them a digit; otherwise ``start`` (no note)."""
    k = start
    while k < end and k - start < _NOTE_REACH and text[k] == " ":
        k += 1
    closer = _CLOSERS.get(text[k]) if k < end else None
    if closer is None:
        return start
    close = text.find(closer, k + 1, end)
    if close < 0 or "\n" in text[k:close]:
        return start
    words = [w for w in words_of(text, k + 1, close) if not w.punct]
    if not words or len(words) > _NOTE_WORDS or any(ch.isdigit() for ch in text[k:close]):
        return start
    if not any(m.first == 0 for m in cue_set("directions").find(words)):
        return start
    return close + 1


def between_ends(text: str, start: int, anchor: int | None) -> bool:
    """Whether the place at ``start`` is the first end of a pair after ``بين`` (a place noun,
    singular or dual, may stand between: ``بين مدينتي``) told in the clause of the trigger at
    ``anchor``: after it, with no reporting verb and no ``أن`` between."""
    before = words_of(text, max(0, start - _BETWEEN_REACH), start)
    nouns = cue_set("place_nouns")
    k = len(before)
    if k > 0 and (nouns.any_in(before, k - 1, k) or _dual_noun(before[k - 1].key)):
        k -= 1
    if k == 0 or before[k - 1].key not in ("بين", "وبين"):
        return False
    if anchor is None or anchor > start:
        return False
    told = words_of(text, anchor, start)
    return not any(w.key in _THAT for w in told) and not cue_set("reporting_verbs").find(told)


def _dual_noun(key: str) -> bool:
    """A dual of a place noun in the oblique case (``مدينتي``, ``بلدتي``, ``قريتي``,
    ``حيي``): the noun's stem with ``ي`` or ``تي`` (normalised keys)."""
    nouns = cue_set("place_nouns")
    return any(stem and nouns.any_in(words_of(stem, 0, len(stem)), 0, 1)
               for stem in (key[:-1], key[:-2] + "ه"))
