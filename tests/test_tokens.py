"""Tests for the token layer (rasd.tokens) and the readers that use it: every view of the
layer gives what reading the text (or a range of it) again gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import Document
from rasd.kb.actors import load_actor_kb
from rasd.stages.events.lexicon import TermSet, words_of
from rasd.stages.segment.stage import SegmentStage
from rasd.text import Shadow, Token, normalize_key, tokenize
from rasd.tokens import _MEMO, TokenLayer

KB = load_actor_kb()

SAMPLE = (
    "أعلنت وزارة الدفاع العراقية، يوم الثلاثاء، أن قواتها قتلت 12 مسلحاً من تنظيم داعش "
    "في غارة جوية قرب الموصل.\nوقال المتحدث باسم الجيش العراقي إن «العملية مستمرة».\n"
    "Reuters reported 3.5 km north-west of the city; ـــ مُحمّدٌ ١٢٣ والاشتباكات للتحالف الدولي"
)

# Arabic letters, diacritics and tatweel, Latin, digits, punctuation, spaces and line breaks
_ALPHABET = st.sampled_from(list(
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةى" "\u064b\u064e\u0650\u0651\u0640" "abcXYZ'-" "0123٤٥." "،,؛:«»\"()!؟ \n"
))
TEXTS = st.lists(_ALPHABET, max_size=60).map("".join) | st.just(SAMPLE)


def _ranges(text: str) -> list[tuple[int, int]]:
    n = len(text)
    cuts = sorted({0, n, n // 3, n // 2, (2 * n) // 3, *(i for i, ch in enumerate(text) if ch in " \n،")})
    return [(a, b) for a in cuts for b in cuts if a <= b][:200]


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_tokens_layer_matches_tokenize_whole_and_ranges(text: str) -> None:
    layer = TokenLayer(text)
    assert list(layer.tokens) == tokenize(text)
    assert layer.keys == tuple(normalize_key(text[t.start : t.end]) for t in tokenize(text))
    assert layer.shadow == Shadow.of(text)
    for a, b in _ranges(text):
        got = layer.tokens_in(a, b)
        want = [Token(t.start + a, t.end + a, t.kind) for t in tokenize(text[a:b])]
        if got is not None:  # None: a token straddles the range's edge
            assert got == want


def test_tokens_layer_refuses_a_range_that_cuts_a_token() -> None:
    text = "قوات الجيش"
    layer = TokenLayer(text)
    assert layer.span(2, len(text)) is None
    assert layer.span(0, 3) is None
    assert layer.span(0, len(text)) == (0, 2)
    assert layer.span(5, len(text)) == (1, 2)


def test_tokens_of_is_the_same_object_for_the_same_text_and_document() -> None:
    text = "قال الجيش إن 3 مسلحين قتلوا."
    doc = Document(id="t", text=text)
    assert doc.tokens is TokenLayer.of(text) is doc.tokens
    assert TokenLayer.get(text) is doc.tokens
    assert TokenLayer.get("نص آخر لم يقرأ") is None
    read_back = Document.from_dict(doc.to_dict())
    assert "tokens" not in doc.to_dict()
    assert list(read_back.tokens.tokens) == tokenize(text)


def test_tokens_segment_stage_makes_the_layer() -> None:
    doc = Document(id="t", text="اشتباكات في حلب. قتلى في إدلب.")
    out = SegmentStage()(doc)
    assert TokenLayer.get(out.text) is not None


def _without_layers() -> None:
    _MEMO.clear()


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_tokens_event_words_from_the_layer_equal_words_read_again(text: str) -> None:
    _without_layers()
    want = [words_of(text, a, b) for a, b in _ranges(text)]
    TokenLayer.of(text)
    assert [words_of(text, a, b) for a, b in _ranges(text)] == want


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_tokens_actor_search_of_a_range_equals_searching_the_substring(text: str) -> None:
    _without_layers()
    want = [KB.find(text[a:b]) for a, b in _ranges(text)]
    TokenLayer.of(text)
    assert [KB.find_at(text, a, b) for a, b in _ranges(text)] == want


def test_tokens_actor_search_reads_the_whole_text_once() -> None:
    layer = TokenLayer.of(SAMPLE)
    names = [SAMPLE[m.start : m.end] for m in KB.find(SAMPLE)]
    assert {"تنظيم داعش", "الجيش العراقي", "تحالف الدولي"} <= set(names)
    assert any(key.startswith("actors.find.") for key in layer._views)
    start = SAMPLE.index("وقال")
    inside = KB.find_at(SAMPLE, start, len(SAMPLE))
    assert [SAMPLE[start + m.start : start + m.end] for m in inside] == [
        n for n in names if SAMPLE.index(n) >= start
    ]


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("اندلعت الاشتباكات في المدينة", "اشتباكات", False),  # a bare article needs its own term
        ("وقعت والاشتباكات مستمرة", "اشتباكات", True),
        ("شن غارات جوية على القرية", "غار* جوي*", True),
        ("قصفت المدفعية الحي", "غار* جوي*", False),
    ],
)
def test_tokens_term_sets_share_one_head_index(text: str, term: str, found: bool) -> None:
    TokenLayer.of(text)
    words = words_of(text)
    first, second = TermSet([term]), TermSet([term])  # same terms: one slot
    assert bool(first.find(words)) is found
    assert second.any_in(words) is found
