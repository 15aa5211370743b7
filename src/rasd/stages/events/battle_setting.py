"""A battle named only as the setting of something else: no incident (issue 16).

The nouns of fighting (``معركة``, ``المعارك``, ``القتال``) tell an incident when the sentence
says the fighting took place or was waged (``دارت المعارك في جبهات المدينة``, ``اندلعت المعارك في
محيط المطار``, ``تتواصل المعارك حول الحي``, ``عاد الرتل بعد خوضه معارك في الريف``). Just as often
they name a front, a field or a time: ``جبهات القتال`` (fighters sent to the fronts), ``ساحات
المعارك`` (a leader's speech), ``وسط المعارك`` (civilians trapped amid the fighting), ``يترقب السكان
المعركة الفاصلة`` (a battle to come), ``التوقف عن القتال`` (a call to stop). rasd reads a weak ``Armed clash`` from each. Such an event is dropped when all of these hold:
its sub-event type is one the table reads (``Armed clash``); it is weak (under the table's
``max_confidence``) and counts no dead; it is not told in the article's first sentence (a piece's
lead is its news); and in every sentence of it the only act words are those nouns, with no verb
that tells fighting take place (the table's ``verbs``: of occurring and of waging a fight) within
``reach`` words of one. A sentence with any other act word (a strike, a death, a takeover) is
left alone, as is one whose fighting happens.

The nouns, the verbs and the bars are the ``battle_setting`` table of
``rasd/data/events/eventness.json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document
from rasd.stages.events.detect import find_hits
from rasd.stages.events.lexicon import Word
from rasd.stages.events.merge import Candidate
from rasd.text import load_data, normalize_key

__all__ = ["SettingTable", "setting_table", "told_as_setting"]


@dataclass(frozen=True, slots=True)
class SettingTable:
    """The ``battle_setting`` table: which events it reads, the nouns of fighting and the verbs
    that make them an incident."""

    sub_event_types: frozenset[str]
    max_confidence: float
    reach: int  # words either side of a noun within which a verb makes it an incident
    nouns: frozenset[str]  # normalised keys
    verbs: frozenset[str]  # normalised keys


@lru_cache(maxsize=1)
def setting_table() -> SettingTable:
    """The ``battle_setting`` table of ``eventness.json`` (reads nothing when it is absent)."""
    raw = load_data("events/eventness.json").get("battle_setting", {})
    return SettingTable(
        sub_event_types=frozenset(raw.get("sub_event_types", ())),
        max_confidence=float(raw.get("max_confidence", 0.0)),
        reach=int(raw.get("reach", 2)),
        nouns=frozenset(normalize_key(w) for w in raw.get("nouns", ())),
        verbs=frozenset(normalize_key(w) for w in raw.get("verbs", ())),
    )


def _happens(words: Sequence[Word], first: int, last: int, table: SettingTable) -> bool:
    """Whether a verb of the table stands within ``reach`` words of ``words[first:last + 1]``
    (as written or without its proclitics: ``ودارت``)."""
    lo, hi = max(0, first - table.reach), min(len(words), last + 1 + table.reach)
    return any(k < first or k > last for k in range(lo, hi)
               if words[k].key in table.verbs or any(s in table.verbs for s in words[k].stems))


def _setting_only(words: Sequence[Word], table: SettingTable) -> bool:
    """Whether the sentence ``words`` names fighting only as a setting: its act words are all
    nouns of fighting, none with a verb that tells it take place."""
    hits = find_hits(words)
    if not hits:
        return False  # nothing read here: the event stands on another sentence or reading
    for h in hits:
        if normalize_key(h.term) not in table.nouns or _happens(words, h.first, h.last, table):
            return False
    return True


def told_as_setting(doc: Document, words: Sequence[Word], ranges: Sequence[tuple[int, int]],
                    cand: Candidate, confidence: float) -> bool:
    """Whether ``cand`` (read from ``words[lo:hi]`` for each of ``ranges``, at ``confidence``)
    names a battle only as the setting of something else (see the module docstring)."""
    table = setting_table()
    if cand.sub_event_type not in table.sub_event_types or confidence >= table.max_confidence:
        return False
    if cand.fatalities or not ranges:
        return False  # dead counted: an incident
    if doc.sentences and any(start < doc.sentences[0].end for start, _ in cand.spans or ((cand.start, cand.end),)):
        return False  # the lead of a piece is its news
    return all(_setting_only(words[lo:hi], table) for lo, hi in ranges)
