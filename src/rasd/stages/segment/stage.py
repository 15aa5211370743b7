"""Arabic sentence segmentation.

Sentences end at ``.``, ``؟``, ``?``, ``!``, ``؛`` and at line breaks, except: inside a
quotation (``"..."``, ``«...»``, ``“...”``) that closes within the paragraph; after
abbreviations (letter-dot sequences such as ``أ.ف.ب.``, and the titles in
``rasd/data/segment/abbreviations.json`` such as ``د.``); inside numbers (``2.25``,
Eastern Arabic digits, ``٢٫٥``); in runs of dots (``...``) followed by a lower-case
continuation. A closing quote or bracket right after the end mark stays with the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from rasd.document import Document, Sentence
from rasd.text import load_data, normalize_key

__all__ = ["SegmentStage", "split_sentences"]

_ENDS = frozenset(".؟?!؛")
_CLOSERS = frozenset("\"'»”’)]}")
_PAIRS = {"«": "»", "“": "”", "(": ")"}
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
_LETTER = re.compile(r"[\u0621-\u064AA-Za-z]")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    data = load_data("segment/abbreviations.json")
    return frozenset(normalize_key(a).rstrip(".") for a in data["abbreviations"])


_QUOTE_CHARS = re.compile(r'["«»“”]')
_END_MARKS = re.compile(r"[.؟?!؛]")


def _quote_ranges(par: str, offset: int) -> list[tuple[int, int]]:
    """Character ranges (absolute) inside balanced quotes of one paragraph."""
    ranges: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    dq: int | None = None
    for m in _QUOTE_CHARS.finditer(par):
        ch, i = m.group(), m.start()
        if ch == '"':
            if dq is None:
                dq = i
            else:
                ranges.append((offset + dq, offset + i))
                dq = None
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            ranges.append((offset + start, offset + i))
    return ranges


def _word_before(text: str, i: int) -> str:
    j = i
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(«\"“":
        j -= 1
    return text[j:i]


def _is_boundary(text: str, i: int) -> bool:
    """Is the end mark at ``text[i]`` a sentence boundary?"""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch == ".":
        prev = text[i - 1] if i > 0 else ""
        if _DIGITS.match(prev) and _DIGITS.match(nxt):
            return False  # decimal
        if nxt == "." or (prev == "." and nxt and not nxt.isspace()):
            return False  # inside an ellipsis run
        word = _word_before(text, i)
        stem = normalize_key(word).strip(".")
        if stem in _abbreviations():
            return False
        # letter-dot abbreviations: أ.ف.ب. / د. / م. (single letters between dots)
        parts = [p for p in word.split(".") if p]
        if parts and all(len(p) == 1 and _LETTER.match(p) for p in parts):
            return False
        if nxt and not nxt.isspace() and nxt not in _CLOSERS:
            return False  # u.s.a / file.txt
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, whitespace trimmed, never empty."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for par_match in re.finditer(r"[^\n]+", text):
        p_start, p_end = par_match.span()
        par = par_match.group()
        inside = _quote_ranges(par, p_start)
        start = p_start
        for m in _END_MARKS.finditer(text, p_start, p_end):
            i = m.start()
            if i < start:
                continue
            if (inside and any(a < i < b for a, b in inside)) or not _is_boundary(text, i):
                continue
            end = i + 1
            while end < p_end and (text[end] in _ENDS or text[end] in _CLOSERS):
                if text[end] in _CLOSERS and not any(a < end <= b for a, b in inside) and text[end] != ")":
                    break
                end += 1
            spans.append((start, end))
            start = end
        spans.append((start, p_end))
        pos = p_end
    del pos
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and any(not c.isspace() for c in text[s:e]):
            out.append((s, e))
    return out


class SegmentStage:
    """Fill ``doc.sentences`` (and make the text's token layer, :attr:`Document.tokens`)."""

    name: ClassVar[str] = "segment"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset({"sentences"})

    def __call__(self, doc: Document) -> Document:
        doc.tokens  # noqa: B018 - the token layer every later stage reads, made once here
        return doc.evolve(sentences=tuple(Sentence(s, e) for s, e in split_sentences(doc.text)))
