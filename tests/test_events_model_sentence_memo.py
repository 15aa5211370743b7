"""The sentence classifier's features are kept per sentence (its words' keys, punctuation
left out) and each word's weighted features are made name by name: a sentence asked again,
from another text, another range or a plain list, scores as :func:`featurize` says."""

from __future__ import annotations

import pytest

from model_reference import reference_scores
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.model import (
    _own_feats,
    _own_weighted,
    _weighted,
    load_model,
    sentence_scores,
)
from rasd.tokens import TokenLayer

# our own sentences
_SENTENCES = (
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي استهدف سوق البلدة صباح الأحد.",
    "شنت طائرات حربية غارات جوية على مواقع للمسلحين، وأسفرت الاشتباكات عن مقتل 12 عنصرا.",
    "شنت طائرات حربية غارات جوية على مواقع للمسلحين وأسفرت الاشتباكات عن مقتل 12 عنصرا.",
    "افتتح الوزير معرضا للكتاب في العاصمة بحضور عدد من السفراء.",
)

_NEEDS_MODEL = pytest.mark.skipif(load_model() is None, reason="no sentence model file")


@_NEEDS_MODEL
@pytest.mark.parametrize("sentence", _SENTENCES)
@pytest.mark.parametrize("lead", ["مقدمة قصيرة. ", "وفي خبر آخر من المدينة نفسها. "])
def test_events_model_sentence_memo_any_range_or_list_scores_as_featurize(sentence: str, lead: str) -> None:
    text = lead + sentence
    TokenLayer.of(text)
    at = text.index(sentence)
    words = words_of(text, at, len(text))
    expected = reference_scores(sentence)
    for _round in range(2):
        assert sentence_scores(sentence, words) == expected
        assert sentence_scores(sentence, list(words)) == expected
        assert sentence_scores(sentence) == expected


@_NEEDS_MODEL
@pytest.mark.parametrize("word", ["والاشتباكات", "مدفعي", "بالإفراج", "12", "ثم"])
def test_events_model_sentence_memo_word_features_in_featurize_order(word: str) -> None:
    w = words_of(word)[0]
    known = _weighted()
    expected = [(f, known[f]) for f in _own_feats(w.key, w.stems[-1]) if f in known]
    assert list(_own_weighted(w.key, w.stems[-1], known).items()) == expected
