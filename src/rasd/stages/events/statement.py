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
A visit's words (``statement_visit``: ``يقف على موقع التفجير``, ``يتفقد المصابين``) count with
them: an official at the site of an attack or at its wounded's bedside heads a reaction piece.

A piece whose headline names no act is a statement's too when its lede tells its act only as
the object of a condemnation, a condolence, a visit or a funeral (``استنكر الشيخ التفجير الذي
استهدف``, ``نقلت طائرة جثمان الشهيد الذي استشهد``): the ``statement_lede`` words (those of
``statement_title``, of the sentence list ``aftermath`` and a funeral's) stand in its first
sentence before its first act. The headline says what the piece is about; the lede of a report
tells the act first (``قتل ثلاثة في تفجير ... ودانت الوزارة``). In such a piece a sentence that
tells its act after one of these words makes no event either, and a weak event is read as in a
piece that reports nothing (:func:`rasd.stages.events.eventness.weigh_candidates`): the funeral's
or the condolence's recounting of the act (``وكان الشهيد قد استشهد الجمعة خلال ...``) is
background; a confident one and one told in an item of its own (``ميدانيا، ...``) stay (issue 16).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.document import Document
from rasd.stages.events.eventness_tables import eventness_tables
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.tense import before_first_act, casualty_families
from rasd.stages.events.terms import TermSet, Word

__all__ = ["lede_statement", "statement_only", "statement_piece", "statement_terms", "told_in_statement"]


def _statement_terms() -> TermSet:
    return eventness_tables().statement_title


#: The prefixes of a present-tense verb (تقتحم, يقصف): a headline tells its act in the present.
_IMPERFECT = frozenset("يت")


def statement_piece(doc: Document) -> bool:
    """Whether the headline of ``doc`` is a condemnation's or a condolence's: one of its words
    stands before the headline's first act (or the headline names no act), a present-tense
    act (``الشرطة تقتحم ... والجامعة تدين``) included."""
    if not doc.title:
        return False
    title = words_of(doc.title)
    found = _statement_terms().find(title)
    if not found or not before_first_act(title, 0, len(title), _statement_terms()):
        return False
    # the verbs before the statement word, read in the past (تقتحم as اقتحم, تقصف as قصف)
    return not _present_act(title[:found[0].first])


def _present_act(words: Sequence[Word]) -> bool:
    """Whether ``words`` hold an act told in the present (``تقتحم``, ``تسيطر``): a word with an
    imperfect prefix that, read in the past (``اقتحم``, ``سيطر``), is a trigger."""
    from rasd.stages.events.detect import any_trigger

    past = [w.key[1:] for w in words if w.key[:1] in _IMPERFECT and len(w.key) > 3]
    return bool(past) and any_trigger(words_of(" ".join(past + ["ا" + k for k in past])))


def lede_statement(doc: Document) -> bool:
    """Whether the headline of ``doc`` names no act (the dead only after a ``statement_lede``
    word: ``جثمان الشهيد يصل``, not ``تأكيد مقتل القائد``) and its first sentence tells one only
    after such a word (``ودعت جموع المصلين الفقيد الذي ...``)."""
    from rasd.stages.events.detect import find_hits

    if not doc.title or not doc.sentences:
        return False
    terms = eventness_tables().statement_lede
    title = words_of(doc.title)
    hits = find_hits(title)
    casualty = casualty_families()
    if any(h.family not in casualty for h in hits) or (hits and not before_first_act(title, 0, len(title), terms)) or (
            _present_act(title)):
        return False  # an act (المقاومة تسيطر على الحوطة), or a death not told as a funeral's (تأكيد مقتل القائد)
    first = doc.sentences[0]
    lede = words_of(doc.text[first.start:first.end])
    return before_first_act(lede, 0, len(lede), terms)


#: How many characters of a sentence's opening may hold a ``statement_shift`` phrase.
_SHIFT_CHARS = 30


def statement_only(doc: Document) -> bool:
    """Whether ``doc`` is a statement's piece by its lede (:func:`lede_statement`) that goes on
    to no other matter: no sentence of it opens with an ``item_openers`` or ``statement_shift``
    phrase (``إلى ذلك``, ``من جهة أخرى``). A condemnation followed by a round-up of the day's
    raids and arrests tells those as news."""
    if not lede_statement(doc):
        return False
    t = eventness_tables()
    for s in doc.sentences[1:]:
        head = words_of(doc.text[s.start:min(s.end, s.start + _SHIFT_CHARS)])[:4]
        if any(m.first <= 1 for m in t.item_openers.find(head)) or any(
                m.first <= 1 for m in t.statement_shift.find(head)):
            return False
    return True


def statement_terms(doc: Document) -> TermSet | None:
    """The words that make a sentence of ``doc`` tell its act as a statement's object: those of
    ``statement_title`` in a piece headed by a statement, those of ``statement_lede`` in one
    whose lede is a statement's (:func:`lede_statement`); None in any other piece."""
    if statement_piece(doc):
        return _statement_terms()
    return eventness_tables().statement_lede if lede_statement(doc) else None


def told_in_statement(words: Sequence[Word], lo: int, hi: int, terms: TermSet | None = None) -> bool:
    """Whether ``words[lo:hi]`` tells its act as the object of a condemnation or condolence
    (the statement word before the first act: ``أدانت البحرين التفجير الذي استهدف``);
    ``terms``: the statement words (default ``statement_title``)."""
    return before_first_act(words, lo, hi, _statement_terms() if terms is None else terms)
