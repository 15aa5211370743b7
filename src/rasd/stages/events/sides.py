"""Who acts and who suffers, read from the kind of act: a country named as the subject of an
attack verb is its forces (``تركيا نفذت ضربات``), a state's forces named with a planted bomb
or a suicide attack are its target, and an air strike is flown by a state or a coalition of
states. ACLED's coding, applied where the sentence's word order misleads
:func:`rasd.stages.events.actors.pick_actors`; and a group's one-word name that is a common
noun where the next word says so (``القاعدة العسكرية``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from rasd.stages.events.alliance import same_state
from rasd.stages.events.lexicon import TermSet, Word, cue_set
from rasd.stages.events.merge import unnamed_actor
from rasd.stages.places.compass import ADJECTIVES, NOUNS
from rasd.text import load_data, normalize_key

__all__ = ["actor_tables", "actor_terms", "air_power", "air_sides", "allied", "bomb_sides", "common_noun", "country_doer", "hit_first", "main_doer",
           "main_enemy", "sole_doer", "state_side", "state_side_first", "table_words"]


@lru_cache(maxsize=1)
def actor_tables() -> dict[str, Any]:
    """The actor tables (``events/actors.json``) that naming, voice, sides and actors read."""
    data: dict[str, Any] = load_data("events/actors.json")
    return data


@cache
def table_words(key: str) -> frozenset[str]:
    """The words of the actor table ``key`` (a list in ``events/actors.json``), normalised as
    :attr:`Word.key` is, for membership tests on single words (``partitives``, ``fight_nouns``,
    ``belonging``)."""
    return frozenset(normalize_key(w) for w in actor_tables().get(key, ()))


@cache
def actor_terms(key: str) -> TermSet:
    """The actor table ``key`` (a list in ``events/actors.json``) as a term set (empty when
    absent): ``agent_markers``, ``speaker`` (words of a speaker, ``المتحدث باسم``: a role word
    after them names who speaks, not who acts), ``anonymity`` (a source asking not to be named,
    ``طلب عدم نشر اسمه``: the role word before it speaks), ``attribution``, ``target_nouns`` ..."""
    return TermSet(actor_tables().get(key, ()))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Normalised country names (the non-adjective forms of ``nationalities``) -> ISO code."""
    out: dict[str, str] = {}
    for cc, terms in actor_tables()["nationalities"].items():
        for t in terms:
            if " " not in t and not t.endswith(("ي", "ية", "يين")):
                out[normalize_key(t)] = cc
    return out


def _country_at(words: Sequence[Word], j: int) -> str | None:
    """The country whose bare name is word ``j`` (a conjunction may stand before it, never a
    preposition: ``في تركيا`` is a place)."""
    if j < 0 or j >= len(words) or words[j].punct:
        return None
    key, names = words[j].key, _country_names()
    if key in names:
        return names[key]
    return names.get(key[1:]) if key[:1] in "وف" else None


def _joined(words: Sequence[Word], i: int, text: str | None) -> bool:
    """Whether words ``i`` and ``i + 1`` stand side by side, no punctuation between."""
    return text is None or not text[words[i].end:words[i + 1].start].strip()


#: Prepositions of place and origin: a country right after one (``في اليمن``, ``من سوريا``)
#: is where the act was or came from, not its subject (``القوات الموالية للحوثيين في اليمن
#: أطلقت قذائف``).
_PLACE_PREPOSITIONS = frozenset(normalize_key(w) for w in ("في", "من", "إلى", "على", "داخل", "قرب", "عبر"))


def country_doer(words: Sequence[Word], lo: int, hi: int, trigger_pos: int, text: str | None) -> str | None:
    """The country named as the subject of a verb of carrying out, at or before the trigger
    (``تركيا نفذت ضربات``, ``شنت إسرائيل غارات``): ACLED codes the act to its forces. A name
    that closes a place phrase (``غرب اليمن``, ``شمال سوريا``, ``في اليمن``) is not a subject."""
    for m in actor_terms("state_act_verbs").find(words, max(lo, trigger_pos - 8), min(hi, trigger_pos + 1)):
        if m.last + 1 < hi and _joined(words, m.last, text):
            cc = _country_at(words, m.last + 1)
            if cc:
                return cc
        j = m.first - 1
        place_head = j > lo and (cue_set("directions").any_in(words, j - 1, j)
                                 or cue_set("place_nouns").any_in(words, j - 1, j)
                                 or not _PLACE_PREPOSITIONS.isdisjoint(words[j - 1].stems))
        if j >= lo and _joined(words, j, text) and not place_head:
            cc = _country_at(words, j)
            if cc:
                return cc
    return None


#: Sub-events whose doer ACLED almost never finds in a state's forces: a bomb planted or a
#: suicide attack; a state force the sentence names with them is their target.
_INSURGENT_WEAPONS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
_STATE_FORCES = ("Military Forces of ", "Police Forces of ")


#: ACLED names of forces sent by states together (an alliance, a mission).
_STATES_TOGETHER = ("NATO", "AMISOM", "African Union", "United Nations", "UN:", "MINUSMA", "Operation ")


def state_side(actor: str | None) -> bool:
    """Whether an actor name is a state's forces or government, a coalition of states or
    their mission (those that fly air strikes)."""
    return actor is not None and (actor.startswith((*_STATE_FORCES, "Government of ", *_STATES_TOGETHER))
                                  or "Coalition" in actor)


def air_sides(actor1: str | None, actor2: str | None, sub_event_type: str) -> tuple[str | None, str | None]:
    """``(actor1, actor2)`` of an air strike whose reading made a non-state group its doer
    (``غارات على تجمعات للحوثيين``): states fly, so the group is the target; a state's forces
    named beside it are the doer, else the doer is not named."""
    if sub_event_type != "Air/drone strike" or not actor1 or state_side(actor1) or actor1.startswith("Civilians"):
        return actor1, actor2
    if state_side(actor2):
        return actor2, actor1
    return None, actor2 if actor2 and actor2.startswith("Civilians") else actor1


def air_power(actor1: str | None, actor2: str | None, sub_event_type: str,
              country: str | None) -> tuple[str | None, str | None]:
    """``(actor1, actor2)`` of an air strike in a country where one side alone flies
    (``air_power_by_country``: the coalition in Yemen): it is the doer where the reading named
    none or a non-state group (``غارات ... قتلت عددا من المتمردين``: the group is the target),
    or only the country's own forces (``قصف الطيران``, an unnamed air force read as the
    country's, or a faction of them the strike hit: there the side that flies is the doer)."""
    from rasd.stages.events.naming import country_name  # (naming reads this module's tables)

    power = actor_tables().get("air_power_by_country", {}).get(country or "")
    own = f"Military Forces of {country_name(country)}" if power else ""
    grounded = bool(own) and (actor1 or "").startswith(own)  # (and its factions: Saleh's are a target)
    if not power or sub_event_type != "Air/drone strike" or (state_side(actor1) and not grounded):
        return actor1, actor2
    if actor1 == own:
        return power, actor2
    if actor1 is not None and actor2 is None:
        actor2 = actor1
    return power, actor2


def bomb_sides(actor1: str | None, actor2: str | None, sub_event_type: str) -> tuple[str | None, str | None]:
    """``(actor1, actor2)`` of a bombing whose reading made a state's forces its doer
    (``انفجرت عبوة لدى مرور دورية للجيش``): the forces suffer it; a non-state
    armed group named beside them is the doer, else the doer is unnamed."""
    if sub_event_type not in _INSURGENT_WEAPONS or not actor1 or not actor1.startswith(_STATE_FORCES):
        return actor1, actor2
    if actor2 and not actor2.startswith((*_STATE_FORCES, "Civilians", "Government of ")):
        return actor2, actor1
    return None, actor2 or actor1


#: Sub-events where a state's side meets its main enemy: a battle, ground taken back or lost,
#: a strike from the air or from afar.
_FRONT_SUBTYPES = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                             "Air/drone strike", "Shelling/artillery/missile attack"})


#: A fight on the ground (not a strike from the air or from afar, whose unnamed victims may be civilians).
_GROUND_SUBTYPES = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"})


def _one_of(actor: str, sides: Sequence[str]) -> bool:
    return any(actor == side or actor.startswith(side + " ") for side in sides)


def main_enemy(actor1: str | None, actor2: str | None, sub_event_type: str, country: str | None,
               hit: bool = False) -> str | None:
    """``actor2`` of a battle, a strike or a change of ground whose ``actor1`` is a side of the
    country's main war (``blocs_by_country``): where the report names no opponent, only an
    unidentified armed group, or an ally (``قوات هادي ومعها المقاومة``) that it does not show
    ``hit`` (friendly fire: ``غارة أميركية قتلت جنودا أفغانا``), ACLED's is the other side's
    main force (the Houthis in Yemen); else ``actor2`` unchanged."""
    bloc = actor_tables().get("blocs_by_country", {}).get(country or "")
    if not bloc or sub_event_type not in _FRONT_SUBTYPES or not actor1:
        return actor2

    def side(actor: str) -> bool:
        return _one_of(actor, bloc["sides"]) and not _one_of(actor, bloc.get("others", ()))

    if not side(actor1):
        others = bloc.get("others", ())
        # (the other side's allies, named together, are not each other's opponents either)
        if actor2 and _one_of(actor1, others) and _one_of(actor2, others):
            return None
        # "اشتباكات في مأرب وتعز" of the Houthis, their opponent unnamed: whom ACLED codes
        # them fighting on the ground (``others_opponent``: the Popular Resistance in Yemen)
        if bloc.get("others_opponent") and _one_of(actor1, others) and sub_event_type in _GROUND_SUBTYPES \
                and unnamed_actor(actor2):
            return str(bloc["others_opponent"])
        return actor2
    if actor2 is None or actor2.startswith("Unidentified Armed Group") or (side(actor2) and not hit):
        return str(bloc["opponent"])
    return actor2


_IN = normalize_key("في")
#: Marks that end a clause (not quotes: ``قصفت مواقع لـ«جبهة النصرة»``).
_CLAUSE_MARKS = frozenset("،,;؛:.!?")
#: Words of direction between a preposition and a country (``في شمال العراق``): the compass
#: table's nouns and nisba adjectives.
_DIRECTIONS = frozenset(normalize_key(w) for w in (*NOUNS, *ADJECTIVES))


def _elsewhere(words: Sequence[Word], pos: int, country: str | None) -> bool:
    """Whether the mention at ``pos`` is placed by ``في`` in a country other than ``country``
    (``مواقع داعش في سوريا ومخيمات الحزب في شمال العراق``: a strike in Iraq hit the latter)."""
    for j in range(pos + 1, min(len(words) - 1, pos + 5)):
        if words[j].punct:
            return False
        if words[j].key == _IN:
            k = j + 2 if words[j + 1].key in _DIRECTIONS else j + 1
            cc = _country_at(words, k) if k < len(words) else None
            return cc is not None and country is not None and cc != country
    return False


def hit_first(words: Sequence[Word], cands: Sequence[tuple[int, str, str]], opponents: list[str],
              hit: Sequence[str], country: str | None, trigger_pos: int | None,
              text: str | None) -> list[str]:
    """``opponents`` of a told doer with the first named side its act is shown to hit
    (``hit``: counted dead, owning the target) put first, before a side only named nearby
    (``غارة أمريكية قتلت جنودا أفغانا حيث ينتشر طالبان``): not an unnamed group (the named
    group is the more telling name of the same men), not the same state's other force
    (``ضابطين`` of a police station's police), not a side placed in another country, nor one
    told in another clause than the act's (``وفيما قُتل عشرون من الكتائب، قصفت الطائرات ...``)."""
    def told_with_act(pos: int) -> bool:
        lo, hi = sorted((pos, trigger_pos if trigger_pos is not None else pos))
        if text is None:
            return not any(w.punct and w.key in _CLAUSE_MARKS for w in words[lo:hi + 1])
        return not any(ch in _CLAUSE_MARKS for ch in text[words[lo].end:words[hi].start])

    shown = [n for n in hit if not unnamed_actor(n)
             and any(c[1] == n and told_with_act(c[0]) for c in cands)
             and not any(c[1] == n and _elsewhere(words, c[0], country) for c in cands)]
    if not shown or not opponents or opponents[0] in hit or same_state(shown[0], opponents[0]):
        return opponents
    return [shown[0]] + [n for n in opponents if n != shown[0]]


def main_doer(actor1: str | None, actor2: str | None, sub_event_type: str, country: str | None) -> str | None:
    """``actor1`` of a fight on the ground whose report names only one side, as the one that
    suffers it (``مقتل أربعة متمردين في كمين``, ``مواجهات دارت مع الحوثيين``): in a country's
    main war (``blocs_by_country``) ACLED's other side is the main force facing it: the other
    side's opponent (``others_opponent``: the Popular Resistance facing the Houthis in Yemen;
    else the state's own forces, the first of ``sides``: Iraq's facing the Islamic State), or
    the main enemy of a state's side (the Houthis facing Yemen's forces). Only where the
    reading named no doer at all; else ``actor1`` unchanged."""
    bloc = actor_tables().get("blocs_by_country", {}).get(country or "")
    if actor1 is not None or not actor2 or not bloc or sub_event_type not in _GROUND_SUBTYPES:
        return actor1
    others = bloc.get("others", ())
    if _one_of(actor2, others) or actor2 == bloc["opponent"]:
        return str(bloc.get("others_opponent") or bloc["sides"][0])
    if _one_of(actor2, bloc["sides"]) and sub_event_type != "Government regains territory":
        return str(bloc["opponent"])
    return None


#: Sub-events whose unnamed doer is, in some countries, the one group that does them there (the
#: table of each: country -> ACLED name).
_SOLE_DOER_TABLES = {"Suicide bomb": "suicide_bombers_by_country",
                     "Shelling/artillery/missile attack": "shellers_by_country"}


def sole_doer(actor1: str | None, sub_event_type: str, country: str | None) -> str | None:
    """``actor1`` of an act that the report leaves to an unnamed doer (none, or an unidentified
    armed group) in a country where one group alone does it (``_SOLE_DOER_TABLES``): a suicide
    bombing around Lake Chad is Boko Haram's (``فجرت انتحارية نفسها``), a shell fired on Saudi
    soil from Yemen the Houthis' (``قذيفة أطلقت من الجانب اليمني``); else unchanged."""
    table = _SOLE_DOER_TABLES.get(sub_event_type)
    if table is None or not unnamed_actor(actor1):
        return actor1
    group = actor_tables().get(table, {}).get(country or "")
    return str(group) if group else actor1


def state_side_first(actor1: str | None, actor2: str | None, country: str | None) -> tuple[str | None, str | None]:
    """``(actor1, actor2)`` of a clash whose report tells no side as its doer (``اشتباكات بين
    الحوثيين والمقاومة``), with the side of the country's main war that fights for the state
    (``blocs_by_country``' ``sides``: the Popular Resistance in Yemen) first, as ACLED codes it;
    else unchanged. Not a state's forces named bare, whose units may fight on the other side
    (Saleh's Republican Guard in Yemen's war)."""
    bloc = actor_tables().get("blocs_by_country", {}).get(country or "")
    if not bloc or not actor1 or not actor2 or actor2.startswith(_STATE_FORCES):
        return actor1, actor2
    others = bloc.get("others", ())
    if _one_of(actor1, others) and _one_of(actor2, bloc["sides"]) and not _one_of(actor2, others):
        return actor2, actor1
    return actor1, actor2


def allied(a: str, b: str, country: str | None) -> bool:
    """Whether ``a`` and ``b`` are one name, or on one side of ``country``'s main war
    (``blocs_by_country``: Hadi's forces and the Popular Resistance; the Houthis and Saleh's
    forces), so that neither is the other's opponent."""
    if a == b:
        return True
    bloc = actor_tables().get("blocs_by_country", {}).get(country or "")
    if not bloc:
        return False
    others = bloc.get("others", ())
    if _one_of(a, others) or _one_of(b, others):
        return _one_of(a, others) and _one_of(b, others)
    return _one_of(a, bloc["sides"]) and _one_of(b, bloc["sides"])


@lru_cache(maxsize=1)
def _common_readings() -> dict[str, frozenset[str]]:
    return {normalize_key(k): frozenset(normalize_key(w) for w in v)
            for k, v in actor_tables().get("common_readings", {}).items()}


def common_noun(words: Sequence[Word], first: int, last: int, hi: int) -> bool:
    """Whether a one-word group name is the common noun here (``القاعدة العسكرية``: the
    base, not the group; table ``common_readings``)."""
    if first != last or last + 1 >= hi:
        return False
    key = words[first].key
    readings = _common_readings().get(key[1:] if key[:1] in "وفبل" and key[1:] in _common_readings() else key, ())
    return words[last + 1].key in readings
