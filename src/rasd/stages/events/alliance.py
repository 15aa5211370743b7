"""Phrases that tie the sides a clause names together or apart, read around a mention: a
militia joined to the state's forces it fights beside (``الجيش المسنود بالمقاومة``), a phrase of
support that names who backs an act, not who does it (``تحت غطاء جوي من قبل المقاتلات``), whom
a side fights ``مع``, and where fire came from (``قذائف مصدرها مواقع الفصائل``). Used by
:func:`rasd.stages.events.actors.pick_actors`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.stages.events.lexicon import Word

__all__ = ["JOINT_WORDS", "allies_of", "SUPPORTER_REACH", "WITH_WORDS", "after_with", "first_conjunct", "from_origin",
           "in_support", "joint_forces", "key_before", "same_state"]

_GROUP_KINDS = frozenset({"rebel", "militia"})


#: Words that join a militia to the state's forces it fights beside (الجيش الوطني والمقاومة،
#: القوات الموالية لهادي ومعها المقاومة، مدعوما بمسلحي المقاومة).
JOINT_WORDS = frozenset({"مع", "ومعها", "ومعه", "مدعوما", "مدعومه", "المدعوم", "المدعومه", "بدعم", "وبدعم", "بمسانده",
                         "وبمسانده", "باسناد", "وباسناد", "المسنوده", "المسنود", "مسنودا", "مسنوده", "مدعمه", "المدعمه",
                         "مدعما", "المدعم"})
_JOINT_REACH = 6
_JOINT_REACH_WORD = 10


def joint_forces(words: Sequence[Word], lo: int, cands: Sequence[tuple[int, str, str]],
                 patients: set[str]) -> tuple[str, str] | None:
    """``(state forces, militia)`` where a state's forces and a militia or rebel group act
    together (``تقدم الجيش الوطني ومعه مسلحو المقاومة نحو ...``): ACLED makes the state's forces
    actor1 and the militia an associated actor. Not two sides ``بين`` which a clash is told."""
    state = [c for c in cands if c[1].startswith("Military Forces of ") and c[2] not in ("rebel", "militia", "external")
             and c[1] not in patients]  # (not a faction of the forces that rebels: Saleh's in Yemen)
    militia = [c for c in cands if c[2] in ("militia", "rebel") and c[1] not in patients]
    for s_pos, s_name, _ in state:
        for m_pos, m_name, _ in militia:
            a, b = sorted((s_pos, m_pos))
            if not 0 < b - a <= _JOINT_REACH_WORD:
                continue
            between = words[a + 1:b + 1]
            if any(w.punct for w in between) or any(w.key in ("بين", "وبين") for w in words[max(lo, a - 2):a]):
                continue
            # (a joining word reaches past a name: وحدات الجيش التابعة للرئيس هادي ومعها رجال المقاومة)
            if any(w.key in JOINT_WORDS for w in between) or (words[b].key.startswith("و") and b - a <= _JOINT_REACH):
                return s_name, m_name
    return None


#: How many words after a force a militia joined to it (``مدعمة بـ``) may stand.
_ALLY_REACH = 4


def allies_of(words: Sequence[Word], cands: Sequence[tuple[int, str, str]], forces: set[str]) -> set[str]:
    """The militias and rebels joined to one of ``forces`` by a joining word, at most
    :data:`_ALLY_REACH` words after it and no punctuation between (``تمركزات لقوات النظام
    مدعمة بمسلحين``): its associates, which share its part in the act."""
    return {c[1] for c in cands for p in cands if p[1] in forces and c[2] in ("militia", "rebel")
            and 0 < c[0] - p[0] <= _ALLY_REACH and any(w.key in JOINT_WORDS for w in words[p[0] + 1:c[0]])
            and not any(w.punct for w in words[p[0]:c[0]])}


#: Words of support (normalised) whose phrase names who backs the act, not who does it (not a
#: bare مع, which may join the act itself: تزامن ذلك مع قصف طائرة أميركية).
_SUPPORT_WORDS = (JOINT_WORDS - {"مع"}) | {"بغطاء", "وبغطاء", "غطاء", "مدعومين", "مدعومون", "المدعومين", "اسناد", "بمساعده"}
#: Punctuation that closes a phrase (between two words of the text).
_STOPS = "،,.؛;:"
#: How far (in words) before an agent marker, or a mention, a word of support opens its phrase.
SUPPORT_REACH = 4
SUPPORTER_REACH = 7


def in_support(words: Sequence[Word], lo: int, pos: int, reach: int = SUPPORT_REACH, text: str | None = None,
               trigger_pos: int | None = None) -> bool:
    """Whether the word at ``pos`` stands in a phrase of support opened just before it, no
    punctuation between (``مدعومة بغطاء من قبل مقاتلات الحلفاء``; not past the comma
    that closes it: ``وبدعم من الحلفاء، دخلت القوات``), nor the trigger: the phrase
    that tells the act itself names its doer (``مدعومة بغارات من التحالف``: the strikes')."""
    for j in range(pos - 1, max(lo, pos - reach) - 1, -1):
        if words[j].punct or j == trigger_pos \
                or (text is not None and any(ch in text[words[j].end:words[j + 1].start] for ch in _STOPS)):
            return False
        if words[j].key in _SUPPORT_WORDS:
            return True
    return False


#: The word of facing or of company (مع), normalised.
WITH_WORDS = frozenset({"مع", "ومع"})


def after_with(words: Sequence[Word], lo: int, pos: int, trigger_pos: int | None = None) -> bool:
    """Whether the mention at ``pos`` follows ``مع`` (two words at most, no punctuation and not
    the trigger between): ``اشتباكات مع المقاتلين الحوثيين``, not ``تزامن ذلك مع قصف طائرة أميركية``."""
    return key_before(words, lo, pos, WITH_WORDS, 2, stop=trigger_pos)


#: Words that name where a shell or a rocket came from (normalised): ``مصدرها مواقع الفصائل``.
_ORIGIN_WORDS = frozenset({"مصدرها", "مصدره", "مصدرهما", "مصدرهم"})
ORIGIN_REACH = 4


def key_before(words: Sequence[Word], lo: int, pos: int, keys: frozenset[str], reach: int,
               stop: int | None = None) -> bool:
    """Whether one of ``keys`` stands at most ``reach`` words before ``pos`` (not before ``lo``),
    with no punctuation (and not the word at ``stop``) between."""
    for j in range(pos - 1, max(lo, pos - reach) - 1, -1):
        if words[j].punct or j == stop:
            return False
        if words[j].key in keys:
            return True
    return False


def from_origin(words: Sequence[Word], lo: int, pos: int) -> bool:
    """Whether the mention at ``pos`` is named as the origin of the fire, no punctuation between."""
    return key_before(words, lo, pos, _ORIGIN_WORDS, ORIGIN_REACH)


_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ")


def same_state(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are forces of one state (its army and its police)."""
    def country(n: str) -> str | None:
        return next((n[len(p):] for p in _STATE_PREFIXES if n.startswith(p)), None)
    ca, cb = country(a), country(b)
    return ca is not None and ca == cb


def first_conjunct(words: Sequence[Word], cands: Sequence[tuple[int, str, str]],
                   subject: tuple[int, str, str]) -> tuple[int, str, str]:
    """The head of a subject of allied groups joined by ``و`` to the mention before it
    (``الحوثيين وقوات صالح قصفت``: the Houthis), nothing but its words between. (A state's
    forces joined by a militia are :func:`joint_forces`'.)"""
    while True:
        prev = [c for c in cands if 0 < subject[0] - c[0] <= 4 and c[1] != subject[1]]
        if not prev or subject[2] not in _GROUP_KINDS or prev[-1][2] not in _GROUP_KINDS \
                or not words[subject[0]].key.startswith("و") \
                or any(w.punct for w in words[prev[-1][0]:subject[0]]):
            return subject
        subject = prev[-1]
