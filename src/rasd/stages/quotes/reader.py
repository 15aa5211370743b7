"""How the quotes stage reads a document (:class:`QuoteReader`): one pass over its tokens
for reported speech, participial continuations, attributions and quotations, and the
speaker of each. The stage itself is :mod:`rasd.stages.quotes.stage`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.document import Entity, Sentence
from rasd.stages.quotes.lexicon import Lexicon, Tok, kb_hints, lexicon, pair_quotes, tokens_of, without_conj
from rasd.stages.quotes.speakers import Mention, SpeakerMemory, parse_speaker

__all__ = ["QuoteReader"]

_NEWLINE = re.compile("\n")
_KAN = frozenset({"كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "قد", "وقد", "فقد"})
_CLAUSE_OPENERS = frozenset({"ان", "إن", "أن", "لكن", "ولكن", "بينما", "فيما", "كما", "حيث", "اذ", "حتى"})


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    direct: bool
    mention: Mention | None
    cue: str | None


def _counts(points: Sequence[int], xs: Sequence[int]) -> list[int]:
    """``[bisect_right(points, x) for x in xs]`` for ascending ``points`` and ``xs``, with
    one bisection per point instead of one per ``x``."""
    out: list[int] = []
    done = 0
    for k, point in enumerate(points):
        upto = bisect.bisect_left(xs, point, done)
        out.extend([k] * (upto - done))
        done = upto
    out.extend([len(points)] * (len(xs) - done))
    return out


class _Scan:
    """The text of one document read for quotes: characters, sentence units, quote marks, cues."""

    def __init__(self, text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]) -> None:
        self.text = text
        self.lex: Lexicon = lexicon()
        self.toks: list[Tok] = tokens_of(text)
        cue_keys = self.lex.cue_keys  # most words are no cue: one look-up each
        #: the Arabic tokens that may be cues, ascending (the only ones :meth:`run` reads)
        self.cues = [i for i, t in enumerate(self.toks) if t.kind == "ar" and t.key in cue_keys]
        self.entities: list[Entity] = []
        self.memory = SpeakerMemory()
        self.drafts: list[_Draft] = []
        starts = sorted(s.start for s in sentences) or [0]
        tok_starts = [t.start for t in self.toks]
        #: per token, its sentence (the last sentence start at or before it, 0 before the first)
        self.sent_of = _counts(starts[1:], tok_starts)
        #: per token, its paragraph (the line breaks before it)
        self.par_of = _counts([m.start() for m in _NEWLINE.finditer(text)], tok_starts)
        self.close_of = pair_quotes(text, self.toks, self.par_of)
        self.entities = kb_hints(text, entities, self._cue_windows())
        self.last_in_sentence: dict[int, _Draft] = {}

    # ------------------------------------------------------------------ helpers
    def _cue_windows(self) -> list[tuple[int, int]]:
        """Character spans around cue words (ten tokens before, twenty after), merged: where
        speakers are read."""
        lex, toks = self.lex, self.toks
        out: list[tuple[int, int]] = []
        for i in self.cues:
            t = toks[i]
            if not (lex.verb(t.key) or lex.participle(t.key) or self._attribution_at(i)):
                continue
            a, b = toks[max(0, i - 10)].start, toks[min(len(toks) - 1, i + 20)].end
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(b, out[-1][1]))
            else:
                out.append((a, b))
        return out

    def ch(self, i: int) -> str:
        t = self.toks[i]
        return self.text[t.start : t.end]

    def is_end(self, i: int) -> bool:
        t = self.toks[i]
        return t.kind == "punct" and self.text[t.start] in self.lex.sentence_ends

    def same_unit(self, i: int, j: int) -> bool:
        return self.par_of[i] == self.par_of[j] and self.sent_of[i] == self.sent_of[j]

    def real_quote(self, o: int, c: int) -> bool:
        """Whether the quotation marks ``o``..``c`` hold a quotation, not a name in quotes."""
        words = [t for t in self.toks[o + 1 : c] if t.kind != "punct"]
        if not words:
            return False
        if len(words) >= 2:
            return True
        if o > 0 and any(k in self.lex.scare_quote_heads for k in without_conj(self.toks[o - 1].key)):
            return False
        w = words[0]
        return not any(e.start <= w.start < e.end for e in self.entities)

    def _participle_at(self, i: int) -> bool:
        return self.lex.participle(self.toks[i].key) is not None

    def _attribution_at(self, i: int) -> bool:
        return any(k in self.lex.attribution_markers for k in without_conj(self.toks[i].key))

    def _terminator_at(self, i: int) -> bool:
        keys = [t.key for t in self.toks[i : i + 3]]
        return any(tuple(keys[: len(p)]) == p for p in self.lex.claim_terminators if p)

    # -------------------------------------------------------------- claim span
    def claim(self, c0: int) -> tuple[int, int, bool] | None:
        """The claim starting at token ``c0``: (first token, last token, direct)."""
        toks, n = self.toks, len(self.toks)
        if c0 >= n:
            return None
        if c0 in self.close_of:
            c = self.close_of[c0]
            nxt = c + 1
            if (
                nxt >= n
                or not self.same_unit(c0, nxt)
                or toks[nxt].kind == "punct"
                or self._participle_at(nxt)
                or self.lex.verb(toks[nxt].key)
                or self._attribution_at(nxt)
                or self._terminator_at(nxt)
            ) and c > c0 + 1:
                return c0 + 1, c - 1, True
        direct = False
        k = c0
        last = c0 - 1
        while k < n and self.same_unit(c0, k):
            t = toks[k]
            if k in self.close_of and self.par_of[self.close_of[k]] == self.par_of[k]:
                c = self.close_of[k]
                direct = direct or self.real_quote(k, c)
                last = c
                k = c + 1
                continue
            if self.is_end(k):
                break
            if t.kind == "punct" and self.text[t.start] in "،,":
                j = k + 1
                if j < n and (self._participle_at(j) or self._attribution_at(j) or self._terminator_at(j)):
                    break
                if j < n and len(toks[j].key) > 1 and toks[j].key[0] == "و" and self.lex.verb(toks[j].key):
                    break
            elif k > c0 and self._participle_at(k) and k - 1 in self.close_of.values():
                break
            last = k
            k += 1
        while last >= c0 and toks[last].kind == "punct" and last not in self.close_of.values():
            last -= 1
        if last < c0:
            return None
        first = c0
        if first in self.close_of and self.close_of[first] == last:
            return first + 1, last - 1, True
        return first, last, direct

    def claim_range(self, a: int, b: int) -> tuple[int, int, bool]:
        direct = any(k in self.close_of and self.close_of[k] <= b and self.real_quote(k, self.close_of[k]) for k in range(a, b + 1))
        if a in self.close_of and self.close_of[a] == b:
            return a + 1, b - 1, True
        return a, b, direct

    def add(self, c: tuple[int, int, bool], mention: Mention | None, cue: str | None) -> _Draft | None:
        a, b, direct = c
        if b < a:
            return None
        toks = self.toks
        if not any(t.kind != "punct" for t in toks[a : b + 1]):
            return None
        d = _Draft(toks[a].start, toks[b].end, direct, mention, cue)
        if mention is not None:
            self.memory.add(mention)
        self.drafts.append(d)
        self.last_in_sentence[self.sent_of[a]] = d
        return d

    def cue_text(self, i: int) -> str:
        surface = self.ch(i)
        key = self.toks[i].key
        lex = self.lex
        if len(key) > 2 and key[0] in "وف" and (
            key[1:] in lex.verb_forms or key[1:] in lex.participles or key[1:] in lex.attribution_markers
        ):
            return surface[1:]
        return surface

    def _names_a_thing(self, k: int) -> bool:
        """Whether the word at ``k`` makes the quotation after it a name (``لـ«...»``،
        ``في «...»``، ``صحيفة «...»``)."""
        prev = self.toks[k]
        if prev.kind == "punct":
            return False
        key = prev.key
        if key.endswith("ـ") or key in self.lex.leading_prepositions or key in ("ل", "ب", "لـ", "بـ"):
            return True
        return any(w in self.lex.scare_quote_heads for w in without_conj(key))

    def _plausible_source(self, m: Mention) -> bool:
        if m.kind in ("org", "anon", "role", "person") or (m.antecedent is not None and m.antecedent in self.memory.mentions):
            return True
        return any(e.start <= (m.start or -1) < e.end and e.type in ("PER", "ORG") for e in self.entities)

    # ----------------------------------------------------------------- cues
    def zero(self, gender: str) -> Mention | None:
        return self.memory.last(gender)


class _Openers(_Scan):
    """Quotations opened by a quote mark and the phrases that open them."""

    def opener(self, i: int, limit: int = 26) -> tuple[int, int] | None:
        """After the verb at ``i``: (end of the speaker region, first claim token)."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        lemma = (lex.verb(toks[i].key) or ("", ""))[0]
        np_preps = lex.quote_only_np.get(lemma, frozenset())
        j = i + 1
        while j < min(n, i + limit):
            if not self.same_unit(i, j) or self.is_end(j):
                return None
            t = toks[j]
            if t.key in lex.anonymity_phrases and t.kind == "ar":
                while j < n and self.same_unit(i, j) and toks[j].kind != "punct":
                    j += 1  # مفضلا عدم ذكر اسمه، ...
                continue
            if t.key in lex.complementizers and t.kind == "ar":
                if t.key == "بان" and j + 1 < n and toks[j + 1].key == "كي":
                    return None  # بان كي مون
                if j - 1 > i and any(k in lex.comp_not_after for k in without_conj(toks[j - 1].key)):
                    return None  # من دون أن، قبل أن، من شأنها أن: not a reported claim
                pre = j - 1 if j - 1 > i and toks[j - 1].key in lex.comp_prepositions else j
                return pre, j + 1
            if np_preps and j + 1 < n and j + 1 in self.close_of:
                if t.key in np_preps or (t.key in ("ب", "بـ") and "ب" in np_preps):
                    c = self.close_of[j + 1]
                    if self.real_quote(j + 1, c):
                        return j, j + 1
            if t.kind == "punct":
                ch = self.text[t.start]
                if ch == ":":
                    return j, j + 1
                if j in self.close_of and self._quote_can_open(i, j):
                    if self.close_of[j] - j > 2 and not np_preps:
                        return j, j
            if self._participle_at(j):
                return None
            if j > i + 1 and lex.verb(t.key) and t.key not in lex.complementizers:
                if toks[j - 1].key not in ("عدم", "دون"):
                    return None
            j += 1
        return None

    def _quote_can_open(self, i: int, j: int) -> bool:
        """Whether the quotation mark at ``j`` after the verb at ``i`` opens the claim (not a
        name in quotes after a preposition: ``لـ«الشرق الأوسط»``، ``في «...»``)."""
        c = self.close_of[j]
        k = c + 1
        if k < len(self.toks) and self.toks[k].kind == "punct" and self.ch(k) in "،,":
            k += 1
        if c - j <= 5 and k < len(self.toks) and self.toks[k].key in self.lex.complementizers:
            return False  # لـ«الشرق الأوسط» إن ...: a name before the claim
        if j == i + 1:
            return True
        if self.toks[j - 1].kind == "punct":
            return True
        if self._names_a_thing(j - 1):
            return False
        words = sum(1 for t in self.toks[j + 1 : c] if t.kind != "punct")
        return words >= 4 and self.real_quote(j, c)  # not «حرب باردة» after a noun

    def quotation(self, i: int) -> int:
        """A quotation mark not taken by a cue: ``"..."، قال الوزير`` or a quoted sentence."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        c = self.close_of[i]
        if c - i < 3 or not self.real_quote(i, c):
            return i + 1
        j = c + 1
        while j < n and self.same_unit(i, j) and toks[j].kind == "punct" and self.ch(j) in "،,":
            j += 1
        prev_ok = i == 0 or not self._names_a_thing(i - 1)
        if j < n and self.same_unit(i, j) and lex.verb(toks[j].key) and prev_ok and c - i >= 4:
            _, gender = lex.verb(toks[j].key) or ("", "m")
            e = j + 1
            while e < n and self.same_unit(j, e) and not self.is_end(e) and e - j < 14:
                e += 1
            mention = parse_speaker(self.text, toks, j + 1, e, lex, self.memory, self.entities, gender=gender)
            mention = mention or self.zero(gender)
            d = self.add((i + 1, c - 1, True), mention, self.cue_text(j))
            return e if d else i + 1
        s = i - 1
        while s >= 0 and self.same_unit(i, s) and (toks[s].kind == "punct" or toks[s].key == "و"):
            s -= 1
        standalone = s < 0 or not self.same_unit(i, s) or self.is_end(s)
        if standalone and c - i >= 5 and self.memory.mentions:
            d = self.add((i + 1, c - 1, True), self.zero(""), None)
            return c + 1 if d else i + 1
        return i + 1


class _Subjects(_Openers):
    """Who speaks: the subject before a cue, of a clause, or of the sentence's verb."""

    def pre_subject(self, i: int, gender: str) -> Mention | None:
        """A subject before the verb: ``وكان علوش أبلغ``، ``أن التحالف الدولي ... كان أعلن``،
        ``إلا أن محمد سعد، أكد``، ``القوات الأميركية التي قالت``."""
        toks, lex = self.toks, self.lex
        j = i - 1
        if j < 0 or not self.same_unit(i, j):
            return None
        if toks[j].key in lex.relative_pronouns:
            a = j
            while a - 1 >= 0 and self.same_unit(i, a - 1) and j - (a - 1) <= 5:
                key = toks[a - 1].key
                if toks[a - 1].kind != "ar":
                    break
                if not key.startswith("ال"):
                    head = without_conj(key)[-1]
                    if head in lex.org_heads or head in lex.role_heads or head in lex.anonymous_heads:
                        a -= 1
                    break
                a -= 1
            if a < j:
                return parse_speaker(self.text, toks, a, j, lex, self.memory, self.entities, gender=gender)
            return None
        crossed = False
        if toks[j].kind == "punct" and self.text[toks[j].start] in "،," and j - 1 >= 0:
            j -= 1  # إلا أن محمد سعد رئيس الامتحانات، أكد لاحقا أنه
            crossed = True
        has_kan = False
        chained = False
        while j >= 0 and self.same_unit(i, j):
            key = toks[j].key
            if toks[j].kind == "punct" or key in _CLAUSE_OPENERS:
                break
            if j < i - 1 and lex.verb(key):
                chained = True  # ويتابع الخبير الأميركي فيقول:
                break
            if key in _KAN:
                has_kan = True
            j -= 1
        start = j + 1
        at_sentence_start = j < 0 or not self.same_unit(i, j) or self.is_end(j)
        if crossed and not (j >= 0 and toks[j].key in _CLAUSE_OPENERS):
            return None
        if start >= i or not (has_kan or chained or at_sentence_start or (j >= 0 and toks[j].key in _CLAUSE_OPENERS)):
            return None
        if (at_sentence_start or chained) and not has_kan:
            if i - start > 6 or without_conj(toks[start].key)[-1] in self.lex.leading_prepositions:
                return None
            m = parse_speaker(self.text, toks, start, i, lex, self.memory, self.entities, gender=gender)
            return m if m is not None and m.kind in ("person", "org", "role", "anon", "anaphor") else None
        span = [k for k in range(start, i) if toks[k].key not in _KAN and toks[k].kind != "punct"]
        if not span:
            return None
        a, b = span[0], span[-1] + 1
        for k in range(a, b):
            if toks[k].key in lex.relative_pronouns:
                b = k
                break
        if b - a > 8 or b <= a:
            return None
        host = toks[a].key
        if host in lex.pronoun_hosts:
            return self.zero(gender)
        return parse_speaker(self.text, toks, a, b, lex, self.memory, self.entities, gender=gender)

    def clause_subject(self, i: int, gender: str) -> Mention | None:
        """The subject of the sentence's first clause (``ورحبت الوزارة بالإعلان، وقالت إن``)."""
        toks = self.toks
        if not (len(toks[i].key) > 2 and toks[i].key[0] == "و"):
            return None
        s = i - 1
        comma = None
        while s >= 0 and self.same_unit(i, s) and not self.is_end(s):
            if toks[s].kind == "punct" and self.text[toks[s].start] in "،,":
                comma = s
            s -= 1
        s += 1
        if comma is None or comma <= s + 1:
            return None
        first = toks[s].key
        if first.startswith(("ال", "وال")) or first in ("في", "وفي", "من", "ومن", "على", "وعلى", "مع", "ومع") or toks[s].kind != "ar":
            return None
        m = parse_speaker(self.text, toks, s + 1, comma, self.lex, self.memory, self.entities, gender=gender)
        if m is not None and m.kind in ("org", "person", "role", "anon", "anaphor"):
            return m
        return None

    def sentence_verb_subject(self, i: int, gender: str) -> Mention | None:
        """For a participle with no quote before it in its sentence: the subject of the
        sentence's reporting verb (``نفت الحكومة هذه الروايات، مؤكدة أن``)."""
        toks, lex = self.toks, self.lex
        v = i - 1
        while v >= 0 and self.same_unit(i, v) and not self.is_end(v):
            if toks[v].kind == "ar" and lex.verb(toks[v].key):
                break
            v -= 1
        if v < 0 or not self.same_unit(i, v) or self.is_end(v) or not lex.verb(toks[v].key):
            return self.zero(gender)
        _, vg = lex.verb(toks[v].key) or ("", gender)
        m = self.pre_subject(v, vg)
        if m is None:
            end = v + 1
            while end < i and not (toks[end].kind == "punct" and self.ch(end) in "،,"):
                end += 1
            if end - v - 1 <= 14:
                m = parse_speaker(self.text, toks, v + 1, end, lex, self.memory, self.entities, gender=vg)
        return m or self.zero(gender)


class QuoteReader(_Subjects):
    """One pass over the document: reported speech, participles, attributions, quotations."""

    def reported(self, i: int) -> int:
        """A reporting verb at ``i``; returns the token index to continue from."""
        lex, toks = self.lex, self.toks
        verb = lex.verb(toks[i].key)
        assert verb is not None
        lemma, gender = verb
        if i > 0 and toks[i - 1].key in ("عدم", "دون", "بعد", "قبل"):
            return i + 1
        op = self.opener(i)
        if op is None:
            return i + 1
        region_end, c0 = op
        if lex.quote_only_np.get(lemma) and c0 in self.close_of:
            claim: tuple[int, int, bool] | None = (c0 + 1, self.close_of[c0] - 1, True)
        else:
            claim = self.claim(c0)
        if claim is None:
            return i + 1
        a = i + 1
        lemma_key = without_conj(toks[i].key)[-1]
        objects = any(lex.verb_forms.get(k, ("", ""))[0] in lex.addressee_object_verbs or k in lex.addressee_object_verbs for k in [lemma_key, lemma])
        if lemma in lex.transmit_verbs or lemma_key in lex.transmit_verbs:
            for k in range(a, region_end):
                if toks[k].key in ("عنه", "عنها", "عنهم"):  # ونقلت عنه الوكالة قوله
                    carrier = parse_speaker(self.text, toks, k + 1, region_end, lex, self.memory, self.entities, gender=gender)
                    if carrier is not None:
                        self.memory.add(carrier)
                    a = region_end
                    break
                if toks[k].key == "عن":
                    carrier = parse_speaker(self.text, toks, a, k, lex, self.memory, self.entities, gender=gender)
                    if carrier is not None:
                        self.memory.add(carrier)  # the agency that relays: a later الوكالة
                    a = k + 1
                    break
        if without_conj(toks[i].key)[-1] in lex.impersonal and region_end == i + 1:
            return i + 1  # يذكر أن ...: "it is worth noting"
        mention = self.pre_subject(i, gender)
        if mention is None:
            mention = parse_speaker(
                self.text, toks, a, region_end, lex, self.memory, self.entities,
                gender=gender, addressee_objects=objects,
            )
        if mention is None:
            mention = self.pre_subject(i, gender) or self.clause_subject(i, gender) or self.zero(gender)
        via_np = c0 in self.close_of and toks[c0 - 1].key not in lex.complementizers and self.ch(c0 - 1) != ":"
        if lex.quote_only_np.get(lemma) and via_np and not claim[2]:
            return i + 1
        d = self.add(claim, mention, self.cue_text(i))
        return claim[1] + 1 if d else i + 1

    def participle(self, i: int) -> int:
        lex, toks, n = self.lex, self.toks, len(self.toks)
        part = lex.participle(toks[i].key)
        assert part is not None
        _, gender = part
        prev = i - 1
        if prev < 0 or not (toks[prev].kind == "punct" or prev in self.close_of.values()):
            return i + 1
        j = i + 1
        if j >= n or not self.same_unit(i, j):
            return i + 1
        key = toks[j].key
        if key in lex.comp_prepositions and j + 1 < n and toks[j + 1].key in lex.complementizers:
            c0 = j + 2
        elif key in lex.complementizers or self.ch(j) == ":":
            c0 = j + 1
        elif j in self.close_of:
            c0 = j
        else:
            preps = lex.participle_np.get(without_conj(toks[i].key)[-1], frozenset())
            if key in preps:
                c0 = j + 1
            elif "ب" in preps and key.startswith("ب") and len(key) > 2:
                c0 = j
            else:
                return i + 1
        claim = self.claim(c0)
        if claim is None:
            return i + 1
        prior = self.last_in_sentence.get(self.sent_of[i])
        mention = prior.mention if prior is not None else self.sentence_verb_subject(i, gender)
        d = self.add(claim, mention, self.cue_text(i))
        return claim[1] + 1 if d else i + 1

    def attribution(self, i: int) -> int:
        """``...، بحسب المرصد`` / ``وفق ما أفاد مسؤول محلي`` / ``وبحسب مصادر، ...``."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        j = i + 1
        first_start: int | None = None
        cue = self.cue_text(i)
        gender = "m"
        if j < n and toks[j].key in lex.attribution_fillers:
            j += 1
        if j < n and lex.verb(toks[j].key):
            cue = self.cue_text(j)
            gender = (lex.verb(toks[j].key) or ("", "m"))[1]
            j += 1
            if j < n and toks[j].key in lex.attribution_after_verb:
                j += 1
        elif j < n and toks[j].key == "عن":
            j += 1
        elif j < n and toks[j].key.startswith("ل") and toks[j].kind == "ar":
            key = toks[j].key
            if key in ("ل", "لـ") or set(key[1:]) <= {"ـ"}:
                j += 1
            else:
                skip = 2 if key.startswith("لل") else 1
                first_start = toks[j].start + skip
        if j >= n or not self.same_unit(i, j):
            return i + 1
        e = j
        while e < n and self.same_unit(i, e) and toks[e].kind != "punct" and e - j < 10:
            if e > j and toks[e].key in ("فقد", "فإن", "فان", "فإنه", "فانه", "فانها", "فإنها"):
                break
            e += 1
        if e == j:
            return i + 1
        mention = parse_speaker(self.text, toks, j, e, lex, self.memory, self.entities,
                                gender=gender, first_start=first_start)
        if mention is None or not (cue != self.cue_text(i) or self._plausible_source(mention)):
            return i + 1
        # The claim: before the marker in the same sentence, or after the source phrase.
        s = i - 1
        while s >= 0 and self.same_unit(i, s) and not self.is_end(s):
            s -= 1
        s += 1
        while s < i and (toks[s].kind == "punct" or toks[s].key == "و"):
            s += 1
        if s < i:
            if any(d.end > toks[s].start and d.start < toks[i].start for d in self.drafts):
                return i + 1
            last = i - 1
            while last >= s and toks[last].kind == "punct":
                last -= 1
            claim = self.claim_range(s, last)
        else:
            c0 = mention_end_tok = e
            while c0 < n and self.same_unit(i, c0) and toks[c0].kind == "punct" and self.ch(c0) in "،,":
                c0 += 1
            if c0 < n and toks[c0].key in ("فان", "فإن", "فانه", "فإنه", "فانها", "فإنها", "فقد"):
                c0 += 1
            if c0 == mention_end_tok and c0 < n and toks[c0].kind != "punct":
                return i + 1
            got = self.claim(c0)
            claim = got if got else (0, -1, False)
        d = self.add(claim, mention, cue)
        return max(e, claim[1] + 1) if d else i + 1

    def run(self) -> list[_Draft]:
        toks, lex = self.toks, self.lex
        # the tokens that may open something: cues and opening quotation marks (every
        # other token only moves the reading on to the next), ascending
        stops = sorted({*self.cues, *(i for i in self.close_of if toks[i].kind != "ar")})
        i = 0
        for stop in stops:
            if stop < i:
                continue  # inside what the last reading took
            i = stop
            t = toks[i]
            nxt = i + 1
            if t.kind == "ar":
                if lex.verb(t.key):
                    nxt = self.reported(i)
                elif lex.participle(t.key):
                    nxt = self.participle(i)
                elif self._attribution_at(i):
                    nxt = self.attribution(i)
            else:
                nxt = self.quotation(i)
            i = max(nxt, i + 1)
        return self.drafts
