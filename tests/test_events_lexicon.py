"""The events lexicon's term sets read a range of a text's words through the index of the
whole text (its token layer); the answers must be those of a plain scan of the same words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.events.lexicon import TermSet, cue_set, lexicon, live_items, slots_present, words_of
from rasd.tokens import TokenLayer

# our own sentences: triggers, multi-word terms, '*' heads, clitics and punctuation
_SENTENCES = (
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون، في قصف مدفعي استهدف سوق البلدة صباح الأحد.",
    "وقالت الشرطة إن مسلحين مجهولين أطلقوا النار على دورية فيما انفجرت عبوة ناسفة قرب الجسر.",
    "نظم مئات المحتجين مظاهرة سلمية أمام مبنى المحافظة للمطالبة بالإفراج عن المعتقلين.",
    "ونفت الحركة أي علاقة لها بالهجوم، بينما اعتقلت قوات الأمن أربعة مشتبه بهم في المدينة.",
    "شنت طائرات حربية غارات جوية على مواقع للمسلحين، وأسفرت الاشتباكات عن مقتل 12 عنصرا.",
)
_TEXT = " ".join(_SENTENCES)
_SETS = [spec.terms for spec in lexicon().triggers] + [
    cue_set(name) for name in ("negation", "clause_breaks", "incident_breaks", "denial", "reference")
] + [TermSet(["اطلاق النار", "اطلق* النار", "عبوه ناسفه", "قوات الامن", "مسلح*"])]


def _scan(words: list, ts: TermSet, lo: int, hi: int) -> tuple[list[tuple[int, int, str]], bool]:
    found = [(m.first, m.last, m.term) for m in ts.find(words, lo, hi)]
    return found, ts.any_in(words, lo, hi)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_events_lexicon_layer_ranges_match_a_plain_scan(data: st.DataObject) -> None:
    TokenLayer.of(_TEXT)
    starts = [0]
    for s in _SENTENCES[:-1]:
        starts.append(starts[-1] + len(s) + 1)
    a = data.draw(st.sampled_from(starts))
    b = data.draw(st.sampled_from([s for s in [*starts[1:], len(_TEXT) + 1] if s > a])) - 1
    ranged = words_of(_TEXT, a, b)
    plain = list(ranged)  # a plain list: the term sets scan its words themselves
    assert type(ranged) is not list and [w.start for w in ranged] == [w.start for w in plain]
    ts = data.draw(st.sampled_from(_SETS))
    lo = data.draw(st.integers(0, len(plain)))
    hi = data.draw(st.integers(lo, len(plain)))
    assert _scan(ranged, ts, lo, hi) == _scan(plain, ts, lo, hi)


def test_events_lexicon_finds_terms_in_a_range_with_range_offsets() -> None:
    TokenLayer.of(_TEXT)
    second = _TEXT.index(_SENTENCES[1])
    words = words_of(_TEXT, second, second + len(_SENTENCES[1]))
    found = TermSet(["اطلاق النار", "اطلق* النار", "عبوه ناسفه"]).find(words)
    assert [(words[m.first].key, words[m.last].key) for m in found] == [("اطلقوا", "النار"), ("عبوه", "ناسفه")]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_events_lexicon_slots_present_skip_only_sets_that_find_nothing(sentence: str) -> None:
    TokenLayer.of(_TEXT)
    at = _TEXT.index(sentence)
    ranged = words_of(_TEXT, at, at + len(sentence))
    live = slots_present(ranged)
    assert live is not None and slots_present(list(ranged)) is None
    skipped = [ts for ts in _SETS if ts.slot >= 0 and ts.slot not in live]
    kept = [ts for ts in _SETS if ts not in skipped]
    assert skipped and all(not ts.find(list(ranged)) for ts in skipped)
    assert any(ts.find(list(ranged)) for ts in kept)


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_events_lexicon_live_items_keep_every_set_that_finds_in_order(sentence: str) -> None:
    TokenLayer.of(_TEXT)
    at = _TEXT.index(sentence)
    ranged = words_of(_TEXT, at, at + len(sentence))
    named = {f"set{k}": ts for k, ts in enumerate(_SETS)}
    live = slots_present(ranged)
    kept = list(live_items(named, live))
    assert len(kept) < len(named)  # some set has no possible start in the sentence
    assert [name for name, _ts in kept] == [name for name in named if name in dict(kept)]  # table order
    finding = [name for name, ts in named.items() if ts.find(list(ranged))]
    assert finding and set(finding) <= {name for name, _ts in kept}
    assert list(live_items(named, None)) == list(named.items())  # words not read through a layer: every set


@pytest.mark.parametrize("text", [_TEXT, _SENTENCES[0], _SENTENCES[3]], ids=["all", "first", "fourth"])
def test_events_lexicon_layer_words_are_freed_without_the_cyclic_collector(text: str) -> None:
    import gc

    from rasd.stages.events import terms

    text = "".join(text)  # a string of its own: no other layer of it is kept
    was = gc.isenabled()
    gc.disable()
    gc.collect()
    try:
        layer = TokenLayer.of(text)
        words = words_of(text, 0, len(text))
        assert slots_present(words) is not None  # read through the layer's index
        cue_set("negation").find(words)
        del layer, words
        terms._HEADS_AT.clear()  # term sets' caches hold the last sequences on purpose
        for ts in _SETS:
            ts._last_words = None
        gc.set_debug(gc.DEBUG_SAVEALL)
        TokenLayer.of(_TEXT + " ")  # push the layer out of the memo
        for i in range(20):
            TokenLayer.of(f"{i} {_TEXT}")
        gc.collect()
        left = [o for o in gc.garbage if type(o).__name__ in ("WordRange", "_LayerWords", "_Heads", "Word")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
    assert left == []


# characters where the token layer and the word pattern may read a text apart (Latin
# accents, an underscore, joined Latin words, Arabic marks and presentation forms, Eastern
# digits and separators), among plain Arabic letters, digits and punctuation
_ALPHABET = (list("قتلوالمدنيينفيحلبـً ") + list("ab Z9_-'’.،؛:\n()«»") + ["٣", "٫", "۵", "é", "ß", "ٮ", "ڪ", "ۖ", "ﻻ", "ﷲ",
             "\u0620", "\u063b", "\u06ee", "\u200c", "İ", "١٢", "al-Assad", "don't", "O’Brien", "x_y"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_events_lexicon_layer_words_are_the_word_pattern_matches(text: str) -> None:
    """Where the words are made from the token layer's tokens, they are those of the word
    pattern's own scan of the text (offsets, keys, stems, punctuation, key-less runs)."""
    from rasd.stages.events.lexicon import _LayerWords

    made = _LayerWords(TokenLayer(text))
    scanned = object.__new__(_LayerWords)
    scanned._scan(text)
    assert (list(made.starts), list(made.ends), list(made.before), made.words) == (
        scanned.starts, scanned.ends, scanned.before, scanned.words)


@pytest.mark.parametrize("sentence", [*_SENTENCES, "وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة."])
def test_events_detect_any_trigger_is_false_only_without_hits(sentence: str) -> None:
    from rasd.stages.events.detect import any_trigger, find_hits

    TokenLayer.of(sentence)
    words = words_of(sentence)
    assert any_trigger(words) == any(spec.terms.find(words) for spec in lexicon().triggers)
    if not any_trigger(words):
        assert find_hits(words) == []
