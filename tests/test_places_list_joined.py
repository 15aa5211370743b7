"""The one reading of two place mentions joined in a list (و or a comma between them, on one
line), which the anchor and list-mate readings share. Names written for this test."""

from __future__ import annotations

import pytest

from rasd.stages.places.listmates import list_joined
from rasd.stages.places.mention import Mention


def _pair(gap: str) -> tuple[str, Mention, Mention]:
    text = "كفرنون" + gap + "تلمريم"
    first = Mention(0, 6, 0, 0, "كفرنون", [])
    second = Mention(6 + len(gap), len(text), 1, 1, "تلمريم", [])
    return text, first, second


@pytest.mark.parametrize(("gap", "joined"), [
    (" و", True),
    (" و ", True),
    ("، ", True),
    (", ", True),
    ("، و", True),
    (",و", True),
    (" ", False),  # nothing joins them
    (" في ", False),
    (" أو ", False),
    ("\n\nو", False),  # a paragraph ends a list
    ("،\n", False),
])
def test_places_list_joined_gap(gap: str, joined: bool) -> None:
    assert list_joined(*_pair(gap)) is joined
