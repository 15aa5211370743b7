"""A claim or a blame of "the attack" told after the act is the act's: it takes the act's place
and day (and so joins it in the merge, naming its doer) instead of the speaker's city and the
announcement's day. Silent where the sentence names a place, a day or a toll of its own, where
its act noun is indefinite, where the claim is negated, and where no act of its family was told
before it. Sentences and places written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.claims_back import attribution, refer_claims_back
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates

_BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_CLASH = ("Battles", "Armed clash")

_ACT = "انفجرت سيارة مفخخة قرب سوق بلدة الوردة صباح اليوم وقتل ثلاثة أشخاص."
_CLAIM = "وأعلنت جماعة النجم الأسود مسؤوليتها عن التفجير."
_BLAME = "وحمل وزير الداخلية الجماعة مسؤولية الهجوم الانتحاري على السوق."
_NAMED = "وأعلنت جماعة النجم الأسود مسؤوليتها عن التفجير في مدينة النخيل."
_NEGATED = "ولم تعلن أي جماعة مسؤوليتها عن التفجير حتى الآن."
_NEW_ACT = "وتبنت جماعة النجم الأسود تفجيرا استهدف حافلة للجنود."
_CLAIMED_TODAY = "وأعلنت جماعة النجم الأسود المسؤولية عن هجوم صباح اليوم."
_ATTRIBUTED = "وذكرت تقارير محلية هجمات أخرى نسبتها إلى الجماعة."
_ELSEWHERE = "وكانت الجماعة قد أعلنت في السابق مسؤوليتها عن هجمات مماثلة."


def _place(text: str, name: str) -> Location:
    return Location(text=text, name=name, country="LY", admin1=None, lat=27.0, lon=14.4, precision=1)


_TOWN = _place("الوردة", "Warda")
_CAPITAL = _place("النخيل", "Nakhil")  # (the speaker's city, named in the sentence before the claim)


def _cand(start: int, end: int, place: Location, *, kind: tuple[str, str] = _BOMB, date: str = "2015-07-21",
          reference: bool = False, actor1: str | None = None, fat: int | None = None,
          clause_day: bool = False) -> Candidate:
    return Candidate(kind[0], kind[1], date, 1, place, False, actor1, None, fat, start, end, 0.6, False,
                     reference, ((start, end),), (), sentences=((start, end),), clause_day=clause_day)


def _article(second: str) -> tuple[str, Candidate, Candidate]:
    text = _ACT + " " + second
    lo = len(_ACT) + 1
    act = _cand(0, len(_ACT), _TOWN, fat=3)
    told = _cand(lo, len(text), _CAPITAL, date="2015-07-22", reference=True, actor1="Black Star Group")
    return text, act, told


@pytest.mark.parametrize(
    ("sentence", "lays"),
    [
        (_CLAIM, True),
        (_BLAME, True),
        (_NAMED, True),  # (a place of its own is the merge's concern, not the claim's reading)
        (_NEGATED, False),
        (_NEW_ACT, False),  # an act told anew: the claim reports it
        (_ELSEWHERE, False),  # a claim of other attacks
        (_ACT, False),  # no claim at all
    ],
)
def test_attribution_reads_a_claim_or_blame_of_a_definite_act(sentence: str, lays: bool) -> None:
    assert attribution(words_of(sentence)) is lays


@pytest.mark.parametrize(
    ("second", "change", "joined"),
    [
        (_CLAIM, {}, True),
        (_BLAME, {"actor1": None}, True),
        (_NAMED, {"location": _CAPITAL}, False),  # it names a place of its own
        (_CLAIM, {"fatalities": 7}, False),  # a toll of its own
        (_CLAIM, {"fatalities": 3}, True),  # the act's toll
        (_CLAIM, {"clause_day": True}, False),  # a day in its own clause that is not the act's
        (_NEGATED, {}, False),  # no claim: left to the merge as before
        (_NEW_ACT, {}, False),  # the claim of an act told anew reports an act of its own
    ],
)
def test_claim_of_the_attack_joins_the_act_told_before(second: str, change: dict[str, object], joined: bool) -> None:
    text, act, told = _article(second)
    told = replace(told, **change)  # type: ignore[arg-type]
    out = refer_claims_back(text, [act, told])
    assert (out[1].location == _TOWN) is joined
    if joined:
        merged = merge_candidates(out)
        assert len(merged) == 1
        assert merged[0].location == _TOWN and merged[0].date == "2015-07-21"


def test_claim_gives_its_claimant_to_an_act_without_a_doer() -> None:
    text, act, told = _article(_CLAIM)
    merged = merge_candidates(refer_claims_back(text, [act, told]))
    assert [c.actor1 for c in merged] == ["Black Star Group"]


@pytest.mark.parametrize(
    ("cands_of", "moved"),
    [
        (lambda act, told: [act, told], True),
        (lambda act, told: [told, act], False),  # no act told before it
        (lambda act, told: [replace(act, event_type=_CLASH[0], sub_event_type=_CLASH[1]), told], False),  # another family
        (lambda act, told: [act, replace(told, distinct=True)], False),  # "another attack"
        (lambda act, told: [replace(act, location_fallback=True), told], False),  # the act has no place of its own
    ],
)
def test_claim_moves_only_onto_an_act_of_its_family_told_before(cands_of, moved: bool) -> None:  # type: ignore[no-untyped-def]
    text, act, told = _article(_CLAIM)
    out = refer_claims_back(text, cands_of(act, told))
    claim = next(c for c in out if c.start == told.start)
    assert (claim.location == _TOWN) is moved


@pytest.mark.parametrize(
    ("second", "change", "joined"),
    [
        (_NEW_ACT, {}, False),  # nothing of the act told: maybe another act
        (_NEW_ACT, {"fatalities": 3}, True),  # the act's toll
        (_NEW_ACT, {"date": "2015-07-21", "clause_day": True}, True),  # the act's day in its own clause
        (_NEW_ACT, {"fatalities": 5}, False),  # a toll of its own
        (_CLAIMED_TODAY, {"date": "2015-07-21", "clause_day": True}, True),  # (المسؤولية: a claim too)
        (_CLAIMED_TODAY, {"clause_day": True}, False),  # a day of its own
        (_BLAME, {"fatalities": 3}, False),  # a blame told as an act of its own: not read here
        (_ATTRIBUTED, {"fatalities": 3}, False),  # attacks others lay on a group: no claim of its own
    ],
)
def test_claim_read_as_an_act_joins_only_when_it_tells_the_act(
        second: str, change: dict[str, object], joined: bool) -> None:
    text, act, told = _article(second)
    told = replace(told, reference=False, **change)  # type: ignore[arg-type]
    out = refer_claims_back(text, [act, told])
    assert (out[1].location == _TOWN and out[1].reference) is joined
