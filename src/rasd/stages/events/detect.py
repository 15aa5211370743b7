"""Event detection and typing for one sentence.

Triggers from ``triggers.json`` are found clause by clause; a trigger is dropped when its
context list is missing, a veto list occurs in its clause, a negation precedes it, or its
clause is a statement about an event rather than the event (denial, threat, forecast, call)
or background (``منذ أشهر``, ``شبه يومي``, a pluperfect ``وكان ... قد`` with no recent day of
its own or in the short inserts after it). A cue after the act in a scope of its own (a
conjunct ``ويخشى``, ``وهناك مخاوف``; a relative clause about a place ``في مدينة ... التي تشهد
منذ أشهر``) does not reach back to it, and a cue before a conjunct opened by ``وهناك``/``وثمة``
does not reach forward into it. The surviving
trigger families are typed act by act with ACLED's rules (:mod:`rasd.stages.events.acts`:
a protest met with live fire is "Excessive force against protesters"; a suicide car bomb is
"Suicide bomb", not an IED), and the sentence classifier (:mod:`rasd.stages.events.model`) scores the sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Sentence
from rasd.stages.events.acts import _CASUALTY_FAMILIES, _GENERIC_ATTACK, Hit, act_breaks, type_acts
from rasd.stages.events.aims import aim_fight
from rasd.stages.events.court_site import court_site
from rasd.stages.events.lexicon import (
    TermMatch,
    TermSet,
    TriggerSpec,
    Word,
    clauses_of,
    cue_set,
    lexicon,
    slots_present,
    words_of,
)
from rasd.stages.events.model import sentence_scores
from rasd.stages.events.tense import names_recent_day
from rasd.stages.events.type_sets import ASSAULT_TYPES, PROTEST_TYPES
from rasd.text import load_data, normalize_key

__all__ = ["Hit", "Detection", "any_trigger", "find_hits", "detect_sentence", "statement_clause", "claims_responsibility",
           "tells_blast", "ASSAULT_TYPES", "PROTEST_TYPES"]

_EXPLOSIONS = "Explosions/Remote violence"

#: A clause of at most this many words (اليوم الخميس) does not cut a statement from its object.
_SHORT_INSERT = 3
_STATEMENT_CUES = ("denial", "threat", "forecast", "call", "background")
#: Statement lists whose cue, in a conjunct of its own after the act, does not reach back to it
#: (a denial or a background remark after the act still does: ونفى الجيش ذلك, وباستمرار).
_CONJUNCT_CUES = frozenset({"threat", "forecast", "call"})
#: Starts of a word after و that make it a noun or an adverb, not a verb opening a conjunct.
_NOT_A_VERB = ("ال", "ب", "ل")
#: How many words after a seizure verb its object stands (استولوا على عدد من السيارات).
_GOODS_REACH = 3
#: Families a protest may be about (احتجاجا على مقتل ناشط, تنديدا باعتقال): right after a
#: grievance word they name its subject, not an act of the sentence.
_GRIEVED = frozenset({"killing", "injury", "arrest", "abduction"})
#: How many words before the hostages a rescue word may stand (حررت القوات 40 عاملا احتجزهم المسلحون رهائن).
_RESCUE_REACH = 10
#: Quotation marks that may stand between a place noun and the name it gives (قرية «رحبة»).
_NAME_QUOTES = frozenset("«»\"'“”")
#: Proclitics (و ب ل ف ك) that no name after a place noun opens with.
_NAME_PROCLITICS = ("و", "ب", "ل", "ف", "ك")
#: How many words after a definite blast noun (an ``alone`` trigger) the day it tells may stand.
_DAY_AFTER_REACH = 10
#: How many words from a trigger its ``near`` cue may stand (قصفت طائرات التحالف مواقع).
_NEAR_REACH = 4


@dataclass(frozen=True, slots=True)
class Detection:
    """One event read from a sentence, before its arguments are filled."""

    event_type: str
    sub_event_type: str
    trigger_start: int
    trigger_end: int
    clause_start: int
    clause_end: int
    score: float
    families: frozenset[str]
    reference: bool = False
    # a takeover reading whose sentence tells the takeover only as the aim of its fight (aims.aim_fight)
    aimed: bool = False


def _clause_of(clauses: Sequence[tuple[int, int]], i: int) -> int:
    for k, (lo, hi) in enumerate(clauses):
        if lo <= i < hi:
            return k
    return len(clauses) - 1


def _negated(words: Sequence[Word], first: int, lo: int) -> bool:
    neg = cue_set("negation")
    exc = cue_set("negation_exceptions")
    for m in neg.find(words, max(lo, first - 3), first):
        nxt = m.last + 1
        if nxt < len(words) and exc.any_in(words, nxt, nxt + 1):
            continue
        return True
    return False


def claims_responsibility(words: Sequence[Word]) -> bool:
    """Whether the sentence says someone claimed the event (``تبنى``, ``أعلن مسؤوليته``): a
    claim cue not negated (``لم تعلن أي جماعة مسؤوليتها``), not laid on another by a blame verb
    (``حملت الحركة الاحتلال المسؤولية``: an accusation) and not about other attacks
    (``أعلن في السابق مسؤوليته عن هجمات مماثلة``)."""
    if cue_set("claim_elsewhere").any_in(words):
        return False
    return any(not cue_set("negation").any_in(words, max(0, m.first - 4), m.first)
               and not cue_set("blame").any_in(words, max(0, m.first - 8), m.first)
               for m in cue_set("claim").find(words))


def _old_year(words: Sequence[Word], lo: int, hi: int, published: dt.date | None) -> bool:
    """A year in the clause (``عام 2006``, ``أكتوبر 2000``) before the publication year
    (any year when the publication date is unknown)."""
    markers = cue_set("year_markers")
    for i in range(lo, hi):
        k = words[i].key
        if len(k) == 4 and k.isdigit() and 1900 <= int(k) <= 2099:
            if published is not None and int(k) >= published.year - (1 if published.month == 1 else 0):
                continue
            if markers.any_in(words, max(lo, i - 3), i):
                return True
    return False


def statement_clause(words: Sequence[Word], lo: int, hi: int, published: dt.date | None = None,
                     day_end: int | None = None) -> bool:
    """Whether the clause ``words[lo:hi]`` is a statement about an event or background (see
    the module doc); ``day_end`` (default ``hi``) is where a recent day that makes a pluperfect
    the day's news may still stand (past the short inserts after the clause: ``...، أمس، ...``)."""
    return _clause_blocked(words, lo, hi, published, day_end) or bool(_statement_cues(words, lo, hi))


def _clause_blocked(words: Sequence[Word], lo: int, hi: int, published: dt.date | None,
                    day_end: int | None = None) -> bool:
    """The parts of :func:`statement_clause` that hold for the whole clause: an old year, or a
    pluperfect ``وكان ... قد`` at its head with no recent day of its own."""
    if _old_year(words, lo, hi, published):
        return True
    head = cue_set("pluperfect").find(words, lo, min(hi, lo + 2))
    # (وكان ... قد ... أمس: the day's news told with kana)
    if head and not names_recent_day(words, lo, max(hi, day_end or hi)):
        if _qad().any_in(words, head[0].last + 1, min(hi, head[0].last + 6)):
            return True
    return False


def _statement_cues(words: Sequence[Word], lo: int, hi: int) -> list[tuple[str, TermMatch]]:
    """The statement and background cues of ``words[lo:hi]``, with the list each is from."""
    live = slots_present(words)
    found: list[tuple[str, TermMatch]] = []
    for name in _STATEMENT_CUES:
        cues = cue_set(name)
        if live is not None and cues.slot >= 0 and cues.slot not in live:
            continue  # none of its terms can start in the sentence
        found.extend((name, m) for m in cues.find(words, lo, hi))
    return found


def _own_conjunct(words: Sequence[Word], name: str, cue: TermMatch, act_last: int) -> bool:
    """Whether a statement cue standing after an act opens a scope of its own: a threat, forecast
    or call cue a conjunct of its own, a background cue a relative clause about a place
    (:func:`_place_relative`). Such a cue does not reach back to the act told before it. The
    conjunct is opened by the cue itself, a verb carrying the conjunction (``قتل ثلاثة ...
    ويخشى أن يرتفع العدد``, ``وتوعد الجيش بالرد``), or by a conjunct head (cue list
    ``statement_conjunct_heads``: ``وهناك مخاوف``, ``وسط تحذيرات``) right before it. A denial
    after the act (``قصفت الطائرات ... ونفى الجيش ذلك``) denies it, and a background remark
    in the act's own phrase dates it (``قتل ثلاثة في هجوم مماثل العام الماضي``): both reach back."""
    if cue.first <= act_last:
        return False
    if name == "background":
        return _place_relative(words, act_last, cue.first)
    if name not in _CONJUNCT_CUES:
        return False
    key = words[cue.first].key
    if key.startswith("و") and not cue.term.startswith("و") and len(key) > 3 and not key[1:].startswith(_NOT_A_VERB):
        return True  # ويخشى, وتوعد (not والمتوقع, a noun phrase that may still qualify the act)
    return cue.first > act_last + 1 and words[cue.first - 1].key in _conjunct_heads()


def _place_relative(words: Sequence[Word], act_last: int, at: int) -> bool:
    """Whether a background cue at ``at`` stands in a relative clause about a place named after
    the act (``قتلوا جراء قصف ... في حي النشوة بمدينة الحسكة التي تشهد منذ أشهر اشتباكات``):
    a ``background_relatives`` word between them, a ``locatives`` word before it. The history
    of the place does not make the act told before it background; a relative right after the
    act (``الاشتباكات التي تشهدها المدينة منذ أشهر``) still does."""
    relatives = cue_set("background_relatives").find(words, act_last + 1, at)
    return bool(relatives) and cue_set("locatives").any_in(words, act_last + 1, relatives[-1].first)


@lru_cache(maxsize=1)
def _conjunct_heads() -> frozenset[str]:
    """The words (cue list ``statement_conjunct_heads``, as written) that open a conjunct right
    before its statement cue: ``وهناك مخاوف``, ``وسط تحذيرات`` (not ``بوسط المدينة``)."""
    return frozenset(normalize_key(t) for t in load_data("events/cues.json").get("statement_conjunct_heads", ()))


@lru_cache(maxsize=1)
def _scope_heads() -> frozenset[str]:
    """The words (cue list ``statement_scope_heads``, as written) that open a conjunct telling a
    scene of its own: ``وهناك``, ``وثمة``."""
    return frozenset(normalize_key(t) for t in load_data("events/cues.json").get("statement_scope_heads", ()))


def _past_scope_head(words: Sequence[Word], cue: TermMatch, first: int) -> bool:
    """Whether a statement cue before the act at ``first`` is cut from it by a scope head between
    them (``مواجهات تدور بين الحين والآخر وهناك معارك عنيفة تدور عند القاعدة``): the cue
    qualifies its own conjunct, not the scene the head opens."""
    heads = _scope_heads()
    return any(words[i].key in heads for i in range(cue.last + 1, first))


def _blocks(words: Sequence[Word], cues: Sequence[tuple[str, TermMatch]], first: int, last: int) -> bool:
    """Whether the statement cues ``cues`` of a clause reach the act at words ``[first, last]``."""
    return any(not _own_conjunct(words, name, m, last) and not _past_scope_head(words, m, first) for name, m in cues)


@lru_cache(maxsize=1)
def _qad() -> TermSet:
    """The particle ``قد`` (made on first use, not at each pluperfect clause head)."""
    return TermSet(["قد"])


def _live_triggers(live: frozenset[int] | None) -> Iterator[TriggerSpec]:
    """The trigger families a term of which can start at a word whose slots are ``live``
    (:func:`slots_present`; None: every family)."""
    return (spec for spec in lexicon().triggers if live is None or spec.terms.slot < 0 or spec.terms.slot in live)


def _triggers(words: Sequence[Word]) -> list[tuple[TriggerSpec, TermMatch]]:
    """Every trigger match in ``words``, family by family (before any filter: a sentence
    with none, most of them, needs none of the filters)."""
    return [(spec, m) for spec in _live_triggers(slots_present(words)) for m in spec.terms.find(words)]


@lru_cache(maxsize=1)
def _trigger_slots() -> frozenset[int] | None:
    """The :attr:`TermSet.slot` of every trigger family's terms (None when one has none)."""
    slots = frozenset(spec.terms.slot for spec in lexicon().triggers)
    return None if -1 in slots else slots


def any_trigger(words: Sequence[Word]) -> bool:
    """Whether a trigger term occurs in ``words`` at all (a range with none reports no
    event, and neither does any part of it)."""
    live = slots_present(words)
    if live is not None and (slots := _trigger_slots()) is not None and live.isdisjoint(slots):
        return False  # no word can start a trigger term
    return any(_strict_holds(words, spec) if spec.strict else spec.terms.any_in(words)
               for spec in _live_triggers(live))


def _strict_holds(words: Sequence[Word], spec: TriggerSpec) -> bool:
    """Whether a term of a ``strict`` family occurs in ``words`` with its context cue in them and
    its near cue beside it (a bare ضربة with no air force or no strike verb opens no range)."""
    if spec.context and not cue_set(spec.context).any_in(words):
        return False
    return any(not spec.near or cue_set(spec.near).any_in(words, max(0, m.first - _NEAR_REACH), m.last + 1 + _NEAR_REACH)
               for m in spec.terms.find(words))


def _past_inserts(clauses: Sequence[tuple[int, int]], k: int) -> int:
    """Where clause ``k`` ends with the short inserts that follow it (``...، أمس، ...``)."""
    end = clauses[k][1]
    for lo, hi in clauses[k + 1:]:
        if hi - lo > _SHORT_INSERT:
            break
        end = hi
    return end


def _vetoed(words: Sequence[Word], veto: str, lo: int, hi: int) -> bool:
    """Whether a term of the veto list ``veto`` stands in ``words[lo:hi]`` outside the phrases
    of the list ``<veto>_lifted`` that take it back in a clause dated to the last few days
    (``باتت الحوطة تحت السيطرة بعد عمليات ليل الثلاثاء``: a town that came under control was
    taken, where ``الحريق تحت السيطرة`` is a fire put out and an undated ``أصبحت القاعدة تحت
    السيطرة`` may be a state, not a takeover)."""
    found = cue_set(veto).find(words, lo, hi)
    if not found:
        return False
    lifted = cue_set(veto + "_lifted").find(words, lo, hi)
    if lifted and not names_recent_day(words, lo, hi):
        return True
    return any(not any(x.first <= m.first and m.last <= x.last for x in lifted) for m in found)


def find_hits(words: Sequence[Word], clauses: Sequence[tuple[int, int]] | None = None,
              published: dt.date | None = None) -> list[Hit]:
    """Triggers in ``words`` that pass the context, veto, negation and statement filters."""
    return _passing(words, _triggers(words), clauses, published)


def _passing(words: Sequence[Word], found: Sequence[tuple[TriggerSpec, TermMatch]],
             clauses: Sequence[tuple[int, int]] | None, published: dt.date | None,
             first_blast: bool = True) -> list[Hit]:
    """The trigger matches ``found`` in ``words`` that pass the filters, as hits; those of an
    ``alone`` family (:attr:`TriggerSpec.alone`) only with ``first_blast`` and no other act's hit."""
    if not found:
        return []
    clauses = clauses or clauses_of(words, cue_set("clause_breaks"))
    whole = [_clause_blocked(words, lo, hi, published, _past_inserts(clauses, k)) for k, (lo, hi) in enumerate(clauses)]
    cues = [_statement_cues(words, lo, hi) for lo, hi in clauses]
    blocked = [w or bool(c) for w, c in zip(whole, cues, strict=True)]
    subordinate, complements = cue_set("subordinators"), cue_set("statement_complements")
    for k in range(1, len(clauses)):
        lo, hi = clauses[k]
        # the clause this one hangs on, past short inserts (هددت الحركة، اليوم الخميس، بشن هجمات)
        prev = k - 1
        while prev > 0 and clauses[prev][1] - clauses[prev][0] <= _SHORT_INSERT:
            prev -= 1
        if blocked[k] or not (blocked[k - 1] or blocked[prev]):
            continue
        if subordinate.any_in(words, lo, min(hi, lo + 2)) or complements.any_in(words, lo, lo + 1):
            blocked[k] = whole[k] = True
    charges = cue_set("charge_words").find(words)
    no_casualties = cue_set("no_casualties").find(words)
    breaks = [b.first for b in cue_set("clause_breaks").find(words)]
    # "لم ترد تقارير عن اشتباكات", "لم تسجل أي غارات": a negated report of the event
    negated_reports = cue_set("negated_report").find(words)
    hits: list[Hit] = []
    alone: list[Hit] = []  # hits of an ``alone`` family: kept only where no other act passes
    for spec, m in found:
        c = _clause_of(clauses, m.first)
        lo, hi = clauses[c]
        if whole[c] or (blocked[c] and _blocks(words, cues[c], m.first, m.last)):
            continue
        if spec.context and not cue_set(spec.context).any_in(words):
            continue
        if spec.near and not cue_set(spec.near).any_in(words, max(lo, m.first - _NEAR_REACH),
                                                        min(hi, m.last + 1 + _NEAR_REACH)):
            continue  # طائرات التحالف with no strike told beside it: air cover, a fly-over
        if any(_vetoed(words, v, lo, hi) for v in spec.veto):
            continue
        if _negated(words, m.first, lo):
            continue
        if cue_set("retaliation").any_in(words, max(lo, m.first - 3), m.first):
            continue  # ردا على الغارة: the event answered, told elsewhere
        referring = spec.family == "clash" and m.term.startswith(_GENERIC_ATTACK) and cue_set(
            "event_reference_before").any_in(words, max(lo, m.first - 2), m.first)
        if spec.family in _GRIEVED and (cue_set("grievance").any_in(words, max(lo, m.first - 3), m.first)
                                        or cue_set("purpose_reference").any_in(words, max(lo, m.first - 3), m.first)):
            continue  # احتجاجا على مقتل ناشط, للتنديد باعتقال: what a protest is about, not its own act
        if spec.family == "abduction" and cue_set("rescue").any_in(words, max(0, m.first - _RESCUE_REACH), m.first):
            continue  # أنقذت القوات 25 رهينة: hostages freed, the abduction told is an earlier one
        if spec.family == "territory" and (
                cue_set("seized_goods").any_in(words, m.last + 1, min(hi, m.last + 1 + _GOODS_REACH))
                or cue_set("captives").any_in(words, m.last + 1, min(hi, m.last + 1 + _GOODS_REACH))):
            continue  # استولت على كاميرات مراقبة, أنقذت القوات 25 رهينة: goods seized, captives freed, not ground taken
        if spec.family == "territory" and (words[m.first].key.startswith("لتحرير") or (
                m.first > 0 and cue_set("org_heads").any_in(words, m.first - 1, m.first))):
            continue  # الحركة الشعبية لتحرير السودان، هيئة تحرير الشام: a name, not a takeover
        if spec.family in ("killing", "injury") and any(n.first <= m.first <= n.last for n in no_casualties):
            continue  # لم يسفر عن سقوط قتلى: nobody was killed
        if any(c.last < m.first and not any(c.last < b <= m.first for b in breaks) for c in charges):
            continue  # بتهمة القتل; تهم ... حيازة متفجرات والقتل العمد: what a charge lists
        if any(lo <= n.first and n.last < m.first for n in negated_reports):
            continue
        if spec.alone and not names_recent_day(words, m.last + 1, min(len(words), m.last + 1 + _DAY_AFTER_REACH)):
            continue  # (الانفجار الذي وقع ظهر أمس tells the blast; الانفجار الذي طال ... names one)
        (alone if spec.alone else hits).append(Hit(spec.family, spec.event_type, spec.sub_event_type, spec.weight,
                                                   m.first, m.last, c, m.term, referring))
    if first_blast and not any(h.family not in _CASUALTY_FAMILIES for h in hits):
        hits.extend(alone)  # (الانفجار told alone: the act of the sentence, or one told before it)
    hits.sort(key=lambda h: (h.first, -h.last))
    return hits


def detect_sentence(text: str, start: int = 0, end: int | None = None, published: dt.date | None = None,
                    scores: dict[str, float] | None = None, first_blast: bool = True) -> list[Detection]:
    """The events a sentence ``text[start:end]`` reports (offsets are absolute); with
    ``published``, years of the publication year do not make a clause background.
    ``scores`` (``{"assault": p, "protest": p}``) replaces the fast classifier's
    probabilities (the accurate tier passes its own)."""
    end = len(text) if end is None else end
    words = words_of(text, start, end)
    if not words:
        return []
    found = _triggers(words)
    if not found:
        return []
    clauses = clauses_of(words, cue_set("clause_breaks"))
    hits = _passing(words, found, clauses, published, first_blast)
    if not hits:
        return []
    contrast_words = cue_set("contrast_breaks")
    contrast = [k for k, (lo, hi) in enumerate(clauses) if k and contrast_words.any_in(words, lo, min(hi, lo + 2))]
    typed = type_acts(words, hits, contrast, act_breaks(words, clauses))
    if not typed:
        return []
    # a condemnation in the form of a purpose (خرجوا للتنديد بالهجوم) refers to what follows
    # it; the act it is the purpose of (the demonstration) is the sentence's own event
    purposes = cue_set("purpose_reference").find(words)
    # a claim of an act told anew (تبنت الجماعة مقتل ثلاثة جنود) reports it; a claim of "the attack"
    # (تبنى التنظيم الهجوم: every trigger definite) refers to the event told before it
    claims = (cue_set("claim_acts").find(words)
              if any(not words[h.first].key.startswith("ال") for h in hits) and claims_responsibility(words) else [])
    reference = any(not any(p.first <= m.first <= p.last for p in purposes)
                    and not any(c.first <= m.first <= c.last for c in claims)
                    and not court_site(words, m.first)
                    and not _named_place(words, m.first)
                    for m in cue_set("reference").find(words))
    if scores is None:
        scores = sentence_scores(text[start:end], words)
    out: list[Detection] = []
    fams = frozenset(h.family for h in hits)
    for event_type, sub, hit in typed:
        group = "assault" if event_type in ASSAULT_TYPES else "protest" if event_type in PROTEST_TYPES else None
        prob = scores.get(group, 0.5) if group else 0.5
        family_hits = [h for h in hits if h.event_type == event_type or h.family == hit.family]
        strength = max(h.weight for h in family_hits)
        score = 0.6 * strength + 0.4 * prob if group else strength * 0.9
        lo, hi = clauses[hit.clause]
        refers = reference or all(h.referring for h in family_hits) or any(p.last < hit.first for p in purposes)
        out.append(Detection(event_type, sub, words[hit.first].start, words[hit.last].end,
                             words[lo].start, words[hi - 1].end, round(score, 4), fams, refers,
                             aimed=aim_fight(words, hits, sub, _GENERIC_ATTACK)))
    return out


def _named_place(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` is the name a place noun gives (``قرب قرية «رحبة»``,
    ``قرية شجبة``): a place's name, not a welcome, a condemnation or a funeral told about the
    event (quotation marks between the noun and the name are skipped). A word led by a
    proclitic (``بلدة وشيعوا``, ``مسجد بشجب``) starts a phrase of its own, not a name."""
    if words[at].key.startswith(_NAME_PROCLITICS):
        return False
    k = at - 1
    while k >= 0 and words[k].punct and words[k].key in _NAME_QUOTES:
        k -= 1
    return k >= 0 and cue_set("place_nouns").any_in(words, k, k + 1)


def tells_blast(text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence of ``sentences`` holds an explosion's trigger term of its own form
    (انفجار, تفجير, فجر, a device; filtered or not), not only a definite blast noun (an ``alone``
    trigger). Such an article tells its blast there, and every definite noun (أسفر الانفجار عن ...)
    refers to it: it is no trigger (``first_blast`` of :func:`detect_sentence`). In an article that
    tells the blast with nothing but a definite noun, that noun is its telling of the blast."""
    return any(spec.event_type == _EXPLOSIONS and not spec.alone
               for sent in sentences for spec, _ in _triggers(words_of(text, sent.start, sent.end)))
