"""The quotation lexicon: reporting verbs, participles, complementizers, attribution markers,
speaker words and boundaries, loaded once from ``rasd/data/quotes/*.json`` and normalised
with :func:`rasd.text.normalize_key` so that hamza, ى/ي, ة/ه and diacritic variants match.

Also the token view the quotes stage works on (:class:`Tok`, :func:`tokens_of`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from rasd.document import Entity
from rasd.text import load_data, normalize_key, tokenize
from rasd.tokens import TokenLayer

__all__ = ["Lexicon", "Tok", "kb_hints", "lexicon", "pair_quotes", "tokens_of", "without_article", "without_conj"]


class Tok(NamedTuple):
    """One token of the document: offsets, kind (ar, lat, num, punct) and normalised key (a
    named tuple: made in C, thousands per document)."""

    start: int
    end: int
    kind: str
    key: str


def tokens_of(text: str) -> list[Tok]:
    """Tokens of ``text`` with their normalised keys (tatweel-only tokens keep their text);
    read from the text's token layer where it has one."""
    layer = TokenLayer.get(text)
    if layer is not None:
        return list(layer.view("quotes.tokens", _layer_tokens))
    out = []
    for t in tokenize(text):
        surface = text[t.start : t.end]
        key = normalize_key(surface) or surface
        if surface in _ALA:
            key = "على"  # the preposition keeps its ى: never the name علي
        out.append(Tok(t.start, t.end, t.kind, key))
    return out


def _layer_tokens(layer: TokenLayer) -> tuple[Tok, ...]:
    text, starts, ends = layer.text, layer.starts, layer.ends
    keys = list(layer.keys)
    for i in [i for i, key in enumerate(keys) if not key or key in _ALA_KEYS]:
        surface = text[starts[i] : ends[i]]
        keys[i] = "على" if surface in _ALA else keys[i] or surface
    # ``Tok._make`` without its Python frame: tuple.__new__ over the rows, all in C
    return tuple(map(tuple.__new__, repeat(Tok), zip(starts, ends, layer.kinds, keys, strict=True)))


_ALA = frozenset({"على", "وعلى", "فعلى"})
_ALA_KEYS = frozenset(normalize_key(w) for w in _ALA)
_OPENERS = {'"': '"', "«": "»", "“": "”", "„": "“"}


def pair_quotes(text: str, toks: Sequence[Tok], par_of: Sequence[int]) -> dict[int, int]:
    """Opening -> closing token index of every balanced pair of quotation marks (``"..."``,
    ``«...»``, ``“...”``) inside one paragraph (``par_of`` gives each token's paragraph)."""
    close_of: dict[int, int] = {}
    open_dq: int | None = None
    stack: list[tuple[str, int]] = []
    for i, t in enumerate(toks):
        if t.kind != "punct":
            continue
        ch = text[t.start]
        if open_dq is not None and par_of[open_dq] != par_of[i]:
            open_dq = None
        if stack and par_of[stack[-1][1]] != par_of[i]:
            stack.clear()
        if ch == '"':
            if open_dq is None:
                open_dq = i
            else:
                close_of[open_dq] = i
                open_dq = None
        elif ch in _OPENERS:
            stack.append((_OPENERS[ch], i))
        elif stack and ch == stack[-1][0]:
            close_of[stack.pop()[1]] = i
    return close_of


def without_conj(key: str) -> list[str]:
    """The key itself and, when it starts with the conjunction و or ف, the key without it."""
    if len(key) > 2 and key[0] in "وف":
        return [key, key[1:]]
    return [key]


def without_article(key: str) -> str:
    """The key without a leading ال (and a conjunction before it)."""
    for prefix in ("وال", "فال", "ال"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            return key[len(prefix) :]
    return key


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words if w and "_" not in w)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Normalised word sets for cue detection and speaker parsing."""

    verb_forms: dict[str, tuple[str, str]]  # form -> (lemma, gender m/f/p)
    addressee_object_verbs: frozenset[str]
    transmit_verbs: frozenset[str]
    quote_only_np: dict[str, frozenset[str]]  # lemma -> prepositions (دعت إلى "...")
    participles: dict[str, tuple[str, str]]  # form -> (lemma, gender)
    participle_np: dict[str, frozenset[str]]  # form -> prepositions opening an NP claim
    complementizers: frozenset[str]
    comp_prepositions: frozenset[str]
    comp_not_after: frozenset[str]
    speech_nouns: frozenset[str]
    attribution_markers: frozenset[str]
    attribution_fillers: frozenset[str]
    attribution_after_verb: frozenset[str]
    role_heads: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    anaphor_heads: frozenset[str]
    anaphor_synonyms: dict[str, frozenset[str]]
    pronoun_hosts: frozenset[str]
    relative_pronouns: frozenset[str]
    name_particles: frozenset[str]
    given_names: frozenset[str]
    compound_name_tails: frozenset[str]
    addressee_stems: frozenset[str]
    agency_aliases: tuple[tuple[str, ...], ...]  # token-key sequences, longest first
    time_words: frozenset[str]
    statement_words: frozenset[str]
    statement_preps: frozenset[str]
    speaker_stop_words: frozenset[str]
    leading_prepositions: frozenset[str]
    resumptive_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    circumstantial: frozenset[str]
    anonymity_phrases: frozenset[str]
    impersonal: frozenset[str]
    claim_terminators: tuple[tuple[str, ...], ...]
    scare_quote_heads: frozenset[str]
    sentence_ends: frozenset[str]
    quote_pairs: dict[str, str]
    #: every token key that may be a cue (a reporting verb, a participle or an attribution
    #: marker, with or without و/ف): a key not in it is none of them, whatever
    #: :meth:`verb`, :meth:`participle` and the attribution markers would say
    cue_keys: frozenset[str]

    def verb(self, key: str) -> tuple[str, str] | None:
        """(lemma, gender) when ``key`` (with or without و/ف) is a reporting-verb form."""
        for k in without_conj(key):
            hit = self.verb_forms.get(k)
            if hit:
                return hit
        return None

    def participle(self, key: str) -> tuple[str, str] | None:
        for k in without_conj(key):
            hit = self.participles.get(k)
            if hit:
                return hit
        return None

    def is_given_name(self, key: str) -> bool:
        return any(k in self.given_names for k in without_conj(key))

    def is_time(self, key: str) -> bool:
        return any(k in self.time_words for k in without_conj(key))


def _with_conj(keys: Iterable[str]) -> frozenset[str]:
    """``keys`` and each with و or ف before it: a superset of the token keys that
    :func:`without_conj` reads as one of ``keys``."""
    return frozenset(k for key in keys for k in (key, "و" + key, "ف" + key))


def _gendered(table: dict[str, dict[str, list[str]]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for lemma, forms in table.items():
        for gender, words in forms.items():
            for w in words:
                out.setdefault(normalize_key(w), (lemma, gender))
    return out


def _participles(table: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for lemma, words in table.items():
        for w in words:
            k = normalize_key(w)
            gender = "f" if k.endswith("ه") and not k.endswith("وه") else "m"
            if k.endswith("ين") or k.endswith("تين"):
                gender = "p"
            out[k] = (lemma, gender)
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    verbs = load_data("quotes/verbs.json")
    parts = load_data("quotes/participles.json")
    comps = load_data("quotes/complementizers.json")
    attr = load_data("quotes/attribution.json")
    spk = load_data("quotes/speakers.json")
    bnd = load_data("quotes/boundaries.json")
    try:
        agencies = load_data("sources/agencies.json").get("agencies", [])
    except (FileNotFoundError, ValueError, OSError):  # the sources table is optional here
        agencies = []
    aliases = {
        tuple(normalize_key(a).split())
        for ag in agencies
        for a in ag.get("aliases", [])
        if normalize_key(a)
    }
    verb_forms = _gendered(verbs["verbs"])
    participles = _participles(parts["participles"])
    attribution_markers = _keys(attr["markers"])
    return Lexicon(
        verb_forms=verb_forms,
        addressee_object_verbs=_keys(verbs.get("addressee_object", [])),
        transmit_verbs=_keys(verbs.get("transmit", [])),
        quote_only_np={k: _keys(v) for k, v in verbs.get("quote_only_np", {}).items()},
        participles=participles,
        participle_np={normalize_key(k): _keys(v) for k, v in parts.get("takes_np", {}).items()},
        complementizers=_keys(comps["complementizers"]),
        comp_prepositions=_keys(comps["prepositions"]),
        comp_not_after=_keys(comps.get("not_after", [])),
        speech_nouns=_keys(comps["speech_nouns"]),
        attribution_markers=attribution_markers,
        attribution_fillers=_keys(attr["fillers"]),
        attribution_after_verb=_keys(attr["after_verb"]),
        role_heads=_keys(spk["role_heads"]),
        titles=_keys(spk["titles"]),
        org_heads=_keys(spk["org_heads"]),
        anonymous_heads=_keys(spk["anonymous_heads"]),
        anaphor_heads=_keys(spk["anaphor_heads"]),
        anaphor_synonyms={normalize_key(k): _keys(v) for k, v in spk["anaphor_synonyms"].items()},
        pronoun_hosts=_keys(spk["pronoun_hosts"]),
        relative_pronouns=_keys(spk["relative_pronouns"]),
        name_particles=_keys(spk["name_particles"]),
        given_names=_keys(spk["given_names"]),
        compound_name_tails=_keys(spk.get("compound_name_tails", [])),
        addressee_stems=_keys(bnd["addressee_stems"]),
        agency_aliases=tuple(sorted(aliases, key=len, reverse=True)),
        time_words=_keys(bnd["time_words"]),
        statement_words=_keys(bnd["statement_words"]),
        statement_preps=_keys(bnd["statement_preps"]),
        speaker_stop_words=_keys(bnd["speaker_stop_words"]),
        leading_prepositions=_keys(bnd.get("leading_prepositions", [])) | {"على"},
        resumptive_pronouns=_keys(bnd.get("resumptive_pronouns", [])),
        demonstratives=_keys(bnd.get("demonstratives", [])),
        circumstantial=_keys(bnd.get("circumstantial", [])),
        anonymity_phrases=_keys(bnd.get("anonymity_phrases", [])),
        impersonal=_keys(verbs.get("impersonal", [])),
        claim_terminators=tuple(tuple(normalize_key(p).split()) for p in bnd["claim_terminators"]),
        scare_quote_heads=_keys(bnd["scare_quote_heads"]),
        sentence_ends=frozenset(bnd["sentence_ends"]),
        quote_pairs=dict(bnd["quote_pairs"]),
        cue_keys=_with_conj([*verb_forms, *participles, *attribution_markers]),
    )


def _generic_person(text: str, lex: Lexicon) -> bool:
    words = normalize_key(text).split()
    generic = lex.anonymous_heads | lex.role_heads | lex.org_heads
    return not words or without_article(words[0]) in generic or words[0] in generic


def kb_hints(text: str, entities: Sequence[Entity], windows: Sequence[tuple[int, int]]) -> list[Entity]:
    """Hints for speaker reading: the given entities (persons whose name is a description,
    such as ``مصدر عسكري``, dropped) plus, when the entities stage gave none, actor
    knowledge-base mentions found inside ``windows`` (the sentences with a cue). The
    knowledge base is optional: without it only the entities are used."""
    lex = lexicon()
    out = [e for e in entities if not (e.type == "PER" and _generic_person(text[e.start : e.end], lex))]
    if entities or not windows:
        return out
    try:
        from rasd.kb.actors import load_actor_kb

        kb = load_actor_kb()
        found = [(a, m) for a, b in windows for m in kb.find_at(text, a, b)]
    except Exception:  # the knowledge base is optional for this stage
        return out
    for a, m in found:
        if m.actor.type == "PER" and _generic_person(text[a + m.start : a + m.end], lex):
            continue  # مصدر عسكري is a description, not a name
        out.append(Entity(a + m.start, a + m.end, m.actor.type, m.actor.name, m.actor.id))
    return out
