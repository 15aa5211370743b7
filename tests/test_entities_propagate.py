"""Document consistency in the entities stage: untagged repetitions of a found name become
mentions. ``_propagate`` tries only the words one of whose readings begins a found name
(each surface read once); it must find what trying every token found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.kb.actors import token_key
from rasd.ner.gazetteer import word_readings
from rasd.stages.entities import stage
from rasd.text import Token, tokenize


def _every_token(text: str, tokens: list[Token], mentions: list[stage._Mention]) -> list[stage._Mention]:
    """``_propagate`` spelled out: every uncovered Arabic token tried in turn."""
    if not mentions or not tokens:
        return mentions
    names, by_first = stage._found_names(text, mentions)  # (the names table is shared; the scan is spelled out)
    covered = [any(t.start < m.end and m.start < t.end for m in mentions) for t in tokens]
    added: list[stage._Mention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        hit = None
        if not covered[i] and tok.kind == "ar":
            for plen, first in word_readings(text[tok.start : tok.end]):
                for keys in by_first.get(first, ()):
                    n = len(keys)
                    if (i + n <= len(tokens)
                            and all(token_key(text[tokens[i + k].start : tokens[i + k].end]) == keys[k] for k in range(1, n))
                            and not any(covered[i : i + n]) and "\n" not in text[tok.start : tokens[i + n - 1].end]):
                        hit = (plen, n, names[keys])
                        break
                if hit:
                    break
        if hit is None:
            i += 1
            continue
        plen, n, src = hit
        added.append(stage._Mention(tok.start + plen, tokens[i + n - 1].end, src.type, src.actor))
        i += n
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _spans(found: list[stage._Mention]) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.type) for m in found]


@pytest.mark.parametrize(("text", "found", "expected"), [
    # a full person name, then the surname alone, with and without a proclitic
    ("التقى سامر الحداد بالوفد ثم غادر الحداد وعاد للحداد صباحا", [(6, 17, "PER")],
     [(6, 17, "PER"), (33, 39, "PER"), (47, 51, "PER")]),  # (لل + الحداد: the name after the ل)
    # the whole name repeated: one mention (its surname is not found again inside it)
    ("قال سامر الحداد ثم عاد سامر الحداد", [(4, 15, "PER")], [(4, 15, "PER"), (23, 34, "PER")]),
    # a repetition across a line break is not joined
    ("زار منتدى النخيل المدينة\nومنتدى\nالنخيل يستعد", [(4, 16, "ORG")], [(4, 16, "ORG")]),
    # an organisation's name repeated
    ("أعلن منتدى النخيل برنامجه وقال منتدى النخيل إنه", [(5, 17, "ORG")], [(5, 17, "ORG"), (31, 43, "ORG")]),
    # a name inside a tagged span is not found again
    ("قال سامر الحداد إن سامر الحداد الأب", [(4, 15, "PER"), (19, 34, "PER")], [(4, 15, "PER"), (19, 34, "PER")]),
])
def test_entities_propagate_repeats_a_found_name(text: str, found: list[tuple[int, int, str]],
                                                 expected: list[tuple[int, int, str]]) -> None:
    mentions = [stage._Mention(s, e, t) for s, e, t in found]
    tokens = list(tokenize(text))
    got = stage._propagate(text, tokens, [text[t.start:t.end] for t in tokens], mentions)
    assert _spans(got) == expected
    assert _spans(got) == _spans(_every_token(text, list(tokenize(text)), mentions))


_WORDS = ["سامر", "الحداد", "بالحداد", "والحداد", "للحداد", "منتدى", "ومنتدى", "النخيل", "قال", "في", "المدينة",
          "سامر", "،", "\n", "7", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=16), st.data())
def test_entities_propagate_equals_trying_every_token(parts: list[str], data: st.DataObject) -> None:
    text = " ".join(parts)
    tokens = list(tokenize(text))
    # a few non-overlapping runs of tokens as the tagger's mentions
    cuts = sorted(data.draw(st.sets(st.integers(0, len(tokens)), max_size=6)))
    mentions = []
    for a, b in zip(cuts[0::2], cuts[1::2], strict=False):
        if a < b:
            kind = data.draw(st.sampled_from(["PER", "ORG", "LOC"]))
            mentions.append(stage._Mention(tokens[a].start, tokens[b - 1].end, kind))
    got = stage._propagate(text, tokens, [text[t.start:t.end] for t in tokens], mentions)
    assert _spans(got) == _spans(_every_token(text, tokens, mentions))
