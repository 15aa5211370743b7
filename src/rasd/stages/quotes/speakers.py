"""Speakers for the quotes stage: reading a speaker phrase (name, role, organisation or
anonymous source) out of the words between a reporting verb and its claim, and resolving
continuations and anaphora (``وأضاف``, ``الوزارة``, ``المصدر``, ``علوش``) to earlier speakers.

A :class:`Mention` is one speaker occurrence; mentions are mutable while a document is read
so that a later, fuller mention (``وقال المتحدث مصطفى بالي``) can name an earlier unnamed one
(``وقال متحدث باسم قوات سورية الديمقراطية``). :meth:`Mention.to_speaker` gives the contract's
:class:`~rasd.document.Speaker` at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasd.document import Entity, Speaker
from rasd.stages.quotes.lexicon import Lexicon, Tok, without_article, without_conj
from rasd.text import normalize_key

__all__ = ["Mention", "SpeakerMemory", "parse_speaker", "region_np"]

_PUNCT_STRIP = " \t\n،,.:؛;\"'«»“”()-–—"


@dataclass(eq=False, slots=True)
class Mention:
    """One speaker occurrence. ``antecedent`` links anaphora and continuations."""

    text: str
    start: int | None
    end: int | None
    role: str | None = None
    own_canonical: str | None = None
    kind: str = "other"  # person, role, org, anon, anaphor, other
    gender: str = "m"
    antecedent: Mention | None = None
    keys: frozenset[str] = field(default_factory=frozenset)

    @property
    def named(self) -> bool:
        return self.kind == "person"

    def root(self) -> Mention:
        seen = {id(self)}
        m = self
        while m.antecedent is not None and id(m.antecedent) not in seen:
            m = m.antecedent
            seen.add(id(m))
        return m

    @property
    def canonical(self) -> str | None:
        root = self.root()
        if root is not self:
            return root.own_canonical or root.text
        return self.own_canonical

    @property
    def full_role(self) -> str | None:
        if self.role:
            return self.role
        root = self.root()
        return root.role if root is not self else None

    def all_keys(self) -> frozenset[str]:
        root = self.root()
        return self.keys | root.keys if root is not self else self.keys

    def to_speaker(self) -> Speaker:
        return Speaker(self.text, self.canonical, self.full_role, self.start, self.end)


def _key_set(*texts: str | None) -> frozenset[str]:
    out: set[str] = set()
    for t in texts:
        if t:
            for w in normalize_key(t).split():
                out.add(without_article(w))
                out.add(w)
    return frozenset(out)


def _definite(key: str) -> bool:
    return any(k.startswith(("ال", "لل", "بال")) for k in without_conj(key))


def _head(key: str) -> str:
    return without_article(without_conj(key)[-1])


class SpeakerMemory:
    """The speakers seen so far in a document, most recent last."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []

    def add(self, m: Mention) -> None:
        if self.mentions and self.mentions[-1] is m:
            return
        self.mentions.append(m)

    def last(self, gender: str | None = None) -> Mention | None:
        """The most recent speaker, preferring one of the same gender among the last three."""
        if not self.mentions:
            return None
        if gender:
            for m in reversed(self.mentions[-3:]):
                if m.root().gender == gender or m.gender == gender:
                    return m
        return self.mentions[-1]

    def last_person(self) -> Mention | None:
        """The most recent speaker when it is a named person."""
        if self.mentions and self.mentions[-1].root().kind == "person":
            return self.mentions[-1].root()
        return None

    def by_head(self, stems: frozenset[str]) -> Mention | None:
        for m in reversed(self.mentions):
            if m.all_keys() & stems:
                return m.root() if m.root().kind != "anaphor" else m
        return None

    def by_surname(self, key: str, rest: tuple[str, ...] = ()) -> Mention | None:
        """The latest speaker with a longer full name ending in ``key`` (with or without
        و/ف) followed by the words ``rest`` (``عبد المولى`` after ``آدم عبد المولى``)."""
        keys = set(without_conj(key))
        n = 1 + len(rest)
        for m in reversed(self.mentions):
            root = m.root()
            name = root.own_canonical or root.text
            words = normalize_key(name).split()
            if len(words) <= n or tuple(words[len(words) - len(rest) :]) != rest:
                continue
            last = words[-n]
            if keys & {last, without_article(last)}:
                return root
        return None

    def link_back(self, named: Mention, lex: Lexicon) -> None:
        """Name earlier unnamed role-only speakers with the same role head (the spokesman
        first, then ``وقال المتحدث مصطفى بالي``)."""
        if not named.role:
            return
        role_words = normalize_key(named.role).split()
        if not role_words:
            return
        head = _head(role_words[0])
        if head not in {without_article(k) for k in lex.role_heads}:
            return
        later = [without_article(w) for w in role_words]
        for m in reversed(self.mentions[-2:]):
            if m is named or m.kind != "role" or m.antecedent is not None:
                continue
            earlier = [without_article(w) for w in normalize_key(m.text).split()]
            if not earlier or earlier[0] != head:
                continue
            short, long_ = sorted((later, earlier), key=len)
            if long_[: len(short)] == short:  # متحدث باسم قوات ... / المتحدث
                m.antecedent = named


def _tok_text(text: str, toks: Sequence[Tok], a: int, b: int, first_start: int | None = None) -> tuple[int, int]:
    start = toks[a].start if first_start is None else first_start
    return start, toks[b - 1].end


def _is_addressee(toks: Sequence[Tok], k: int, lex: Lexicon) -> int:
    """Length in tokens of an addressee phrase (لرويترز، لوكالة فرانس برس) at ``k``; 0 if none."""
    key = toks[k].key
    stem = ""
    if key in ("ل", "لـ", "ـ") or (key.startswith("ل") and set(key[1:]) <= {"ـ"}):
        if k + 1 < len(toks) and toks[k + 1].kind == "punct":
            for j in range(k + 2, min(len(toks), k + 8)):  # لـ«الشرق الأوسط»
                if toks[j].kind == "punct":
                    return j - k + 1
            return 2
        stem = toks[k + 1].key if k + 1 < len(toks) else ""
        k += 1
        offset = 1
    elif key.startswith("لل") and len(key) > 3:
        stem, offset = "ال" + key[2:], 0
    elif key.startswith("ل") and len(key) > 2:
        stem, offset = key[1:], 0
    else:
        return 0
    if stem not in lex.addressee_stems:
        return 0
    words = [stem] + [t.key for t in toks[k + 1 : k + 6]]
    for alias in lex.agency_aliases:
        if tuple(words[: len(alias)]) == alias:
            return len(alias) + offset
    if stem in ("وكاله", "الوكاله", "قناه", "صحيفه", "موقع", "شبكه", "اذاعه", "تلفزيون"):
        n = 1
        while n < 4 and k + n < len(toks) and toks[k + n].kind != "punct" and not _is_time(toks, k + n, lex):
            n += 1
        return n + offset
    return 1 + offset


def _is_time(toks: Sequence[Tok], k: int, lex: Lexicon) -> bool:
    return lex.is_time(toks[k].key)


def _statement_at(toks: Sequence[Tok], k: int, lex: Lexicon) -> bool:
    key = toks[k].key
    if key in lex.statement_preps and k + 1 < len(toks):
        nxt = toks[k + 1].key
        return without_article(nxt) in lex.statement_words or nxt in lex.statement_words
    return any(k2.startswith("ب") and k2[1:] in lex.statement_words for k2 in without_conj(key))


def region_np(toks: Sequence[Tok], a: int, b: int, lex: Lexicon, *, addressee_objects: bool = False) -> tuple[int, int]:
    """The speaker noun phrase inside tokens ``[a, b)``: leading times and addressees are
    skipped, and the phrase ends at the next addressee, time word, statement phrase
    (``في بيان``), relative pronoun or punctuation."""
    k = a
    while k < b:
        if toks[k].kind == "punct" or _is_time(toks, k, lex):
            k += 1 + (1 if toks[k].key == "يوم" else 0)
            continue
        n = _is_addressee(toks, k, lex)
        if n:
            k += n
            continue
        if _statement_at(toks, k, lex):
            k += 2
            continue
        if toks[k].key in lex.resumptive_pronouns or (toks[k].key in lex.demonstratives and k + 1 < b):
            k += 1  # أعلنت فيه الرئاسة، نقلت عنه الوكالة، أكد هذا الناطق
            continue
        break
    if k < b and (toks[k].key in lex.circumstantial or toks[k].key in lex.demonstratives):
        return k, k  # وتابع وهو يتذكر ...: no speaker here
    if k < b and toks[k].key in lex.leading_prepositions:
        return k, k  # قالت عن الرواية: ...: a prepositional phrase, no speaker here
    quote_inner_ok = _short_quotes(toks, k, b)
    e = k
    while e < b:
        t = toks[e]
        if e > k and e not in quote_inner_ok and (
            t.kind == "punct"
            or _is_time(toks, e, lex)
            or _is_addressee(toks, e, lex)
            or _statement_at(toks, e, lex)
            or t.key in lex.relative_pronouns
            or t.key in lex.circumstantial
            or t.key == "على"
            or t.key in lex.speaker_stop_words
            or t.key in lex.speech_nouns
            or (t.key.startswith("بال") and len(t.key) >= 6)
            or (
                t.key.startswith("ب")
                and not t.key.startswith("باسم")
                and t.key.endswith(("ه", "ها", "هم"))
                and len(t.key) >= 5
                and _definite(toks[e - 1].key)
            )
            or (addressee_objects and t.key in ("وكاله", "الوكاله", "الصحفيين", "رويترز", "قناه", "صحيفه"))
        ):
            break
        if e == k and t.kind == "punct":
            break
        if t.kind == "punct" and e > k and e in quote_inner_ok:
            e = quote_inner_ok[e] + 1  # رئيس مجلس الإدارة في «سواس» تيم ميلر
            continue
        e += 1
    return k, min(e, k + 12)


def _short_quotes(toks: Sequence[Tok], a: int, b: int) -> dict[int, int]:
    """Opening -> closing token of short quoted names (one to three words) in ``[a, b)``
    that are followed by more words of the phrase."""
    out: dict[int, int] = {}
    closers = {"«": "»", "“": "”", '"': '"'}
    for i in range(a, b):
        t = toks[i]
        if t.kind != "punct" or t.key not in closers:
            continue
        for j in range(i + 2, min(b, i + 5)):
            if toks[j].kind == "punct":
                if toks[j].key == closers[t.key] and j + 1 < b and toks[j + 1].kind == "ar":
                    out[i] = j
                break
    return out


def _name_start(toks: Sequence[Tok], k: int, e: int, lex: Lexicon, entities: Sequence[Entity]) -> int | None:
    """Token index where a personal name starts inside the phrase ``[k, e)``, or None."""
    lo, hi = toks[k].start, toks[e - 1].end
    best = None
    for ent in entities:
        if ent.type == "PER" and lo <= ent.start and ent.end <= hi:
            for p in range(k, e):
                if toks[p].start <= ent.start < toks[p].end:
                    best = p
    if best is not None:
        while best > k and (toks[best - 1].key in lex.given_names or toks[best - 1].key in lex.name_particles):
            best -= 1  # حسن أبو هنية: the knowledge base knows only هنية
        return best
    inside_org = [
        (ent.start, ent.end) for ent in entities if ent.type in ("ORG", "GPE", "LOC", "FAC") and ent.start < hi and ent.end > lo
    ]
    for p in range(k, e):
        if any(s <= toks[p].start < t for s, t in inside_org):
            continue  # أنصار الله، حزب الله: part of an organisation's name
        key = toks[p].key
        cand = key if p > k else without_conj(key)[-1]
        if cand in lex.given_names or (cand in lex.name_particles and p + 1 < e):
            if cand == "باسم" and p > k:
                continue  # المتحدث باسم ...: "on behalf of", not the name Basem
            if p == k or not _definite(toks[p].key):
                return p
        if (
            p + 1 < e
            and toks[p + 1].key in lex.compound_name_tails
            and toks[p].kind == "ar"
            and not _definite(toks[p].key)
            and _head(cand) not in (lex.role_heads | lex.org_heads | lex.anonymous_heads)
            and cand not in ("باسم", "في", "من", "عن")
        ):
            return p  # حسام الدين الجبابلي
        if cand in lex.titles and p + 1 < e:
            for q in range(p + 1, min(e, p + 4)):
                qk = toks[q].key
                if not _definite(qk) and qk not in lex.titles and _head(qk) not in lex.org_heads:
                    if e - q <= 4 and qk not in ("باسم", "في", "من"):
                        return q
                    break
    # A name first, then its role: كورين فلايشر المديرة الإقليمية للبرنامج.
    first_key = without_conj(toks[k].key)[-1]
    heads = lex.role_heads | lex.org_heads | lex.anonymous_heads | lex.titles
    if toks[k].kind == "ar" and not _definite(first_key) and _head(first_key) not in heads and first_key not in heads:
        if first_key not in lex.leading_prepositions and first_key not in lex.demonstratives:
            for q in range(k + 1, min(e, k + 4)):
                qk = without_conj(toks[q].key)[-1]
                if toks[q].kind != "ar" or qk in ("باسم", "في", "من"):
                    break
                if _head(qk) in lex.role_heads or qk in lex.titles:
                    return k
    # A definite role head followed by two plain words: المتحدث باسم الجيش فلان فلاني.
    first = _head(toks[k].key)
    if first in lex.role_heads and e - k >= 4:
        a, b = toks[e - 2].key, toks[e - 1].key
        if not _definite(a) and not _definite(b) and _head(a) not in lex.org_heads and a not in ("باسم", "في"):
            if toks[e - 3].kind != "punct" and _definite(toks[e - 3].key):
                return e - 2
    return None


def parse_speaker(
    text: str,
    toks: Sequence[Tok],
    a: int,
    b: int,
    lex: Lexicon,
    memory: SpeakerMemory,
    entities: Sequence[Entity],
    *,
    gender: str = "m",
    first_start: int | None = None,
    addressee_objects: bool = False,
) -> Mention | None:
    """The speaker in tokens ``[a, b)`` (None when the phrase is empty: a continuation).

    ``first_start`` overrides the start offset of the first token (to drop a proclitic,
    as in ``للمرصد``)."""
    if a >= b:
        return None
    k, e = region_np(toks, a, b, lex, addressee_objects=addressee_objects)
    if k >= e:
        return None
    fs = first_start if (first_start is not None and k == a) else None
    p = _name_start(toks, k, e, lex, entities)
    if p is not None and p > k and without_conj(toks[p].key)[-1] in lex.name_particles:
        before = toks[p - 1].key  # فاضل أبو رغيف: a first name before أبو/عبد
        if toks[p - 1].kind == "ar" and not _definite(before) and before != "باسم" and _head(before) not in (
            lex.role_heads | lex.org_heads | lex.anonymous_heads | lex.titles
        ):
            p -= 1
    role_after = None
    if p is not None:
        for q in range(p + 1, e):  # مناف أبو شقير مدير الكرة بنادي الاتحاد: the role after the name
            qk = without_conj(toks[q].key)[-1]
            if _head(qk) in lex.role_heads or qk in lex.titles:
                role_after = (q, e)
                e = q
                break
    if p is not None:
        name_s, name_e = _tok_text(text, toks, p, e, fs if p == k else None)
        name = text[name_s:name_e]
        role = None
        if p > k:
            rs, re_ = _tok_text(text, toks, k, p, fs)
            role = text[rs:re_].strip(_PUNCT_STRIP) or None
        if role is None and role_after is not None:
            rs, re_ = _tok_text(text, toks, role_after[0], role_after[1])
            role = text[rs:re_].strip(_PUNCT_STRIP) or None
        m = Mention(name, name_s, name_e, role, name, "person", gender, keys=_key_set(name, role))
        if e - p <= 2:  # a surname alone: link to the full name seen before
            prev = memory.by_surname(toks[p].key, tuple(t.key for t in toks[p + 1 : e]))
            if prev is not None and prev.text != name:
                m.antecedent = prev
        memory.link_back(m, lex)
        return m
    s, t_end = _tok_text(text, toks, k, e, fs)
    phrase = text[s:t_end]
    first_key = toks[k].key if fs is None else normalize_key(text[s : toks[k].end])
    head = _head(first_key)
    words = e - k
    definite = _definite(first_key)
    # Anaphora: a short definite phrase naming an earlier speaker (الوزارة، المصدر، الوكالة).
    if definite and (words == 1 or (words == 2 and toks[e - 1].key in ("نفسه", "نفسها", "ذاته", "ذاتها"))):
        bare = "ال" + head
        stems = frozenset({head} | set(lex.anaphor_synonyms.get(bare, frozenset())))
        prev = memory.by_head(stems)
        if prev is None and head in lex.role_heads:
            prev = memory.last_person()  # الطبيب after a named hospital director
        if prev is None:
            prev = _textual_antecedent(text, toks, k, head)
        if prev is not None:
            return Mention(phrase, s, t_end, None, None, "anaphor", prev.root().gender, prev,
                           keys=_key_set(phrase))
    if words == 1 and not definite and toks[k].kind == "ar":
        prev = memory.by_surname(toks[k].key)
        if prev is not None:
            return Mention(phrase, s, t_end, None, None, "person", gender, prev, keys=_key_set(phrase))
    if head in lex.org_heads or first_key in lex.org_heads or _is_org_entity(entities, s, t_end):
        kind = "org"
    elif not definite and head in lex.anonymous_heads:
        kind = "role" if head in lex.role_heads and words >= 3 else "anon"
    elif head in lex.role_heads:
        kind = "role"
    else:
        kind = "other"
    role = phrase if kind == "role" else None
    canonical = None if kind in ("anon", "role") else phrase
    return Mention(phrase, s, t_end, role, canonical, kind, gender, keys=_key_set(phrase))


def _is_org_entity(entities: Sequence[Entity], s: int, e: int) -> bool:
    return any(ent.type in ("ORG", "GPE") and ent.start <= s < ent.end for ent in entities)


def _textual_antecedent(text: str, toks: Sequence[Tok], k: int, head: str) -> Mention | None:
    """An earlier full phrase with the same head noun (``المؤسسة الوطنية للنفط`` before
    ``المؤسسة``): the head and the definite words after it, two to five words."""
    for p in range(k - 1, -1, -1):
        if toks[p].kind != "ar" or _head(toks[p].key) != head:
            continue
        q = p + 1
        while q < len(toks) and q - p < 5 and toks[q].kind == "ar" and _definite(toks[q].key):
            q += 1
        if q - p >= 2:
            start = toks[p].start
            key = toks[p].key
            if not key.startswith("ال") and len(key) > 2 and key[0] in "وف":
                start += 1
            phrase = text[start : toks[q - 1].end]
            return Mention(phrase, start, toks[q - 1].end, None, phrase, "org", "f", keys=_key_set(phrase))
    return None
