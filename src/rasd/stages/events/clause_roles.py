"""Which mentions of a clause are no side of its event, and what a clause's words tell of a
side: the accuser of a charge (the accused acts), whom a grievance blames, the body a source
word heads, a nationality adjective of the act (the state that acts), and the generic
security forces a country's war makes its military. Read by
:func:`rasd.stages.events.actors.pick_actors`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasd.stages.events.lexicon import TermSet, Word, cue_set
from rasd.stages.events.naming import THAT_WORDS, RoleMention, nationality_of
from rasd.stages.events.sides import actor_tables, table_words
from rasd.stages.events.targets import NISBA_ENDINGS

__all__ = ["CLAIM_REACH", "REPORTED_SUBJECT_REACH", "act_nationality", "claimants", "in_grievance",
           "security_as_military", "source_of", "without_accusers"]

#: How far (in words) a claimant may stand from the verb of its claim.
CLAIM_REACH = 5


def claimants(words: Sequence[Word], lo: int, hi: int, positions: Sequence[int]) -> set[int]:
    """Which of the mentions at ``positions`` claim the clause's act: the group named between
    a verb of announcing and a noun of its responsibility (``أعلنت الجماعة مسؤوليتها عنه``), or
    next to a verb of adopting (``تبنته الحركة``, ``الحركة تبنت الهجوم``: after it first). Not a
    negated claim (``لم تعلن الجماعة مسؤوليتها``), nor a claim of other attacks (``مماثلة``)."""
    if not positions or cue_set("claim_elsewhere").any_in(words, lo, hi):
        return set()
    announce, nouns, adopt = (table_words(k) for k in ("claim_announce_verbs", "claim_nouns", "claim_adopt_verbs"))
    negation = cue_set("negation")
    out: set[int] = set()
    for i in range(lo, hi):
        key = words[i].key
        if key in nouns:
            verb = next((v for v in range(i - 1, max(lo, i - CLAIM_REACH - 1) - 1, -1) if words[v].key in announce), None)
            if verb is None or any(w.punct for w in words[verb:i]) or negation.any_in(words, max(lo, verb - 2), verb):
                continue
            out |= {p for p in positions if verb < p < i}
        elif key in adopt and not negation.any_in(words, max(lo, i - 2), i):
            after = [p for p in positions if 0 < p - i <= 3 and not any(w.punct for w in words[i:p])]
            before = [p for p in positions if 0 < i - p <= 3 and not any(w.punct for w in words[p:i])]
            out |= set(after[:1] or before[-1:])
    return out


def without_accusers(words: Sequence[Word], lo: int, hi: int, cands: list[tuple[int, str, str]]
                     ) -> tuple[list[tuple[int, str, str]], str | None]:
    """``اتهمت بعثة الأمم المتحدة ميليشيا كوديكو باغتصاب ...``: the accuser is not a side;
    the accused (the last mention before the charge, ``ب`` + verbal noun) is the doer.
    Returns the mentions without the accusers, and the accused."""
    for m in cue_set("accusation").find(words, lo, hi):
        inside: list[tuple[int, str, str]] = []
        for j in range(m.last + 2, min(hi, m.last + 16)):
            if words[j].key.startswith("ب") and len(words[j].key) > 3:
                inside = [c for c in cands if m.last < c[0] < j]
                if len({c[1] for c in inside}) >= 2:
                    break  # the accuser, then the accused, then the charge
            inside = []
        if not inside:
            continue
        accused = inside[-1]
        accusers = {c for c in inside if c[0] < accused[0]}
        return [c for c in cands if c not in accusers], accused[1]
    return cands, None


def in_grievance(words: Sequence[Word], lo: int, first: int, text: str | None = None) -> bool:
    """Whether the mention at ``first`` stands in a grievance phrase that runs up to it
    without a break (``احتجاجا على عمليات القتل التي تنسب إلى متمردي ...``): whom the
    protesters blame is not a side of the protest."""
    for m in cue_set("grievance").find(words, max(lo, first - 12), first):
        if any(w.punct for w in words[m.last + 1:first]):
            continue
        if text is not None and any(ch in text[words[m.last].end:words[first].start] for ch in "،,.؛;:"):
            continue  # the words may come from open clauses only, without their commas
        return True
    return False


#: How far (in words) after a reported name the trigger it is the subject of may stand.
REPORTED_SUBJECT_REACH = 5


def source_of(words: Sequence[Word], lo: int, first: int, last: int, trigger_pos: int | None,
               attribution: TermSet) -> bool:
    """Whether the name at ``first..last`` is the one a source word heads (``بيان التحالف``);
    not where ``أن`` parts them and the name is the subject of the trigger reported
    (``قالت القيادة في بيان إن طيران التحالف وجه ضربات``)."""
    reported = trigger_pos is not None and first <= trigger_pos <= last + REPORTED_SUBJECT_REACH
    return any(not (reported and any(w.key in THAT_WORDS for w in words[m.last + 1:first]))
               for m in attribution.find(words, max(lo, first - 2), first))


def act_nationality(words: Sequence[Word], trigger_pos: int, hi: int) -> str | None:
    """The country of a nationality adjective that qualifies the act at ``trigger_pos``
    (``غارة إسرائيلية``, ``غارات جوية روسية``): up to two adjectives after it, nothing else
    between (``غارة على إسرائيل`` names the target, not the doer)."""
    for j in range(trigger_pos + 1, min(hi, len(words), trigger_pos + 3)):
        key = words[j].key
        if words[j].punct or not key.endswith(NISBA_ENDINGS):
            return None
        cc = nationality_of(words, j - 1, j - 1, 1)
        if cc:
            return cc
    return None


@lru_cache(maxsize=1)
def _security_terms() -> tuple[frozenset[str], TermSet]:
    table = actor_tables().get("security_forces_as_military", {})
    return frozenset(table.get("countries", ())), TermSet(table.get("terms", ()))


def security_as_military(words: Sequence[Word], roles: list[RoleMention], country: str | None) -> list[RoleMention]:
    """The generic security-force words (``القوات الأمنية``) of a country whose security forces
    ACLED codes as its military in its war (``security_forces_as_military``: Iraq's, in battles and
    strikes) as military mentions."""
    countries, terms = _security_terms()
    out = []
    for r in roles:
        if r.kind == "police" and (r.country or country) in countries \
                and any(m.first == r.first and m.last == r.last for m in terms.find(words, r.first, r.last + 1)):
            r = replace(r, kind="military", template="Military Forces of {country}")
        out.append(r)
    return out
