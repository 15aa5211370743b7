"""Which candidates of one article are the same incident: acts of opposite sides stay apart, a
sentence opening on a separate incident stays apart, retellings of one fight at one named place
are one, and a claimant's figure never becomes the toll. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.detect import claims_responsibility
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates


def _loc(name: str, lat: float, lon: float, precision: int = 1) -> Location:
    return Location(text=name, name=name, country="YE", admin1=None, lat=lat, lon=lon, precision=precision)


_ADEN = _loc("Aden", 12.78, 45.04)
_COALITION = "Military Forces of Saudi Arabia"
_HOUTHI = "Houthi Movement - Ansar Allah"
_CIVILIANS = "Civilians (Yemen)"
_POLICE = "Police Forces of Yemen"


def _cand(event: str, sub: str, start: int, *, a1: str | None = None, a2: str | None = None,
          fat: int | None = None, tp: int = 1, weak: bool = False, reference: bool = False,
          anaphoric: bool = False, claimed: bool = False, separate: bool = False,
          loc: Location | None = _ADEN, fallback: bool = False) -> Candidate:
    return Candidate(event, sub, "2015-07-30", tp, loc, fallback, a1, a2, fat, start, start + 50, 0.8,
                     weak, reference, ((start, start + 50),), (), sentences=((start, start + 50),),
                     anaphoric=anaphoric, claimed=claimed, separate=separate)


_STRIKE = _cand("Explosions/Remote violence", "Air/drone strike", 0, a1=_COALITION, a2=_HOUTHI)


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # Houthi shelling of a district of the town the coalition struck the Houthis near: two incidents
        (_cand("Explosions/Remote violence", "Shelling/artillery/missile attack", 100, a1=_HOUTHI, a2=_CIVILIANS), 2),
        # shelling by a doer the text does not name: nothing tells the sides apart, one incident
        (_cand("Explosions/Remote violence", "Shelling/artillery/missile attack", 100, a2=_CIVILIANS, tp=2), 1),
        # the strike told again with its sides read backwards (same kind of act): one incident misread
        (_cand("Explosions/Remote violence", "Air/drone strike", 100, a1=_HOUTHI, a2=_COALITION), 1),
        # a casualty-only sentence whose names are read the other way round still tells the strike's toll
        (_cand("Violence against civilians", "Attack", 100, a1=_HOUTHI, a2=_CIVILIANS, fat=4, weak=True), 1),
        # a claim (a reference) is never kept apart by its names
        (_cand("Explosions/Remote violence", "Shelling/artillery/missile attack", 100, a1=_HOUTHI, a2=_COALITION,
               reference=True), 1),
    ],
)
def test_events_merge_incidents_opposite_sides(second: Candidate, events: int) -> None:
    assert len(merge_candidates([_STRIKE, second])) == events


def test_events_merge_incidents_battles_have_two_sides() -> None:
    # a clash read Houthis-vs-resistance, then resistance-vs-Houthis: one clash
    first = _cand("Battles", "Armed clash", 0, a1=_HOUTHI, a2="Popular Resistance")
    second = _cand("Battles", "Armed clash", 100, a1="Popular Resistance", a2=_HOUTHI, tp=2)
    assert len(merge_candidates([first, second])) == 1


_IED = _cand("Explosions/Remote violence", "Remote explosive/landmine/IED", 0, a1=None, a2=_POLICE, fat=2)


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # "in a separate incident, a soldier was killed when a mine went off" at the same place and day
        (_cand("Explosions/Remote violence", "Remote explosive/landmine/IED", 100, a2=_POLICE, fat=1, separate=True), 2),
        # the same sentence without the marker: the same blast told again
        (_cand("Explosions/Remote violence", "Remote explosive/landmine/IED", 100, a2=_POLICE, fat=2), 1),
        # a reaction opening that way still refers back
        (_cand("Explosions/Remote violence", "Remote explosive/landmine/IED", 100, reference=True, separate=True), 1),
    ],
)
def test_events_merge_incidents_separate_marker(second: Candidate, events: int) -> None:
    assert len(merge_candidates([_IED, second])) == events


@pytest.mark.parametrize(
    ("first_toll", "claim", "toll"),
    [
        (None, True, None),  # "the group claimed the bombing and said it killed over 180": a boast
        (None, False, 180),  # the same figure told by a hospital: the toll
        (35, True, 35),  # the reported toll stands
    ],
)
def test_events_merge_incidents_claimed_toll(first_toll: int | None, claim: bool, toll: int | None) -> None:
    first = replace(_IED, fatalities=first_toll)
    second = _cand("Explosions/Remote violence", "Remote explosive/landmine/IED", 100, fat=180, anaphoric=True,
                   claimed=claim, tp=2)
    (out,) = merge_candidates([first, second])
    assert out.fatalities == toll


_MOSQUE = _loc("Al-Aqsa Mosque", 31.776, 35.236)


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # stones thrown at the police at the mosque, told after "clashes broke out at the mosque": one riot
        (_cand("Riots", "Violent demonstration", 100, loc=_MOSQUE, tp=2), 1),
        # the same with a day of its own (another day's riot): apart
        (replace(_cand("Riots", "Violent demonstration", 100, loc=_MOSQUE), date="2015-07-28"), 2),
        # an attack told at another place of the town: apart
        (_cand("Violence against civilians", "Attack", 100, loc=_loc("Silwan", 31.77, 35.235), tp=2), 2),
        # shelling is not a retelling of a fight
        (_cand("Explosions/Remote violence", "Shelling/artillery/missile attack", 100, loc=_MOSQUE, tp=2), 2),
    ],
)
def test_events_merge_incidents_one_fight_told_several_ways(second: Candidate, events: int) -> None:
    clash = _cand("Battles", "Armed clash", 0, loc=_MOSQUE)
    out = merge_candidates([clash, second])
    assert len(out) == events
    if events == 1 and second.event_type == "Riots":
        assert out[0].event_type == "Riots"  # stones and police: a riot, not an armed clash


def _sentence_claims(text: str) -> bool:
    return claims_responsibility(words_of(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("وتبنى التنظيم التفجير في بيان نشره على الإنترنت.", True),
        ("وأعلنت الجماعة مسؤوليتها عن الهجوم على الحاجز.", True),
        ("وحملت الحركة قوات الاحتلال المسؤولية الكاملة عن مقتل الشاب.", False),
        ("وقال المتحدث إن الحكومة تحمل الجماعة المسلحة مسؤولية التفجير.", False),
        ("ولم تعلن أية جماعة مسؤوليتها عن تفجير السيارة بعد.", False),
    ],
)
def test_events_merge_incidents_blame_is_no_claim(text: str, claims: bool) -> None:
    assert _sentence_claims(text) is claims


def _kinds(text: str, published: str) -> list[str]:
    return sorted(e.sub_event_type for e in analyze_text(text, published=published).events)


def test_events_merge_incidents_strike_and_shelling_article() -> None:
    text = ("غارات على مواقع الحوثيين قرب عدن\n\n"
            "عدن - شنت طائرات التحالف العربي أمس الخميس غارات جوية استهدفت تجمعات لمسلحي الحوثي في "
            "أطراف مدينة عدن الشمالية، ما أدى إلى مقتل 12 من عناصر الميليشيات. "
            "بالمقابل، قتل أربعة مدنيين وأصيب عشرون آخرون إثر قصف الحوثيين لحي سكني في مدينة عدن.\n")
    kinds = _kinds(text, "2015-07-31")
    assert "Air/drone strike" in kinds and "Shelling/artillery/missile attack" in kinds


def test_events_merge_incidents_separate_incident_article() -> None:
    text = ("مقتل جنديين في انفجار\n\n"
            "ماردين - قتل جنديان تركيان أمس الأحد في انفجار عبوة ناسفة استهدفت دورية عسكرية في ولاية ماردين. "
            "وفي حادثة منفصلة، قتل جندي ثالث أمس الأحد في انفجار لغم أرضي بمركبة عسكرية في ولاية ماردين.\n")
    assert len(analyze_text(text, published="2015-08-03").events) == 2


def test_events_merge_incidents_one_confrontation_article() -> None:
    # police storm a mosque firing sound grenades, worshippers throw stones: one riot, no explosion
    text = ("مواجهات في المسجد الأقصى\n\n"
            "القدس - اندلعت مواجهات صباح اليوم الأحد في المسجد الأقصى بين مصلين فلسطينيين والشرطة الإسرائيلية. "
            "واقتحم عشرات من أفراد الشرطة ساحات المسجد الأقصى وهم يطلقون قنابل الصوت باتجاه المصلين. "
            "ورد المصلون برشق قوات الشرطة بالحجارة داخل المسجد الأقصى.\n")
    kinds = _kinds(text, "2015-07-26")
    assert kinds == ["Violent demonstration"]


def test_events_merge_incidents_reference_absorbs_no_fight() -> None:
    # "after deadly attacks on its soil" (a reference) told before a clash at the same place:
    # the clash stays an event of its own
    ref = _cand("Violence against civilians", "Attack", 0, loc=_MOSQUE, reference=True, tp=2)
    clash = _cand("Battles", "Armed clash", 100, loc=_MOSQUE, tp=2)
    assert [c.sub_event_type for c in merge_candidates([ref, clash])] == ["Armed clash"]
