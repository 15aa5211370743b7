"""The index of every term set's heads: the slots a word's stems start a term of are, in
order, each stem's exact-head sets (in the order they were registered) and then the sets
with a ``*`` head the stem begins with (in slot order), each slot once at its first place;
the same as walking every ``*`` head filed under the stem's first two characters (a one-letter
``*`` head is filed with its star, so no stem finds it)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.events import terms as terms_module
from rasd.stages.events.terms import TermSet, _slots_of


@pytest.fixture
def fresh_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty index of heads, for the sets one test registers (restored after it)."""
    for name in ("_EXACT_HEADS", "_PREFIX_LENGTHS", "_PREFIX_SLOTS", "_SLOTS", "_SLOTS_OF", "_SLOTS_BY_KEY",
                 "_OLD_SLOTS_BY_KEY", "_HEADS_AT"):
        monkeypatch.setattr(terms_module, name, {})


def _spelled_slots(sets: list[TermSet], stems: tuple[str, ...]) -> tuple[int, ...]:
    """The slots of ``stems`` worked out from the sets' own heads (every ``*`` head of a
    stem's first two letters tried in the order the sets were registered)."""
    ordered = sorted({ts.slot: ts for ts in sets if ts.slot >= 0}.values(), key=lambda ts: ts.slot)
    seen: list[int] = []
    for stem in stems:
        seen += [ts.slot for ts in ordered if stem in ts._exact]
        for ts in ordered:
            # (a set files a ``*`` head under its first two characters, the star included)
            wholes = sorted({parts[0][:-1] for _t, parts in ts._prefix.get(stem[:2], ())})
            seen += [ts.slot for whole in wholes if stem.startswith(whole)]
    return tuple(dict.fromkeys(seen))


# our own words: heads that share their first letters, and stems that begin with several
_HEADS = ("الحر*", "الحرب", "الح*", "الحريق*", "اشتب*", "اشتباك", "ا*", "قصف", "قص*", "قصفت*", "ال*")
_STEMS = ("الحرب", "الحريق", "الحرس", "الح", "ال", "اشتباكات", "اشتباك", "ا", "قصف", "قصفته", "قص", "مدينه")


@pytest.mark.parametrize("stems", [(s,) for s in _STEMS] + [("الحرب", "حرب"), ("قصفته", "قصف", "الحريق")])
def test_events_terms_head_index_slots_as_spelled_out(fresh_index: None, stems: tuple[str, ...]) -> None:
    sets = [TermSet([h]) for h in _HEADS] + [TermSet(["الحر* شديد", "قص* عنيف", "ال*"]), TermSet(["الحرب"])]
    assert _slots_of(stems) == _spelled_slots(sets, stems)


_LETTERS = "احرقصل"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=5), min_size=1, max_size=4),
                min_size=1, max_size=12),
       st.integers(min_value=0, max_value=2**32 - 1))
def test_events_terms_head_index_slots_of_random_sets(heads: list[list[str]], seed: int) -> None:
    """Random sets of exact and ``*`` heads over a few letters, random stems: the index
    gives the spelled-out slots."""
    rng = random.Random(seed)
    saved = {name: getattr(terms_module, name) for name in (
        "_EXACT_HEADS", "_PREFIX_LENGTHS", "_PREFIX_SLOTS", "_SLOTS", "_SLOTS_OF", "_SLOTS_BY_KEY",
        "_OLD_SLOTS_BY_KEY", "_HEADS_AT")}
    try:
        for name in saved:
            setattr(terms_module, name, {})
        sets = [TermSet([h + ("*" if rng.random() < 0.5 else "") for h in group]) for group in heads]
        for _ in range(20):
            stems = tuple("".join(rng.choice(_LETTERS) for _ in range(rng.randint(1, 6)))
                          for _ in range(rng.randint(1, 3)))
            assert _slots_of(stems) == _spelled_slots(sets, stems)
    finally:
        for name, table in saved.items():
            setattr(terms_module, name, table)
