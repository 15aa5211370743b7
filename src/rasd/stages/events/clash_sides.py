"""The two sides of a clash told side by side after ``بين``, each closed by a word of its side
(``اشتباكات بين A من جهة، و B من جهة أخرى``; ``من طرف ... من طرف آخر``): actor1 is the
first name of one side and actor2 the first name of the other. An ally told inside a side
(``A مدعمة بمسلحين من جهة``, ``الحوثيين وحلفائهم من طرف``) is an
associate of that side's head, never its opponent. Used by
:func:`rasd.stages.events.actors.pick_actors`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word

__all__ = ["CLASH_REACH", "SIDE_REACH", "clash_sides", "read_sides"]

_BETWEEN = frozenset({"بين", "وبين"})
#: The nouns of a side's closing phrase (``من جهة``, ``من طرف``, ``من ناحية``), normalised.
_SIDE_NOUNS = frozenset({"جهه", "طرف", "ناحيه"})
#: The words that mark the second side's phrase (``من جهة أخرى``, ``من طرف آخر``, ``من جهة ثانية``).
_OTHER_WORDS = frozenset({"اخري", "اخر", "ثانيه", "الاخري", "الاخر", "الثانيه"})
_STOPS = ".؛;:"
#: How far (in words) after the trigger ``بين`` may stand (``اشتباكات عنيفة بين``, ``دخلت
#: معارك ريف إدلب، وسهل الغاب، بين``: a place told between, commas and all).
CLASH_REACH = 16
#: How long (in words) one side's phrase may be.
SIDE_REACH = 20


def _side_close(words: Sequence[Word], start: int, hi: int, other: bool) -> int | None:
    """The position of ``من`` opening the closing phrase of a side that starts at ``start``
    (``من جهة``; ``من جهة أخرى`` where ``other``), within :data:`SIDE_REACH` words, not past a
    full stop or another ``بين``."""
    for j in range(start, min(hi - 1, start + SIDE_REACH)):
        w = words[j]
        if (w.punct and any(ch in _STOPS for ch in w.key)) or (j > start and w.key in _BETWEEN):
            return None
        if w.key == "من" and words[j + 1].key in _SIDE_NOUNS:
            follows = words[j + 2].key if j + 2 < hi else ""
            if (follows in _OTHER_WORDS) == other:
                return j
        elif other and w.key in _SIDE_NOUNS and j + 1 < hi and words[j + 1].key in _OTHER_WORDS \
                and words[j - 1].key != "من":  # (``طرف آخر`` without its من)
            return j
    return None


def _comma_sides(words: Sequence[Word], p: int, hi: int, text: str) -> tuple[range, range] | None:
    """The spans of ``بين A، و B`` (no closing phrases): the second side opens on the first
    word in ``و`` after a comma, and runs to the next comma or full stop."""
    for j in range(p + 2, min(hi, p + SIDE_REACH)):
        gap = text[words[j - 1].end:words[j].start]
        if any(ch in _STOPS for ch in gap) or words[j].key in _BETWEEN:
            return None
        if any(ch in "،," for ch in gap):
            if not words[j].key.startswith("و"):
                return None
            k = j + 1
            while k < min(hi, j + SIDE_REACH) and not any(ch in "،,.؛;:" for ch in text[words[k - 1].end:words[k].start]):
                k += 1
            return range(p + 1, j), range(j, k)
    return None


def clash_sides(words: Sequence[Word], hi: int, trigger_pos: int) -> tuple[range, range] | None:
    """The word spans of the two sides of a clash whose trigger is followed by ``بين A من
    جهة، و B من جهة أخرى`` (the first ``بين`` after the trigger, at most :data:`CLASH_REACH`
    words on, no full stop between), or None where the sentence does not tell them so."""
    return _closed_sides(words, hi, _between_at(words, hi, trigger_pos))


def _closed_sides(words: Sequence[Word], hi: int, p: int | None) -> tuple[range, range] | None:
    """:func:`clash_sides` from the trigger's ``بين`` at ``p`` (None: none)."""
    if p is not None:
        first_end = _side_close(words, p + 1, hi, other=False)
        if first_end is None:
            return None
        b = first_end + 2
        while b < hi and words[b].punct:
            b += 1
        if b >= hi or not words[b].key.startswith("و"):
            return None
        second_end = _side_close(words, b, hi, other=True)
        if second_end is None:
            return None
        return range(p + 1, first_end), range(b, second_end)
    return None


def _between_at(words: Sequence[Word], hi: int, trigger_pos: int) -> int | None:
    """The position of the trigger's own ``بين`` (at most :data:`CLASH_REACH` words after it)."""
    for p in range(trigger_pos + 1, min(hi, trigger_pos + CLASH_REACH + 1)):
        if words[p].punct and any(ch in _STOPS for ch in words[p].key):
            return None
        if words[p].key in _BETWEEN:
            return p
    return None


def _side_names(cands: Sequence[tuple[int, str, str]], span: range) -> list[str]:
    """The names of the actors (civilians aside) mentioned in ``span``, in the order told."""
    return [c[1] for c in cands if c[0] in span and c[2] != "civilian"]


def _ally_side(words: Sequence[Word], hi: int, p: int | None, cands: Sequence[tuple[int, str, str]],
               actor1: str, actor2: str | None, text: str) -> str | None:
    """The other side's first name where ``بين A (مدعمة بـ X)، و B`` (``بين`` at ``p``) makes
    ``actor2`` one of ``actor1``'s own side (X), else ``actor2``."""
    spans = _comma_sides(words, p, hi, text) if p is not None else None
    if spans is None:
        return actor2
    side_a, side_b = _side_names(cands, spans[0]), _side_names(cands, spans[1])
    if side_a[:1] == [actor1] and actor2 in side_a[1:] and side_b and not set(side_a) & set(side_b):
        return side_b[0]
    return actor2


def read_sides(words: Sequence[Word], hi: int, trigger_pos: int | None,
               cands: Sequence[tuple[int, str, str]], actor1: str | None,
               actor2: str | None, text: str | None = None) -> tuple[str | None, str | None]:
    """``(actor1, actor2)`` of a clash whose two sides :func:`clash_sides` reads: the first
    name of each side, in the order the reading gave them (the side of ``actor1`` first).
    Unchanged where the sides are not told so, a side names no actor, a name stands in both,
    or ``actor1`` is named in neither (a third party: silent)."""
    if trigger_pos is None or actor1 is None:
        return actor1, actor2
    p = _between_at(words, hi, trigger_pos)
    spans = _closed_sides(words, hi, p)
    if spans is None:
        return actor1, (_ally_side(words, hi, p, cands, actor1, actor2, text) if text else actor2)
    side_a, side_b = _side_names(cands, spans[0]), _side_names(cands, spans[1])
    if not side_a or not side_b or set(side_a) & set(side_b):
        return actor1, actor2
    if actor1 in side_a:
        return side_a[0], side_b[0]
    if actor1 in side_b:
        return side_b[0], side_a[0]
    return actor1, actor2
