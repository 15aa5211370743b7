"""Statement pieces: articles whose headline is a condemnation or a condolence.

Per the ACLED rules the real-news gold follows, a condemnation is not an event: a piece headed
``مجلس الأمن يدين التفجير`` or ``أمير المنطقة ينقل تعازي القيادة لأسر الشهداء`` reports what was
said about an act, not the act. Its sentences that tell the act as the object of the statement
(``أدانت الوزارة التفجير الذي استهدف المسجد أمس``) make no event, even when a recency anchor
dates them: the anchor dates the statement. A sentence of such a piece that reports the act
itself (``وقتل 15 في التفجير الذي وقع أمس``) is judged as in any article.

A headline is a statement's when a word of the ``statement_title`` list of
``rasd/data/events/eventness.json`` stands in it before its first act (``الجامعة العربية تدين
اقتحام الأقصى``; not ``الشرطة تقتحم الأقصى والجامعة العربية تدين``, which reports the raid first).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.document import Document
from rasd.stages.events.eventness_tables import eventness_tables
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.tense import before_first_act
from rasd.stages.events.terms import TermSet, Word

__all__ = ["statement_piece", "told_in_statement"]


def _statement_terms() -> TermSet:
    return eventness_tables().statement_title


#: The prefixes of a present-tense verb (تقتحم, يقصف): a headline tells its act in the present.
_IMPERFECT = frozenset("يت")


def statement_piece(doc: Document) -> bool:
    """Whether the headline of ``doc`` is a condemnation's or a condolence's: one of its words
    stands before the headline's first act (or the headline names no act), a present-tense
    act (``الشرطة تقتحم ... والجامعة تدين``) included."""
    from rasd.stages.events.detect import any_trigger

    if not doc.title:
        return False
    title = words_of(doc.title)
    found = _statement_terms().find(title)
    if not found or not before_first_act(title, 0, len(title), _statement_terms()):
        return False
    # the verbs before the statement word, read in the past (تقتحم as اقتحم, تقصف as قصف)
    past = [w.key[1:] for w in title[:found[0].first] if w.key[:1] in _IMPERFECT and len(w.key) > 3]
    return not past or not any_trigger(words_of(" ".join(past + ["ا" + k for k in past])))


def told_in_statement(words: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` tells its act as the object of a condemnation or condolence
    (the statement word before the first act: ``أدانت البحرين التفجير الذي استهدف``)."""
    return before_first_act(words, lo, hi, _statement_terms())
