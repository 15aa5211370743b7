"""Which event a toll belongs to (rasd.stages.events.toll_owners): a place's own dead told after
a toll shared over several places replace its share (``مقتل 23 في بيجي والرمادي``, 12 and 11,
then ``قتل 21 منهم قرب بيجي``); a sentence with no place of its own that tells again the exact
toll of an incident told at its town joins that incident, not the event at the article's
fallback place; a clause on "another" strike keeps its toll apart. Candidates and sentences
built for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.periods import another_clauses
from rasd.stages.events.tolls import incident_range

_TOWN_A = Location(text="Town A", name="Town A", country="IQ", admin1=None, lat=34.93, lon=43.49, precision=1)
_TOWN_B = Location(text="Town B", name="Town B", country="IQ", admin1=None, lat=33.42, lon=43.30, precision=1)
_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
_BOMB = ("Explosions/Remote violence", "Suicide bomb")


def _cand(kind: tuple[str, str], place: Location, start: int, fat: int | None, **kw: object) -> Candidate:
    end = start + 40
    c = Candidate(kind[0], kind[1], "2015-07-23", 1, place, False, "Military Forces of Iraq", "Islamic State", fat,
                  start, end, 0.7, False, False, ((start, end),), sentences=((start, end),))
    return replace(c, **kw)  # type: ignore[arg-type]


def _tolls(cands: list[Candidate]) -> list[int | None]:
    return [c.fatalities for c in merge_candidates(cands)]


# "23 killed in strikes on Town A and Town B": 12 and 11
_SHARE_A = _cand(_STRIKE, _TOWN_A, 0, 12, listed=True, shared_toll=23)
_SHARE_B = _cand(_STRIKE, _TOWN_B, 0, 11, listed=True, shared_toll=23)
# "the strike killed 21 of them near Town A"
_OWN_A = _cand(_STRIKE, _TOWN_A, 100, 21)


@pytest.mark.parametrize(
    ("cands", "tolls"),
    [
        # the place's own dead replace its share
        ([_SHARE_A, _SHARE_B, _OWN_A], [21, 11]),
        # the whole told again is no place's own
        ([_SHARE_A, _SHARE_B, replace(_OWN_A, fatalities=23)], [12, 11]),
        # a claimant's figure does not
        ([_SHARE_A, _SHARE_B, replace(_OWN_A, claimed=True)], [12, 11]),
        # a toll told for the place alone stays
        ([replace(_SHARE_A, shared_toll=None), _SHARE_B, _OWN_A], [12, 11]),
    ],
)
def test_toll_owners_own_over_share(cands: list[Candidate], tolls: list[int | None]) -> None:
    assert _tolls(cands) == tolls


# "a suicide bomber killed 30 in Town A"; "another suicide attack hit a checkpoint in Town B" (no
# toll); "the attack killed 30 people, an official said" (no place: the article's fallback, Town B;
# pointing back, it would go to the nearest event)
_FIRST = _cand(_BOMB, _TOWN_A, 0, 30)
_SECOND = _cand(_BOMB, _TOWN_B, 100, None)
_RETOLD = _cand(_BOMB, _TOWN_B, 200, 30, location_fallback=True, anaphoric=True)


@pytest.mark.parametrize(
    ("cands", "tolls"),
    [
        # the toll told again goes to the incident told with it
        ([_FIRST, _SECOND, _RETOLD], [30, None]),
        # a small toll may be another incident's: as before
        ([replace(_FIRST, fatalities=2), _SECOND, replace(_RETOLD, fatalities=2)], [2, 2]),
        # another event has the toll too: as before
        ([_FIRST, replace(_SECOND, fatalities=30), _RETOLD], [30, 30]),
        # other dead (militants in one, civilians in the other): as before
        ([replace(_FIRST, victims=("Islamic State",)), _SECOND, replace(_RETOLD, victims=("Civilians (Iraq)",))],
         [30, 30]),
        # a sentence with a place of its own: as before
        ([_FIRST, _SECOND, replace(_RETOLD, location_fallback=False)], [30, 30]),
    ],
)
def test_toll_owners_retold_elsewhere(cands: list[Candidate], tolls: list[int | None]) -> None:
    assert _tolls(cands) == tolls


_TWO_STRIKES = "وقال إن الضربة أسفرت عن قتل 21 منهم قرب المصفى، وأضاف أن المقاتلات نفذت ضربة أخرى في المدينة أوقعت قتيلين."


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        # a clause on another strike opens at the comma before it
        (_TWO_STRIKES, "واضاف"),
        # "once again" tells no other incident
        ("وقال إن الطيران قصف المواقع، وعاد مرة أخرى إلى قصفها مساء.", None),
        # "another" after a casualty word counts the dead
        ("وقتل جندي في الهجوم، وأصيب آخر بجروح.", None),
    ],
)
def test_toll_owners_another_clause(sentence: str, cut: str | None) -> None:
    words = words_of(sentence)
    cuts = another_clauses(words)
    assert [words[j].key for j in cuts] == ([] if cut is None else [cut])


def test_toll_owners_another_clause_bounds_the_incident() -> None:
    words = words_of(_TWO_STRIKES)
    focus = next(i for i, w in enumerate(words) if w.key == "قتل")
    lo, hi = incident_range(words, focus)
    assert words[hi].key == "واضاف" and lo <= focus < hi
