"""Who speaks in a report: the office a speaker holds and the group a member speaks for are
the report's source, not sides of the event it reports (``أعلن رئيس الحكومة التركية أن
داعش يقف وراء التفجير``, ``وقال القيادي في حركة حماس إن الشاب كان أعزل``). ACLED codes a
state's acts to its forces and a group's to the group told acting; a claim (``أعلن القيادي
في الحركة مسؤوليتها``) is the caller's to keep."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word, cue_set
from rasd.stages.events.sides import actor_terms

__all__ = ["HARMED_MEMBER_REACH", "MEMBER_REACH", "member_harmed", "member_speaking", "office_of_speaker"]

#: How far (in words) before a group's name a title of membership may stand (القيادي في حركة).
MEMBER_REACH = 3
#: How far (in words) before that title a casualty cue may stand (اغتيل سمير الخطيب القيادي في).
HARMED_MEMBER_REACH = 4


def office_of_speaker(words: Sequence[Word], lo: int, first: int, name: str) -> bool:
    """Whether ``name``, mentioned at ``first``, is a government named right after a title of
    office (``رئيس الحكومة التركية``, ``بيان الحكومة``): the speaker's office."""
    return name.startswith("Government of ") and actor_terms("office_titles").any_in(words, max(lo, first - 2), first)


def member_speaking(words: Sequence[Word], lo: int, first: int) -> bool:
    """Whether the group named at ``first`` is the one a member who speaks belongs to: a title
    of membership just before the name (``القيادي في``, ``عضو``), a reporting verb just before
    the title (``وقال القيادي في حركة حماس``). Not the leader of a group killed (``مقتل
    القيادي في التنظيم``): no one speaks there."""
    return any(cue_set("reporting_verbs").any_in(words, max(lo, m.first - 2), m.first)
               for m in actor_terms("member_titles").find(words, max(lo, first - MEMBER_REACH), first))


def member_harmed(words: Sequence[Word], first: int, harms: Sequence[int]) -> bool:
    """Whether the group named at ``first`` is that of a member a casualty cue tells harmed: a
    title of membership just before the name, the cue (``harms``: positions of death, wound and
    seizure cues) at most :data:`HARMED_MEMBER_REACH` words before the title with no punctuation
    between (``اغتيل سمير الخطيب القيادي في حركة فتح``, ``مقتل قيادي في الحركة``): the
    group suffers the act, it did not do it."""
    return any(0 < m.first - d <= HARMED_MEMBER_REACH and not any(w.punct for w in words[d:m.first])
               for m in actor_terms("member_titles").find(words, max(0, first - MEMBER_REACH), first) for d in harms)
