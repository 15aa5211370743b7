"""The events sentence classifier scores a sentence's words: the sum it makes must be the
one over every feature of :func:`featurize` (features without a weight add nothing)."""

from __future__ import annotations

import pytest

from model_reference import reference_scores
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.model import load_model, sentence_scores
from rasd.tokens import TokenLayer

# our own sentences
_SENTENCES = (
    "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي استهدف سوق البلدة صباح الأحد.",
    "نظم مئات المحتجين مظاهرة سلمية أمام مبنى المحافظة للمطالبة بالإفراج عن المعتقلين.",
    "افتتح الوزير معرضا للكتاب في العاصمة بحضور عدد من السفراء.",
    "شنت طائرات حربية غارات جوية على مواقع للمسلحين، وأسفرت الاشتباكات عن مقتل 12 عنصرا.",
)


@pytest.mark.skipif(load_model() is None, reason="no sentence model file")
@pytest.mark.parametrize("sentence", _SENTENCES)
def test_events_model_sentence_scores_equal_the_sum_over_every_feature(sentence: str) -> None:
    text = "مقدمة قصيرة. " + sentence
    TokenLayer.of(text)
    words = words_of(text, text.index(sentence), len(text))
    assert sentence_scores(sentence, words) == reference_scores(sentence)
    assert sentence_scores(sentence) == reference_scores(sentence)


def test_events_model_first_sentence_of_a_process_scores_as_any_later_one() -> None:
    """The trigger lists must be loaded before the words' term-set slots are read: the first
    sentence scored from a text's layer in a fresh process once lacked its family features."""
    import subprocess
    import sys

    script = (
        "from rasd.stages.events.lexicon import words_of\n"
        "from rasd.stages.events.model import sentence_scores\n"
        "from rasd.tokens import TokenLayer\n"
        f"s = {_SENTENCES[0]!r}\n"
        "text = 'مقدمة قصيرة. ' + s\n"
        "TokenLayer.of(text)\n"
        "first = sentence_scores(s, words_of(text, text.index(s), len(text)))\n"
        "print(first == sentence_scores(s))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
