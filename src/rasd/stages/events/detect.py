"""Event detection and typing for one sentence.

Triggers from ``triggers.json`` are found clause by clause; a trigger is dropped when its
context list is missing, a veto list occurs in its clause, a negation precedes it, or its
clause is a statement about an event rather than the event (denial, threat, forecast, call)
or background (``منذ أشهر``, ``شبه يومي``, a pluperfect ``وكان ... قد``). The surviving
trigger families are typed with ACLED's rules (a protest met with live fire is
"Excessive force against protesters"; a suicide car bomb is "Suicide bomb", not an IED),
and the sentence classifier (:mod:`rasd.stages.events.model`) scores the sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.stages.events.lexicon import TermSet, Word, clauses_of, cue_set, lexicon, slots_present, words_of
from rasd.stages.events.model import sentence_scores

__all__ = ["Hit", "Detection", "find_hits", "detect_sentence", "statement_clause", "claims_responsibility",
           "ASSAULT_TYPES", "PROTEST_TYPES"]

ASSAULT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
PROTEST_TYPES = frozenset({"Protests", "Riots"})

_EXPLOSION_ORDER = ("chemical", "suicide", "grenade", "air", "ied", "shelling")
_SD_ORDER = ("agreement", "arrest", "disrupted", "change", "base", "looting", "transfer")
#: A clause of at most this many words (اليوم الخميس) does not cut a statement from its object.
_SHORT_INSERT = 3
_STATEMENT_CUES = ("denial", "threat", "forecast", "call", "background")
_RIOT_CORE = ("شغب", "الشغب", "مشاغب", "اعمال عنف")
#: Riot acts that are a violent demonstration by themselves: stones and petrol bombs thrown.
_STONE_ACTS = ("رشق", "بالحجارة", "الحجارة", "الزجاجات الحارقة", "زجاجات حارقة", "زجاجات مولوتوف")
#: Explosion words that only tell of blasts heard (وسط دوي انفجارات), not of a device.
_GENERIC_BLASTS = frozenset({"انفجار*", "انفجر*"})
#: Clash-family terms that only say "attack" (typed by who the victims are).
_GENERIC_ATTACK = ("هاجم", "هجوم", "هجمات", "الهجوم", "اقتحم", "اقتحام")
#: How many words after a seizure verb its object stands (استولوا على عدد من السيارات).
_GOODS_REACH = 3
#: How many words from a trigger its ``near`` cue may stand (قصفت طائرات التحالف مواقع).
_NEAR_REACH = 4
#: How many words from an attack its target may stand (شنوا هجوما استهدف تجمعا لقوات الجيش).
_TARGET_REACH = 5
#: Families that only tell casualties: they belong to the act they follow.
_CASUALTY_FAMILIES = frozenset({"killing", "injury"})
#: Families that do not stand for an act of their own beside another: too weak (a
#: withdrawal, a deal), or force used on the demonstration told beside them.
_WEAK_ANCHORS = frozenset({"transfer", "agreement", "intervention", "excessive"})
#: How many words before a casualty word a counted victim may stand (22 مسلحا من الحوثيين
#: وقوات صالح قتلوا).
_VICTIM_BEFORE = 6
#: Clash words that only say the fire was answered (بالتصدي للعدوان): beside shelling
#: or a blast, the event is that attack, not a battle.
_RESPONSES = frozenset({"تصدت", "تصدى"})
#: Weapon nouns that name a device rather than its use (seized explosives are not a blast).
_DEVICE_NOUNS = frozenset({"عبوة ناسفة", "عبوات ناسفة", "عبوة*", "عبوات", "عبوتين", "عبوتان", "عبوتين ناسفتين",
                           "لغم*", "ألغام", "الألغام", "متفجرات", "قنبلة", "قنابل", "مفخخة", "مفخخ*",
                           "صاروخ*", "صواريخ", "صاروخين", "قذيفة", "قذائف", "سيارة مفخخة",
                           "أحزمة ناسفة", "حزام ناسف", "حزاما ناسفا"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger that survived the filters."""

    family: str
    event_type: str
    sub_event_type: str
    weight: float
    first: int
    last: int
    clause: int
    term: str
    referring: bool = False  # "منفذي الهجوم": names an event told elsewhere


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
    claim cue not negated (``لم تعلن أي جماعة مسؤوليتها``) and not about other attacks
    (``أعلن في السابق مسؤوليته عن هجمات مماثلة``)."""
    if cue_set("claim_elsewhere").any_in(words):
        return False
    return any(not cue_set("negation").any_in(words, max(0, m.first - 4), m.first)
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


def statement_clause(words: Sequence[Word], lo: int, hi: int, published: dt.date | None = None) -> bool:
    if _old_year(words, lo, hi, published):
        return True
    live = slots_present(words)
    for name in _STATEMENT_CUES:
        cues = cue_set(name)
        if live is not None and cues.slot >= 0 and cues.slot not in live:
            continue  # none of its terms can start in the sentence
        if cues.any_in(words, lo, hi):
            return True
    # pluperfect background: "وكان ... قد" at the head of the clause
    head = cue_set("pluperfect").find(words, lo, min(hi, lo + 2))
    if head:
        qad = TermSet(["قد"])
        if qad.any_in(words, head[0].last + 1, min(hi, head[0].last + 6)):
            return True
    return False


def find_hits(words: Sequence[Word], clauses: Sequence[tuple[int, int]] | None = None,
              published: dt.date | None = None) -> list[Hit]:
    """Triggers in ``words`` that pass the context, veto, negation and statement filters."""
    lex = lexicon()
    clauses = clauses or clauses_of(words, cue_set("clause_breaks"))
    blocked = [statement_clause(words, lo, hi, published) for lo, hi in clauses]
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
            blocked[k] = True
    charges = cue_set("charge_words").find(words)
    no_casualties = cue_set("no_casualties").find(words)
    breaks = [b.first for b in cue_set("clause_breaks").find(words)]
    # "لم ترد تقارير عن اشتباكات", "لم تسجل أي غارات": a negated report of the event
    negated_reports = cue_set("negated_report").find(words)
    hits: list[Hit] = []
    live = slots_present(words)
    for spec in lex.triggers:
        if live is not None and spec.terms.slot >= 0 and spec.terms.slot not in live:
            continue  # none of its terms can start here
        for m in spec.terms.find(words):
            c = _clause_of(clauses, m.first)
            lo, hi = clauses[c]
            if blocked[c]:
                continue
            if spec.context and not cue_set(spec.context).any_in(words):
                continue
            if spec.near and not cue_set(spec.near).any_in(words, max(lo, m.first - _NEAR_REACH),
                                                            min(hi, m.last + 1 + _NEAR_REACH)):
                continue  # طائرات التحالف with no strike told beside it: air cover, a fly-over
            if any(cue_set(v).any_in(words, lo, hi) for v in spec.veto):
                continue
            if _negated(words, m.first, lo):
                continue
            if cue_set("retaliation").any_in(words, max(lo, m.first - 3), m.first):
                continue  # ردا على الغارة: the event answered, told elsewhere
            referring = spec.family == "clash" and m.term.startswith(_GENERIC_ATTACK) and cue_set(
                "event_reference_before").any_in(words, max(lo, m.first - 2), m.first)
            if spec.family in ("killing", "injury") and cue_set("grievance").any_in(words, max(lo, m.first - 3), m.first):
                continue  # احتجاجا على مقتل ناشط: not this event's casualties
            if spec.family == "territory" and cue_set("seized_goods").any_in(
                    words, m.last + 1, min(hi, m.last + 1 + _GOODS_REACH)):
                continue  # استولت على كاميرات مراقبة: goods seized, not ground taken
            if spec.family == "territory" and (words[m.first].key.startswith("لتحرير") or (
                    m.first > 0 and cue_set("org_heads").any_in(words, m.first - 1, m.first))):
                continue  # الحركة الشعبية لتحرير السودان، هيئة تحرير الشام: a name, not a takeover
            if spec.family in ("killing", "injury") and any(n.first <= m.first <= n.last for n in no_casualties):
                continue  # لم يسفر عن سقوط قتلى: nobody was killed
            if any(c.last < m.first and not any(c.last < b <= m.first for b in breaks) for c in charges):
                continue  # بتهمة القتل; تهم ... حيازة متفجرات والقتل العمد: what a charge lists
            if any(lo <= n.first and n.last < m.first for n in negated_reports):
                continue
            hits.append(Hit(spec.family, spec.event_type, spec.sub_event_type, spec.weight,
                            m.first, m.last, c, m.term, referring))
    hits.sort(key=lambda h: (h.first, -h.last))
    return hits


def _victim_kinds(words: Sequence[Word]) -> set[str]:
    """Kinds of the role words that suffer the event: those right after a casualty cue
    (``مقتل أربعة جنود``, ``قتل مسلحون ثلاثة مزارعين``); without a cue, every role word."""
    from rasd.stages.events.actors import role_mentions
    from rasd.stages.events.numbers import parse_counts, tables

    t = tables()
    roles = role_mentions(words)
    cues = [*t.death.find(words), *t.wound.find(words)]
    if not cues:
        return {r.kind for r in roles}
    out: set[str] = set()
    counted_ends = {c.last for c in parse_counts(words)}
    nouns = {m.first for m in (*t.death_nouns.find(words), *t.wound_nouns.find(words))}
    for c in cues:
        after = [r for r in roles if 0 < r.first - c.last <= 6]
        # the first role after the cue may be the agent (قتل مسلحون ثلاثة مزارعين):
        # a later role separated by a number is the patient
        if len(after) > 1 and after[0].kind in ("armed", "military", "police") and after[1].kind == "civilian":
            after = after[1:]
        if after:
            out.add(after[0].kind)
            continue
        # nothing after it: the toll told before the cue, a counted role (عشرون مسلحا قتلوا)
        # or the role a casualty noun describes (أردت القوات إرهابيين قتلى); an uncounted
        # role before a verb is its doer (مسلحون قتلوا)
        before = [r for r in roles if 0 < c.first - r.last <= _VICTIM_BEFORE
                  and not any(w.punct for w in words[r.last + 1:c.first])
                  and (c.first in nouns or r.first - 1 in counted_ends)]
        if before:
            out.add(before[-1].kind)
    return out


def _has_civilian_victims(words: Sequence[Word]) -> bool:
    kinds = _victim_kinds(words)
    return "civilian" in kinds or not kinds & {"military", "police", "armed"}


def _has_armed_victims(words: Sequence[Word]) -> bool:
    return bool(_victim_kinds(words) & {"military", "police", "armed"})


def _clause_around(words: Sequence[Word], h: Hit) -> tuple[int, int]:
    """The words between the punctuation marks around a hit (its clause in the text)."""
    lo = h.first
    while lo > 0 and not words[lo - 1].punct:
        lo -= 1
    hi = h.last + 1
    while hi < len(words) and not words[hi].punct:
        hi += 1
    return lo, hi


def _pick(hits: Sequence[Hit], family: str) -> Hit | None:
    for h in hits:
        if h.family == family:
            return h
    return None


def _attack_on_forces(words: Sequence[Word], hits: Sequence[Hit]) -> Hit | None:
    """A generic attack (``هجوم``, ``هاجم``) whose target is the armed forces' own (cue list
    ``military_targets``: a camp, a checkpoint, a patrol): after it in its clause
    (``هاجم مسلحون نقطة تفتيش``), or before it as what underwent it (``تعرض معسكر الجيش لهجوم``)."""
    targets, undergone = cue_set("military_targets"), cue_set("attack_undergone")
    for h in hits:
        if h.family != "clash" or not h.term.startswith(_GENERIC_ATTACK):
            continue
        lo, hi = _clause_around(words, h)
        if targets.any_in(words, h.last + 1, min(hi, h.last + 1 + _TARGET_REACH)):
            return h
        back = max(lo, h.first - _TARGET_REACH)
        if undergone.any_in(words, back, h.first) and targets.any_in(words, back, h.first):
            return h
    return None


def _defused(words: Sequence[Word], hits: Sequence[Hit]) -> list[Hit]:
    """Explosive hits that a disruption acts on, not blasts: what follows a disruption
    verb in its clause (``فككت عبوات ناسفة كانت معدة للتفجير``), or a blast verb whose
    object is a suspicious object (``فجرت القوات جسما مشبوها``)."""
    disrupted = [h for h in hits if h.family == "disrupted"]
    out: list[Hit] = []
    for h in hits:
        if h.family not in _EXPLOSION_ORDER:
            continue
        for d in disrupted:
            if d.last < h.first and not any(w.punct for w in words[d.last + 1:h.first]):
                out.append(h)
                break
            if h.last < d.first <= h.last + _TARGET_REACH and not any(w.punct for w in words[h.last + 1:d.first]):
                out.append(h)
                break
    return out


def _heard_only(words: Sequence[Word], hits: Sequence[Hit]) -> list[Hit]:
    """Blasts only heard (``مع سماع دوي انفجارات``) beside an act of another kind: the
    sound of that act, not a bombing of its own."""
    heard = [h for h in hits if h.family == "ied" and h.term in _GENERIC_BLASTS
             and cue_set("blasts_heard").any_in(words, max(0, h.first - 2), h.first)]
    return heard if heard and _act_anchor([h for h in hits if h.family not in _EXPLOSION_ORDER]) else []


def _crowd_attack(words: Sequence[Word], hits: Sequence[Hit]) -> Hit | None:
    """An attack or arson whose doers are a crowd of residents (``هاجم عشرات من سكان القرية
    منازل ...``): mob violence, not an armed attack. The crowd stands within four words
    after the verb or three before it."""
    crowd = cue_set("crowd_agents")
    for h in hits:
        if h.family == "riot" or (h.family == "clash" and h.term.startswith(_GENERIC_ATTACK)):
            if crowd.any_in(words, h.last + 1, min(len(words), h.last + 5)) or crowd.any_in(words, max(0, h.first - 3), h.first):
                return h
    return None


def _dispersal(words: Sequence[Word], hits: Sequence[Hit]) -> Hit | None:
    """Force used on demonstrators told only as its object (``أطلقت قوات الأمن الغاز المسيل
    للدموع لتفريق آلاف المتظاهرين``): the intervention stands for the demonstration."""
    force = next((h for h in hits if h.family in ("intervention", "excessive")), None)
    if force is None or not _has_protesters(words):
        return None
    return force


def _has_protesters(words: Sequence[Word]) -> bool:
    from rasd.stages.events.actors import role_mentions

    return any(r.kind == "protester" for r in role_mentions(words))


def _riot_core(h: Hit) -> bool:
    """A riot word that is a demonstration by itself (شغب، أعمال عنف), not only its acts."""
    return h.family == "riot" and h.term.startswith(_RIOT_CORE)


def _stone_throwing(hits: Sequence[Hit]) -> Hit | None:
    """Stones or petrol bombs thrown (``رشقوا الجنود بالحجارة``): a violent demonstration
    by itself, with or without a word for the crowd (not a rocket salvo, ``رشقة صاروخية``)."""
    rockets = [h for h in hits if h.family == "shelling"]
    return next((h for h in hits if h.family == "riot" and h.term.startswith(_STONE_ACTS)
                 and not any(r.first <= h.first <= r.last for r in rockets)), None)


def _protest_anchor(hits: Sequence[Hit], words: Sequence[Word] | None = None) -> bool:
    """Whether ``hits`` hold a demonstration; with ``words``, one newly introduced (not
    ``المتظاهرين``, the protesters already told of)."""
    return any((h.family in ("protest", "march") or _riot_core(h))
               and (words is None or not words[h.first].key.startswith("ال")) for h in hits)


def _type_hits(words: Sequence[Word], hits: Sequence[Hit],
               contrast: Sequence[int] = ()) -> list[tuple[str, str, Hit]]:
    """ACLED typing of the surviving trigger families: ``(event_type, sub_event_type, hit)``.
    ``contrast``: clauses opened by فيما / بينما / في حين; a demonstration on each side of one
    (``أغلق محتجون الطرق بالإطارات المشتعلة، فيما نظم طلاب اعتصاما سلميا``) is two events."""
    for c in contrast:
        before = [h for h in hits if h.clause < c]
        after = [h for h in hits if h.clause >= c]
        if _protest_anchor(before) and _protest_anchor(after, words):
            return _type_hits(words, before) + _type_hits(words, after, [k for k in contrast if k > c])
    fams = {h.family for h in hits}
    out: list[tuple[str, str, Hit]] = []
    protest = _pick(hits, "protest") or _pick(hits, "march") or _dispersal(words, hits)
    riot_core = next((h for h in hits if _riot_core(h)), None) or _stone_throwing(hits)
    if protest is not None or riot_core is not None:
        anchor = protest or riot_core
        assert anchor is not None
        killed = _pick(hits, "killing")
        if "excessive" in fams or (protest is not None and killed is not None):
            out.append(("Protests", "Excessive force against protesters", anchor))
        elif riot_core is not None or ("riot" in fams and protest is not None) or "mob" in fams:
            out.append(("Riots", "Violent demonstration", anchor))
        elif "intervention" in fams or "arrest" in fams:
            out.append(("Protests", "Protest with intervention", anchor))
        else:
            out.append(("Protests", "Peaceful protest", anchor))
    elif ("riot" in fams and "clash" in fams and not fams & {*_EXPLOSION_ORDER, "territory", "killing"}
          and ("intervention" in fams or _has_protesters(words))):
        # مواجهات بين شبان والشرطة، رشق المحتجون قوات الأمن بالحجارة: a riot, not a battle
        h = _pick(hits, "riot")
        assert h is not None
        out.append(("Riots", "Violent demonstration", h))
    elif "mob" in fams or (crowd := _crowd_attack(words, hits)) is not None:
        h = _pick(hits, "mob") or crowd
        assert h is not None
        out.append(("Riots", "Mob violence", h))
    else:
        violent: tuple[str, str, Hit] | None = None
        dropped = _defused(words, hits) + _heard_only(words, hits)
        if dropped:
            hits = [h for h in hits if h not in dropped]
            fams = {h.family for h in hits}
        device_only = all(h.term in _DEVICE_NOUNS for h in hits if h.family in _EXPLOSION_ORDER)
        if device_only and fams & {"arrest", "disrupted"} and not fams & {"killing", "injury"}:
            fams = fams - set(_EXPLOSION_ORDER)
            hits = [h for h in hits if h.family not in _EXPLOSION_ORDER]
        named_clash = any(h.family == "clash" and not h.term.startswith(_GENERIC_ATTACK) for h in hits) and not (
            all(h.term in _RESPONSES for h in hits if h.family == "clash")
            and any(h.family in _EXPLOSION_ORDER and h.term not in _GENERIC_BLASTS for h in hits))
        on_forces = _attack_on_forces(words, hits)
        if on_forces is not None and (cue_set("direct_fire").any_in(words) or not any(
                h.family in _EXPLOSION_ORDER and h.term not in _GENERIC_BLASTS for h in hits)):
            named_clash = True  # an attack on a camp or a patrol, fought with guns, is a battle
        if named_clash and "ied" in fams and all(h.term in _GENERIC_BLASTS for h in hits if h.family == "ied"):
            # "clashes ... amid the sound of explosions": the blasts are the battle's
            fams = fams - {"ied"}
            hits = [h for h in hits if h.family != "ied"]
        if "territory" in fams or ("clash" in fams and not fams & {"chemical", "suicide", "grenade", "air", "ied"}
                                   and named_clash):
            pass  # a takeover or a clash fought with artillery is a battle
        else:
            for fam in _EXPLOSION_ORDER:
                h = _pick(hits, fam)
                if h is not None:
                    violent = (h.event_type, h.sub_event_type, h)
                    if fam == "shelling" and cue_set("air_context").any_in(words, *_clause_around(words, h)):
                        violent = (h.event_type, "Air/drone strike", h)  # aircraft shelled
                    break
        if violent is None:
            if "execution" in fams and not named_clash:
                # an execution is violence against a captive, whoever he fought for (ACLED)
                h = _pick(hits, "execution")
                assert h is not None
                violent = ("Violence against civilians", "Attack", h)
            elif "sexual" in fams:
                h = _pick(hits, "sexual")
                assert h is not None
                violent = ("Violence against civilians", "Sexual violence", h)
            elif "abduction" in fams:
                h = _pick(hits, "abduction")
                assert h is not None
                violent = ("Violence against civilians", "Abduction/forced disappearance", h)
            elif "territory" in fams:
                h = _pick(hits, "territory")
                assert h is not None
                if cue_set("unopposed").any_in(words) and not fams & {"clash", "killing"}:
                    out.append(("Strategic developments", "Non-violent transfer of territory", h))
                    return out  # taken without a fight (سيطرت على المدينة دون مقاومة)
                violent = ("Battles", "Government regains territory", h)
            elif "clash" in fams:
                h = _pick(hits, "clash")
                assert h is not None
                generic = all(x.family != "clash" or x.term.startswith(_GENERIC_ATTACK) for x in hits)
                if generic and on_forces is None and _has_civilian_victims(words):
                    violent = ("Violence against civilians", "Attack", h)
                else:
                    violent = ("Battles", "Armed clash", h)
            elif "killing" in fams or "injury" in fams:
                h = _pick(hits, "killing") or _pick(hits, "injury")
                assert h is not None
                if _has_armed_victims(words) and not _has_civilian_victims(words):
                    violent = ("Battles", "Armed clash", h)
                else:
                    violent = ("Violence against civilians", "Attack", h)
        if violent is not None:
            out.append(violent)
        for fam in _SD_ORDER:
            h = _pick(hits, fam)
            if h is None:
                continue
            # an arrest beside "the perpetrators of the attack" (a violent reading that only
            # refers to an event told elsewhere) is the sentence's own event
            referring_only = violent is not None and all(x.referring for x in hits if x.family == violent[2].family)
            if violent is None or referring_only or (fam == "agreement" and h.clause != violent[2].clause):
                out.append((h.event_type, h.sub_event_type, h))
            break
    return out


def _act_breaks(words: Sequence[Word], clauses: Sequence[tuple[int, int]]) -> list[int]:
    """Word positions where a round-up sentence goes on to another act: a clause opened by
    ``فيما``, ``بينما`` (cue list ``contrast_breaks``), or wherever ``كما``, ``وفي``,
    ``كذلك``, ``ترافقت مع`` ... stand (``incident_breaks``, ``act_breaks``)."""
    opens = {lo for lo, _hi in clauses}
    out: set[int] = set()
    for name in ("contrast_breaks", "incident_breaks", "act_breaks"):
        for m in cue_set(name).find(words):
            if m.first > 0 and (m.first in opens or m.first - 1 in opens or name != "contrast_breaks"):
                out.add(m.first)
    return sorted(out)


def _act_anchor(hits: Sequence[Hit]) -> bool:
    """Whether ``hits`` tell an act of their own: a trigger that types an event by itself
    (not a casualty word, which belongs to the act it follows; not a mention that refers to
    an event told elsewhere; not blasts only heard)."""
    return any(h.family not in _CASUALTY_FAMILIES and h.family not in _WEAK_ANCHORS and not h.referring
               and not (h.family == "ied" and h.term in _GENERIC_BLASTS) for h in hits)


def _type_acts(words: Sequence[Word], hits: Sequence[Hit], contrast: Sequence[int],
               breaks: Sequence[int]) -> list[tuple[str, str, Hit]]:
    """:func:`_type_hits` act by act: where a round-up sentence goes on to another act
    (``قصفت الطائرات مواقع في البلدة، بينما دارت اشتباكات في القرية``), the hits before and
    after the break are typed apart when each side holds an act of its own, and an act of a
    type already read adds nothing (ACLED: one event per type, place and day; the places
    are told apart by the stage)."""
    for b in breaks:
        before = [h for h in hits if h.first < b]
        after = [h for h in hits if h.first >= b]
        if _act_anchor(before) and _act_anchor(after):
            first = _type_hits(words, before, [k for k in contrast if all(h.clause < k for h in before)])
            rest = _type_acts(words, after, contrast, [k for k in breaks if k > b])
            seen = {(t, sub) for t, sub, _h in first}
            return first + [x for x in rest if x[:2] not in seen]
    return _type_hits(words, hits, contrast)


def detect_sentence(text: str, start: int = 0, end: int | None = None,
                    published: dt.date | None = None, scores: dict[str, float] | None = None) -> list[Detection]:
    """The events a sentence ``text[start:end]`` reports (offsets are absolute); with
    ``published``, years of the publication year do not make a clause background.
    ``scores`` (``{"assault": p, "protest": p}``) replaces the fast classifier's
    probabilities (the accurate tier passes its own)."""
    end = len(text) if end is None else end
    words = words_of(text, start, end)
    if not words:
        return []
    clauses = clauses_of(words, cue_set("clause_breaks"))
    hits = find_hits(words, clauses, published)
    if not hits:
        return []
    contrast_words = cue_set("contrast_breaks")
    contrast = [k for k, (lo, hi) in enumerate(clauses) if k and contrast_words.any_in(words, lo, min(hi, lo + 2))]
    typed = _type_acts(words, hits, contrast, _act_breaks(words, clauses))
    if not typed:
        return []
    reference = cue_set("reference").any_in(words)
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
        refers = reference or all(h.referring for h in family_hits)
        out.append(Detection(event_type, sub, words[hit.first].start, words[hit.last].end,
                             words[lo].start, words[hi - 1].end, round(score, 4), fams, refers))
    return out
