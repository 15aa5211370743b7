"""Typing one sentence's triggers by ACLED's rules, act by act.

:func:`type_acts` turns the trigger hits that survived :func:`rasd.stages.events.detect.find_hits`
into ``(event_type, sub_event_type, hit)`` triples: a round-up sentence is typed per act (its
breaks: فيما, بينما, كما, كذلك ...); within an act the families are weighed by ACLED's
definitions (a protest met with live fire is "Excessive force against protesters"; a suicide
car bomb is a "Suicide bomb", not an IED; an attack on a camp or checkpoint is a battle; a
device being defused is no bombing; a weapon destroyed or seized is no shelling; victims counted before the death word are the toll). :func:`territory_subtype`
names ground taken by the state's side or another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasd.stages.events.crowd_clash import crowd_confrontation
from rasd.stages.events.lexicon import Word, cue_set
from rasd.stages.events.sides import actor_tables
from rasd.stages.events.type_sets import TAKEOVER_SUBTYPES

__all__ = ["Hit", "act_breaks", "dawn_noun", "territory_subtype", "type_acts"]

_EXPLOSION_ORDER = ("chemical", "suicide", "grenade", "air", "ied", "shelling")
_SD_ORDER = ("agreement", "arrest", "disrupted", "change", "base", "looting", "transfer")
#: Strategic developments that are acts of their own: one sentence may tell several
#: (arrests made and bombs defused are two events, ACLED).
_SD_ACTS = frozenset({"arrest", "disrupted", "change", "base", "looting"})
#: Riot words that are a violent demonstration by themselves (not أعمال عنف, "acts of
#: violence": news of a war's killings or a militia's plans uses it as often as of a riot).
_RIOT_CORE = ("شغب", "الشغب", "مشاغب")
#: Riot acts that are a violent demonstration by themselves: stones and petrol bombs thrown.
_STONE_ACTS = ("رشق", "بالحجارة", "الحجارة", "الزجاجات الحارقة", "زجاجات حارقة", "زجاجات مولوتوف")
#: Explosion words that only tell of blasts heard (وسط دوي انفجارات), not of a device.
_GENERIC_BLASTS = frozenset({"انفجار*", "انفجر*"})
#: Clash-family terms that only say "attack" (typed by who the victims are).
_GENERIC_ATTACK = ("هاجم", "هجوم", "هجمات", "الهجوم", "اقتحم", "اقتحام")
#: Clash-family terms that only say "stormed" (a raid): beside an arrest and no force told,
#: the arrest is the act and the raid its manner (ACLED: Arrests).
_RAID_TERMS = ("اقتحم", "اقتحام")
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

#: The unvowelled word that is both the verb فجّر (blew up) and the noun فجر (dawn).
_DAWN = "فجر"


def dawn_noun(words: Sequence[Word], i: int) -> bool:
    """Whether the word فجر at ``words[i]`` is the noun *dawn*, not the verb *blew up*: it
    carries the article (بالفجر), a time word follows it (فجر اليوم, فجر الأحد, فجر يوم) or a
    preposition or time noun stands before it (منذ فجر, حتى فجر, قبيل فجر, ساعات فجر)."""
    w = words[i]
    if _DAWN not in w.stems:
        return False
    if w.key != _DAWN and w.key.endswith("ال" + _DAWN):
        return True
    if i + 1 < len(words) and any(m.first == i + 1 for m in cue_set("dawn_after").find(words, i + 1, min(len(words), i + 3))):
        return True
    return i > 0 and any(m.last == i - 1 for m in cue_set("dawn_before").find(words, i - 1, i))


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


def _raid_of_arrest(words: Sequence[Word], hits: Sequence[Hit]) -> bool:
    """Whether ``hits`` tell an arrest made in a raid and nothing violent (``اعتقلت القوات
    ثلاثة شبان خلال اقتحام البلدة``): every clash word only says "stormed", there is an
    arrest, and the sentence tells no casualty, no gunfire, no resistance or beating (the
    ``raid_resisted``, ``fire_verbs`` and ``direct_fire`` lists). Then the arrest is the act
    (ACLED codes a raid without violence by its arrests), not a battle."""
    fams = {h.family for h in hits}
    if "arrest" not in fams or fams & _CASUALTY_FAMILIES:
        return False
    if not all(h.term.startswith(_RAID_TERMS) for h in hits if h.family == "clash"):
        return False
    return not any(cue_set(name).any_in(words) for name in ("raid_resisted", "fire_verbs", "direct_fire"))


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


#: How many words before a weapon the verb or noun that destroys or seizes it may stand
#: (دمروا أربع مدرعات للجيش ومدفعين).
_DESTROYED_REACH = 7


def _weapons_destroyed(words: Sequence[Word], hits: Sequence[Hit]) -> list[Hit]:
    """Shelling hits that name a weapon destroyed or seized (``دمر المقاتلون أربع مدرعات
    ومدفعين``, ``تدمير مدفع ميدان``, ``الاستيلاء على صواريخ``), not fired: a verb's
    object stands past the word right after it (there stands its subject: ``دمرت المدفعية
    مواقعهم``, the artillery fired), a noun's right after it; no punctuation between."""
    verbs, nouns = cue_set("weapon_destroyed_verbs"), cue_set("weapon_destroyed_nouns")
    out: list[Hit] = []
    for h in hits:
        if h.family != "shelling" or h.term.startswith("قصف"):
            continue
        lo = max(0, h.first - _DESTROYED_REACH)
        for cues, gap in ((verbs, 1), (nouns, 0)):
            if any(h.first - m.last > gap and not any(w.punct for w in words[m.last + 1:h.first])
                   for m in cues.find(words, lo, h.first)):
                out.append(h)
                break
    return out


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


#: How many words may stand between a demonstration and a relative that describes its crowd
#: (تظاهر المئات الذين رشقوا): a relative further on describes another noun.
_RELATIVE_GAP = 2


def _told_of_protest(words: Sequence[Word], hits: Sequence[Hit], protest: Hit) -> list[Hit]:
    """The hits that may tell what happened at the demonstration: not those in a relative
    clause about another noun, opened further than two words after it (``اعتصم العشرات
    حاملين صور الشاب الذي قتل بعد أن أحرق مجهولون منزله``: the arsonists' act
    is why they gathered, not their violence nor violence done to them)."""
    relatives = cue_set("relatives")
    return [h for h in hits
            if not (h.first > protest.last and relatives.any_in(words, protest.last + 1 + _RELATIVE_GAP, h.first))]


def _protesters_seize(hits: Sequence[Hit]) -> bool:
    """Whether the demonstrators are the doers of a seizure (``احتجز محتجون غاضبون مدير
    الدائرة``: the protest word right after the arrest verb is its subject): a violent
    demonstration, not force used on it."""
    protesters = {h.first for h in hits if h.family == "protest"}
    return any(h.family == "arrest" and h.last + 1 in protesters for h in hits)


def _riot_core(h: Hit) -> bool:
    """A riot word that is a demonstration by itself (شغب، أعمال شغب), not only its acts."""
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
        told = _told_of_protest(words, hits, anchor)
        killed = _pick(told, "killing")
        if "excessive" in fams or (protest is not None and killed is not None):
            out.append(("Protests", "Excessive force against protesters", anchor))
        elif (riot_core is not None or (protest is not None and _pick(told, "riot") is not None) or "mob" in fams
              or _protesters_seize(hits) or crowd_confrontation(words, told) is not None):
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
        dropped = [*_defused(words, hits), *_heard_only(words, hits), *_weapons_destroyed(words, hits)]
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
                if generic and on_forces is None and "looting" in fams and not fams & _CASUALTY_FAMILIES:
                    pass  # هاجم مسلحون قرية وأحرقوا بيوتها: property destroyed, nobody hurt (ACLED)
                elif on_forces is None and _raid_of_arrest(words, hits):
                    pass  # the arrest is the act, the raid its manner: typed below by the arrest
                elif generic and on_forces is None and _has_civilian_victims(words):
                    violent = ("Violence against civilians", "Attack", h)
                elif (crowd := crowd_confrontation(words, hits)) is not None:
                    violent = ("Riots", "Violent demonstration", crowd)  # a crowd against a state's forces
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
        sd: list[Hit] = []
        for fam in _SD_ORDER:
            h = _pick(hits, fam)
            if h is None:
                continue
            if sd:
                # a second act of another kind (اعتقلت ... وفككت عبوات ناسفة): its own event
                # (weapons seized in a raid belong to its arrests: one event)
                if fam in _SD_ACTS and sd[0].family in _SD_ACTS and not (
                        fam == "disrupted" and cue_set("weapon_seizures").any_in(words, h.first, h.last + 1)):
                    sd.append(h)
                continue
            # an arrest beside "the perpetrators of the attack" (a violent reading that only
            # refers to an event told elsewhere) is the sentence's own event
            referring_only = violent is not None and all(x.referring for x in hits if x.family == violent[2].family)
            if violent is None or referring_only or (fam == "agreement" and h.clause != violent[2].clause):
                sd.append(h)
            else:
                break
        out.extend((h.event_type, h.sub_event_type, h) for h in sd)
    return out


def territory_subtype(sub_event_type: str, actor1: str | None, country: str | None) -> str:
    """ACLED's sub-event of ground changing hands, by who takes it: "Government regains
    territory" where the state's forces *or their affiliates* take it (a side of the
    country's main war that fights for the state, ``blocs_by_country``' ``sides``: the
    Popular Resistance in Yemen, the Popular Mobilization Forces in Iraq), "Non-state actor
    overtakes territory" where a faction of the forces fighting on the rebels' side does
    (the bloc's ``others``: Saleh's forces in Yemen). Any other sub-event, any other doer
    and no doer read: ``sub_event_type`` unchanged."""
    if sub_event_type not in TAKEOVER_SUBTYPES or actor1 is None:
        return sub_event_type
    bloc = actor_tables().get("blocs_by_country", {}).get(country or "") or {}

    def one_of(names: Sequence[str]) -> bool:
        return any(actor1 == n or actor1.startswith(n + " ") for n in names)

    if one_of(bloc.get("others", ())):
        return "Non-state actor overtakes territory"
    if one_of(bloc.get("sides", ())):
        return "Government regains territory"
    return sub_event_type


def act_breaks(words: Sequence[Word], clauses: Sequence[tuple[int, int]]) -> list[int]:
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


def type_acts(words: Sequence[Word], hits: Sequence[Hit], contrast: Sequence[int],
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
            rest = type_acts(words, after, contrast, [k for k in breaks if k > b])
            seen = {(t, sub) for t, sub, _h in first}
            return first + [x for x in rest if x[:2] not in seen]
    return _type_hits(words, hits, contrast)
