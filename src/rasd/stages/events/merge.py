"""One event, one record: merge the sentence-level candidates of one article.

Two candidates merge when they have the same event type and place and compatible dates and
actors: the same sub-event type, or one of them typed only from a casualty word
(``قتل``, ``أصيب``: the follow-up sentence "nine civilians were killed" of an air strike).
A sentence that only refers to an event (a condemnation, an investigation) merges or is
dropped; one that points back with a definite noun (``قتلوا في الهجوم``) joins the violent event
told before it, whatever type its own words are read as. Separate events in one article (a deadly protest in Baghdad, a peaceful one in
Basra) stay separate because their places differ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.document import Location
from rasd.stages.events.aims import outcome_of_aim
from rasd.stages.events.alliance import same_state
from rasd.stages.events.hosted_sums import hosted_part_tolls
from rasd.stages.events.merge_coarse import BLAST_READINGS, FIGHT_READINGS, join_coarse_retellings
from rasd.stages.events.merge_places import (
    country_wide,
    inside,
    km_apart,
    localities_apart,
    not_elsewhere,
    one_point_apart,
    points_back,
    same_named_place,
    same_place,
    same_protest_place,
    siblings_apart,
    unread_apart,
)
from rasd.stages.events.toll_owners import own_over_share, retold_elsewhere
from rasd.stages.events.type_sets import ASSAULT_TYPES, PROTEST_TYPES, TAKEOVER_SUBTYPES

__all__ = ["Candidate", "merge_candidates", "unnamed_actor", "VIOLENT_TYPES"]

VIOLENT_TYPES = ASSAULT_TYPES  # (the name merge's callers read)
_PROTEST_TYPES = PROTEST_TYPES
_CASUALTY_HOSTS = VIOLENT_TYPES | _PROTEST_TYPES


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event read from one sentence, with everything the stage found for it."""

    event_type: str
    sub_event_type: str
    date: str | None
    time_precision: int
    location: Location | None
    location_fallback: bool
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    start: int
    end: int
    score: float
    weak: bool
    reference: bool
    spans: tuple[tuple[int, int], ...] = ()
    victims: tuple[str, ...] = ()  # actors the sentence shows suffering the event
    distinct: bool = False  # the text calls it another incident (هجوم آخر، دورية أخرى)
    sentences: tuple[tuple[int, int], ...] = ()  # the whole sentences it was read from
    listed: bool = False  # one of the places a clause lists as struck (one event each)
    anaphoric: bool = False  # told with a definite noun pointing back (الهجوم، الانفجار، الاشتباكات)
    separate: bool = False  # its sentence opens on another incident (وفي حادثة منفصلة، من جهة أخرى)
    claimed: bool = False  # its sentence tells a claim of responsibility, or of the event told before it
    # (تبنى التنظيم التفجير): its figures are the claimant's
    # its day is told beside a reporting verb (قال ... اليوم إن): maybe the report's only (a lead told
    # "today" of yesterday's fight)
    reported: bool = False
    day_carried: bool = False  # its day is the one the sentence before it named (dates.carried_time)
    clause_day: bool = False  # its day is named in its trigger's own clause
    told_days: frozenset[str] = frozenset()  # the days its sentence names
    pluperfect: bool = False  # its clause tells it in the pluperfect (وكان ... قد): what had happened before
    # the sub-event type ACLED's finer rules give it (ground taken by the state's affiliates, a
    # blast another sentence tells as a suicide bombing): put on the event only once it is merged,
    # its doers settled and its confidence weighed, which all read ``sub_event_type``
    retyped: str | None = None
    # its place is told as a village or small town of its own (قرية عبطين بريف حلب): a place apart
    # from the town the gazetteer may put it at (placenames.settlement_of_its_own)
    settlement: bool = False
    # a takeover reading told only as the aim of its sentence's fight (labelled Armed clash by
    # ``retyped``): the takeover sub-event it keeps where a merged sentence tells control passed
    aimed: str | None = None
    # where its toll is a vague or hedged count (عشرات، أكثر من 20), the figure below which an
    # exact count of the same dead replaces it (tolls.vague_ceiling); None for an exact toll
    toll_ceiling: int | None = None
    # where its toll is its share of one its sentence told for all the places it lists (``مقتل 23
    # في بيجي والرمادي``: 12 and 11), that whole toll; None for a toll told for its place alone
    shared_toll: int | None = None
    # its sentence tells several incidents as one (a round-up lead: ``... في حوادث أمنية متفرقة``;
    # cue list ``roundup``): its toll and place sum the incidents the sentences after it tell
    roundup: bool = False
    # the localities its part of the sentence names that the gazetteer did not read at a point of
    # their own, (kind, name) (``قرية X``: settlement, X), its place still the point the gazetteer
    # found (localities.unread_names)
    localities: tuple[tuple[str, str], ...] = ()
    # (the article's fallback place it was left with, the place abroad its own clause sets the
    # act in) (abroad_scene); given to the event after merging, only if it is still at that
    # fallback (no merged sentence placed it)
    abroad: tuple[Location | None, Location] | None = None


def _ground_fight(c: Candidate) -> bool:
    """Whether ``c`` is violence on the ground between people with no weapon the text names
    (an armed clash, an attack, a riot): the family one incident's retellings are typed in."""
    return c.sub_event_type in ("Armed clash", "Attack") or c.event_type == "Riots"


_PROTEST_SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def _dates_ok(a: Candidate, b: Candidate) -> bool:
    if a.date is None or b.date is None or a.date == b.date:
        return True
    if a.time_precision > 1 or b.time_precision > 1:
        return True
    try:
        gap = abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days)
    except ValueError:
        return False
    return gap <= 1


def _same_day(a: Candidate, b: Candidate) -> bool:
    """The same day, or a day the text does not name for one of them (a night fight told on
    two days keeps :func:`_dates_ok`'s one day of slack, a casualty follow-up does not)."""
    return a.date is None or b.date is None or a.date == b.date or a.time_precision > 1 or b.time_precision > 1


#: Explosions told with weapons that cannot be one incident's: a bomb on the ground is not an
#: air strike (``قصف طائرات التحالف`` then ``سيارة مفخخة انفجرت``).
_GROUND_BLASTS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


#: Fire from afar: a shell or rocket is not a bomb planted or carried (``انفجار عبوة ناسفة`` then
#: ``هجوم بقاذفة صواريخ``).
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _other_weapon(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are told with weapons one incident cannot have: fire from afar
    (an air strike, a shell, a rocket) and a bomb on the ground, each told with a toll of its
    own where a shell is one of them (a blast is also what a falling shell does)."""
    kinds = {a.sub_event_type, b.sub_event_type}
    if "Air/drone strike" in kinds and bool(kinds & _GROUND_BLASTS):
        return True
    return (bool(kinds & _FROM_AFAR) and bool(kinds & _GROUND_BLASTS) and bool(a.fatalities) and bool(b.fatalities)
            and a.fatalities != b.fatalities)


def _tolls_apart(a: Candidate, b: Candidate) -> bool:
    """Whether two violent events each tell a toll of their own, and not the same one, from
    sentences of their own, ``b`` at a place it names under another name than ``a``'s: two
    incidents (``13 killed in the twin attack in X`` ... ``in Y gunmen killed eight``), not
    one told twice (a witness's or a hospital's other figure for the same town stays one
    event, and so does a casualty-only sentence within 25 km; a revised toll is cumulative
    and tells none; a reaction's figure is a reference's)."""
    la, lb = a.location, b.location
    return (a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES and not b.reference
            and a.fatalities is not None and bool(b.fatalities) and a.fatalities != b.fatalities
            and la is not None and lb is not None and not b.location_fallback and la.name != lb.name
            and not (b.weak and km_apart(la, lb) <= 25.0) and not set(a.sentences) & set(b.sentences))


def _opposed(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are violent acts of different kinds told as done by opposite
    sides: each names its doer, the doers differ, and one's doer is the other's target (a
    coalition air strike on the Houthis, then Houthi shelling of the same town: two incidents,
    ACLED codes each). A clash or a takeover has two sides whichever is read first, so two
    battles are never opposed by this; one kind of act told twice with its sides read apart is
    mostly one incident misread, and so is a casualty-only sentence's reading of them."""
    if (a.event_type not in VIOLENT_TYPES or b.event_type not in VIOLENT_TYPES or a.sub_event_type == b.sub_event_type
            or a.event_type == b.event_type == "Battles"
            or unnamed_actor(a.actor1) or unnamed_actor(b.actor1) or a.actor1 == b.actor1):
        return False
    return b.actor1 == a.actor2 or a.actor1 == b.actor2


def _days_apart(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are told on two days their own sentences name, at two places
    they name apart (shelling of a border post yesterday, a shell on a village the day before;
    a protest dispersed on Saturday in one city, rallies on Sunday in another): two incidents,
    whatever day of slack one incident would need. Not where both tell the same toll (one
    incident whose day two sources count apart), nor for a reaction. (At one place, two days
    are mostly one incident whose lead is dated by its report, ``أفاد مصدر اليوم بمقتل``,
    or one told over a night, ``ليل السبت الأحد``: those keep the day of slack; so does a
    whole country, which names no place apart.)"""
    la, lb = a.location, b.location
    return (not a.reference and not b.reference and a.time_precision == b.time_precision == 1
            and a.date is not None and b.date is not None and a.date != b.date
            and not (a.fatalities and a.fatalities == b.fatalities) and not a.reported and not b.reported
            and la is not None and lb is not None and not a.location_fallback and not b.location_fallback
            and not country_wide(la) and not country_wide(lb) and la.name != lb.name)


def _compatible(a: Candidate, b: Candidate) -> bool:
    """Whether ``b`` (later in the article) describes the event ``a``."""
    if _days_apart(a, b):
        return False
    if (a.roundup or b.roundup) and not b.reference:
        return False  # a round-up's incidents are told one by one after it: none of them is it
    if (siblings_apart(a, b) or one_point_apart(a, b) or localities_apart(a, b) or unread_apart(a, b)
            or _tolls_apart(a, b) or (b.separate and not b.reference)):
        return False  # (a sentence opening on another incident tells one of its own)
    if b.distinct and a.date != b.date and a.time_precision == b.time_precision == 1:
        return False  # "another patrol was hit on Saturday": no day of slack for the event told before it
    if (b.distinct and not b.reference and not b.anaphoric and not b.weak and not a.weak
            and a.sub_event_type == b.sub_event_type and a.fatalities is not None and bool(b.fatalities)):
        return False  # "seven more were killed in another blast east of the city": a second one with its own dead
    if (b.anaphoric and not b.distinct and a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES
            and not a.reference and _dates_ok(a, b) and points_back(a, b)):
        # "dozens were killed in the attack", "the clashes broke out over ...": the violent event
        # told before it, whatever type the back-pointing noun is read as (not "the clashes in
        # other districts": another incident)
        return True
    if b.weak and a.event_type in _CASUALTY_HOSTS and (a.date == b.date or b.time_precision > 1) and not_elsewhere(a, b):
        # a casualty-only follow-up ("two more died of their wounds") belongs to the event
        # it follows, unless it names a town of its own far from that event's
        return True
    if not (a.reference or b.reference or a.weak or b.weak) and _opposed(a, b):
        return False
    if (a.event_type in _PROTEST_TYPES and b.event_type in _PROTEST_TYPES and a.sub_event_type != b.sub_event_type
            and set(a.spans) & set(b.spans)):
        return False  # one sentence told two demonstrations (... فيما نظم طلاب اعتصاما سلميا)
    if a.event_type == b.event_type and a.sub_event_type == b.sub_event_type:
        pass
    elif a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES and (a.weak or b.weak):
        if not _same_day(a, b):
            return False  # a death on the day before an air strike is another incident, not its toll
    elif b.reference and (a.event_type == b.event_type
                          or (a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES)):
        pass
    elif a.event_type in _PROTEST_TYPES and b.event_type in _PROTEST_TYPES and (
            b.sub_event_type == "Peaceful protest" or a.event_type == b.event_type == "Protests"):
        # the same demonstration, described without its violence, or its violence told after it
        # (dispersed with tear gas; three protesters shot): only where no sentence places it elsewhere
        return same_protest_place(a, b) and _dates_ok(a, b)
    elif {a.sub_event_type, b.sub_event_type} == {"Arrests", "Disrupted weapons use"} and not set(a.spans) & set(b.spans):
        pass  # weapons seized in a raid belong to the arrests (one sentence told two acts: two)
    elif a.event_type == b.event_type == "Battles" and {a.sub_event_type, b.sub_event_type} <= TAKEOVER_SUBTYPES:
        pass  # a takeover told again in a statement ("our fighters liberated the city")
    elif (a.event_type == b.event_type and a.event_type in VIOLENT_TYPES and b.time_precision > 1
          and not _other_weapon(a, b)):
        pass  # a later sentence with no date of its own, same type and place: the same event
    elif _retold(a, b):
        pass  # one incident typed two ways by two sentences that name its town and its day
    elif (_ground_fight(a) and _ground_fight(b) and not a.reference and not b.reference and b.time_precision > 1
          and same_named_place(a, b)):
        # clashes, an attack, a riot told at the one place the text names, the later with no
        # day of its own: one incident typed several ways (stones thrown, police charge, the
        # "clashes" at the mosque); not where the sides are opposed (checked above)
        pass
    else:
        return False
    return same_place(a, b) and _dates_ok(a, b)



def _retold(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` tell one incident typed two ways: sentences of their own (not a
    reaction) name the same town or district, and both name the same day. Two blasts (``انفجار``
    then ``هجوم انتحاري``) at one town on one day are one event as ACLED codes them (one
    event per place, day and type); a clash and an attack on civilians are two types, so they
    are one incident only where both tell the same toll; two blasts whose tolls lie apart are
    two. Not an incident the text calls another (``هجوم آخر``), nor one its sentence opens
    apart (``وفي حادثة منفصلة``)."""
    la, lb = a.location, b.location
    kinds = {a.sub_event_type, b.sub_event_type}
    if kinds == FIGHT_READINGS:
        if not (a.fatalities and a.fatalities == b.fatalities):
            return False
    elif kinds != BLAST_READINGS or not _one_count(a.fatalities, b.fatalities):
        return False
    return (not a.reference and not b.reference and not b.distinct and not b.separate
            and la is not None and lb is not None and not a.location_fallback and not b.location_fallback
            and la.precision <= 2 and la.name == lb.name
            and a.time_precision == b.time_precision == 1 and a.date is not None and a.date == b.date
            and not set(a.sentences) & set(b.sentences))


#: How far apart two tolls of one blast may lie (two sources' counts: 30 and 32), as a share
#: of the larger: a truck bomb's 15 and a suicide bombing's 27 in one city are two incidents.
_COUNT_SLACK = 0.1


def _one_count(x: int | None, y: int | None) -> bool:
    """Whether two tolls can count one incident: either untold, or within :data:`_COUNT_SLACK`."""
    return not x or not y or abs(x - y) <= _COUNT_SLACK * max(x, y)


def _retold_toll(a: Candidate, b: Candidate) -> int | None:
    """The toll of a blast told as an explosion and as a suicide bombing (:func:`_retold`): the
    suicide bombing's where it tells one (the sentence that tells the incident itself; a lede's
    blast may count the day's other blasts with it), else the other's. A clash and an attack
    tell the same toll."""
    told = b if b.sub_event_type == "Suicide bomb" else a
    return told.fatalities if told.fatalities is not None else _toll(a, b)


def unnamed_actor(actor: str | None) -> bool:
    """No actor, or an unnamed one (``Unidentified Armed Group (<country>)``)."""
    return actor is None or actor.startswith("Unidentified Armed Group")


def _toll(a: Candidate, b: Candidate) -> int | None:
    """The toll told with the event, not the largest number of the sentences merged into it
    (a later sentence's bigger figure is mostly background: a month's toll, another attack),
    and never a claimant's figure where another sentence tells the event (``زعم التنظيم
    في بيانه أن الهجوم خلف مئتي قتيل``: a boast; ACLED takes the reported toll)."""
    if b.claimed and not a.claimed:
        return a.fatalities
    if a.claimed and not b.claimed and b.fatalities is not None:
        return b.fatalities
    if _exact_over_vague(a, b) or own_over_share(a, b):
        return b.fatalities
    return a.fatalities if a.fatalities else b.fatalities if b.fatalities is not None else a.fatalities


def _exact_over_vague(a: Candidate, b: Candidate) -> bool:
    """Whether ``b``'s exact toll replaces ``a``'s vague or hedged one (``قتل العشرات`` then
    ``وقتل 17 شخصا``; ``أكثر من 20 قتيلا`` in the lede, ``23`` in the body): ACLED codes the
    most specific figure told. Only a figure the vague one can stand for (not below it, beyond
    :data:`_COUNT_SLACK`, nor past its ceiling: a month's toll), not a reaction's or a claimant's,
    and told in a sentence that points back at the event or names no day of its own (``وكان
    انفجار سابق في السوق نفسه يوم الاثنين قد أودى بحياة 30``: an earlier attack recalled, not this
    one's figure)."""
    vague, exact, ceiling = a.fatalities, b.fatalities, a.toll_ceiling
    if not vague or not exact or ceiling is None or b.toll_ceiling is not None:
        return False
    return (not b.reference and not b.claimed and (b.anaphoric or b.time_precision > 1)
            and (1 - _COUNT_SLACK) * vague <= exact < ceiling)


def _toll_ceiling(a: Candidate, b: Candidate, toll: int | None) -> int | None:
    """The merged event's :attr:`Candidate.toll_ceiling`: its toll's source's, None where an
    exact count told it."""
    sources = [c for c in (a, b) if toll and c.fatalities == toll]
    if not sources or any(c.toll_ceiling is None for c in sources):
        return None
    return sources[0].toll_ceiling


def _both_sides_toll(a: Candidate, b: Candidate) -> int | None:
    """A battle's toll where a later sentence that points back at it (``في الاشتباكات``,
    ``خلال المواجهات``) counts the dead of the other side: ``a``'s dead plus ``b``'s. ACLED's
    fatalities are a battle's dead on all sides, and reports often tell them one side to a
    sentence (``قتل 11 من المتمردين ...`` then ``واستشهد اثنان من المقاومة خلال المواجهات``).
    Only where every group ``b`` shows dying is an opponent of every group ``a`` shows dying
    (not the same force, nor allies in the country's war: a second count of the same dead is a
    retelling), neither shows civilians (their deaths may be another act's), and ``b`` is read
    from a sentence of its own that tells no claim, no reaction, no other incident."""
    la = a.location or b.location
    if (a.event_type != "Battles" or b.event_type not in VIOLENT_TYPES or not b.anaphoric or b.distinct
            or b.reference or b.claimed or a.claimed or not a.fatalities or not b.fatalities
            or not a.victims or not b.victims or set(a.sentences) & set(b.sentences) or la is None):
        return None
    from rasd.stages.events.sides import allied  # (sides.py reads this module: imported here)
    if any(v.startswith("Civilians") for v in (*a.victims, *b.victims)):
        return None
    if any(allied(x, y, la.country) or same_state(x, y) for x in a.victims for y in b.victims):
        return None
    return a.fatalities + b.fatalities


def _merged_day(main: Candidate, other: Candidate, first: Candidate) -> tuple[str | None, int, bool]:
    """The day of two tellings of one event (and whether it was carried from a sentence
    before): the more precise one (a day the event's own sentence names beats one from the
    context), else the earlier; but where both come from the context (precision 2) and only
    the later telling's was carried from the sentence before it, the first telling's (the
    lede's news day): a detail sentence that names no day and follows another incident's day
    keeps the event's day, not that incident's."""
    date, tp, hop = main.date, main.time_precision, main.day_carried
    if not other.date:
        return date, tp, hop
    if other.date == date:
        return date, min(tp, other.time_precision), hop and other.day_carried
    if date is None or other.time_precision < tp:
        return other.date, other.time_precision, other.day_carried
    if other.time_precision > tp:
        return date, tp, hop
    later = other if first is main else main
    if tp == 2 and later.day_carried and not first.day_carried:
        return first.date, tp, False
    if tp == 1 and (_told_first_day(first, later) or _before_first_day(first, later)):
        return first.date, tp, first.day_carried
    return (date, tp, hop) if date < other.date else (other.date, tp, other.day_carried)


def _told_first_day(first: Candidate, later: Candidate) -> bool:
    """Whether the first telling's day is the event's where a later sentence merged into it
    names another: each day named in its trigger's own clause, neither a report's day, the
    later no back-pointing retelling (``الهجوم الذي وقع يوم ...``) and the first's sentence
    not naming the later's day too (``يومي السبت والأحد``)."""
    return (first.clause_day and later.clause_day and not first.reported and not later.reported
            and not later.anaphoric and later.date not in first.told_days
            and not set(first.sentences) & set(later.sentences))


def _before_first_day(first: Candidate, later: Candidate) -> bool:
    """Whether a later telling's earlier day is not the incident's where the first telling names
    the incident's day in its own clause, in another sentence: the later is told in the past
    perfect, what had happened before the news (``أطلقوا اليوم عشرات الصواريخ ... وكان المسلحون
    قد أطلقوا مساء أمس ...``), or its day is a report's (``وأعلن مسؤول الخميس أن ...`` after
    ``شن الطيران الجمعة غارات``) where the first's is not: nothing is told before it happens.
    The event keeps the first telling's day."""
    return (first.clause_day and not first.pluperfect and first.date is not None and later.date is not None
            and later.date < first.date and not set(first.sentences) & set(later.sentences)
            and (later.pluperfect or (later.reported and not first.reported)))


#: A blast (read first) that another sentence of the incident tells as a suicide bombing.
_BLAST_THEN_SUICIDE = ("Remote explosive/landmine/IED", "Suicide bomb")


def _combine(a: Candidate, b: Candidate) -> Candidate:
    # the stronger typing wins; a weak (casualty-only) reading, a peaceful-protest reading
    # of a violent protest and a weapons seizure in a raid give way
    main, other = (b, a) if (a.weak and not b.weak) else (a, b)
    if main.sub_event_type in ("Peaceful protest", "Disrupted weapons use") and other.sub_event_type not in (
            "Peaceful protest", "Disrupted weapons use") and not other.weak:
        main, other = other, main
    if (main.event_type == other.event_type == "Protests"
            and _PROTEST_SEVERITY.get(other.sub_event_type, 0) > _PROTEST_SEVERITY.get(main.sub_event_type, 0)):
        main, other = other, main  # dispersed, then shot at: excessive force
    if main.sub_event_type == "Armed clash" and other.event_type == "Riots" and not other.weak:
        main, other = other, main  # stones thrown at the police told as "clashes": a riot (ACLED)
    date, tp, hop = _merged_day(main, other, a)
    if other.reference:  # a reaction or a claim adds evidence and names, not time or place
        date, tp, hop = main.date, main.time_precision, main.day_carried
    loc, fb = main.location, main.location_fallback
    if other.location is not None and not other.reference and (loc is None or (fb and not other.location_fallback)
                                       or (not other.location_fallback and other.location.precision < loc.precision
                                           and inside(other.location, loc))):
        loc, fb = other.location, other.location_fallback
    fat = _retold_toll(a, b) if _retold(a, b) else _both_sides_toll(a, b) or _toll(a, b)
    # a name the main sentence shows as a victim never becomes the perpetrator ("three
    # policemen were killed" + "a bomb hit a police patrol")
    donor = other.actor1 if other.actor1 not in main.victims else None
    actor1 = main.actor1 or donor
    if unnamed_actor(actor1) and donor and not unnamed_actor(donor):
        actor1 = donor  # "... claimed responsibility" names the perpetrator
    actor2 = main.actor2 or (other.actor2 if other.actor2 != actor1 else other.actor1 if other.actor1 != actor1 else None)
    if unnamed_actor(actor2):
        # a named side from another sentence beats a generic one ("the fighters" -> the SDF)
        named = [a for a in (other.actor2, donor) if a and a != actor1 and not unnamed_actor(a)]
        if named:
            actor2 = named[0]
    # a blast another sentence tells as a suicide bombing (وقع انفجار ... فجر انتحاري نفسه):
    # ACLED's sub-event is the suicide bomb, whichever sentence came first (not a suicide
    # attack placed in a town of its own away from the blast: another incident); the later
    # merges still read the blast's type, so the re-type changes which events join none
    retyped = (other.sub_event_type if ((main.sub_event_type, other.sub_event_type) == _BLAST_THEN_SUICIDE
                                        and not_elsewhere(main, other)) else main.retyped)
    aimed = main.aimed
    if aimed is not None and outcome_of_aim(other.sub_event_type, other.aimed):
        retyped, aimed = aimed, None  # the fight for the place and control told passed: the takeover
    return replace(
        main, retyped=retyped, date=date, time_precision=tp, day_carried=hop, location=loc, location_fallback=fb, fatalities=fat,
        toll_ceiling=_toll_ceiling(a, b, fat), aimed=aimed,
        shared_toll=next((c.shared_toll for c in (a, b) if fat and c.fatalities == fat and c.shared_toll), None),
        actor1=actor1, actor2=actor2, start=a.start, end=a.end, spans=(*a.spans, *b.spans),
        sentences=(*a.sentences, *b.sentences),
        score=round(min(1.0, max(a.score, b.score) + 0.05), 4), weak=main.weak and other.weak,
        reference=main.reference and other.reference,
        victims=tuple(dict.fromkeys((*main.victims, *other.victims))),
        localities=tuple(dict.fromkeys((*a.localities, *(() if b.reference else b.localities)))),
    )


def merge_candidates(cands: Sequence[Candidate]) -> list[Candidate]:
    """Merge candidates that describe the same event; keep the others apart."""
    out: list[Candidate] = []
    last: int | None = None  # the event the candidate before took part in
    after_roundup = False  # a round-up lead was told: the incidents after it are told one by one
    for k, c in enumerate(cands):
        # a claim or a reaction refers to the nearest event told before it
        # (and so does a sentence that points back with a definite noun, الهجوم)
        order = range(len(out) - 1, -1, -1) if c.reference or c.anaphoric else range(len(out))
        fits = [i for i in order if _compatible(out[i], c) and not (after_roundup and _apart_in_roundup(out[i], c))]
        after_roundup = after_roundup or c.roundup
        # (an event of its own sub-type first: a clash's toll goes to the clash, not to the
        # takeover told before it)
        same = [i for i in fits if out[i].sub_event_type == c.sub_event_type]
        # (a reaction or a casualty-only sentence that repeats an event's toll tells that event)
        told = [i for i in fits if c.fatalities and out[i].fatalities == c.fatalities]
        # (أعلن مسؤول أن 30 شخصا قتلوا, with no place: the incident told at its town with 30 dead)
        retold = retold_elsewhere(c, out) if not c.separate else None
        retold = None if retold is None or _other_weapon(out[retold], c) else retold
        if retold is not None:
            fits = same = told = [retold]
        if fits:
            i = (told[0] if told and (c.reference or c.weak)
                 else same[0] if same and not c.reference and not c.weak else fits[0])
            if (retold is None and last is not None and last != i and _next_sentence(cands[k - 1], c)
                    and (_toll_goes_on(out[last], out[i], c, out)
                         or _casualties_go_on(cands[k - 1], out[last], c, last in fits))):
                i = last
            out[i] = _combine(out[i], c)
            last = i
        else:
            out.append(c)
            last = len(out) - 1
    out = join_coarse_retellings(out, _combine)  # (the lead at the city, the body at its district)
    kept = [c for c in out if not c.reference and not _told_in_detail(c, out)]
    return hosted_part_tolls(kept, cands) if kept else _told_only_by_reference(out)


def _apart_in_roundup(a: Candidate, b: Candidate) -> bool:
    """Whether ``b``, told after a round-up lead (its separate incidents one by one), at a town of
    its own under another name than ``a``'s, is another of those incidents, not ``a``'s follow-up."""
    la, lb = a.location, b.location
    return (not b.reference and not b.anaphoric and la is not None and lb is not None and not b.location_fallback
            and not a.location_fallback and la.name != lb.name and not country_wide(lb))


def _told_in_detail(c: Candidate, out: Sequence[Candidate]) -> bool:
    """Whether ``c`` is a round-up (``قتل شخصان في حوادث متفرقة بالعاصمة``) whose
    incidents the article goes on to tell as violent events of their own at its place (a place
    their own sentences name, not the article's fallback): the round-up is no incident of its
    own (its toll is their sum), they are."""
    return c.roundup and c.event_type in VIOLENT_TYPES and any(
        e is not c and not e.roundup and not e.reference and e.event_type in VIOLENT_TYPES
        and not e.location_fallback and same_place(c, e) for e in out)


#: How many characters (spaces, a paragraph break) may stand between two sentences told one
#: after the other.
_SENTENCE_GAP = 4


def _next_sentence(prev: Candidate, c: Candidate) -> bool:
    """Whether ``c`` was read from the sentence ``prev`` was read from, or from the one right
    after it (no sentence between them), and ``prev`` tells an incident (not a reaction, nor a
    sentence that only refers to one: its place may be carried from the context)."""
    if prev.reference or not prev.sentences or not c.sentences:
        return False
    return c.sentences[0][0] - prev.sentences[-1][1] <= _SENTENCE_GAP


def _toll_goes_on(before: Candidate, target: Candidate, c: Candidate, out: Sequence[Candidate]) -> bool:
    """Whether ``c``'s toll belongs to ``before``, the violent event the candidate right before
    it told, rather than to ``target``, an earlier event it would merge into: ``c`` names no
    place of its own (its place is the article's fallback), tells a toll that no event of the
    article has and that ``target``'s own toll would drop, and ``before`` is a violent event of
    the same country and day, at a place its own sentences name, with no toll yet (a town's
    executions with their toll, then ``سيطر المسلحون على حي في بلدة أخرى``, then ``وخسر
    الجيش ثلاثة من جنوده``: the takeover's dead, not the executions'). Not a reaction's or a
    claimant's figure."""
    lc, lb = c.location, before.location
    return (bool(c.fatalities) and c.location_fallback and not c.reference and not c.claimed
            and c.event_type in VIOLENT_TYPES and before.event_type in VIOLENT_TYPES
            and not before.reference and before.fatalities is None and not before.location_fallback
            and bool(target.fatalities) and all(e.fatalities != c.fatalities for e in out)
            and lc is not None and lb is not None and lc.country == lb.country and _same_day(before, c))


def _casualties_go_on(prev: Candidate, before: Candidate, c: Candidate, fits: bool) -> bool:
    """Whether ``c``, a casualty-only sentence (no act of its own) with a toll, goes on
    counting the dead of ``prev``, the violent incident told with a toll right before it
    (``قتل 17 مسلحا في مواجهات بتعز`` then ``وأشارت مصادر إلى مقتل 3 من المقاومة``): its toll
    belongs to ``before``, the event ``prev`` took part in, not to an earlier event of the
    article that its place or type would also fit. ``fits``: ``c`` may describe ``before``;
    where it names no place of its own (the article's fallback), ``before`` only needs to be
    in the same country and on the same day. Not a reaction's or a claimant's figure, nor one
    the text calls another incident."""
    if not (c.weak and bool(c.fatalities) and not c.reference and not c.claimed and not c.distinct
            and not prev.weak and not prev.reference and bool(prev.fatalities) and prev.event_type in VIOLENT_TYPES):
        return False
    lc, lb = c.location, before.location
    return fits or (c.location_fallback and lc is not None and lb is not None and lc.country == lb.country
                    and _same_day(before, c))


def _told_only_by_reference(out: Sequence[Candidate]) -> list[Candidate]:
    """Where every sentence about the article's incidents only refers to one (``the group is
    behind the attack that targeted X yesterday``, condemnations of ``the attack on the mosque
    in X yesterday``), the best-told violent incident with a place and a day of its own: the
    article's only telling of it. A casualty-only reading (an execution, a death) stays out."""
    told = [c for c in out if c.event_type in VIOLENT_TYPES and c.time_precision == 1 and not c.weak
            and c.location is not None and not c.location_fallback]
    return [max(told, key=lambda c: c.score)] if told else []
