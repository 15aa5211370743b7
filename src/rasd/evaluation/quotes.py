"""Evaluator for the quotes stage on the bundled gold set (``gold/quotes/articles.json``).

Each gold quote names its speaker (the full name, or the phrase of an anonymous source, plus
acceptable alternatives in ``also``), the claim text (its offsets are found by searching the
article) and whether it is direct. Matching, one to one and greedy by overlap:

* a predicted quote matches a gold quote when their spans overlap by at least half of the
  longer one (``overlap / max(len_gold, len_pred) >= 0.5``);
* its speaker matches when the normalised gold speaker (or an ``also`` name) equals the
  normalised predicted ``canonical`` or ``text``.

Metrics: ``pair_precision``/``pair_recall``/``pair_f1`` count a prediction as correct only
when quote and speaker both match; ``quote_precision``/``quote_recall`` the spans alone;
``direct_accuracy`` the ``direct`` flag on matched spans. Articles whose id starts with
``blind-`` were written after the rules were tuned on the others and are also scored
alone (``blind_pair_precision``/``blind_pair_recall``).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.document import Document, Quote, Sentence
from rasd.evaluation import EvalResult
from rasd.text import normalize_key

__all__ = ["evaluate", "load_gold", "score_document", "analyse_for_quotes", "speaker_matches", "overlap"]

THRESHOLD = 0.5


def load_gold() -> list[dict[str, Any]]:
    """The gold articles: ``{"id", "text", "quotes": [{"speaker", "quote", "direct", "also"?}]}``."""
    res = resources.files("rasd.evaluation").joinpath("gold", "quotes", "articles.json")
    data = json.loads(res.read_text(encoding="utf-8"))
    articles: list[dict[str, Any]] = data["articles"]
    return articles


def analyse_for_quotes(text: str) -> Document:
    """Run the pipeline up to and including quotes on ``text`` as given (no cleaning, so
    gold offsets stay valid). Falls back to a plain sentence split when the default
    pipeline cannot be built."""
    from rasd.api import get_pipeline, new_document
    from rasd.pipeline import PipelineError, default_config
    from rasd.stages.quotes.stage import QuotesStage

    doc = new_document(text)
    config = default_config()
    names = [s.name for s in config.stages]
    if "quotes" in names:
        keep = names[: names.index("quotes") + 1]
        config = config.without(*[n for n in names if n not in keep])
        try:
            return get_pipeline(config, clean=False)(doc)
        except PipelineError:
            pass
    try:
        doc = get_pipeline(config.without("quotes", "events"), clean=False)(doc)
    except Exception:  # an unfinished stage elsewhere must not stop this evaluation
        from rasd.stages.segment.stage import split_sentences

        doc = doc.evolve(sentences=[Sentence(s, e) for s, e in _spans(split_sentences(text))])
    return QuotesStage()(doc)


def _spans(items: Any) -> list[tuple[int, int]]:
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append((int(it[0]), int(it[1])))
        else:
            out.append((int(it.start), int(it.end)))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if inter > 0 and longest > 0 else 0.0


def speaker_matches(gold: dict[str, Any], quote: Quote) -> bool:
    if quote.speaker is None:
        return False
    wanted = {normalize_key(gold["speaker"])} | {normalize_key(a) for a in gold.get("also", [])}
    got = {normalize_key(quote.speaker.text)}
    if quote.speaker.canonical:
        got.add(normalize_key(quote.speaker.canonical))
    return bool(wanted & got)


def score_document(text: str, gold_quotes: list[dict[str, Any]], predicted: tuple[Quote, ...]) -> dict[str, Any]:
    """Counts for one article, with the mismatches for reading."""
    gold_spans = []
    for g in gold_quotes:
        start = text.find(g["quote"])
        if start < 0:
            raise ValueError(f"gold quote not in text: {g['quote'][:40]!r}")
        gold_spans.append((start, start + len(g["quote"])))
    candidates = []
    for gi, gs in enumerate(gold_spans):
        for pi, q in enumerate(predicted):
            ov = overlap(gs, (q.start, q.end))
            if ov >= THRESHOLD:
                candidates.append((ov, gi, pi))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    span_hits = pair_hits = direct_hits = 0
    errors: list[str] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        span_hits += 1
        g, q = gold_quotes[gi], predicted[pi]
        if speaker_matches(g, q):
            pair_hits += 1
        else:
            who = (q.speaker.text, q.speaker.canonical) if q.speaker else None
            errors.append(f"speaker {who} for {g['quote'][:50]!r}, want {g['speaker']!r}")
        if bool(g.get("direct")) == q.direct:
            direct_hits += 1
    for gi, g in enumerate(gold_quotes):
        if gi not in used_g:
            errors.append(f"missed {g['quote'][:60]!r} ({g['speaker']})")
    for pi, q in enumerate(predicted):
        if pi not in used_p:
            errors.append(f"extra {text[q.start:q.end][:60]!r}")
    return {
        "gold": len(gold_quotes), "predicted": len(predicted), "span_hits": span_hits,
        "pair_hits": pair_hits, "direct_hits": direct_hits, "errors": errors,
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(data_dir: Path | None = None) -> EvalResult:
    """Score the quotes stage on the bundled gold set (``data_dir`` is not needed)."""
    totals = {"gold": 0, "predicted": 0, "span_hits": 0, "pair_hits": 0, "direct_hits": 0}
    heldout = {"gold": 0, "predicted": 0, "pair_hits": 0}
    errors: dict[str, list[str]] = {}
    articles = load_gold()
    for art in articles:
        doc = analyse_for_quotes(art["text"])
        counts = score_document(doc.text, art["quotes"], doc.quotes)
        for k in totals:
            totals[k] += counts[k]
        if art["id"].startswith("blind-"):
            for k in heldout:
                heldout[k] += counts[k]
        if counts["errors"]:
            errors[art["id"]] = counts["errors"]
    p = _ratio(totals["pair_hits"], totals["predicted"])
    r = _ratio(totals["pair_hits"], totals["gold"])
    metrics = {
        "pair_precision": p,
        "pair_recall": r,
        "pair_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "quote_precision": _ratio(totals["span_hits"], totals["predicted"]),
        "quote_recall": _ratio(totals["span_hits"], totals["gold"]),
        "direct_accuracy": _ratio(totals["direct_hits"], totals["span_hits"]),
        "blind_pair_precision": _ratio(heldout["pair_hits"], heldout["predicted"]),
        "blind_pair_recall": _ratio(heldout["pair_hits"], heldout["gold"]),
    }
    details: dict[str, object] = {"articles": len(articles), **totals, "errors": errors}
    return EvalResult("quotes", metrics, details=details)
