"""Regular-expression alternations of word lists that share their leading characters.

Python's ``re`` tries the branches of ``(?:اب|اج|ب...)`` one after another at every place it
looks; a list of a hundred month names or agency aliases costs a hundred tries there.
:func:`alternation` writes the same list as a tree of its leading characters
(``(?:ا(?:ب|ج)|ب...)``), so the engine tries one branch per distinct character.

The tree means exactly what the flat alternation means, first match included: two phrases
that start with different literal characters (or one with a character, the other with
blanks) cannot match at the same place, so their order does not matter; where sharing would
move a phrase ahead of one that may match without reading a character (an empty rest,
optional blanks), the phrases stay flat. (That holds for patterns compiled without
``re.IGNORECASE``, where two different characters never match the same one.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["alternation", "pieces"]


def pieces(phrase: str, blank: str) -> list[str]:
    """The regex pieces of ``phrase``: one escaped character each, each space as ``blank``."""
    return [blank if ch == " " else re.escape(ch) for ch in phrase]


def _literal(piece: str) -> bool:
    """A piece that matches one given non-blank character and nothing else."""
    ch = piece[-1:]
    return bool(ch) and not ch.isspace() and piece in (ch, re.escape(ch)) and (len(piece) == 1 or piece[0] == "\\")


def alternation(phrases: Iterable[Sequence[str]], blanks: Iterable[str] = ()) -> str:
    """The branches (without the enclosing group) of an alternation of ``phrases``, each a
    list of regex pieces (see :func:`pieces`) in priority order. ``blanks`` are the pieces
    that match one or more blank characters and never nothing; any other piece that is not
    an escaped character is taken as one that may match nothing."""
    return _branches([list(p) for p in phrases], frozenset(blanks))


def _branches(phrases: list[list[str]], blanks: frozenset[str]) -> str:
    def head(units: list[str]) -> str:
        return units[0] if units and _literal(units[0]) else ""

    seen: set[str] = set()
    loose = False  # a phrase that may match nothing came before
    for units in phrases:
        first = head(units)
        if not first:
            loose = loose or not units or units[0] not in blanks
        elif first in seen and loose:
            return "|".join("".join(units) for units in phrases)
        seen.add(first)
    groups: dict[str, list[list[str]]] = {}
    order: list[tuple[str, list[str]]] = []  # (char, []) for a shared group, ("", phrase) kept whole
    for units in phrases:
        first = head(units)
        if not first:
            order.append(("", units))
        elif first in groups:
            groups[first].append(units[1:])
        else:
            groups[first] = [units[1:]]
            order.append((first, []))
    parts = []
    for first, units in order:
        if not first:
            parts.append("".join(units))
        elif len(groups[first]) == 1:
            parts.append(first + "".join(groups[first][0]))
        else:
            parts.append(first + "(?:" + _branches(groups[first], blanks) + ")")
    return "|".join(parts)
