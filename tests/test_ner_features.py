"""Tests for the NER features and name lists (rasd.ner.features, rasd.ner.gazetteer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.ner.features import KnownFeatures, name_matches, sentence_features, word_info
from rasd.ner.gazetteer import NameLists, build_training_lists, word_readings


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("لرويترز", (1, "رويترز")),
        ("وواشنطن", (1, "واشنطن")),
        ("للتنظيم", (2, "التنظيم")),
        ("بالرقة", (1, "الرقه")),
    ],
)
def test_ner_features_word_readings_offer_clitic_free_stems(word: str, expected: tuple[int, str]) -> None:
    readings = word_readings(word)
    assert readings[0][0] == 0
    assert expected in readings


def test_ner_features_name_lists_match_multiword_after_proclitic() -> None:
    lists = NameLists()
    lists.add_name("التحالف الدولي", "KB_ORG")
    words = ["وقال", "للتحالف", "الدولي", "إن"]
    infos = [word_info(w) for w in words]
    gaz = lists.match([i[1] for i in infos], [i[0] for i in infos])
    assert gaz == [set(), {"B:KB_ORG"}, {"I:KB_ORG"}, set()]


def test_ner_features_name_lists_roundtrip(tmp_path: Path) -> None:
    lists = build_training_lists([(["زار", "مصطفى", "بالي", "دمشق"], ["O", "B-PER", "I-PER", "B-LOC"])])
    path = tmp_path / "names.tsv.gz"
    lists.save(path)
    again = NameLists.load(path)
    assert again.index == lists.index
    assert "TR_PER" in again.index[("مصطفي", "بالي")]
    assert "FIRST" in again.index[("مصطفي",)]


def test_ner_features_context_and_gazetteer_features_present() -> None:
    lists = NameLists()
    lists.add_name("دمشق", "GEO")
    feats = sentence_features(["وصل", "الرئيس", "إلى", "دمشق"], lists)
    assert "BOS" in feats[0] and "EOS" in feats[3]
    assert "gB:GEO" in feats[3]
    assert "perT-1" in feats[2]
    assert "g+1B:GEO" in feats[2]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=8), max_size=12))
def test_ner_features_one_list_per_token(tokens: list[str]) -> None:
    feats = sentence_features(tokens, NameLists())
    assert len(feats) == len(tokens)
    assert all(isinstance(f, str) for row in feats for f in row)


_VOCAB = ["وقال", "الرئيس", "مصطفى", "بالي", "إن", "دمشق", "للتحالف", "الدولي", "في", "بغداد", ".", "2017", "Reuters", "لرويترز"]


def _lists() -> NameLists:
    lists = NameLists()
    lists.add_name("التحالف الدولي", "KB_ORG")
    lists.add_name("دمشق", "GEO")
    lists.add_name("مصطفى بالي", "TR_PER")
    lists.add_name("مصطفى", "FIRST")
    return lists


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_VOCAB), st.text(min_size=1, max_size=6)), max_size=14),
    st.integers(min_value=0, max_value=2**32 - 1),
)
def test_ner_features_known_features_equal_filtered_sentence_features(tokens: list[str], seed: int) -> None:
    import random

    lists = _lists()
    full = sentence_features(tokens, lists)
    every = sorted({f for row in full for f in row})
    known = set(random.Random(seed).sample(every, len(every) // 2)) | {"BOS", "gB:GEO", "g+1I:KB_ORG"}
    feats, stems = KnownFeatures(known, lists).sentence(tokens)
    assert feats == [[f.encode("utf-8") for f in row if f in known] for row in full]
    assert stems == [word_info(t)[3] for t in tokens]


@pytest.mark.parametrize("max_words", [1, 2, 5, 10_000])
def test_ner_features_known_features_same_when_the_word_cache_turns_over(max_words: int) -> None:
    """Words dropped from the per-type cache, or moved between its generations, give the
    same features when read again (keys and stems shared with the word are equal strings)."""
    lists = _lists()
    sentences = [_VOCAB[:7], _VOCAB[5:], ["Reuters", "2017", "لرويترز", "وقال"], _VOCAB[:7], list(reversed(_VOCAB))]
    every = sorted({f for s in sentences for row in sentence_features(s, lists) for f in row})
    known = set(every[::2]) | {"BOS", "EOS", "gB:GEO"}
    featurizer = KnownFeatures(known, lists)
    featurizer._MAX_WORDS = max_words
    for tokens in sentences:
        feats, stems = featurizer.sentence(tokens)
        assert feats == [[f.encode("utf-8") for f in row if f in known] for row in sentence_features(tokens, lists)]
        assert stems == [word_info(t)[3] for t in tokens]
    assert len(featurizer._words) <= max(max_words, 1)


_WORDS = st.one_of(
    st.sampled_from(_VOCAB),
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ|=<>", min_size=1, max_size=9),
    st.text(min_size=1, max_size=6),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=10), st.integers(min_value=0, max_value=2**32 - 1))
def test_ner_features_word_ids_equal_the_spelled_out_features(words: list[str], seed: int) -> None:
    """:class:`WordIds` gives, per word type, the ids of the known features that
    ``_word_info`` and ``_context_of`` spell out, in their order."""
    import random

    from rasd.ner.features import _context_of, _shape, _trigger_index, _triggers, _word_info
    from rasd.ner.word_ids import WordIds

    spelled = []
    for w in words:
        key, readings, own, stem = _word_info(w)
        spelled.append((key, readings, stem, (own, *_context_of(key, stem))))
    every = sorted({f for *_, groups in spelled for g in groups for f in g})
    known = [*random.Random(seed).sample(every, len(every) // 2), "al", "latin", "perT-1", "orgH-2"]
    names = sorted(set(known))
    ids = {f: i for i, f in enumerate(names)}
    reader = WordIds(names, _triggers(), _trigger_index())
    for w, (key, readings, stem, groups) in zip(words, spelled, strict=True):
        expected = tuple(tuple(ids[f] for f in g if f in ids) for g in groups)
        assert reader.read(w, _shape(w)) == (key, readings, stem, expected)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_VOCAB), max_size=8), min_size=1, max_size=12),
    st.integers(min_value=1, max_value=6),
)
def test_ner_features_word_slots_hold_their_words_through_turnover(calls: list[list[str]], max_words: int) -> None:
    """Every slot a :meth:`KnownFeatures.slots` call returns holds that word's parts until the
    call's end, however often the generations turn over (slots of a dropped generation are
    reused only from the next call on)."""
    lists = _lists()
    every = sorted({f for s in calls for row in sentence_features(s, lists) for f in row})
    featurizer = KnownFeatures(set(every[::2]), lists)
    featurizer._MAX_WORDS = max_words
    for tokens in calls:
        slots = featurizer.slots(tokens)
        assert [featurizer.parts[s] for s in slots] == [featurizer._word(t) for t in tokens]
        assert 0 not in slots
    # nothing took the fresh slots (as on the pycrfsuite path): they stay at most every slot
    assert len(featurizer.take_fresh()) < len(featurizer.parts)


@pytest.mark.parametrize(
    "sentences",
    [
        [["وقال", "للتحالف", "الدولي", "إن"], ["قصفت", "قوات", "التحالف", "الدولي", "مواقع"]],
        # a name cut by the sentence edge matches only its first word's own entries
        [["اجتمع", "وزير", "الخارجية", "في", "التحالف"], ["الدولي", "ثم", "غادر", "إلى", "دمشق"]],
        [["دمشق"], [], ["وصل", "الوفد", "إلى", "بدمشق", "التحالف", "الدولي"]],
    ],
)
def test_ner_features_name_matches_over_a_document_equal_the_lists_per_sentence(sentences: list[list[str]]) -> None:
    lists = NameLists()
    lists.add_name("التحالف الدولي", "KB_ORG")
    lists.add_name("التحالف", "TR_ORG")
    lists.add_name("دمشق", "GEO")
    lists.add_name("دمشق", "KB_GPE")
    lists.add_name("وزير الخارجية", "KB_PER")
    featurizer = KnownFeatures(set(), lists)
    slots = featurizer.slots([w for s in sentences for w in s])
    at: list[int] = []
    ends: list[int] = []
    expected: dict[int, set[str]] = {}
    start = 0
    for s in sentences:
        infos = [word_info(w) for w in s]
        for j, got in enumerate(lists.match([i[1] for i in infos], [i[0] for i in infos])):
            if got:
                expected[start + j] = got
        for j in range(len(s)):
            if featurizer.parts[slots[start + j]][2]:
                at.append(start + j)
                ends.append(start + len(s))
        start += len(s)
    found = name_matches(featurizer, slots, at, ends)
    assert found == expected
    assert [list(found[i]) for i in sorted(found)] == [list(expected[i]) for i in sorted(expected)]


# our own words: long ones (past the kept trigram slices), ones of three letters or fewer
# (the key is its own first and last three), and pairs sharing their ends
_READ_AGAIN = ["الاستراتيجيةالعسكريةالمشتركةللمنطقةالشمالية", "بالمستشفياتوالمراكزالصحيةالمؤقتة" * 2,
               "من", "و", "ال", "قصف", "قصفت", "وقصفت", "مدرسة", "مدارس", "الحرب", "الحرس"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_ner_features_word_ids_long_and_short_words_read_again(seed: int) -> None:
    """Words past the kept trigram slices, and short ones whose first and last three letters
    are the whole key, give the spelled-out ids, read first or after words sharing their ends."""
    import random

    from rasd.ner.features import _context_of, _shape, _trigger_index, _triggers, _word_info
    from rasd.ner.word_ids import _TRIGRAMS, WordIds

    assert max(len(w) for w in _READ_AGAIN) + 2 > len(_TRIGRAMS)
    spelled = {}
    for w in _READ_AGAIN:
        key, readings, own, stem = _word_info(w)
        spelled[w] = (key, readings, stem, (own, *_context_of(key, stem)))
    every = sorted({f for *_, groups in spelled.values() for g in groups for f in g})
    names = sorted(set(random.Random(seed).sample(every, len(every) * 2 // 3)) | {"al"})
    ids = {f: i for i, f in enumerate(names)}
    reader = WordIds(names, _triggers(), _trigger_index())
    order = random.Random(seed).sample(_READ_AGAIN, len(_READ_AGAIN))
    for w in [*order, *order]:
        key, readings, stem, groups = spelled[w]
        expected = tuple(tuple(ids[f] for f in g if f in ids) for g in groups)
        assert reader.read(w, _shape(w)) == (key, readings, stem, expected)
