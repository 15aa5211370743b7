"""Who did it, told by a claim or by a count (issue 16): a group named between a verb of
announcing and its responsibility (or next to a verb of adopting) is the doer of the act its
clause tells; an unnamed doer of an act takes the group the article tells claiming that act at
that place; a side counted dead after its members' word and a quoted name suffers; an act noun in
the dual takes "suicide" as its adjective, not as a doer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.clause_roles import claimants
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.voice import suffers

IS = "Islamic State"


def _actors(text: str, published: str = "2015-08-01") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the claimant told between the verb of announcing and its responsibility
        ("ذكر مسؤولون محليون أن هجوما انتحاريا بشاحنة مفخخة أعلنت حركة الشباب مسؤوليتها عنه أودى بحياة "
         "عشرين شخصا قرب فندق في مقديشو أمس.", "Al Shabaab"),
        # "suicide" after an act noun in the dual is the act's adjective: the named group did it
        ("فجر تنظيم داعش أمس تفجيرين انتحاريين عند حاجزين للقوات الكردية قرب بلدة تل أبيض.", IS),
    ],
)
def test_claimed_doer_read_in_the_clause(text: str, doer: str) -> None:
    assert any(a1 == doer for a1, _ in _actors(text))


def test_members_counted_dead_before_a_quoted_name_suffer() -> None:
    got = _actors('قتل سبعة وثلاثون من أفراد تنظيم "داعش" فجرا في عمليات تمشيط تنفذها القوات العراقية غرب قضاء حديثة.')
    assert got and all(a1 != IS for a1, _ in got)


def test_a_bomber_told_apart_takes_the_claimant_of_the_same_act() -> None:
    got = _actors("قال مسؤولون أتراك إن شابا عمره عشرون عاما نفذ أمس تفجيرا انتحاريا في سوروتش، وهو تفجير تبنته "
                  "جماعة داعش لاحقا. وأشارت السلطات التركية في بيانها الأخير إلى أنه فجر حزامه الناسف الاثنين الماضي "
                  "وسط حشد في حديقة بسوروتش.")
    assert got and all(a1 == IS for a1, _ in got)


@pytest.mark.parametrize(
    ("text", "claiming"),
    [
        ("أعلن تنظيم داعش مساء الخميس مسؤوليته عن خطف الصيادين", {1}),
        ("وتبنت حركة طالبان الهجوم", {1}),
        ("حركة الشباب تبنت الهجوم", {0}),
        # a negated claim, and a claim of earlier attacks, name no doer
        ("لم يعلن تنظيم داعش مسؤوليته عن الهجوم", set()),
        ("أعلن تنظيم داعش في السابق مسؤوليته عن هجمات مماثلة", set()),
        # the claim noun too far from the verb, past a comma
        ("أعلن تنظيم داعش، في بيان على الإنترنت مساء أمس، مسؤوليته", set()),
    ],
)
def test_claimants(text: str, claiming: set[int]) -> None:
    words = words_of(text)
    positions = [i for i, w in enumerate(words) if w.key in ("تنظيم", "حركه")]
    assert claimants(words, 0, len(words), positions) == claiming


def test_counted_members_before_a_quoted_name() -> None:
    words = words_of('مقتل خمسة من عناصر تنظيم «داعش» في القصف')
    pos = next(i for i, w in enumerate(words) if w.key == "داعش")
    assert suffers(words, pos, [0], [])
    # (not a name past a phrase end: the act's doer)
    words = words_of("مقتل خمسة مدنيين في قصف تنظيم داعش")
    pos = next(i for i, w in enumerate(words) if w.key == "داعش")
    assert not suffers(words, pos, [0], [])
