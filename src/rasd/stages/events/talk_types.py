"""Whether a weak strategic development is told in the words of talk.

``eventness.weigh_candidates`` reports an event of a ``talk_types`` sub-event type (a non-violent
transfer of territory, a change to a group's activity) only at ``talk_floor`` confidence or more:
rasd reads those types from words that are far more often talk than a development of the day (a
delivery, a withdrawal, an evacuation, recruitment, allegiance). A change to a group told with a
word of the group's own change (a split, a merger, a group founded or dissolved: the cue list
``group_change_acts``) is the development itself, not talk of one, and is left to the other cues.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word, cue_set
from rasd.stages.events.merge import Candidate

__all__ = ["CHANGE", "told_as_talk"]

#: The sub-event type whose own change words exempt it.
CHANGE = "Change to group/activity"


def told_as_talk(cand: Candidate, words: Sequence[Word], ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether ``cand`` (read from ``words[lo:hi]`` for each of ``ranges``) is told in the words of
    talk: always for a transfer of territory; for a change to a group, unless one of its
    sentences names the group's own change (``group_change_acts``)."""
    if cand.sub_event_type != CHANGE:
        return True
    acts = cue_set("group_change_acts")
    return not any(acts.any_in(words, lo, hi) for lo, hi in ranges)
