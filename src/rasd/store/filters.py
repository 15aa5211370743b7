"""What a user types into an event filter, resolved to what the store holds: a country by
ISO code or name (any case), an ACLED event or sub-event type in any case, and an actor
written in Arabic (its knowledge-base entries' ACLED names).

Each resolver raises :class:`FilterValueError` naming the valid values when it cannot
resolve, so that the command line and the API can answer with a clear message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rasd.store.acled import country_table

__all__ = [
    "ACLED_EVENT_TYPES",
    "ACLED_SUB_EVENT_TYPES",
    "FilterValueError",
    "actor_names",
    "has_arabic",
    "resolve_country",
    "resolve_event_type",
    "resolve_sub_event_type",
]

#: ACLED's six event types.
ACLED_EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

#: ACLED's sub-event types, by event type.
ACLED_SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


class FilterValueError(ValueError):
    """A filter value that matches nothing rasd knows; the message lists the valid values."""


def _fold(value: str) -> str:
    return " ".join(value.casefold().replace("_", " ").split())


def resolve_country(value: str, present: Iterable[str] = ()) -> str:
    """The ISO 3166-1 alpha-2 code for ``value``: an alpha-2 or alpha-3 code or a country
    name (ACLED's or ISO's), in any case. ``present``: the codes found in the store, named
    in the error."""
    key = _fold(value)
    table = country_table()
    for row in table.values():
        names = {row.alpha2.casefold(), row.alpha3.casefold(), _fold(row.country), *(_fold(n) for n in row.other_names)}
        if key in names:
            return row.alpha2
    codes = sorted(set(present))
    listed = ", ".join(f"{table[c].country} ({c})" if c in table else c for c in codes)
    hint = f"countries in this database: {listed}" if codes else "no event in this database has a country"
    raise FilterValueError(f"unknown country {value!r}: give an ISO code (SY, SYR) or a name (Syria); {hint}")


def resolve_event_type(value: str) -> str:
    """ACLED's spelling of the event type ``value`` (any case, ``/`` spacing free)."""
    key = _fold(value).replace(" / ", "/")
    for name in ACLED_EVENT_TYPES:
        if _fold(name) == key:
            return name
    raise FilterValueError(f"unknown event type {value!r}; ACLED's event types: {', '.join(ACLED_EVENT_TYPES)}")


def resolve_sub_event_type(value: str) -> str:
    """ACLED's spelling of the sub-event type ``value`` (any case)."""
    key = _fold(value).replace(" / ", "/")
    every = [s for subs in ACLED_SUB_EVENT_TYPES.values() for s in subs]
    for name in every:
        if _fold(name) == key:
            return name
    raise FilterValueError(f"unknown sub-event type {value!r}; ACLED's sub-event types: {', '.join(every)}")


def has_arabic(value: str) -> bool:
    """Whether ``value`` contains an Arabic letter."""
    return bool(_ARABIC.search(value))


def actor_names(query: str) -> tuple[str, ...]:
    """The ACLED names of the knowledge-base actors that an Arabic ``query`` names: the actor
    whose alias it is (``داعش`` -> Islamic State), else every actor with an alias containing
    it as whole words (``الشرطة`` -> every police force). Empty for a query without Arabic
    letters."""
    if not has_arabic(query):
        return ()
    return _actor_names(query.strip())


@lru_cache(maxsize=256)
def _actor_names(query: str) -> tuple[str, ...]:
    from rasd.kb.actors import load_actor_kb, token_key
    from rasd.text import tokenize

    kb = load_actor_kb()
    found: list[str] = []
    exact = kb.lookup(query)
    if exact is not None and exact.acled_name:
        return (exact.acled_name,)
    words = tuple(token_key(query[t.start : t.end]) for t in tokenize(query))
    if words:
        n = len(words)
        for key, actor in kb.alias_keys():
            if actor.acled_name and actor.acled_name not in found and any(
                    key[i : i + n] == words for i in range(len(key) - n + 1)):
                found.append(actor.acled_name)
    return tuple(found)
