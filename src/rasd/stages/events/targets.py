"""What an act is aimed at: a name right after a noun for what is struck owns the target and
suffers the event (``مواقع للحوثيين``, ``دورية للشرطة``); a military target named after the
trigger (``نقطة عسكرية``) is held by the state's forces. Read by
:func:`rasd.stages.events.actors.pick_actors`."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word
from rasd.stages.events.sides import actor_terms, table_words

__all__ = ["NISBA_ENDINGS", "TARGET_REACH", "military_target", "owns_target"]

#: Endings of a nisba adjective (عسكرية، إسرائيلي، كرديين).
NISBA_ENDINGS = ("ي", "يه", "يا", "يين", "يون")
_NISBA_ENDINGS = NISBA_ENDINGS


_OF = frozenset({"ل", "لـ", "ـ"})


#: The members of a group named after them (``رتل لعناصر التنظيم``): what is struck is still the group's.
_MEMBERS = frozenset({"عناصر", "مقاتلي", "مسلحي", "افراد", "قوات", "ميليشيات", "مليشيات"})


def owns_target(words: Sequence[Word], lo: int, pos: int) -> bool:
    """Whether the mention at word ``pos`` owns what is struck (``مواقع للحوثيين``,
    ``تجمعات الحوثي``, ``دورية للشرطة``): a target noun right before it, past a ``ل`` or
    punctuation."""
    j = pos - 1
    nouns = actor_terms("target_nouns")
    while j >= lo and pos - j <= 3 and not nouns.any_in(words, j, j + 1) and (words[j].punct or words[j].key in _OF
                                        or (words[pos].key.startswith("ل") and words[j].key.endswith(_NISBA_ENDINGS))
                                        or (words[j].key[:1] == "ل" and words[j].key[1:] in _MEMBERS)
                                        or (words[pos].key.startswith("ل") and words[j].key in table_words("belonging"))):
        j -= 1  # (past a ل, punctuation, an adjective, members or belonging: نقطة تفتيش عسكرية للمسلحين،
        # رتل لعناصر التنظيم، نقطة تابعة للمتمردين)
    return j >= lo and nouns.any_in(words, j, j + 1)


#: How far (in words) after the trigger a military target may be named.
TARGET_REACH = 8


def military_target(words: Sequence[Word], lo: int, hi: int, trigger_pos: int | None) -> bool:
    """Whether the trigger's act is aimed at a military target named after it (``استهدف نقطة
    عسكرية``, ``هاجموا ثكنة للجيش``), no punctuation between."""
    if trigger_pos is None:
        return False
    for m in actor_terms("military_targets").find(words, trigger_pos, min(hi, trigger_pos + TARGET_REACH)):
        if not any(w.punct for w in words[trigger_pos:m.first]):
            return True
    return False
