"""A reference word that names a place (rasd.stages.events.detect._named_place): the word a
place noun gives as its name (``قرية «رحبة»``, ``حي شيعان``) is that place, not a welcome, a
condemnation or a funeral told about the event, so it does not make the sentence a mere
reference to an incident told elsewhere. A word led by a proclitic after the noun (``مسجد
بشجب``, ``بلدة وشيعوا``) starts a phrase of its own and stays a reference word; a
reference word with no place noun before it keeps marking the sentence.

Every sentence here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.stages.events.detect import _named_place, detect_sentence
from rasd.stages.events.lexicon import cue_set, words_of

_PUBLISHED = dt.date(2016, 4, 12)


def _reference_at(phrase: str) -> int:
    words = words_of(phrase)
    return next(m.first for m in cue_set("reference").find(words))


@pytest.mark.parametrize(("phrase", "named"), [
    ("قصفت الطائرات قرية «رحبة» الجبلية", True),
    ("دارت المعارك في منطقة رحباء شمال المدينة", True),
    ("استهدفت القذائف حي شيعان القديم", True),
    ("على أطراف بلدة \"شجبة\" الحدودية", True),
    # a proclitic opens a phrase of its own after the noun
    ("اكتفى خطيب مسجد بشجب الاعتداء في كلمته", False),
    ("عاد النازحون إلى بلدة وشيعوا فيها ضحايا القصف", False),
    # no place noun before the word
    ("رحبت الحكومة بالاتفاق الجديد", False),
    ("شيع الآلاف جثمان الضحية في البلدة", False),
])
def test_events_detect_reference_word_named_by_place_noun(phrase: str, named: bool) -> None:
    words = words_of(phrase)
    assert _named_place(words, _reference_at(phrase)) is named


@pytest.mark.parametrize(("sentence", "reference"), [
    # a strike on a district called by a reference-like name is the sentence's own event
    ("وشنت طائرات حربية غارات جوية أمس على مواقع المسلحين في منطقة «رحبة» وقرية الصفا.", False),
    ("قصفت المدفعية أمس حي شيعان في أطراف المدينة.", False),
    # a funeral or a welcome told about the strike still refers to it
    ("شيع الأهالي أمس ضحايا الغارة الجوية على القرية.", True),
    ("رحبت الحكومة بالغارات الجوية التي شنها التحالف أمس.", True),
])
def test_events_detect_named_place_not_a_reference(sentence: str, reference: bool) -> None:
    found = detect_sentence(sentence, published=_PUBLISHED)
    assert found
    assert any(d.reference for d in found) is reference
