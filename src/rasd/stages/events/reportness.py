"""Sentence report-ness: whether a sentence that names an act of war reports one that
happened, or uses the same words for a threat, a denial, a forecast, a call, a condemnation,
background, a tally, a trial, sport or an opinion.

A small logistic regression over features of how the act is told, none of them a topic
word: which cue lists of ``rasd/data/events/cues.json`` and of the event-ness sentence lists
(``eventness.json``) the sentence holds, and whether a scope cue (negation, denial, threat,
forecast, call, condemnation, modality, a reporting verb, the pluperfect كان) stands before
its first act word (any term of ``triggers.json`` but a ``strict`` family's); where that act word stands; numbers, casualty words,
a question, a quotation; the events sentence model's act score.

Weights live in ``rasd/models/events/reportness_lr.json``, trained by
:mod:`rasd.train.reportness` (``rasd train reportness``) on sentences the project wrote itself
(Apache-2.0). Without the file :func:`report_probability` is ``None`` and nothing uses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rasd.stages.events.genre import load_lr_model, score_features
from rasd.stages.events.lexicon import TermSet, Word, cue_set, slots_present
from rasd.stages.events.model import sentence_scores
from rasd.text import load_data

__all__ = ["CONFIDENT", "DROP_BELOW", "DROP_SURE_BELOW", "FEATURES", "MODEL_FILE", "SCOPED", "counts_an_act", "load_reportness_model",
           "report_probability", "sentence_features", "unreported"]

MODEL_FILE = "reportness_lr.json"

#: Cue lists of ``cues.json`` whose presence anywhere in the sentence is a feature.
_CUES = (
    "negation", "denial", "threat", "forecast", "call", "reference", "reporting_verbs", "attribution_tail",
    "claim", "accusation", "blame", "cumulative", "pluperfect", "background", "negated_report",
    "no_casualties", "purpose_reference", "year_markers", "retaliation", "framing", "event_anaphora", "relatives",
)
#: Event-ness sentence lists (``eventness.json``) whose presence is a feature.
_EVENTNESS = ("recent", "period", "since", "tally", "anniversary", "modal", "generic", "aftermath",
              "court", "accident", "first_person")
#: Cue lists whose place before the sentence's first act word is a feature of its own: the act
#: is then their object (هدد بشن هجمات، نفى أن تكون الطائرات قصفت، قال إن مسلحين قتلوا).
SCOPED = ("negation", "denial", "threat", "forecast", "call", "reference", "reporting_verbs",
          "pluperfect", "accusation", "modal", "first_person")
#: The features, in the order the model's weights list them.
FEATURES = (
    *(_CUES), *("ev_" + k for k in _EVENTNESS), *(k + "_before" for k in SCOPED),
    "has_act", "act_first", "act_pos", "acts", "act_score", "number", "death", "asks", "quoted",
)
#: How many words into the sentence the first act word counts as leading it.
_LEADING = 2


@lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, TermSet], dict[str, TermSet], TermSet, TermSet]:
    from rasd.stages.events.eventness_tables import eventness_tables
    from rasd.stages.events.numbers import tables

    cues = {k: cue_set(k) for k in _CUES}
    sentence = eventness_tables().sentence
    ev = {k: sentence.get(k) or TermSet(()) for k in _EVENTNESS}
    acts = TermSet(t for spec in load_data("events/triggers.json")["triggers"] if not spec.get("strict")
                   for t in spec["terms"])
    return cues, ev, acts, tables().death


def sentence_features(words: Sequence[Word], lo: int = 0, hi: int | None = None) -> dict[str, float]:
    """The features of the sentence ``words[lo:hi]`` (see the module docstring), each 0..1."""
    hi = len(words) if hi is None else hi
    cues, ev, acts, death = _lists()
    found = acts.find(words, lo, hi)
    first = min((m.first for m in found), default=hi)
    feats: dict[str, float] = {}
    live = slots_present(words)
    for prefix, lists in (("", cues), ("ev_", ev)):
        for name, terms in lists.items():
            # (a list none of whose terms can start in the words finds none)
            matches = terms.find(words, lo, hi) if live is None or terms.slot < 0 or terms.slot in live else []
            feats[prefix + name] = float(bool(matches))
            if name in SCOPED:
                feats[name + "_before"] = float(any(m.first < first for m in matches))
    lead = sum(1 for w in words[lo:first] if not w.punct)
    scores = sentence_scores("", list(words[lo:hi])) if hi > lo else {}
    feats.update({
        "has_act": float(bool(found)),
        "act_first": float(bool(found) and lead <= _LEADING),
        "act_pos": min(1.0, lead / 12.0) if found else 1.0,
        "acts": min(1.0, len({m.first for m in found}) / 3.0),
        "act_score": max(scores.values(), default=0.5),
        "number": float(any(w.key[:1].isdigit() for w in words[lo:hi])),
        "death": float(death.any_in(words, lo, hi)),
        "asks": float(any(w.key in ("؟", "?") for w in words[lo:hi])),
        "quoted": float(any(w.key in ("«", "»", '"') for w in words[lo:hi])),
    })
    return feats


def load_reportness_model() -> dict[str, Any] | None:
    """The report-ness model's weights (:func:`rasd.stages.events.genre.load_lr_model`), or None
    when its file is absent."""
    return load_lr_model(MODEL_FILE)


def report_probability(words: Sequence[Word], lo: int = 0, hi: int | None = None) -> float | None:
    """The model's probability that the sentence ``words[lo:hi]`` reports an incident that
    happened (None without a model)."""
    model = load_reportness_model()
    if model is None:
        return None
    return score_features(model, sentence_features(words, lo, hi))


#: Under this probability that its sentence reports an incident, an event is dropped ...
DROP_BELOW = 0.08
#: ... and under this one an event that carries a toll or is confident (:data:`CONFIDENT` and
#: up): those are right most of the time, and a lost toll or confident event costs more than a
#: false event.
DROP_SURE_BELOW = 0.03
#: The confidence from which an event counts as confident here.
CONFIDENT = 0.5
#: How many words after an act word a number counts it (اعتقال 590، مقتل 13 شخصا).
_COUNT_REACH = 2


def counts_an_act(words: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether a number (in digits) follows one of the act words of ``words[lo:hi]`` closely:
    a counted act is told as what happened, even in a statement's tail (مشيرا إلى اعتقال 590)."""
    acts = _lists()[2]
    return any(words[k].key[:1].isdigit() for m in acts.find(words, lo, hi)
               for k in range(m.last + 1, min(hi, m.last + 1 + _COUNT_REACH)))


def unreported(words: Sequence[Word], ranges: Sequence[tuple[int, int]], confidence: float,
               fatalities: int | None) -> bool:
    """Whether the model is sure none of an event's sentences (``words[lo:hi]`` for each of
    ``ranges``) reports an incident: the highest probability under :data:`DROP_BELOW`, or
    under :data:`DROP_SURE_BELOW` for an event with a toll or at :data:`CONFIDENT` or more; never
    where a sentence counts its act (:func:`counts_an_act`)."""
    if load_reportness_model() is None or not ranges:
        return False
    cut = DROP_SURE_BELOW if fatalities or confidence >= CONFIDENT else DROP_BELOW
    for lo, hi in ranges:
        p = report_probability(words, lo, hi)
        if p is None or p >= cut or counts_an_act(words, lo, hi):
            return False
    return True
