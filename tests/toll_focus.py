"""The toll one trigger's incident takes in a one-sentence document, as the events stage reads
it (:func:`rasd.stages.events.incidents.incident_focus`, then
:func:`rasd.stages.events.tolls.fatalities_in`): shared by the toll tests that ask which part
of a sentence an act's dead belong to, and by those that ask what a sentence naming one victim
counts."""

from __future__ import annotations

import datetime as dt

from rasd.document import Document, Sentence
from rasd.stages.events.incidents import incident_focus
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.tolls import fatalities_in

__all__ = ["toll_at_trigger", "toll_naming"]


def toll_at_trigger(sentence: str, trigger: str, sub_event_type: str) -> int | None:
    """The toll of the incident whose trigger is the word keyed ``trigger`` in ``sentence``."""
    doc = Document(id="t", text=sentence, published=dt.date(2020, 5, 10), language="ar",
                   sentences=(Sentence(0, len(sentence)),))
    words = words_of(sentence)
    at = next(i for i, w in enumerate(words) if w.key == trigger)
    focus = incident_focus(doc, words, at, sub_event_type)
    return fatalities_in(words, focus, frozenset(), at)[0]


def toll_naming(sentence: str, name: str | None) -> int | None:
    """The toll a whole sentence tells where the word ``name`` (if any) stands for a person the
    entities stage found (the PER entity the events stage passes in)."""
    words = words_of(sentence)
    persons = frozenset(i for i, w in enumerate(words) if name is not None and sentence[w.start:w.end] == name)
    return fatalities_in(words, None, persons, None)[0]
