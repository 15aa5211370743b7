"""The quotes stage: who said what.

Finds quotations, direct and reported, and their speakers:

* reported speech after a reporting verb in any form (``قال``، ``قالت``، ``يقولون``، ``أكد``
  ...) with ``إن``/``أن``/``بأن`` (also ``أشار إلى أن``، ``شدد على أن``), a colon or an
  opening quotation mark; partial quotes inside it make the quote ``direct``;
* participial continuations in the same sentence (``مضيفا أن``، ``مشيرا إلى أن``، ``داعيا إلى``);
* attribution around the claim (``...، بحسب المرصد``، ``وفق ما أفاد مسؤول محلي``، ``وبحسب
  مصادر محلية، ...``);
* quotations in ``"..."``, ``«...»``, ``“...”`` followed by a verb (``"..."، قال الوزير``) or
  standing alone after an attributed sentence.

The quote span covers the claim only (inside the quotation marks when the whole claim is
quoted). Speakers are read by :mod:`rasd.stages.quotes.speakers`; the lexicon is data in
``rasd/data/quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from rasd.document import Document, Entity, Quote, Sentence
from rasd.stages.quotes.reader import QuoteReader

__all__ = ["QuotesStage", "find_quotes"]

_NEWLINE = re.compile("\n")
_KAN = frozenset({"كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "قد", "وقد", "فقد"})
_CLAUSE_OPENERS = frozenset({"ان", "إن", "أن", "لكن", "ولكن", "بينما", "فيما", "كما", "حيث", "اذ", "حتى"})


def find_quotes(text: str, sentences: Sequence[Sentence] = (), entities: Sequence[Entity] = ()) -> list[Quote]:
    """The quotes of ``text`` (sentences and entities are optional hints)."""
    if not text.strip():
        return []
    drafts = QuoteReader(text, sentences, entities).run()
    out: list[Quote] = []
    for d in drafts:
        if d.end <= d.start or not text[d.start : d.end].strip():
            continue
        speaker = d.mention.to_speaker() if d.mention is not None else None
        out.append(Quote(d.start, d.end, d.direct, speaker, d.cue))
    return out


class QuotesStage:
    """Quotations and their speakers (see the module docstring)."""

    name: ClassVar[str] = "quotes"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences", "entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def __call__(self, doc: Document) -> Document:
        if doc.language not in (None, "ar"):
            return doc.evolve(quotes=())
        return doc.evolve(quotes=find_quotes(doc.text, doc.sentences, doc.entities))
