"""Resolving place mentions to one gazetteer entry each (the second half of the places stage).

:func:`resolve_mentions` chooses among a mention's candidates: explicit qualifiers first,
then the dateline, the document's dominant country and region, nearby places and population,
and drops readings too weak to report (the weighing itself is in :mod:`rasd.stages.places.score`).
:func:`geocode_string` resolves a short string such as a dateline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.kb.gazetteer import (
    FOCUS_REGIONS,
    KIND_ADMIN1,
    KIND_CITY,
    KIND_SUBTOWN,
    Gazetteer,
    GeoMatch,
    haversine_km,
    load_gazetteer,
)
from rasd.kb.gazetteer_latin import arabic_skeleton, arabic_vowel_count, extra_latin_countries
from rasd.span_index import NearPoints, PointIndex
from rasd.stages.places.anchor import (
    LINK_BI,
    LINK_STRONG,
    anchored_precision,
    far_from_anchor,
    nearest_to_anchor,
)
from rasd.stages.places.direction import keeps_own_reading, reading_in_direction
from rasd.stages.places.gated import countries_named, quarter_over_namesake
from rasd.stages.places.match import Mention, find_mentions
from rasd.stages.places.score import SCORE_REGION_KM, Context, acceptable, best_candidate, place_score
from rasd.stages.places.words import (
    descriptor_form,
    strip_article,
    trigger_kind,
)

__all__ = ["Mention", "Resolved", "find_mentions", "geocode", "geocode_string", "place_score", "resolve_mentions"]

_SAME_PLACE_KM = 25.0  # Latin-name namesakes closer than this are one place
_NEAR_KM = 100.0  # a namesake this close to another place of the story is the one meant
# a word with no place noun before it is tried by Latin name only if it looks foreign: two
# vowel letters or more (كيسمايو، التحيتا; not مقطع، ضمن، حراس)
_GUESS_VOWELS = 2
_EXTRA_LATIN = extra_latin_countries()  # Turkey and Iran: Latin names indexed as in the focus regions
_LISTED_VOWELS = 1  # one after و and a place just found (الزنتان وترهونة)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention's span, its chosen entry and the ACLED precision of the reading."""

    start: int
    end: int
    match: GeoMatch
    precision: int


def _is_anchor(m: Mention) -> bool:
    if m.weak or m.qualifier_only or m.skeleton_word is not None or m.variant:
        return False  # (a name read one spelling change away is no evidence of the story's country)
    return bool(m.candidates) and len({c.country for c in m.candidates}) == 1 and (
        m.candidates[0].kind != KIND_CITY or m.candidates[0].population >= 50_000 or m.trigger is not None
    )


def _dominant_candidate(m: Mention, cands: list[GeoMatch]) -> bool:
    """A great city among small namesakes (لندن: London, not London, Ohio) is evidence too."""
    if m.weak or m.skeleton_word is not None or len(cands) < 2:
        return False
    pops = sorted((c.population for c in cands), reverse=True)
    return pops[0] >= 1_000_000 and pops[0] >= 20 * pops[1]


def _constrained(m: Mention, defer: bool = False) -> list[GeoMatch]:
    """The candidates that fit the mention's qualifier. A qualifier that fits none is dropped
    (``m.contradicted`` says so), unless ``defer``: a Latin-name search in the qualifier's
    country is still to come."""
    cands = m.candidates
    if m.qualifier_cc:
        same = [c for c in cands if c.country == m.qualifier_cc]
        if same:
            cands = same
        elif m.weak or (m.qualifier_demonym and not m.trigger) or defer:
            # "السلطات الأفغانية": a noun with an adjective, not a place of that country
            return []
        else:
            if m.qualifier_strong:
                m.contradicted = "admin" if m.qualifier_admin else "country"
            m.qualifier_cc = m.qualifier_admin = None
        if m.qualifier_admin:
            same_admin = [c for c in cands if c.admin1 == m.qualifier_admin[1]]
            if same_admin:
                cands = same_admin
    return cands


def _document_context(
    gaz: Gazetteer, mentions: list[Mention], dateline_cc: str | None, extra: Counter[str] | None
) -> tuple[Context, list[tuple[int, GeoMatch]]]:
    counts: Counter[str] = Counter(extra or {})
    anchors: list[tuple[int, GeoMatch]] = []
    for k, m in enumerate(mentions):
        cands = _constrained(m, defer=m.skeleton_word is not None)
        # a town whose qualifier names another country (منطقة X شمال غربي باكستان, X an
        # Egyptian town's name) says nothing of the story
        if cands and not (m.contradicted and m.trigger) and not all(_below_town(gaz, c) for c in cands) and (
                _is_anchor(m) or m.qualifier_cc or _dominant_candidate(m, cands)):
            best = max(cands, key=lambda c: c.population)
            counts[best.country] += 1
            anchors.append((k, best))
    if dateline_cc:
        counts[dateline_cc] += 2
    total = sum(counts.values()) or 1
    share = {cc: n / total for cc, n in counts.items()}
    dominant = counts.most_common(1)[0][0] if counts else None
    context = {cc for cc, s in share.items() if s >= 0.1}
    for cc in list(context):
        context.update(gaz.neighbours.get(cc, ()))
    ctx = Context(share, dateline_cc, dominant, gaz.region(dominant) if dominant else None,
                   frozenset(context), frozenset(cc for cc in (dominant, dateline_cc) if cc), dict(counts),
                   frozenset(m.key for m in mentions if m.trigger is not None))
    return ctx, anchors


def _try_skeleton(gaz: Gazetteer, ctx: Context, m: Mention, near_pts: NearPoints) -> None:
    """Replace weak, foreign or missing candidates by the one place of the qualifier's country
    (else the document's) whose Latin GeoNames name spells the mention; inside the named
    division when there is one (``بلدة ... في إقليم إيتوري``). Nothing changes when no such
    place, or more than one, is found."""
    if m.qualifier_cc:
        wanted = [m.qualifier_cc]
        solid = any(c.country == m.qualifier_cc for c in m.candidates)
    else:
        wanted = _top_countries(ctx)
        if m.guess:  # a bare word is looked for in Turkey or Iran only in a story about it
            wanted = [cc for cc in wanted if cc not in _EXTRA_LATIN or cc == ctx.dominant]
        solid = any(c.country in wanted or c.country in ctx.context or (
            not m.variant and (c.kind != KIND_CITY or c.population >= 100_000)) for c in m.candidates)
    word = m.skeleton_word or ""
    if solid or (m.guess and arabic_vowel_count(word) < (_LISTED_VOWELS if m.listed else _GUESS_VOWELS)):
        return
    for surface, end in ((word, m.end), *m.skeleton_alts):
        choice = _unambiguous(_latin_matches(gaz, m, surface, wanted, near_pts), near_pts)
        if choice is not None:
            m.candidates = [choice]
            m.skeleton_found, m.variant = True, False  # (منطقة كاورا نامودا: the Latin name, not Kara, Togo)
            m.skeleton_word, m.end = surface, end
            return
    if near_pts and (m.trigger is not None or m.listed) and len(arabic_skeleton(word)) == 2:
        # a name of two consonants (جوزا، ديكوا) has many Latin namesakes: only a town of
        # 10,000+ within 100 km of another place of the story, after a place word or in a list
        found = [c for c in gaz.skeleton_candidates(word, wanted, short=True)
                 if c.population >= _SHORT_NAME_POP and near_pts.near(c.lat, c.lon, _NEAR_KM)]
        choice = _unambiguous(found, near_pts)
        if choice is not None:
            m.candidates = [choice]
            m.skeleton_found = True
            return
    named = (_named_elsewhere(ctx, wanted)
             if m.trigger in _TOWN_TRIGGERS and not m.qualifier_cc and _foreign_looking(word) else [])
    if named:
        # after a town word, a town of 20,000+ of another country the story names (كوباني, a
        # Syrian town, in a story about a blast across the border in Turkey)
        found = [c for c in _latin_matches(gaz, m, word, named) if c.population >= _NAMED_ELSEWHERE_POP]
        choice = _unambiguous(found, near_pts)
        if choice is not None:
            m.candidates = [choice]
            m.skeleton_found = True


_TOWN_TRIGGERS = frozenset({"town", "capital"})
_NAMED_ELSEWHERE_POP = 20_000
_SHORT_NAME_POP = 10_000
_STRICT_POP = 20_000


def _foreign_looking(word: str) -> bool:
    """A word that reads as a transliterated name: no article, two vowel letters or more
    (كوباني، سوروتش; not السلام, a common word's Latin namesake)."""
    return not word.startswith("ال") and arabic_vowel_count(word) >= _GUESS_VOWELS


def _named_elsewhere(ctx: Context, wanted: list[str]) -> list[str]:
    """The countries the story names (a place, a demonym, its dateline) besides ``wanted``."""
    return sorted(cc for cc, n in ctx.counts.items() if n > 0 and cc not in wanted)


def _latin_matches(gaz: Gazetteer, m: Mention, word: str, wanted: list[str],
                   near_pts: NearPoints | None = None) -> list[GeoMatch]:
    found = gaz.skeleton_candidates(word, wanted, short=m.qualifier_admin is not None)
    # a province by its Latin name only after a division word (ولاية فرياب), and then it is
    # the province, not a town of its name (مدينة غومبيه is the town)
    admins = [c for c in found if c.kind == KIND_ADMIN1]
    if admins:
        if m.trigger == "admin" and len(admins) == 1:
            return admins
        found = [c for c in found if c.kind != KIND_ADMIN1]
    if m.skeleton_strict:
        # after a direction or قرب: a town of 20,000+; a transliterated name (no article, two
        # vowel letters: not الجبال المحيطة) may be a town of 10,000+ within 100 km of another
        # place of the story (قرب كوندوغا, with Maiduguri named in the story)
        small = near_pts is not None and _foreign_looking(word) and not gaz.is_common(m.key)
        found = [c for c in found if c.population >= _STRICT_POP or (
            small and c.population >= _SHORT_NAME_POP and near_pts is not None and near_pts.near(c.lat, c.lon, _NEAR_KM))]
    if m.qualifier_admin is not None:
        # only inside the named division (GeoNames' divisions may be older than the text's:
        # also near its main town)
        cc, name = m.qualifier_admin
        division = gaz.division(cc, name)
        found = [c for c in found if c.admin1 == name or (
            division is not None and haversine_km(c.lat, c.lon, division.lat, division.lon) < _NEAR_KM)]
    return found


def _unambiguous(found: list[GeoMatch], near_pts: NearPoints) -> GeoMatch | None:
    """The one place among Latin-name matches: the only one (namesakes within 25 km are one
    place), else the only one near another place of the story, else one ten times as populous
    as the next (and of 10,000+); ``None`` when that leaves a choice."""
    places: list[GeoMatch] = []
    for c in sorted(found, key=lambda c: -c.population):
        if not any(haversine_km(c.lat, c.lon, p.lat, p.lon) < _SAME_PLACE_KM for p in places):
            places.append(c)
    if len(places) <= 1:
        return places[0] if places else None
    if near_pts:
        close = [p for p in places if near_pts.near(p.lat, p.lon, _NEAR_KM)]
        if len(close) == 1:
            return close[0]
    if places[0].population >= 10 * max(places[1].population, 1000):
        return places[0]
    return None


def _top_countries(ctx: Context) -> list[str]:
    """The dominant country (and any as present as it) and the dateline's, where a Latin
    name may be looked for."""
    out = [ctx.dominant] if ctx.dominant else []
    top = ctx.share.get(ctx.dominant or "", 0.0)
    out += sorted(cc for cc, share in ctx.share.items() if cc != ctx.dominant and share >= top - 1e-9)
    if ctx.dateline_cc and ctx.dateline_cc not in out:
        out.append(ctx.dateline_cc)
    return out


def resolve_mentions(
    gaz: Gazetteer,
    mentions: list[Mention],
    *,
    dateline_cc: str | None = None,
    extra_countries: Counter[str] | None = None,
    lenient: bool = False,
    by_direction: dict[int, float] | None = None,
) -> list[Resolved]:
    """Choose one entry per mention; drop mentions too weak to be places (unless ``lenient``:
    the text is known to name a place, as a dateline does). ``by_direction``: the mentions a
    compass direction links to their anchor, with its bearing (:func:`rasd.stages.places.direction.direction_linked`)."""
    ctx, anchors = _document_context(gaz, mentions, dateline_cc, extra_countries)
    # one sense per document: a name qualified once (طرابلس (لبنان)) keeps that country
    qualified: dict[str, str] = {}
    for m in mentions:
        if m.qualifier_cc and m.key not in qualified and any(c.country == m.qualifier_cc for c in m.candidates):
            qualified[m.key] = m.qualifier_cc
    for m in mentions:
        if not m.qualifier_cc and m.key in qualified:
            m.qualifier_cc = qualified[m.key]
    out: dict[int, Resolved] = {}
    # the towns of the story, by place (not one scan of them all per mention)
    towns = PointIndex(((j, a.lat, a.lon) for j, a in anchors if a.kind in (KIND_CITY, KIND_SUBTOWN)),
                       max(_NEAR_KM, SCORE_REGION_KM), haversine_km)
    named = countries_named(mentions)
    anchors_of: dict[int, list[GeoMatch]] = {}
    for j, a in anchors:
        anchors_of.setdefault(j, []).append(a)
    for k, m in enumerate(mentions):
        if (m.qualifier_only and m.trigger != "near") or (m.needs_anchor and m.anchor is None):
            continue
        near_pts = towns.besides(k)
        if m.skeleton_word is not None and (ctx.dominant or m.qualifier_cc):
            _try_skeleton(gaz, ctx, m, near_pts)
        cands = _constrained(m)
        if not cands:
            continue
        best = best_candidate(gaz, ctx, m, cands, near_pts)
        if _below_town(gaz, best) and not _landmark_in_story(gaz, ctx, m, best):
            cands = _without_landmarks(gaz, ctx, m, near_pts)
            if not cands:
                continue
            best = best_candidate(gaz, ctx, m, cands, near_pts)
        own = sum(1 for a in anchors_of.get(k, ()) if a.country == best.country)
        quarter = quarter_over_namesake(gaz, ctx, m, best, named, own)  # حي الملقا: Riyadh's, not Malacca
        if quarter is not best:
            best = quarter
            own = sum(1 for a in anchors_of.get(k, ()) if a.country == best.country)
        focus = gaz.region(best.country) in FOCUS_REGIONS or best.country in _EXTRA_LATIN
        if not lenient and (not acceptable(m, best, ctx, focus, own) or place_score(gaz, ctx, m, best, own) < 0):
            continue
        if best.kind == KIND_ADMIN1 and m.trigger is None:
            # a bare name shared by a division and its main town is the town (وإلى تمبكتو)
            best = gaz.town_named(best.country, best.name, best.admin1) or best
        m.choice = best
        out[k] = Resolved(m.start, m.end, best, _precision(m, best))
    if not lenient:
        _same_word_same_place(mentions, out)
        _place_by_anchor(gaz, mentions, out, by_direction)
    return [out[k] for k in sorted(out)]


def _same_word_same_place(mentions: list[Mention], out: dict[int, Resolved]) -> None:
    """One sense per document for names read by their Latin spelling: an unplaced mention of
    a word no Arabic name holds takes the place another mention of the same word was read as
    (``بلدة كوباني`` read, then ``قرب كوباني`` too)."""
    found: dict[str, GeoMatch] = {}
    for k, r in out.items():
        if mentions[k].skeleton_found and _foreign_looking(mentions[k].skeleton_word or ""):
            found.setdefault(mentions[k].key, r.match)
    if not found:
        return
    for k, m in enumerate(mentions):
        choice = found.get(m.key)
        if (choice is None or k in out or m.candidates or m.qualifier_only or m.skeleton_word is None
                or (m.needs_anchor and m.anchor is None)):
            continue
        m.choice = choice
        out[k] = Resolved(m.start, m.end, choice, _precision(m, choice))


def _below_town(gaz: Gazetteer, c: GeoMatch) -> bool:
    """A place below town level with a point of its own: a landmark of the landmarks table, or
    a quarter, square or building of the sub-town table (``المنطقة الخضراء``, ``ميدان التحرير``,
    ``البيت الأبيض``), not a region, a mountain range or a GeoNames town."""
    return c.index in gaz.landmarks or (c.kind == KIND_SUBTOWN and c.precision == 1 and c.geonames_id is None)


def _landmark_in_story(gaz: Gazetteer, ctx: Context, m: Mention, c: GeoMatch) -> bool:
    """A landmark (:func:`_below_town`) is read in a story about its country or a neighbour
    of the story's main country (not a neighbour of a country named in passing: the Green
    Zone is Baghdad's, not a Yemeni front's), where a qualifier names its country, or where
    nothing else says where the story is."""
    if m.qualifier_cc == c.country or not ctx.counts:
        return True
    return c.country in ctx.context and (
        ctx.counts.get(c.country, 0) > 0 or any(c.country in gaz.neighbours.get(cc, ()) for cc in ctx.core))


def _without_landmarks(gaz: Gazetteer, ctx: Context, m: Mention, near_pts: NearPoints) -> list[GeoMatch]:
    """The readings of a mention once a landmark of another country is set aside (حي التضامن
    in a story about Tunis is not the Damascus quarter): its other candidates, else the name
    after its place word looked up by its Latin spelling in the story's countries."""
    m.candidates = [c for c in m.candidates if not _below_town(gaz, c)]
    words = m.form.split(" ")
    if not m.candidates and len(words) > 1 and trigger_kind(strip_article(words[0])) is not None and ctx.dominant:
        m.skeleton_word = " ".join(words[1:])
        _try_skeleton(gaz, ctx, m, near_pts)
    return _constrained(m)


def _anchor_licensed(gaz: Gazetteer, m: Mention, anchor: Mention) -> bool:
    """Whether an unplaced mention is a place the text locates by the place after it: a name
    after a place word (بلدة، منطقة، معسكر) or in a list with one, not a common word."""
    if m.weak or m.qualifier_only:
        return False
    if gaz.is_common(m.key):
        # a landmark or quarter named by a common word (تبة الدفاع غربي مأرب، حي الشرطة جنوب
        # بغداد): only where its place word and a place right after it say so
        # (ساحة العروض بالموصل: after a landmark word a bare ب locates a definite name too;
        # not an indefinite adjective, مستشفى شهير بجدة "a famous hospital")
        definite = m.form.split(" ")[-1].startswith("ال")
        link = LINK_BI if m.trigger == "landmark" and definite else LINK_STRONG
        return m.anchor_link >= link and _common_name(m)
    if m.trigger is not None or m.needs_anchor:
        return True
    if m.located_only:
        # (أشهرا من الجمود في عدن: a plain في is not enough; بريف إدلب، شمال مدينة عدن is)
        return m.anchor_link >= LINK_BI and anchor.trigger in _LOCATING_TRIGGERS
    return m.guess and m.anchor_link >= LINK_BI


def _common_name(m: Mention) -> bool:
    """Whether a common word after a place word names the place: one word, not a descriptor,
    after a landmark word (تبة الدفاع، سد كوكب) or, with the article, after a town or quarter
    word (حي الشرطة; مدينة صغيرة is a small town)."""
    words = m.form.split(" ")
    name = words[1:] if m.trigger == "landmark" and len(words) > 1 else words
    return (len(name) == 1 and not descriptor_form(m.form)
            and (m.trigger == "landmark" or (m.trigger == "town" and name[0].startswith("ال"))))


_LOCATING_TRIGGERS = frozenset({"near", "town", "district"})
def text_of(m: Mention) -> str:
    """The mention's words as written (for a Latin-name search), else its key."""
    return m.skeleton_word or m.key


def _place_by_anchor(
    gaz: Gazetteer, mentions: list[Mention], out: dict[int, Resolved], by_direction: dict[int, float] | None = None,
) -> None:
    """Mentions located by a known place after them (see :mod:`rasd.stages.places.anchor`):
    an unplaced one at its anchor with a coarser precision, one read as a far namesake moved
    to the candidate near its anchor (or, after a place word, to the anchor; else dropped).
    A name moved so keeps that reading in its other, unlocated mentions (one sense per
    document: the second ``لمدينة زنجبار`` of a story about Abyan). A place always locates
    the ones before it, so they are read from the last: in ``قرية الحلوة في ناحية ربيعة، بريف
    محافظة اللاذقية`` Rabia is moved to Latakia's before the village is put at it. A known town
    that a direction locates (``الدوادمي غرب الرياض``) may lie farther and stays itself."""
    bearings = by_direction or {}
    moved: dict[str, GeoMatch] = {}
    for k in range(len(mentions) - 1, -1, -1):
        m = mentions[k]
        if m.anchor is None or m.anchor not in out:
            continue
        anchor = out[m.anchor].match
        coarse = mentions[m.anchor].trigger in ("near", "admin")
        if k in out:
            current = out[k].match
            located = m.anchor_link == LINK_STRONG or (m.trigger is not None and m.anchor_link == LINK_BI)
            if not located or not far_from_anchor(current, anchor, coarse):
                continue
            if current.kind == KIND_ADMIN1 and m.trigger == "admin" and not m.area_word:
                continue  # محافظة المنيا جنوب القاهرة: a province the text names as one is that province
                # (منطقة عمران غرب عدن is an area west of Aden, not the far province of Amran)
            near = (nearest_to_anchor(m.candidates, anchor, coarse)
                    or nearest_to_anchor(_bare_name_candidates(gaz, m), anchor, coarse)
                    or nearest_to_anchor(gaz.skeleton_candidates(text_of(m), [anchor.country]), anchor, coarse))
            bearing = bearings.get(k)
            if near is None and bearing is not None and keeps_own_reading(m, current, anchor, bearing):
                continue
            if near is not None:
                m.choice = near
                out[k] = Resolved(m.start, m.end, near, _precision(m, near))
                moved.setdefault(m.key, near)
                continue
            # the text says where it is, and the namesake is not there (مدينة زنجبار عاصمة
            # محافظة أبين is not Zanzibar): near the anchor, or nothing
            del out[k]
            m.choice = None
            if m.trigger is None:
                continue
        elif k in bearings and m.anchor_link == LINK_STRONG and not gaz.is_common(m.key) and (
                own := reading_in_direction(m, anchor, bearings[k])) is not None:
            m.choice = own  # (دوما جنوب نابلس: its own namesake there, not Syria's Douma)
            out[k] = Resolved(m.start, m.end, own, _precision(m, own))
            continue
        elif not _anchor_licensed(gaz, m, mentions[m.anchor]):
            continue
        precision = anchored_precision(anchor, m)
        mate = _listed_town(mentions, out, k, anchor, coarse, precision is not None)
        if mate is not None:
            m.choice = mate
            out[k] = Resolved(m.start, m.end, mate, 2)
            continue
        if precision is not None:
            m.choice = anchor
            out[k] = Resolved(m.start, m.end, anchor, precision)
    for k, m in enumerate(mentions):
        near = moved.get(m.key)
        if near is None or m.anchor is not None or k not in out or out[k].match.country == near.country:
            continue
        m.choice = near
        out[k] = Resolved(m.start, m.end, near, _precision(m, near))


_MATE_KM = 15.0  # a listed town this close to the anchor's point places the name no better than that point


def _listed_town(
    mentions: list[Mention], out: dict[int, Resolved], k: int, anchor: GeoMatch, coarse: bool, placed_there: bool,
) -> GeoMatch | None:
    """The town listed with an unplaced name when both are located only by a province or a
    countryside (``بلدتي نوى وتل الجابية بريف درعا``): a place named in one breath with a town
    of the same countryside lies near that town rather than at the province's main town. Only
    a town the gazetteer placed by its own name (precision 1), joined to the name by و or a
    comma and located by the same anchor; where the name would be put at the anchor's point
    (``placed_there``), only a town more than :data:`_MATE_KM` from it (nearer, that point
    serves as well). ``None`` where the anchor is a town itself."""
    if not coarse and anchor.kind != KIND_ADMIN1:
        return None
    m = mentions[k]
    mates = [j for j in (k - 1, k + 1) if 0 <= j < len(mentions)
             and (mentions[j].joined_to_next if j < k else m.joined_to_next)]
    for j in mates:
        placed = out.get(j)
        if placed is None or placed.precision != 1 or mentions[j].anchor != m.anchor:
            continue
        town = placed.match
        if (town.kind in (KIND_CITY, KIND_SUBTOWN) and not far_from_anchor(town, anchor, coarse)
                and (not placed_there or haversine_km(town.lat, town.lon, anchor.lat, anchor.lon) > _MATE_KM)):
            return town
    return None


def _bare_name_candidates(gaz: Gazetteer, m: Mention) -> list[GeoMatch]:
    """The readings of a name without the place word it opens with, where the gazetteer knows
    the whole phrase as one place's name (``مدينة زنجبار`` is Zanzibar City; ``مدينة زنجبار
    عاصمة محافظة أبين`` is Zinjibar, Yemen)."""
    words = m.key.split(" ")
    if len(words) < 2 or trigger_kind(words[0]) not in ("town", "district"):
        return []
    rest = strip_article(" ".join(words[1:]))
    return gaz.candidates(rest) if gaz.has_key(rest) else []


def _precision(m: Mention, c: GeoMatch) -> int:
    if c.precision > 1:
        return c.precision
    if m.skeleton_found and m.skeleton_admin:
        return 2  # منطقة شينكافي: the district named after its town
    if m.trigger in ("near", "district", "landmark"):
        return 2
    if m.trigger == "admin":
        return 3
    return 1


def geocode_string(gaz: Gazetteer, text: str, context: tuple[str, ...] = ()) -> GeoMatch | None:
    """The first place of a short string (a dateline), resolved (see :func:`geocode`)."""
    if not text or not text.strip():
        return None
    mentions = find_mentions(gaz, text[:500])
    if not mentions:
        return None
    resolved = resolve_mentions(gaz, mentions[:1] + [m for m in mentions[1:] if m.start < 200],
                                extra_countries=Counter({cc: 2 for cc in context}), lenient=True)
    return resolved[0].match if resolved else None


def geocode(text: str, *, context: Iterable[str] = ()) -> GeoMatch | None:
    """Resolve a short place string, such as a dateline, to one gazetteer entry.

    Understands qualifiers (``طرابلس (لبنان)``, ``طرابلس اللبنانية``, ``شمال لبنان``);
    ``context`` is a sequence of ISO2 codes to prefer (e.g. the document's countries).
    Returns ``None`` when nothing in ``text`` is a known place.
    """
    return geocode_string(load_gazetteer(), text, tuple(context))
