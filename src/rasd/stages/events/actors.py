"""Actors of an event: of the role words and named groups a clause mentions (found and named
by :mod:`rasd.stages.events.naming`), which acted and which suffered, read from the voice
of the clause (who did it, who suffered it) and ACLED's conventions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasd.stages.events.alliance import (
    JOINT_WORDS,
    SUPPORTER_REACH,
    after_with,
    allies_of,
    first_conjunct,
    from_origin,
    in_support,
    joint_forces,
    key_before,
    same_state,
)
from rasd.stages.events.clash_sides import read_sides
from rasd.stages.events.clause_roles import (
    act_nationality,
    claimants,
    in_grievance,
    security_as_military,
    source_of,
    without_accusers,
)
from rasd.stages.events.force_anaphora import Antecedent, resolve_bare
from rasd.stages.events.held import held_positions
from rasd.stages.events.lexicon import Word, cue_set
from rasd.stages.events.naming import (
    STATE_FORCE_KINDS,
    ActorMention,
    RoleMention,
    country_name,
    group_mentions,
    name_at,
    name_in,
    nationality_of,
    role_mentions,
    role_name,
)
from rasd.stages.events.numbers import parse_counts
from rasd.stages.events.sides import (
    actor_terms,
    air_power,
    allied,
    country_doer,
    hit_first,
    main_doer,
    main_enemy,
    sole_doer,
    state_side_first,
)
from rasd.stages.events.sources import member_speaking, office_of_speaker
from rasd.stages.events.targets import military_target as _military_target
from rasd.stages.events.targets import owns_target as _owns_target
from rasd.stages.events.tolls import incident_range
from rasd.stages.events.voice import (
    coordinated_subject,
    counted_nationals,
    fight_adjective,
    fought_with,
    genitive_agent,
    holds_place,
    insurgent_name,
    joined_party,
    loses_place,
    owned_forces,
    passive_subjects,
    reports,
    suffers,
)

__all__ = [
    "RoleMention",
    "ActorMention",
    "role_mentions",
    "group_mentions",
    "pick_actors",
    "country_name",
    "name_at",
    "nationality_of",
]


_NAMED_KINDS = frozenset({"state", "rebel", "militia", "external"})


_POSSESSIVE = ("يه", "يها", "يهم", "ها", "هم")  # مقاتليه، عناصرها، قواتهم


_VICTIM_KINDS = frozenset({"civilian"})
#: Nouns of an act that an armed role word may qualify as an adjective (هجوما انتحاريا).
_ACT_NOUNS = frozenset({"هجوم", "هجوما", "هجمات", "هجمه", "عمليه", "عمليات", "تفجير", "تفجيرات", "اعتداء",
                        "تفجيرا", "عمليتين", "هجومين", "تفجيرين", "تفجيران", "هجومان", "عمليتان"})
#: Prepositions after which a name is an object, not a subject (normalised).
_OBJECT_PREPS = frozenset({"من", "علي", "ضد", "عن", "الي"})
#: How far (in words) before a name the preposition of its phrase may stand (من جماعات إرهابية مسلحة).
PREP_REACH = 3


def _after_prep(words: Sequence[Word], lo: int, pos: int) -> bool:
    """Whether the name at ``pos`` stands in a phrase opened by a preposition just before it."""
    return key_before(words, lo, pos, _OBJECT_PREPS, PREP_REACH)


#: Nouns of an act that an agent marker may follow (غارات شنها طيران التحالف).
_MARKED_ACTS = _ACT_NOUNS | {"غاره", "غارات", "قصف", "ضربات", "ضربه", "هجمات"}
#: The preposition of what an act is made on (``هجوم على``), normalised.
_ON = "علي"
#: How far (in words) before the ``على`` of its target an act noun may stand (``الهجمات المنفصلة على``).
STRUCK_REACH = 2


def _struck(words: Sequence[Word], lo: int, pos: int) -> bool:
    """Whether the mention at ``pos`` is what an act noun was made on (``هجمات على قوات
    الأمن``, ``الهجوم المسلح على الشرطة``): it follows ``على``, and an act noun stands just
    before that, with no punctuation between."""
    if pos - 1 <= lo or words[pos - 1].key != _ON:
        return False
    return any(any(stem.removeprefix("ال") in _MARKED_ACTS for stem in words[j].stems)
               and not any(w.punct for w in words[j:pos])
               for j in range(max(lo, pos - 1 - STRUCK_REACH), pos - 1))


#: A bare word for forces (``القوات``), which may name again the force named before it.
_FORCES_WORDS = frozenset({"القوات", "قوات", "قوه", "القوه"})
#: How far (in words) after the trigger a targeting verb may stand (``حملة اعتقالات طالت``).
OBJECT_VERB_REACH = 3
#: How far (in words) before a plural-agreeing trigger verb its subject may stand.
PLURAL_SUBJECT_REACH = 8
#: Words of facing: a mention after ``ضد`` is what the act is against, never its doer
#: (``خاضت المقاومة معارك ضد قوات الحوثي``); a role word before one of them does not head the
#: name after it.
_FACING = frozenset({"ضد", "مع", "علي"})
_AGAINST = frozenset({"ضد"})
_NAMED_PRIORITY = ("state", "rebel", "militia", "external")


_STRIKE_TYPES = frozenset({"Explosions/Remote violence", "Battles"})
def pick_actors(
    words: Sequence[Word],
    lo: int,
    hi: int,
    *,
    event_type: str,
    country: str | None,
    sub_event_type: str | None = None,
    text: str | None = None,
    antecedent: str | None = None,
    death_positions: Sequence[int] = (),
    subset_positions: Sequence[int] = (),
    trigger_pos: int | None = None,
    claim: bool = False,
    prior: Sequence[Antecedent] = (),
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """``(actor1, actor2, victims)`` of an event read from ``words[lo:hi]`` (its clause or
    sentence); ``victims`` names every actor the clause shows suffering the event (civilians,
    a mention counted after a casualty cue), so that merging sentences never makes one of
    them the perpetrator.

    Named actors (knowledge base) come before generic role words; a role word that heads a
    named group (``مقاتلو قوات سوريا الديمقراطية``) gives way to the group; civilians are
    always the victims (actor2); a mention introduced by an agent marker (``شنتها``,
    ``على يد``) is actor1; a mention right after a death cue (``مقتل أربعة جنود``) suffers
    the event. Protests and riots put the protesters or rioters first.
    """
    attribution, affiliation = actor_terms("attribution"), actor_terms("affiliation")
    charge, grievance = cue_set("charge_words"), cue_set("grievance")
    all_named = group_mentions(words, lo, hi, text, country)
    # "المروحيات التابعة للتحالف": a generic force word names the group it belongs to
    all_roles = role_mentions(words, lo, hi)
    owners = owned_forces(words, all_roles, all_named)
    owned = set(owners.values())
    # "بتهمة التعاون مع القوات العراقية": a name inside the charge is not a side of the event
    # a claim's spokesman speaks for the claimant (أعلن متحدث باسم حركة طالبان مسؤولية الحركة)
    named = [a for a in all_named
             if (claim or not (source_of(words, lo, a.first, a.last, trigger_pos, attribution)
                               or member_speaking(words, lo, a.first)))
             and (a.first in owned or not affiliation.any_in(words, max(lo, a.first - 2), a.first + 1))
             and not holds_place(words, lo, a.first)
             and not charge.any_in(words, max(lo, a.first - 4), a.first)
             and not in_grievance(words, lo, a.first, text)
             # "أعلن رئيس الحكومة التركية أن داعش يقف وراء الاعتداء": the speaker's office
             and not office_of_speaker(words, lo, a.first, a.name)
             # "ذكرت وزارة الداخلية في بيان أن عبوة انفجرت ...": a state body that
             # reports an attack is its source, not a side (unless it reports its own act)
             and not (a.kind == "state" and not claim and reports(words, a.first, a.last, lo, hi, event_type != "Battles"))]
    speaker = actor_terms("speaker")
    # "المتحدث باسم الشرطة": the speaker's institution is not a side of the event
    anonymous = actor_terms("anonymity")
    roles = [r for r in all_roles if r.first not in owners and not holds_place(words, lo, r.first)
             and not speaker.any_in(words, max(lo, r.first - 2), r.first)
             and not anonymous.any_in(words, r.last + 1, min(hi, r.last + 6))
             and not charge.any_in(words, max(lo, r.first - 4), r.first)
             and not grievance.any_in(words, max(lo, r.first - 4), r.first)  # احتجاجا على مقتل ناشط
             and not in_grievance(words, lo, r.first, text)
             and not affiliation.any_in(words, max(lo, r.first - 2), r.first)  # بدعم من مسلحي العشائر
             and not reports(words, r.first, r.last, lo, hi, event_type != "Battles")
             # "حسبما أعلنت شرطة الولاية": the source of the report, not a side
             and not cue_set("attribution_tail").any_in(words, max(lo, r.first - 3), r.first)
             # "هجوما انتحاريا": an adjective of the act, not its doer
             and not (r.kind == "armed" and r.first > lo and not _ACT_NOUNS.isdisjoint(words[r.first - 1].stems))
             and not fight_adjective(words, lo, r.first, r.last)]  # اشتباكات مسلحة: the fight's adjective
    # "عناصر من قوى الأمن الداخلي": a generic word heading a state force is that force
    roles = [r for r in roles if not (r.kind == "armed" and r.last + 1 < hi and words[r.last + 1].key == "من"
                                      and any(q.first == r.last + 2 and q.kind != "armed" for q in roles))]
    # "قالت الشرطة الإسرائيلية ... باتجاه قوات الشرطة": a force named again without its
    # nationality is the one the sentence named with it (where it names one only)
    for kind in ("police", "military"):
        named_cc = {r.country for r in all_roles if r.kind == kind and r.country}
        if len(named_cc) == 1:
            same = next(iter(named_cc))
            roles = [replace(r, country=same) if r.kind == kind and r.country is None else r for r in roles]
    if event_type in _STRIKE_TYPES:  # (facing protesters or arresting, ACLED's are the police)
        roles = security_as_military(words, roles, country)
    # "منسوبي قوات الطوارئ ... في مسجد مقر القوات": the bare forces word names the police
    # force the sentence named before it
    police_forces = [r for r in roles if r.kind == "police" and words[r.first].key in _FORCES_WORDS]
    roles = [replace(r, kind="police", template="Police Forces of {country}", country=police_forces[0].country)
             if r.kind == "military" and r.first == r.last and words[r.first].key in _FORCES_WORDS
             and r.country is None and len(police_forces) == 1 and police_forces[0].first < r.first
             and not any(q.kind == "military" and q.first < r.first and q is not r for q in roles)
             else r for r in roles]
    # "القوات التركية ... . وقتلت القوات": a bare force word names the one force of its sort
    # named just before (``prior``: the sentences before; or its own clause)
    named, roles = resolve_bare(words, lo, hi, prior, named, roles, text, country)
    counts = parse_counts(words)
    roles += [RoleMention("civilian", "Civilians ({country})", j, j, cc)
              for j, cc in counted_nationals(words, lo, hi, nationality_of, counts)
              if not any(r.first <= j <= r.last for r in roles)]  # ستة فلسطينيين: civilians of Palestine
    if antecedent:
        for m in actor_terms("anaphora").find(words, lo, hi):
            # (not the head word of a name right after it: الميليشيا الحوثية)
            if not any(a.first <= m.first <= a.last or a.first == m.last + 1 for a in named):
                named.append(ActorMention(antecedent, "rebel", m.first, m.last))
    named.sort(key=lambda a: a.first)
    # role words heading (or overlapping) a named actor give way to it
    kept_roles = [r for r in roles
                  # (not across another role word: خطف مسلحون جنديا من قوات النظام is two sides)
                  if not any((r.kind != "civilian" and a.first - 5 <= r.last < a.first
                              and not any(r.last < q.first and q.last < a.first for q in roles)
                              # (nor across the trigger or a word of facing or of joining:
                              # الجيش طردوا الحوثيين، قوات الجيش المسنود بالمقاومة)
                              and not (trigger_pos is not None and r.last < trigger_pos < a.first)
                              and not any(w.key in _FACING or w.key in JOINT_WORDS for w in words[r.last + 1:a.first])
                              # (nor onto other forces joined by و: القوات النظامية وقوات المعارضة)
                              and not (joined_party(words, r.last, a.first, text)
                                       and any(q.first == a.first for q in roles))
                              # (nor onto the owner of what it strikes: هاجم جنود مخابئ لطالبان)
                              and not _owns_target(words, lo, a.first))
                             or a.first <= r.first <= a.last
                             for a in named)
                  # "أعلن حزب الله أن مقاتليه ...": its fighters are the named group
                  and not (r.kind in ("armed", "military") and words[r.last].key.endswith(_POSSESSIVE)
                           and any(0 < r.first - a.last <= 6 for a in named))]
    cands: list[tuple[int, str, str]] = []  # (position, name, kind)
    for a in named:
        cands.append((a.first, a.name, a.kind))
    for r in kept_roles:
        if r.kind == "civilian" and event_type in ("Battles", "Protests", "Strategic developments") \
                and sub_event_type != "Arrests":
            continue  # civilians are never a side in a battle, a protest or a deal (but are arrested)
        insurgents = insurgent_name(words, r.first, r.last, country) if r.kind in ("armed", "military") else None
        name = insurgents or role_name(r, country)
        if name:
            cands.append((r.first, name, "rebel" if insurgents else r.kind))
    cands.sort()
    p_lo, p_hi = lo, hi
    if trigger_pos is not None:
        # the sides of another incident told in the sentence (... فيما تستعد القوات لقتال الحركة)
        # are not this one's, where the trigger's own part names any
        p_lo, p_hi = incident_range(words, trigger_pos)
        whole, cands = cands, [c for c in cands if p_lo <= c[0] < p_hi] or cands
    else:
        whole = cands
    cands, accused = without_accusers(words, lo, hi, cands)
    # (not a marker inside a phrase of support: مدعومة بغطاء من قبل مقاتلات الحلفاء)
    markers = [m for m in actor_terms("agent_markers").find(words, lo, hi)
               if not in_support(words, lo, m.first, text=text, trigger_pos=trigger_pos)]
    # (the agent marker of the trigger's own incident, where it has one: قصف شنه الحوثيون ...
    # في وقت شنت مقاتلات ضرباتها)
    own_part = [m for m in markers if p_lo <= m.first < p_hi]
    # (markers of other acts only: in another incident's part of the sentence, or after an
    # act noun of their own told after the trigger: ... ولفت إلى ضربات شنها طيران التحالف)
    foreign_only = trigger_pos is not None and bool(markers) and all(
        not p_lo <= m.first < p_hi or any(trigger_pos < j < m.first and not _MARKED_ACTS.isdisjoint(words[j].stems)
                                          for j in range(max(lo, m.first - 3), m.first))
        for m in markers)
    markers = own_part or markers
    own = [m for m in markers if trigger_pos is not None and 0 < m.first - trigger_pos <= 2]
    if own:
        # the doer another act's marker introduces (... في وقت شنت مقاتلات ضرباتها) is no
        # side of the act whose own marker follows its trigger (قصف شنه الحوثيون)
        foreign = {c for c in cands for m in markers if m not in own and 0 < c[0] - m.last <= 3}
        cands = [c for c in cands if c not in foreign or any(0 < c[0] - m.last <= 3 for m in own)]
        markers = own
    agents = {c[1] for c in cands for m in markers if 0 < c[0] - m.last <= 3}
    passive = passive_subjects(words, lo, death_positions)
    named_doer: tuple[int, str, str] | None = None  # an attack noun's doer after ل
    suffering = {c[0] for c in cands if suffers(words, c[0], death_positions, subset_positions, passive, counts)
                 or _owns_target(words, lo, c[0]) or loses_place(words, lo, c[0], trigger_pos, text)}
    # "معارك ضد قوات الحوثي": what the act is against (past a force word) suffers it
    # (where another side is named to do it: not الحملة ضد داعش alone)
    against = {c[0] for c in cands if any(words[j].key in _AGAINST for j in range(max(lo, c[0] - 2), c[0]))
               and not any(w.punct for w in words[max(lo, c[0] - 2):c[0]])}
    if any(c[0] not in against and c[0] not in suffering and c[2] not in _VICTIM_KINDS for c in cands):
        suffering |= against
    # "الهجمات على قوات الأمن": what an act noun was made on suffers it, even where no doer is named
    suffering |= {c[0] for c in cands if _struck(words, lo, c[0])}
    if sub_event_type == "Arrests":  # "اعتقال 40 من عناصر التنظيم": whom an arrest noun's phrase names is held
        suffering |= held_positions(words, lo, hi, cands, counts)
    # "سيطرت القوات على زنجبار بعد معارك مع المتمردين": whom a battle is fought with suffers it,
    # where a side named before them does not (not قتل 13 من الحوثيين في مواجهات مع المقاومة)
    fought = {c[0] for c in cands if event_type == "Battles" and fought_with(words, lo, c[0], trigger_pos)}
    # (the sides that suffer anywhere in the clause: counted dead, owning a target, losing a place)
    suffering_sides = {c[1] for c in cands if c[0] in suffering}
    if any(c[0] < min(fought) and c[1] not in suffering_sides and c[2] not in _VICTIM_KINDS for c in cands if fought):
        suffering |= fought
    if event_type == "Battles" and cands and all(c[0] in suffering for c in cands) and len(whole) > len(cands):
        # "قتل 23 من الحوثيين فيما قتل اثنان من المقاومة في مواجهات": where the battle's part
        # names only its own dead, the other side's dead are in the rest of the sentence
        beyond = [c for c in whole if c not in cands]
        suffering |= {c[0] for c in beyond if suffers(words, c[0], death_positions, subset_positions, passive, counts)
                      or _owns_target(words, lo, c[0])}
        cands = sorted(cands + beyond)
    # "مواقع للحوثيين وقوات صالح", "مقتل 60 من الحوثيين وقوات صالح": a mention joined by و to
    # one that suffers (owns the target, is counted dead) suffers with it
    joined = {c for c in cands for p in cands if p[0] in suffering and 0 < c[0] - p[0] <= 3 and c[0] not in suffering
              and words[c[0]].key.startswith("و") and not any(w.punct for w in words[p[0]:c[0]])}
    suffering |= {c[0] for c in joined}
    # "أعلن الحزب تبني مقتل شرطيين": what follows a marker of a claim is the act, and a mention
    # counted by a death cue between the marker and it suffers the act (the claimant stands before)
    agents = {a for a in agents if any(c[1] == a and any(0 < c[0] - m.last <= 3 and not (
        c[0] in suffering and any(m.last < d < c[0] for d in death_positions)) for m in markers) for c in cands)}
    # "أعلنت الجماعة مسؤوليتها عنه": the group that claims the act in its clause did it
    claiming = claimants(words, lo, hi, [c[0] for c in cands if c[2] in _NAMED_KINDS])
    if claiming:
        agents = {c[1] for c in cands if c[0] in claiming}
        suffering -= claiming
    # "قذائف مصدرها مواقع الفصائل": the side a shell comes from fired it (not the owner of a target)
    origins = {c for c in cands if from_origin(words, lo, c[0]) and c[2] not in _VICTIM_KINDS}
    suffering -= {c[0] for c in origins}
    if not agents and origins:
        agents = {min(origins)[1]}
    patients = {c[1] for c in cands if c[0] in suffering}
    patients |= allies_of(words, cands, patients)  # (تمركزات لقوات A مدعمة بـ X: X suffers with A)
    if trigger_pos is not None:
        # the subject of the trigger verb: the nearest mention just before it (SVO:
        # "طائرات ... قصفت") or right after it (VSO: "خطف مسلحون مجهولون")
        # (a mention that suffers here, not the same name suffering in another clause)
        # (a verb that agrees in the plural, طردوا، فجروا, follows its subject: what comes after
        # it is its object, and its subject may stand further back, past a belonging phrase)
        plural = len(words[trigger_pos].key) > 3 and words[trigger_pos].key.endswith("وا")
        around = [c for c in cands if c[0] not in suffering and c[2] not in _VICTIM_KINDS
                  and not in_support(words, lo, c[0], SUPPORTER_REACH, text, trigger_pos)  # (who backs the act)
                  and (0 <= trigger_pos - c[0] <= (PLURAL_SUBJECT_REACH if plural else 5)
                       or (0 < c[0] - trigger_pos <= 2 and not plural))]
        before = [c for c in around if c[0] < trigger_pos]
        # "انفجار استهدف دورية للشرطة": what a targeting verb is followed by is its target
        verb = next((m.last for m in actor_terms("object_verbs").find(words, trigger_pos, min(hi, trigger_pos + OBJECT_VERB_REACH))), None)
        after = [c for c in around if c[0] > trigger_pos] if verb is None else []
        if verb is not None:
            patients |= {c[1] for c in cands if 0 < c[0] - verb <= 4 and c[2] not in _NAMED_KINDS}
        # the trigger may name its own doer (نفذ الطيران الحربي غارات: the air force)
        itself = [c for c in around if c[0] == trigger_pos]
        subject = itself[0] if itself else max(before) if before else min(after) if after else None
        if itself and sub_event_type == "Air/drone strike" \
                and any(r.first == trigger_pos and r.country is None for r in kept_roles):
            # "... أن طيران التحالف الدولي أغار 15 مرة": a bare word for
            # aviation gives way to the foreign force its part names (not as suffering it)
            flyers = [c for c in cands if c[2] == "external" and p_lo <= c[0] < p_hi
                      and c[0] != trigger_pos and c[1] not in patients]
            if flyers:  # (the bare word names no side of its own)
                cands = [c for c in cands if c != itself[0]]
                subject = min(flyers, key=lambda c: abs(c[0] - trigger_pos))
        if subject is not None and subject in before:
            subject = first_conjunct(words, cands, subject)
        if subject is not None and subject in before and after_with(words, lo, subject[0], trigger_pos):
            # "خاضت المقاومة اشتباكات مع الحوثيين من أجل السيطرة": whom a side fights with is
            # not the subject; the side named before it is
            partner = [c for c in cands if c[0] < subject[0] and c[0] not in suffering and c[1] != subject[1]
                       and c[2] not in _VICTIM_KINDS and not after_with(words, lo, c[0], trigger_pos)]
            subject = partner[-1] if partner else subject
        if subject is not None and subject in before and _after_prep(words, lo, subject[0]):
            # "ألقت القوات القبض على قيادات من جماعات مسلحة وفككت عبوات": a name after a
            # preposition is the object of the verb before; a verb joined to it shares its subject
            free = [c for c in cands if not _after_prep(words, lo, c[0])]
            subject = coordinated_subject(words, lo, trigger_pos, free, patients, _VICTIM_KINDS) or subject
        if subject is not None and subject[1] in patients and subject[0] > lo \
                and cue_set("reporting_verbs").any_in(words, subject[0] - 1, subject[0]):
            subject = None  # "أعلن الجيش مقتل اثنين من جنوده": it reports its own loss
        # "هجوم للحوثيين": an attack noun's doer after ل; "وقتلته": the verb before it's subject
        named_doer = genitive_agent(words, trigger_pos, cands, patients, _VICTIM_KINDS)
        subject = named_doer or subject
        if subject is None and not agents:
            subject = coordinated_subject(words, lo, trigger_pos, cands, patients, _VICTIM_KINDS)
        if foreign_only and subject is not None and p_lo <= subject[0] < p_hi and subject[1] not in patients \
                and not cue_set("reporting_verbs").any_in(words, max(lo, subject[0] - 1), subject[0]):
            # "المقاومة تمكنت من السيطرة ... وأشار إلى غارات شنها طيران التحالف": the doer
            # another incident's marker introduces gives way to the trigger's own subject
            agents = {subject[1]}
        doer = country_doer(words, lo, hi, trigger_pos, text) if event_type in _STRIKE_TYPES and not agents else None
        force = role_name(RoleMention("military", "Military Forces of {country}", trigger_pos, trigger_pos, doer),
                           country) if doer else None
        if force:
            cands.append((trigger_pos, force, "state"))
            agents = {force}
        if subject is not None and not agents:
            agents = {subject[1]}
        if not agents and subject is None and event_type in _STRIKE_TYPES:
            # "غارة إسرائيلية", "قصف مدفعي تركي": a nationality on the act names the state that acts
            cc = act_nationality(words, trigger_pos, hi)
            force = role_name(RoleMention("military", "Military Forces of {country}", trigger_pos, trigger_pos, cc),
                               country) if cc else None
            if force:
                cands.append((trigger_pos, force, "state"))
                agents = {force}
    if accused:
        agents = {accused}
    # (not where an attack noun names its doer: هجوم للحوثيين والحرس الجمهوري on the border)
    joint = joint_forces(words, lo, cands, patients) if named_doer is None else None
    if joint is not None and (not agents or joint[1] in agents):
        agents = (agents - {joint[1]}) | {joint[0]}
    names: list[tuple[str, str]] = []
    for _pos, name, kind in cands:
        if name not in [n for n, _ in names]:
            names.append((name, kind))
    if event_type in ("Protests", "Riots"):
        first_kind = "protester" if event_type == "Protests" else "rioter"
        front = [n for n in names if n[1] == first_kind]
        if not front and country_name(country):
            tmpl = "Protesters ({})" if event_type == "Protests" else "Rioters ({})"
            front = [(tmpl.format(country_name(country)), first_kind)]
        # (a group whose supporters protest is not whom they face: أنصار حركة حماس)
        backers = {c[1] for c in cands if actor_terms("supporters").any_in(words, max(lo, c[0] - 2), c[0])}
        # (whom a crowd faces: a state's forces before any other; a mob's victims stay first)
        rest = sorted((n for n in names if n[1] not in ("protester", "rioter") and n[0] not in backers),
                      key=lambda n: sub_event_type != "Mob violence" and n[1] not in STATE_FORCE_KINDS)
        actor1: str | None = front[0][0] if front else None
        actor2: str | None = rest[0][0] if rest else None
        if sub_event_type == "Peaceful protest":
            actor2 = None  # ACLED: a peaceful protest is the protesters' alone
        elif sub_event_type == "Protest with intervention" and actor2 is None:
            # ACLED: who intervenes in a protest, unnamed, is the country's police
            actor2 = role_name(RoleMention("police", "Police Forces of {country}", lo, lo), country)
        return actor1, actor2, ()
    def rank(item: tuple[str, str]) -> tuple[int, int, int]:
        name, kind = item
        victim = kind in _VICTIM_KINDS or (name in patients and name not in agents)
        # among victims, an armed side before civilians (ACLED: police and civilians killed
        # by a roadside bomb make the police actor2, the civilians associated)
        return (0 if name in agents else 2 if victim else 1,
                0 if kind in _NAMED_PRIORITY else 1, 1 if kind == "civilian" else 0)
    ordered = sorted(names, key=rank)
    actor1 = actor2 = None
    if ordered:
        first_name, first_kind = ordered[0]
        # (not a name joined to another's dead: الحوثي ومقاتلي صالح are one side)
        joined_names = {c[1] for c in joined}
        fighters = [n for n, k in ordered if k not in _VICTIM_KINDS and n not in joined_names]
        if rank(ordered[0])[0] == 2 and event_type == "Battles" and len(fighters) > 1 \
                and any(not allied(fighters[0], n, country) for n in fighters[1:]):
            # a battle that tells only each side's dead: the two sides that lost men
            actor1 = fighters[0]
            actor2 = next(n for n in fighters[1:] if not allied(actor1, n, country))
        elif rank(ordered[0])[0] == 2:  # only victims named: the perpetrator is unknown
            actor2 = first_name
        else:
            actor1 = first_name
            # (the militia fighting beside the state's forces is not their opponent)
            opponents = [n for n, _ in ordered[1:] if joint is None or n != joint[1] or actor1 != joint[0]]
            # (not the same state's other force, where another side is named: القوات الخاصة
            # of the security services that kill militants)
            opponents = [n for n in opponents if not same_state(actor1, n)] or opponents
            # (nor its ally in the country's main war: الحوثيين وقوات صالح; a strike's unnamed
            # victims are no side of the war: it looks no further)
            if event_type != "Explosions/Remote violence":
                opponents = [n for n in opponents if not allied(actor1, n, country)] or opponents
            if rank(ordered[0])[0] == 0:
                # (the doer told, whom its act is shown to hit, an armed side, is its target
                # before a side only named nearby: غارة أمريكية قتلت جنودا أفغانا حيث ينتشر طالبان)
                kinds = dict(names)
                opponents = hit_first(words, cands, opponents, [n for n in opponents if n in patients
                                      and kinds.get(n) not in _VICTIM_KINDS], country, trigger_pos, text)
            if opponents:
                actor2 = opponents[0]
            if event_type == "Battles" and sub_event_type == "Armed clash" and actor1 not in agents:
                # (no side told as the doer: the state's side of the main war first)
                actor1, actor2 = state_side_first(actor1, actor2, country)
    if event_type == "Battles":  # "بين A مدعمة بـ X من جهة، و B من جهة أخرى": A's ally is no opponent
        actor1, actor2 = read_sides(words, hi, trigger_pos, cands, actor1, actor2, text)
    victims = tuple(name for name, kind in ordered if rank((name, kind))[0] == 2 and name != actor1)
    actor1, actor2 = name_in(actor1, country), name_in(actor2, country)  # AQAP in Yemen
    victims = tuple(name_in(v, country) or v for v in victims)
    actor1, actor2 = air_power(actor1, actor2, sub_event_type or "", country)  # only one side flies there
    # whom the state's side fights there (not an ally the clause shows hit: friendly fire)
    actor2 = main_enemy(actor1, actor2, sub_event_type or "", country, actor2 in patients)
    # whom that side fights there, where only the side that suffers is named
    actor1 = main_doer(actor1, actor2, sub_event_type or "", country)
    doer = sole_doer(actor1, sub_event_type or "", country)  # one group's suicide bombers, or shells, there
    if doer != actor1 and sub_event_type == "Suicide bomb" and (actor2 or "").startswith("Unidentified Armed Group"):
        actor2 = None  # (the bombers, who died by their bomb, are not its target)
    actor1 = doer
    if (actor1 or "").startswith("Civilians") and event_type in _STRIKE_TYPES:
        # civilians never fight, bomb or strike (ACLED): they are the ones who suffer it
        actor2 = actor2 or actor1
        actor1 = None
    if actor2 is None and event_type in _STRIKE_TYPES and sub_event_type != "Air/drone strike" \
            and not (actor1 or "").startswith(("Military Forces of ", "Police Forces of ")) \
            and _military_target(words, lo, hi, trigger_pos):
        # "هجوم استهدف نقطة عسكرية": the forces that hold a military target suffer the attack
        actor2 = role_name(RoleMention("military", "Military Forces of {country}", lo, lo), country)
    if actor2 is None and event_type == "Battles" and actor1 and not actor1.startswith("Unidentified") \
            and any(r.kind == "armed" and fight_adjective(words, lo, r.first, r.last) for r in all_roles):
        # "اشتباكات مسلحة" with one side named: ACLED's other armed side, unnamed, is unidentified
        actor2 = role_name(RoleMention("armed", "Unidentified Armed Group ({country})", lo, lo), country)
    if actor2 is None and sub_event_type == "Attack" and (actor1 is None or not actor1.startswith("Civilians")):
        # ACLED: an attack is violence against civilians; its unnamed victims are civilians
        actor2 = role_name(RoleMention("civilian", "Civilians ({country})", lo, lo), country)
    return actor1, actor2, victims
