"""Tests of the times stage's matching machinery: the shared-prefix alternations of the
lexicon (rasd.alternation) mean what a flat alternation means, and searching only the lines that hold a
pattern's anchors finds what searching the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.times.lexicon import OPT_BLANKS, S, _alt, _units, lexicon, words_key
from rasd.stages.times.match import _Lines
from rasd.text import Shadow


def _flat(words: list[str]) -> str:
    keys = sorted({words_key(w) for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join("".join(_units(k)) for k in keys) + ")"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_LEX = lexicon()
_WORDS = sorted(
    {
        *_LEX.months, *_LEX.weekdays, *_LEX.ordinals, *_LEX.numbers, *_LEX.relative_days, *_LEX.units,
        *_LEX.past, *_LEX.next, *_LEX.current, *_LEX.before_last, *_LEX.hijri_era, *_LEX.range_links,
        *_LEX.range_openers, *_LEX.year_prepositions, "الشهر", "العام", "السنه", "يوم", "شهر", "مساء",
        "ليل", "ليله", "يومي", "مطلع", "نهايه", "هذا", "الموافق", "م", "ق م", "ثوره", "المدير",
    }
)
_OTHER = ["2015", "15", "3", "1436", "12/5/2015", "2015-07-20", "10.30", " ", "  ", "\t", "\n", "،", ",",
          "/", "-", "(", ")", ".", "و", "ب", "ل", "وب", "x", "0"]
_PIECES = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_OTHER))
_KEYS = st.one_of(
    st.lists(_PIECES, max_size=40).map(" ".join),
    st.lists(_PIECES, max_size=40).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map(" ".join),
).map(lambda text: Shadow.of(text).key)


@settings(max_examples=400, deadline=None)
@given(key=_KEYS)
def test_times_match_anchored_lines_find_what_the_whole_text_finds(key: str) -> None:
    lines = _Lines(key)
    for (kind, pattern), anchors in zip(_LEX.patterns, _LEX.anchors, strict=True):
        found = [(m.span(), m.groupdict()) for m in lines.matches(pattern, anchors)]
        assert found == _spans(pattern.compiled, key), kind


_LISTS = [list(_LEX.months), list(_LEX.weekdays), list(_LEX.ordinals), list(_LEX.units), list(_LEX.numbers),
          ["ال", "الا", "الاول", "ا لا", "و لا", "ولا", "والا", "ق.م", "ق. م"]]


@settings(max_examples=300, deadline=None)
@given(words=st.sampled_from(_LISTS), text=st.lists(_PIECES, max_size=30).map(" ".join))
def test_times_lexicon_shared_branches_match_like_the_flat_alternation(words: list[str], text: str) -> None:
    key = Shadow.of(text).key
    for context in ("", r"(?!\w)", rf"{S}(?P<w>\w+)", rf"{OPT_BLANKS}(?P<w>\w*)"):
        shared = re.compile(rf"(?<!\w)(?P<a>{_alt(words)}){context}")
        flat = re.compile(rf"(?<!\w)(?P<a>{_flat(words)}){context}")
        assert _spans(shared, key) == _spans(flat, key)
