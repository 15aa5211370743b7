"""Tests for the actor knowledge base (rasd.kb.actors)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.kb.actors import ACLED_CATEGORIES, Actor, actor_key, load_actor_kb

KB = load_actor_kb()


def test_kb_actors_loader_builds_unique_ids_and_valid_fields() -> None:
    actors = list(KB)
    assert len(actors) > 1000
    assert len({a.id for a in actors}) == len(actors)
    for a in actors:
        assert isinstance(a, Actor)
        assert a.type in {"PER", "ORG", "GPE", "LOC", "FAC", "MISC"}
        assert a.category is None or a.category in ACLED_CATEGORIES
        assert a.country is None or (len(a.country) == 2 and a.country.isupper())
        assert a.aliases


@pytest.mark.parametrize(
    ("name", "actor_id", "acled", "category", "country"),
    [
        ("داعش", "isis", "Islamic State", "rebel group", None),
        ("وداعش", "isis", "Islamic State", "rebel group", None),
        ("تنظيم الدولة الإسلامية", "isis", "Islamic State", "rebel group", None),
        ("لقسد", "sdf", "SDF: Syrian Democratic Forces", "rebel group", "SY"),
        ("قوات سورية الديموقراطية", "sdf", "SDF: Syrian Democratic Forces", "rebel group", "SY"),
        ("قوات سوريا الديمقراطية", "sdf", "SDF: Syrian Democratic Forces", "rebel group", "SY"),
        ("الحوثيين", "houthis", "Houthi Movement - Ansar Allah", "rebel group", "YE"),
        ("قوات الدعم السريع", "rsf", "RSF: Rapid Support Forces", "rebel group", "SD"),
        ("بالجيش السوري", "army-sy", "Military Forces of Syria", "state forces", "SY"),
        ("الشرطة العراقية", "police-iq", "Police Forces of Iraq", "state forces", "IQ"),
        ("للتحالف الدولي", "global-coalition", "Global Coalition Against Daesh", "external/other forces", None),
        ("حزب الله", "hezbollah", "Hezbollah", "political militia", "LB"),
        ("حركة الشباب", "al-shabaab", "Al Shabaab", "rebel group", "SO"),
        ("لمانشستر يونايتد", "club-man-utd", None, None, "GB"),
        ("وفرانس برس", "agency-afp", None, None, None),
    ],
)
def test_kb_actors_lookup_resolves_spellings_and_clitics(
    name: str, actor_id: str, acled: str | None, category: str | None, country: str | None
) -> None:
    actor = KB.lookup(name)
    assert actor is not None, name
    assert (actor.id, actor.acled_name, actor.category, actor.country) == (actor_id, acled, category, country)


@pytest.mark.parametrize("name", ["", "   ", "xyzzy", "قال", "في"])
def test_kb_actors_lookup_unknown_gives_none(name: str) -> None:
    assert KB.lookup(name) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("قوات سورية الديموقراطية", "قوات سوريا الديمقراطية"),
        ("الأمريكية", "الاميركية"),
        ("إسرائيل", "اسرائيل"),
        ("مستشفى", "مستشفي"),
    ],
)
def test_kb_actors_key_folds_spelling_variants(a: str, b: str) -> None:
    assert actor_key(a) == actor_key(b)


def test_kb_actors_find_excludes_proclitics_and_prefers_longest() -> None:
    text = "وقال متحدث باسم قوات سورية الديمقراطية لرويترز إن وواشنطن ولقسد والتحالف الدولي"
    found = {text[m.start : m.end]: m.actor.id for m in KB.find(text)}
    assert found["قوات سورية الديمقراطية"] == "sdf"
    assert found["رويترز"] == "agency-reuters"
    assert found["واشنطن"] == "gpe-washington"
    assert found["قسد"] == "sdf"
    assert found["التحالف الدولي"] == "global-coalition"


def test_kb_actors_find_does_not_cross_line_breaks() -> None:
    text = "قوات سوريا\nالديمقراطية"
    assert all("\n" not in text[m.start : m.end] for m in KB.find(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*"داعشقسدولبالرقة .،\n\"()أإآىيةهـ", "قوات سوريا الديمقراطية ", "للتحالف الدولي"]), max_size=40).map("".join))
def test_kb_actors_find_spans_are_ordered_and_inside_text(text: str) -> None:
    last = 0
    for m in KB.find(text):
        assert last <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        last = m.end


_SEARCH_WORDS = ["قوات", "سوريا", "الديمقراطية", "وقوات", "الجيش", "السوري", "الحر", "داعش", "وداعش", "تنظيم",
                 "الدولة", "الإسلامية", "في", "حلب", "قال", "الأمم", "المتحدة", "وللأمم", "،", "\n", "ISIS", "7"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SEARCH_WORDS), max_size=30))
def test_kb_actors_whole_text_search_tries_only_the_alias_firsts(words: list[str]) -> None:
    from rasd.kb.actors import _layer_keys
    from rasd.tokens import TokenLayer

    layer = TokenLayer(" ".join(words))
    keys = _layer_keys(layer)
    every = KB._search(layer.text, layer.starts, layer.ends, layer.kinds, keys, 0, len(layer))
    assert KB._whole(layer).found == every
    # the pairs only prune: an index that knows every pair finds the same
    pairs, KB._pairs = KB._pairs, {(a, b) for a in keys for b in keys} | KB._pairs
    try:
        assert KB._search(layer.text, layer.starts, layer.ends, layer.kinds, keys, 0, len(layer)) == every
    finally:
        KB._pairs = pairs
