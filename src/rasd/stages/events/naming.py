"""Naming the actors a clause mentions: role words (``مدنيين``, ``جنود``, ``مسلحون``) with
ACLED's generic actor templates (``Civilians ({country})``, ``Military Forces of {country}``),
nationality words, named groups from the actor knowledge base (``rasd.kb.actors``) or the
fallback list in ``actors.json``, and ACLED's country names and renamings. Which of them acts
and which suffers is :func:`rasd.stages.events.actors.pick_actors`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from rasd.span_index import overlap_range
from rasd.stages.events.lexicon import TermSet, Word, cue_set, live_items, slots_present
from rasd.stages.events.sides import actor_tables, actor_terms, common_noun, table_words
from rasd.text import normalize_key

__all__ = [
    "STATE_FORCE_KINDS",
    "THAT_WORDS",
    "country_template",
    "RoleMention",
    "ActorMention",
    "role_mentions",
    "group_mentions",
    "country_name",
    "load_country_names",
    "name_at",
    "name_in",
    "name_in_region",
    "nationality_of",
    "role_name",
]


#: Words that open a reported clause (إن، أن, بأن; normalised): ``بيان أن``, ``أفاد مصدر بأن``.
THAT_WORDS = frozenset({"ان", "بان"})
#: Mention kinds of a state's forces (a role or a named group): its police, its army, the state.
STATE_FORCE_KINDS = frozenset({"police", "military", "state"})


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role word (generic actor) at words ``[first, last]``."""

    kind: str
    template: str
    first: int
    last: int
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor mention with its ACLED-style name and kind."""

    name: str
    kind: str  # civilian, protester, rioter, police, military, armed, state, rebel, militia, other
    first: int
    last: int


@lru_cache(maxsize=1)
def _role_sets() -> tuple[tuple[str, str, TermSet, bool], ...]:
    """Each role's kind, template, words, and whether a word of it is a role only with a
    nationality right after it (``national_only``: ``دبابات تركية``, but a bare ``دبابات`` may be
    what was struck)."""
    return tuple((r["kind"], r["template"], TermSet(r["terms"]), bool(r.get("national_only")))
                 for r in actor_tables()["roles"])


@lru_cache(maxsize=1)
def _nationality_sets() -> dict[str, TermSet]:
    return {cc: TermSet(_with_case_endings(terms)) for cc, terms in actor_tables()["nationalities"].items()}


def _with_case_endings(terms: list[str]) -> list[str]:
    """A nisba adjective also in the accusative and the plural (``أميركي`` -> ``أميركيا``,
    ``أميركيين``: ``13 جنديا أميركيا``)."""
    out = list(terms)
    for t in terms:
        if t.endswith("ي") and " " not in t and not t.startswith("ال"):
            out.extend((t + "ا", t + "ين", t + "ون", t + "تين", t + "تان"))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _group_sets() -> dict[str, TermSet]:
    groups = actor_tables()["groups"]
    return {name: TermSet(terms) for name, terms in groups.items() if not name.startswith("_")}


def load_country_names() -> None:
    """Load what :func:`country_name` reads for a code the actor tables do not name
    (pycountry and its table) now rather than at the first such code."""
    try:
        import pycountry

        len(pycountry.countries)
    except Exception:  # as country_name: no pycountry, no names beyond the tables
        pass


def country_name(iso2: str | None) -> str | None:
    """ACLED's English country name for an ISO 3166 alpha-2 code."""
    if not iso2:
        return None
    names: dict[str, str] = actor_tables()["country_names"]
    if iso2 in names:
        return names[iso2]
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=iso2)
        return str(c.name) if c else None
    except Exception:
        return None


def name_at(actor: str | None, date: str | None) -> str | None:
    """The ACLED name of ``actor`` on ``date`` (``YYYY-MM-DD``): a renamed group keeps its
    older name for events before the renaming (Jabhat al Nusra before 28 July 2016)."""
    if not actor or not date:
        return actor
    for before, older in actor_tables().get("names_by_period", {}).get(actor, ()):
        if date < before:
            return str(older)
    return actor


def name_in(actor: str | None, country: str | None) -> str | None:
    """ACLED's name for ``actor``'s branch in ``country`` (``names_by_country``: Al Qaeda in
    Yemen is AQAP, the Islamic State in Egypt its Sinai Province); else ``actor``."""
    if not actor or not country:
        return actor
    return str(actor_tables().get("names_by_country", {}).get(actor, {}).get(country, actor))


def name_in_region(actor: str | None, country: str | None, admin1: str | None) -> str | None:
    """ACLED's name for ``actor``'s branch in one province (``names_by_region``: the Islamic
    State in North Sinai is its Sinai Province, in Cairo the Islamic State); else ``actor``.
    Needs the event's place, so it is asked once the place is settled."""
    if not actor or not country or not admin1:
        return actor
    return str(actor_tables().get("names_by_region", {}).get(actor, {}).get(country, {}).get(admin1, actor))


def nationality_of(words: Sequence[Word], first: int, last: int, span: int = 3,
                   stop: frozenset[int] = frozenset()) -> str | None:
    """The country of a nationality word within ``span`` words after ``last``, not from
    the word at a position in ``stop`` on (where another party begins: the adjective of
    ``قوات النظام وحزب الله اللبناني`` is Hezbollah's)."""
    hi = min(len(words), last + 1 + span, min((i for i in stop if i > last), default=len(words)))
    best: tuple[int, str] | None = None
    for cc, ts in live_items(_nationality_sets(), slots_present(words)):
        for m in ts.find(words, last + 1, hi):
            if best is None or m.first < best[0]:
                best = (m.first, cc)
    return best[1] if best else None


def role_mentions(words: Sequence[Word], lo: int = 0, hi: int | None = None) -> list[RoleMention]:
    """Role words in ``words[lo:hi]``; overlapping matches keep the longest."""
    hi = len(words) if hi is None else hi
    found: list[RoleMention] = []
    live = slots_present(words)
    for kind, template, ts, national_only in _role_sets():
        if live is not None and ts.slot >= 0 and ts.slot not in live:
            continue  # none of its terms can start in the words
        for m in ts.find(words, lo, hi):
            # the nationality may stand inside the term itself (قوات الاحتلال) or after it
            span = 3 + m.last - m.first
            if national_only and nationality_of(words, m.last, m.last, 1) is None:
                continue  # (a weapon is a state's forces only as its nationality names them)
            cc = nationality_of(words, m.first, m.first, span) if kind in ("military", "police") else None
            if cc is not None:  # (not the adjective of another party joined after it)
                cc = nationality_of(words, m.first, m.first, span, _joined_parties(words, m.last + 1, m.first + 1 + span))
            found.append(RoleMention(kind, template, m.first, m.last, cc))
    found.sort(key=lambda r: (r.first, -(r.last - r.first)))
    attribution = actor_terms("attribution")
    out: list[RoleMention] = []
    for r in found:
        # (a source's word before it: مصدر عسكري، بيان الجيش; not past أن, which opens the
        # report whose subject it is: قال مسؤول إن الجيش قصف)
        if any(not any(w.key in THAT_WORDS for w in words[m.last + 1:r.first])
               for m in attribution.find(words, max(lo, r.first - 2), r.first)):
            continue
        if out and r.first <= out[-1].last:
            continue
        out.append(r)
    return out


def _joined_parties(words: Sequence[Word], lo: int, hi: int) -> frozenset[int]:
    """The positions in ``words[lo:hi]`` where a named group joined by و begins (``وحزب
    الله``). Not a role word: the adjective of ``قوات الجيش والشرطة العراقية`` is both's."""
    hi = min(hi, len(words))
    joined = [i for i in range(lo, hi) if words[i].key[:1] == "و"]
    if not joined:
        return frozenset()
    return frozenset(i for i in joined
                     if any(m.first == i for _name, ts in live_items(_group_sets(), slots_present(words))
                            for m in ts.find(words, i, hi)))


def _bare_coalition(words: Sequence[Word], lo: int, hi: int) -> list[int]:
    """Positions of "the coalition" said alone right after a verb or a noun of striking, or an
    agent marker (``قصف التحالف``, ``غارة للتحالف``, ``ضربات ينفذها التحالف``: ``coalition_bare_after``),
    not qualified by an adjective after it (``التحالف الوطني``, a parliamentary bloc)."""
    after, bare, relatives = _bare_after(), table_words("bare_coalition"), table_words("after_bare_coalition")
    return [i for i in range(max(lo, 1), hi)
            if words[i].key in bare and words[i - 1].key in after
            and not (i + 1 < hi and words[i + 1].key.startswith("ال") and words[i + 1].key not in relatives)]


@lru_cache(maxsize=1)
def _bare_after() -> frozenset[str]:
    return frozenset(normalize_key(w) for w in actor_tables().get("coalition_bare_after", ()))


@lru_cache(maxsize=1)
def _local_names() -> dict[str, str]:
    return {normalize_key(k): v for k, v in actor_tables().get("local_names", {}).items()}


def _local_there(home: str, country: str) -> bool:
    """Whether a name local to ``home`` keeps its meaning in an event in ``country``: at home,
    and where ``home``'s war crosses a border (``local_names_abroad``: Yemen's into Saudi Arabia)."""
    return home == country or country in actor_tables().get("local_names_abroad", {}).get(home, ())


def _bare_forms(surface: str) -> set[str]:
    """A mention's surface and its forms without a proclitic (``وللجيش الوطني`` ->
    ``للجيش الوطني``, ``الجيش الوطني``)."""
    forms = {surface}
    for _ in range(2):
        for form in list(forms):
            if form[:2] == "لل" and len(form) > 3:
                forms.add("ال" + form[2:])
            elif form[:1] in "وفبل" and len(form) > 3:
                forms.add(form[1:])
    return forms


def group_mentions(words: Sequence[Word], lo: int = 0, hi: int | None = None,
                   text: str | None = None, country: str | None = None) -> list[ActorMention]:
    """Named armed groups and forces in ``words[lo:hi]``: the actor knowledge base
    (``rasd.kb.actors``, when ``text`` is given and the base is installed) first, then the
    fallback list of ``actors.json``. With the event's ``country``, a name that means a
    group only in one country (``الجيش الوطني``: Syria's National Army, but Yemen's or
    Libya's army elsewhere; ``local_names`` in actors.json) counts only there."""
    hi = len(words) if hi is None else hi
    out: list[ActorMention] = []
    local = _local_names()

    def here(a: ActorMention) -> bool:
        surface = " ".join(w.key for w in words[a.first:a.last + 1])
        return not any(country and form in local and not _local_there(local[form], country) for form in _bare_forms(surface))

    if text is not None and lo < hi:
        out.extend(a for a in _kb_mentions(text, words, lo, hi, country) if here(a))
    coalition = actor_tables().get("coalition_by_country", {}).get(country or "")
    if coalition:
        for m in actor_terms("coalition_terms").find(words, lo, hi):
            out.append(ActorMention(coalition, "external", m.first, m.last))
        out.extend(ActorMention(coalition, "external", i, i) for i in _bare_coalition(words, lo, hi))
    cats: dict[str, str] = actor_tables()["group_categories"]
    for name, ts in live_items(_group_sets(), slots_present(words)):
        for m in ts.find(words, lo, hi):
            a = ActorMention(name, cats.get(name, "rebel"), m.first, m.last)
            if (not common_noun(words, m.first, m.last, hi) and here(a) and not _after_place_noun(words, lo, m.first)
                    and not _the_named_base(words, lo, m.first, m.last, text)):
                out.append(a)
    out.sort(key=lambda a: (a.first, -(a.last - a.first)))
    dedup: list[ActorMention] = []
    for a in out:
        if dedup and a.first <= dedup[-1].last:
            continue
        dedup.append(a)
    return dedup


def _after_place_noun(words: Sequence[Word], lo: int, first: int) -> bool:
    """Whether the name at word ``first`` follows a place noun: it names the place (``حي
    بري``, a Khartoum district; ``منطقة القاعدة``, a place near Taiz), not a group."""
    return first > lo and cue_set("place_nouns").any_in(words, first - 1, first)


_BASE_NOUN = normalize_key("قاعدة")
_BASE_GROUP = normalize_key("القاعدة")
#: the group named as such somewhere in the text (then a bare القاعدة may be the group too)
_GROUP_NAMED = re.compile(r"{0}\W*{1}|{1}\W*{2}\s+(?:{3})".format(
    *(normalize_key(w) for w in ("تنظيم", "القاعدة", "في", "جزيرة|بلاد|شبه"))))


@lru_cache(maxsize=64)
def _names_a_base(text: str) -> bool:
    """Whether ``text`` names a base (``قاعدة العند``, ``بقاعدة الملك فهد``) and never the
    group Al Qaeda as such (``تنظيم القاعدة``, ``القاعدة في جزيرة العرب``)."""
    key = normalize_key(text)
    if _GROUP_NAMED.search(key):
        return False
    adjectives = {normalize_key(w) for w in actor_tables()["common_readings"].get("القاعدة", ())}
    base_forms = {c + _BASE_NOUN for c in ("", "و", "ب", "ل", "ف")}
    return any(w in base_forms and nxt.startswith("ال") and nxt not in adjectives
               for w, nxt in pairwise(key.split()))


def _the_named_base(words: Sequence[Word], lo: int, first: int, last: int, text: str | None) -> bool:
    """Whether a bare ``القاعدة`` at word ``first`` is the base the text names (``غارات على
    القاعدة`` after ``قاعدة العند``): not where a fighting word heads it (``مسلحو القاعدة``)
    or the text names the group as such."""
    if text is None or first != last or not words[first].key.endswith(_BASE_GROUP[2:]):
        return False
    if any(r.last == first - 1 for r in role_mentions(words, max(lo, first - 3), first)):
        return False
    return _names_a_base(text)


_KIND_OF_CATEGORY = {
    "state forces": "state", "rebel group": "rebel", "political militia": "militia",
    "identity militia": "militia", "rioters": "rioter", "protesters": "protester",
    "civilians": "civilian", "external/other forces": "external",
}


@lru_cache(maxsize=1)
def _kb() -> Any:
    try:
        from rasd.kb.actors import load_actor_kb
    except ImportError:
        return None
    return load_actor_kb()


_STATE_NAMES = ("Government of ", "Military Forces of ", "Police Forces of ")


def _kb_mentions(text: str, words: Sequence[Word], lo: int, hi: int,
                 country: str | None = None) -> list[ActorMention]:
    """Knowledge-base actors that have an ACLED name, mapped to word indices. A state named
    by one word (a leader's surname: ``سليمان``, ``الحريري``, also a common given or family
    name) is that state only in an event in its own country: elsewhere the word is someone
    else's name (``حكمة سليمان``, a spokesman) or a leader's comment, not a side."""
    kb = _kb()
    if kb is None:
        return []
    start, end = words[lo].start, words[hi - 1].end
    out: list[ActorMention] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in kb.find_at(text, start, end):
        actor = m.actor
        if not actor.acled_name:
            continue
        a_start, a_end = start + m.start, start + m.end
        if not starts:  # the words in text order, indexed once per call
            starts, ends = [words[i].start for i in range(lo, hi)], [words[i].end for i in range(lo, hi)]
        idx = [lo + i for i in overlap_range(starts, ends, a_start, a_end)]
        if not idx:
            continue
        if _after_place_noun(words, lo, idx[0]):
            continue  # حي بري (a Khartoum district) is not Nabih Berri
        if cue_set("kin_words").any_in(words, max(lo, idx[0] - 2), idx[0]):
            continue  # قبيلة أولاد سليمان: a tribe, not the person (or office) of that name
        if "ك" in text[words[idx[0]].start:a_start]:
            continue  # كبرى is not ك + بري (Nabih Berri): a name is not read after a ك clitic
        if common_noun(words, idx[0], idx[-1], hi):
            continue
        name = str(actor.acled_name)
        if (len(idx) == 1 and country and actor.country and actor.country != country
                and name.startswith(_STATE_NAMES)):
            continue
        kind = _KIND_OF_CATEGORY.get(str(actor.category or "").lower(),
                                     "state" if name.startswith(("Government of ", "Military Forces of ")) else "rebel")
        out.append(ActorMention(name, kind, idx[0], idx[-1]))
    return out


def country_template(template: str, cc: str | None) -> str | None:
    """``template`` (``Police Forces of {country}``, ``Civilians ({country})``) for the country
    ``cc``, ``the`` before the names ACLED writes with it after "of"; None where ``cc`` names
    no country."""
    name = country_name(cc)
    if name is None:
        return None
    if " of {country}" in template and name in actor_tables().get("countries_with_article", ()):
        name = "the " + name  # Military Forces of the United States, but Civilians (United States)
    return template.format(country=name)


def role_name(r: RoleMention, country: str | None) -> str | None:
    cc = r.country or country
    if r.kind == "military" and r.country is None and country:
        cc = actor_tables().get("military_of_territory", {}).get(country, cc)  # قوات in the West Bank: Israel's
    named = country_template(r.template, cc)
    if named is None:
        return r.template.replace(" ({country})", "").replace(" of {country}", "") if r.kind != "military" else None
    return named
