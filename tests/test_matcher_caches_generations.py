"""The per-key caches of the events term index and of the actor search keep two generations
(when full, the table becomes the old one and is read on a miss) and compute only the
entries not seen before; whatever their size, the answers are those of a fresh search."""

from __future__ import annotations

import pytest

from rasd.kb import actors as kb_actors
from rasd.kb.actors import load_actor_kb
from rasd.stages.events import terms
from rasd.stages.events.lexicon import cue_set, lexicon, words_of
from rasd.tokens import TokenLayer

# our own sentences: actors with and without clitics, trigger words, repeated words
_TEXTS = (
    "قالت قوات سوريا الديمقراطية إن مقاتلي داعش هاجموا نقطة للجيش السوري قرب الحسكة.",
    "واتهم حزب الله والحوثيين بشن هجمات، فيما نفت الشرطة العراقية أي اشتباكات في المدينة.",
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف استهدف سوق البلدة، وقالت الشرطة إن القصف تكرر.",
    "نظم مئات المحتجين مظاهرة أمام مبنى المحافظة، واعتقلت قوات الأمن أربعة منهم.",
)


@pytest.mark.parametrize(
    ("got", "positions"),
    [
        ([None, (1,), None, (), None], [0, 2, 4]),
        ([(1,), (), (2, 3)], []),
        ([], []),
        ([None], [0]),
        ([False, None, 0, None], [1, 3]),  # only None is unseen, not other false values
    ],
)
def test_matcher_unseen_gives_the_none_positions(got: list[object], positions: list[int]) -> None:
    assert list(terms._unseen(got)) == positions


def _kb_found(text: str) -> list[tuple[int, int, str]]:
    kb = load_actor_kb()
    TokenLayer.of(text)
    return [(m.start, m.end, m.actor.id) for m in kb.find(text)]


@pytest.mark.parametrize("cap", [1, 2, 5])
def test_matcher_actor_alias_starts_cache_generations_keep_answers(monkeypatch: pytest.MonkeyPatch,
                                                                    cap: int) -> None:
    # fresh texts (new strings: a layer of their own) searched with a tiny cache and a large one
    plain = [_kb_found(t + " ") for t in _TEXTS]
    assert any(plain), "the texts name known actors"
    kb = load_actor_kb()
    monkeypatch.setattr(kb_actors, "_MAX_BEGINS", cap)
    monkeypatch.setattr(kb, "_begins", {})
    monkeypatch.setattr(kb, "_old_begins", {})
    small = [_kb_found(t + "  ") for t in _TEXTS]
    assert small == plain
    assert len(kb._begins) <= cap
    assert kb._old_begins, "a full table became the old generation"


def test_matcher_actor_alias_starts_old_generation_is_read_on_a_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    kb = load_actor_kb()
    monkeypatch.setattr(kb, "_begins", {})
    monkeypatch.setattr(kb, "_old_begins", {"داعش": False})  # a planted old answer is used, not recomputed
    text = "هاجم داعش القرية. "
    assert _kb_found(text) == []
    monkeypatch.setattr(kb, "_old_begins", {})
    monkeypatch.setattr(kb, "_begins", {})
    assert [i for _a, _b, i in _kb_found(text + " ")] == ["isis"]


def _heads(text: str) -> dict[int, list[int]]:
    words = words_of(text)
    return terms._heads_of(list(words))


@pytest.mark.parametrize("cap", [1, 3, 8])
def test_matcher_term_heads_cache_generations_keep_answers(monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    lexicon()
    cue_set("negation")
    plain = [_heads(t) for t in _TEXTS]
    assert any(plain)
    monkeypatch.setattr(terms, "_MAX_SURFACES", cap)
    monkeypatch.setattr(terms, "_SLOTS_BY_KEY", {})
    monkeypatch.setattr(terms, "_OLD_SLOTS_BY_KEY", {})
    assert [_heads(t) for t in _TEXTS] == plain
    assert len(terms._SLOTS_BY_KEY) <= cap
    assert terms._OLD_SLOTS_BY_KEY, "a full table became the old generation"
