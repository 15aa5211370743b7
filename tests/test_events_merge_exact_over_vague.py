"""A vague or hedged toll (``قتل العشرات``, ``أكثر من 20``) gives way to an exact count of the
same dead told in another sentence of the same event (ACLED codes the most specific figure);
not to a figure below it, past its ceiling (a month's toll), another vague one, a claimant's or
a reaction's, and an exact toll is never replaced. Sentences and candidates written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.tolls import fatalities_in, vague_ceiling


@pytest.mark.parametrize(
    ("sentence", "toll", "ceiling"),
    [
        ("قتل العشرات في غارة جوية على سوق المدينة", 10, 100),
        ("أسفر القصف عن مقتل عشرات المدنيين في البلدة", 10, 100),
        ("قتل أكثر من 20 شخصا في انفجار سيارة مفخخة", 20, 40),
        ("قتل نحو 15 مسلحا في الاشتباكات", 15, 30),
        ("قتل ما لا يقل عن 12 جنديا في الكمين", 12, 24),
        ("قتل 23 شخصا في الانفجار", 23, None),
        ("انفجرت عبوة ناسفة دون أن تسفر عن ضحايا", 0, None),
    ],
)
def test_vague_ceiling_of_sentence(sentence: str, toll: int, ceiling: int | None) -> None:
    words = words_of(sentence)
    fat = fatalities_in(words)[0]
    assert fat == toll
    assert vague_ceiling(words, fat) == ceiling


_TOWN = Location(text="Town A", name="Town A", country="SY", admin1=None, lat=35.93, lon=36.63, precision=1)


def _cand(start: int, fat: int | None, ceiling: int | None = None, tp: int = 1) -> Candidate:
    return Candidate("Explosions/Remote violence", "Air/drone strike", "2015-03-10", tp, _TOWN, False,
                     "Military Forces of Syria (2000-)", "Civilians (Syria)", fat, start, start + 40, 0.7, False, False,
                     ((start, start + 40),), (), sentences=((start, start + 40),), toll_ceiling=ceiling)


_DOZENS = _cand(0, 10, 100)
_MORE_THAN_20 = _cand(0, 20, 40)
_EXACT_20 = _cand(0, 20)


def _later(fat: int, ceiling: int | None = None) -> Candidate:
    """A later sentence of the event that names no day of its own."""
    return _cand(41, fat, ceiling, tp=2)


@pytest.mark.parametrize(
    ("first", "second", "toll"),
    [
        (_DOZENS, _later(17), 17),  # dozens, then 17 of them: the exact figure
        (_MORE_THAN_20, _later(23), 23),  # the lede's "more than 20", the body's 23
        (_DOZENS, _later(9), 9),  # within the slack below the vague figure's reading
        (_DOZENS, _later(8), 10),  # well below it: another count (the wounded's kin, a part)
        (_DOZENS, _later(340), 10),  # past its ceiling: a month's or a war's toll
        (_MORE_THAN_20, _later(45), 20),  # more than twice the hedged figure: not the same dead
        (_DOZENS, _later(17, 34), 10),  # another hedged figure: the first stays
        (_EXACT_20, _later(23), 20),  # an exact toll stays (two sources: the first)
        (_DOZENS, replace(_later(17), claimed=True), 10),  # a claimant's figure
        (_DOZENS, replace(_later(17), reference=True), 10),  # a reaction's figure
        (_cand(0, None), _later(17), 17),  # untold, then told
        (_DOZENS, _cand(41, 17), 10),  # a day of its own (يوم الاثنين الفائت): an earlier attack recalled
        (_DOZENS, replace(_cand(41, 17), anaphoric=True), 17),  # a day of its own, but pointing back (في الغارة)
    ],
)
def test_exact_toll_replaces_vague_one(first: Candidate, second: Candidate, toll: int) -> None:
    merged = merge_candidates([first, second])
    assert [c.fatalities for c in merged] == [toll]


def test_merged_exact_toll_is_no_longer_vague() -> None:
    merged = merge_candidates([_DOZENS, _later(17), _cand(82, 30, tp=2)])
    assert [c.fatalities for c in merged] == [17]
