"""Article genre: whether a piece of news reports an incident at all, or reports nothing (an
opinion column, an analysis, an interview, a statement or condemnation, a press review, an
NGO report, an anniversary, a trial, sport or economy told in war words).

A small logistic regression over nineteen article-level features that do not depend on
the piece's topic words: how strongly the headline and the lead read as an act (the events
sentence model, :mod:`rasd.stages.events.model`), how many sentences do, recency words in the
lead, attribution (قال, بحسب), first-person voice, questions and exclamations, the marker
words of a condemnation, a statement of stance, an interview, an analysis or a report of an
organisation (``rasd/data/events/genre_markers.json``), numbers and casualty words in the
lead. (Not the length of the piece: the corpus's pieces are short, the news's reports long.)

Weights live in ``rasd/models/events/genre_lr.json``, trained by :mod:`rasd.train.genre`
(``rasd train genre``) on articles the project wrote itself (Apache-2.0). Without the file
:func:`report_probability` is ``None`` and nothing uses it.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.stages.events.lexicon import TermSet, Word, cue_set, words_of
from rasd.stages.events.model import sentence_scores
from rasd.text import load_data

__all__ = ["FEATURES", "GENRE_NO_REPORT", "MIN_SENTENCES", "MODEL_FILE", "article_features", "report_probability",
           "reports_nothing", "load_genre_model", "load_lr_model", "score_features"]

MODEL_FILE = "genre_lr.json"

#: The features, in the order the model's weights list them.
FEATURES = (
    "lead_act", "title_act", "max_act", "act_share", "lead_words", "lead_recent", "recent_share",
    "attributed_share", "first_person", "asks", "condemn", "stance", "interview", "analysis",
    "ngo", "lead_number", "lead_death", "title_colon", "title_asks",
)
#: How many sentences (after the headline) make the lead, and how many are read at most.
_LEAD = 2
_READ = 14
#: A piece of fewer sentences is too short to tell its genre (a brief, a one-line wire item:
#: with most features at zero the model only echoes its corpus's share of non-reports).
MIN_SENTENCES = 3
_ASKS = frozenset("؟?!")
_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


@lru_cache(maxsize=1)
def _markers() -> dict[str, TermSet]:
    raw: dict[str, Any] = load_data("events/genre_markers.json")
    return {k: TermSet(v) for k, v in raw.items() if not k.startswith("_")}


def _sentences(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text``'s sentences (at . ! ? ؟ and line breaks)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SPLIT.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _act(text: str, words: Sequence[Word]) -> float:
    scores = sentence_scores(text, words)
    return max(scores.values(), default=0.5)


def article_features(title: str, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> dict[str, float]:
    """The article-level features of a piece (see the module docstring), each about 0..1;
    ``sentences``: its sentence ranges (:func:`_sentences`), where the caller has them."""
    m = _markers()
    recent = _recent_terms()
    attribution = (cue_set("reporting_verbs"), cue_set("attribution_tail"))
    body = words_of(text)
    starts = [w.start for w in body]
    spans = (_sentences(text) if sentences is None else sentences)[:_READ]
    counts = dict.fromkeys(("condemn", "stance", "interview", "analysis", "ngo", "first_person"), 0)
    acts: list[float] = []
    recent_n = attributed = asks = 0
    lead_recent = lead_number = lead_death = lead_words = 0.0
    death = _death_terms()
    for k, (s, e) in enumerate(spans):
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        words = body[lo:hi]
        acts.append(_act(text[s:e], words))
        has_recent = recent.any_in(body, lo, hi)
        recent_n += has_recent
        attributed += any(t.any_in(body, lo, hi) for t in attribution)
        asks += any(ch in _ASKS for ch in text[s:e])
        for name in counts:
            counts[name] += len(m[name].find(body, lo, hi))
        if k < _LEAD:
            lead_recent = max(lead_recent, float(has_recent))
            lead_number = max(lead_number, float(any(w.key[:1].isdigit() for w in words)))
            lead_death = max(lead_death, float(death.any_in(body, lo, hi)))
            lead_words += len(m["lead_act"].find(body, lo, hi))
    n = max(1, len(spans))
    title_words = words_of(title) if title else []
    title_act = _act(title, title_words) if title_words else 0.5
    feats = {
        "lead_act": max([title_act, *acts[:_LEAD]]),
        "title_act": title_act,
        "max_act": max(acts, default=0.0),
        "act_share": sum(1 for a in acts if a >= 0.5) / n,
        "lead_words": min(1.0, lead_words / 3.0),
        "lead_recent": max(lead_recent, float(recent.any_in(title_words)) if title_words else 0.0),
        "recent_share": recent_n / n,
        "attributed_share": attributed / n,
        "asks": min(1.0, asks / n * 2),
        "lead_number": max(lead_number, float(any(w.key[:1].isdigit() for w in title_words))),
        "lead_death": max(lead_death, float(death.any_in(title_words)) if title_words else 0.0),
        "title_colon": float(any(ch in title for ch in ":«") or bool(re.search(r"\bلـ", title))),
        "title_asks": float(any(ch in _ASKS for ch in title)),
    }
    for name, c in counts.items():
        feats[name] = min(1.0, c / n)
    return feats


@lru_cache(maxsize=1)
def _recent_terms() -> TermSet:
    from rasd.stages.events.eventness_tables import eventness_tables

    return eventness_tables().sentence["recent"]


def _death_terms() -> TermSet:
    from rasd.stages.events.numbers import tables

    return tables().death


@lru_cache(maxsize=4)
def load_lr_model(name: str) -> dict[str, Any] | None:
    """The trained weights of the logistic regression in ``rasd/models/events/<name>``
    (``bias``, ``weights`` per feature, ``mean`` and ``scale``: what :func:`score_features`
    reads), or None when the model file is absent."""
    res = resources.files("rasd").joinpath("models", "events", name)
    if not res.is_file():
        return None
    data: dict[str, Any] = json.loads(res.read_text(encoding="utf-8"))
    return data


def load_genre_model() -> dict[str, Any] | None:
    """The genre model's weights (:func:`load_lr_model`), or None when its file is absent."""
    return load_lr_model(MODEL_FILE)


def score_features(model: dict[str, Any], feats: dict[str, float]) -> float:
    """The model's probability that an article with ``feats`` reports an incident."""
    z = float(model["bias"])
    for name, w in model["weights"].items():
        x = (feats.get(name, 0.0) - model["mean"][name]) / model["scale"][name]
        z += float(w) * x
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=16)
def report_probability(title: str, text: str) -> float | None:
    """The probability that the article reports at least one incident (None without a
    model, or for a piece shorter than :data:`MIN_SENTENCES` sentences)."""
    model = load_genre_model()
    if model is None:
        return None
    sentences = _sentences(text)
    if len(sentences) < MIN_SENTENCES:
        return None
    return score_features(model, article_features(title, text, sentences))


#: Below this probability that the article reports an incident it is read as reporting none;
#: realnews codes events in statement pieces the model puts at 0.12-0.16 (tune C24, C27), hence
#: the low bar.
GENRE_NO_REPORT = 0.1


def reports_nothing(title: str, text: str) -> bool:
    """Whether the model is sure the article reports no incident (a column, an analysis, an
    interview, a statement): its probability is under :data:`GENRE_NO_REPORT`; never without a
    model."""
    reports = report_probability(title, text)
    return reports is not None and reports < GENRE_NO_REPORT
