"""A bare definite word for a force (``القوات``), an armed group (``المسلحون``) or aircraft
(``الطائرات``) names again the force of its sort told just before it: "شنت القوات التركية
غارات ... . وقالت إن القوات قتلت 20 مسلحا" (Turkey's forces, not those of the country the
strike fell in); "هاجم مسلحو بوكو حرام قرية ... . وقتل المسلحون عشرة" (Boko Haram).

The referent is read from the two sentences before the word's and from its own clause
before it, and only where they name exactly one force of the word's sort (else the word
stays as it was; so too where the word is made specific, or its clause told of an unnamed
force of its sort before it). The sorts of words are tables of ``events/actors.json``
(``bare_forces``, ``bare_armed``, ``bare_rebels`` (a rebel group only, never a militia on
the government's side), ``bare_air``; ``air_heads`` the words that name a force's aircraft).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.document import Span
from rasd.stages.events.lexicon import Word, cue_set
from rasd.stages.events.naming import (
    ActorMention,
    RoleMention,
    group_mentions,
    nationality_of,
    role_mentions,
    role_name,
)
from rasd.stages.events.sides import table_words

__all__ = ["Antecedent", "BEFORE_SENTENCES", "antecedents_in", "prior_forces", "resolve_bare"]

#: How many sentences before a bare word's own its referent may be named in.
BEFORE_SENTENCES = 2
#: The sorts of bare words, each with its table in ``events/actors.json``.
_SORTS = (("forces", "bare_forces"), ("armed", "bare_armed"), ("rebels", "bare_rebels"), ("air", "bare_air"))
#: The sort of role word whose unnamed force a bare word of another sort may name again
#: (``مسلحون ... المتمردون``).
_SAME_ROLE = {"rebels": "armed"}
#: Named kinds of a non-state armed group (what a bare ``المسلحون`` may name again).
_GROUP_KINDS = frozenset({"rebel", "militia"})
#: ACLED names of a state's forces (a named state that a bare ``القوات`` may name again).
_FORCE_NAMES = ("Military Forces of ", "Police Forces of ")


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A force named before a bare word: its ACLED ``name``, its mention ``kind``, the sorts
    of bare words that may name it again, and, for a role word (``القوات التركية``), its
    ``template`` and ``country``."""

    name: str
    kind: str
    sorts: frozenset[str]
    template: str | None = None
    country: str | None = None


def _air(words: Sequence[Word], first: int, last: int) -> bool:
    """Whether an air word heads the mention at ``[first, last]`` or stands just before it
    (``طائرات التحالف``, ``الطيران الروسي``)."""
    heads = table_words("air_heads")
    return any(w.key in heads for w in words[max(0, first - 1):last + 1])


def antecedents_in(words: Sequence[Word], lo: int, hi: int, text: str | None,
                   country: str | None) -> list[tuple[int, Antecedent]]:
    """``(position, antecedent)`` of every force named in ``words[lo:hi]`` that a bare word
    may name again: a state's force with its nationality (``القوات التركية``), a named
    state force, a named armed group (``بوكو حرام``), a force named with a forces word
    (``قوات سوريا الديمقراطية``), or a state's or a coalition's aircraft (``طائرات التحالف``)."""
    forces = table_words("bare_forces") | {"قوات"}
    out: list[tuple[int, Antecedent]] = []
    for r in role_mentions(words, lo, hi):
        sort = _role_sort(words, r)
        if sort in ("forces", "air") and r.country is not None:
            name = role_name(r, country)
            if name:
                out.append((r.first, Antecedent(name, r.kind, frozenset({sort}), r.template, r.country)))
    for a in group_mentions(words, lo, hi, text, country):
        sorts: set[str] = set()
        if a.kind in _GROUP_KINDS:
            sorts.add("armed")
        if a.kind == "rebel":
            sorts.add("rebels")
        if (a.kind == "state" and a.name.startswith(_FORCE_NAMES)) or words[a.first].key in forces:
            sorts.add("forces")
        if a.kind in ("state", "external") and _air(words, a.first, a.last):
            sorts.add("air")
        if sorts:
            out.append((a.first, Antecedent(a.name, a.kind, frozenset(sorts))))
    return sorted(out, key=lambda p: p[0])


def prior_forces(text: str, sentences: Sequence[Span], words: Sequence[Word], k: int, country: str | None,
                 memo: dict[int, tuple[Antecedent, ...]]) -> tuple[Antecedent, ...]:
    """The forces the :data:`BEFORE_SENTENCES` sentences before sentence ``k`` name, read in
    ``words`` (the whole text's; each sentence's read once, kept in ``memo``)."""
    out: list[Antecedent] = []
    for i in range(max(0, k - BEFORE_SENTENCES), k):
        if i not in memo:
            s = sentences[i]
            lo, hi = (bisect_left(words, at, key=_start) for at in (s.start, s.end))
            memo[i] = tuple(a for _pos, a in antecedents_in(words, lo, hi, text, country)) if lo < hi else ()
        out.extend(memo[i])
    return tuple(out)


def _start(w: Word) -> int:
    return w.start


def _specific(words: Sequence[Word], j: int, hi: int) -> bool:
    """Whether the word after the bare word at ``j`` makes it a force of its own: an
    adjective (``القوات الخاصة``, ``القوات الأمنية``, ``الطيران المروحي``, ``المسلحين
    الحوثيين``), a nationality or a relative clause (``القوات التي دربتها الحكومة``)."""
    if j + 1 >= hi:
        return False
    nxt = words[j + 1].key
    if cue_set("relatives").any_in(words, j + 1, j + 2) or nationality_of(words, j, j, 1) is not None:
        return True
    if not nxt.startswith("ال"):
        return False
    return nxt.endswith(("ي", "يه", "يين", "يون")) or (nxt.startswith("الم") and nxt.endswith("ه")) \
        or nxt in ("الخاصه", "التابعه")


def _role_sort(words: Sequence[Word], r: RoleMention) -> str | None:
    """The sort of bare word that may name again the force of role word ``r``."""
    if r.kind in ("military", "police"):
        return "air" if _air(words, r.first, r.last) else "forces"
    return "armed" if r.kind == "armed" else None


def _sort_of(word: Word) -> str | None:
    """The sort of bare word ``word`` is, if any."""
    return next((sort for sort, key in _SORTS if word.key in table_words(key)), None)


def resolve_bare(words: Sequence[Word], lo: int, hi: int, prior: Sequence[Antecedent],
                 named: Sequence[ActorMention], roles: Sequence[RoleMention], text: str | None,
                 country: str | None) -> tuple[list[ActorMention], list[RoleMention]]:
    """``(named, roles)`` of the clause ``words[lo:hi]`` with each bare force word that has
    one referent of its sort (in ``prior`` or in the clause before it) named as it: a role
    word takes the referent's country, or gives way to the named referent."""
    if not prior and not named:
        return list(named), list(roles)
    here = antecedents_in(words, lo, hi, text, country)
    new_named, new_roles = list(named), list(roles)
    for j in range(lo, hi):
        sort = _sort_of(words[j])
        if sort is None or _specific(words, j, hi) or any(a.first <= j <= a.last for a in new_named):
            continue
        if any(r.first <= j <= r.last and (r.first != r.last or r.country is not None) for r in new_roles):
            continue
        if any(_role_sort(words, r) == _SAME_ROLE.get(sort, sort) and r.country is None and r.last < j - 1
               for r in role_mentions(words, lo, j)):
            continue  # (its clause told of an unnamed force of its sort before: that is the one)
        seen = {a.name: a for a in prior if sort in a.sorts}
        seen.update({a.name: a for pos, a in here if pos < j and sort in a.sorts})
        if len(seen) != 1:
            continue
        ref = next(iter(seen.values()))
        if any(a.name == ref.name for a in new_named) or any(
                r.country == ref.country and r.kind == ref.kind for r in new_roles if ref.template is not None):
            continue  # (the clause names it already: the bare word tells nothing new)
        at = [r for r in new_roles if r.first == j]
        if ref.template is not None and at:
            new_roles = [replace(r, kind=ref.kind, template=ref.template, country=ref.country) if r.first == j else r
                         for r in new_roles]
        elif ref.template is None:
            new_roles = [r for r in new_roles if r.first != j]
            new_named.append(ActorMention(ref.name, ref.kind, j, j))
    return new_named, new_roles
