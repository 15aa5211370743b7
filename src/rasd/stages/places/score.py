"""How strongly a story supports each reading of a place mention (used by
:mod:`rasd.stages.places.resolve`).

:class:`Context` is what the whole document says about where it is; :func:`best_candidate`
ranks a mention's candidates by population, the document's countries, nearby towns and the
place word before it; :func:`place_score` weighs whether the chosen reading is a place at all
rather than a common word, and :func:`acceptable` whether it is strong enough to report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rasd.kb.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_SUBTOWN,
    Gazetteer,
    GeoMatch,
    haversine_km,
    other_reading_zipf,
)
from rasd.span_index import NearPoints
from rasd.stages.places.match import Mention
from rasd.stages.places.words import (
    COMPASS_ADJECTIVES,
    generic_place_noun,
    strip_article,
)

__all__ = ["SCORE_NEAR_KM", "SCORE_REGION_KM", "Context", "acceptable", "best_candidate", "place_score"]

SCORE_NEAR_KM, SCORE_REGION_KM = 100.0, 300.0  # a candidate this close to another town of the story scores 2, 1
_COMMON_WEIGHT = 0.75  # a doubling of a word's common uses over its place uses costs 0.75
_TRIGGER_WEIGHT = 3.0  # a place word before the name (مدينة، بلدة، حي ...)
_FREQUENT_ZIPF = 4.0  # about one word in 100,000 of running Arabic
_FREQUENT_WEIGHT = 3.0  # each tenfold above that costs 3, where the entities stage saw no location
_FOREIGN_WEIGHT = 1.5  # a place outside the document's countries, with nothing but its name for it
_NER_OTHER_WEIGHT = 2.0  # the entities stage called it a name of another kind (its LOC tag adds 2)
_SMALL_PLACE = 100_000  # a town smaller than this whose name has a frequent other reading needs context
_OTHER_ZIPF = 3.0  # an other reading from about one word in a million of running Arabic ...
_OTHER_WEIGHT = 2.0  # ... costs 2 for each tenfold above that
_VILLAGE, _VILLAGE_WEIGHT = 10_000, 1.0  # and 1 more for a village
_GREAT_OTHER_ZIPF = 4.0  # a bigger town's name counts an other reading only this frequent, and only far away
_NAMESAKE_TOWN_POP = 100_000  # a town smaller than this, named like a province it lies outside of ...
_NAMESAKE_TOWN_KM = 100.0  # ... and this far from that province's point ...
_NAMESAKE_TOWN_COST = 4.0  # ... yields to that province (صلاح الدين is not Pīrmām in Erbil)


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole document says about where it is."""

    share: dict[str, float]
    dateline_cc: str | None
    dominant: str | None
    dom_region: str | None
    context: frozenset[str]  # countries with a tenth of the evidence, and their neighbours
    core: frozenset[str]  # the dominant and the dateline country
    counts: dict[str, int]  # evidence per country: anchors, demonyms, the dateline (2)
    attested: frozenset[str] = frozenset()  # keys named somewhere in the document after a place word


def _score(gaz: Gazetteer, ctx: Context, m: Mention, c: GeoMatch, near_pts: NearPoints,
           top_pop: int) -> float:
    """How likely candidate ``c`` is meant by mention ``m`` (higher is better)."""
    s = math.log10(c.population + 10)
    if top_pop >= 1_000_000 and c.population * 50 < top_pop and not m.qualifier_cc:
        s -= 3.0  # a namesake of a great city (Mesquite for موسكو) needs a qualifier
    s += 4.0 * ctx.share.get(c.country, 0.0)
    if c.country == ctx.dateline_cc:
        s += 2.5
    if ctx.dom_region and gaz.region(c.country) == ctx.dom_region:
        s += 1.0
    if near_pts and c.kind in (KIND_CITY, KIND_SUBTOWN):
        s += 2.0 if near_pts.near(c.lat, c.lon, SCORE_NEAR_KM) else 1.0 if near_pts.near(
            c.lat, c.lon, SCORE_REGION_KM) else 0.0
    if m.trigger == "admin":
        # منطقة names a province only in the story's countries (منطقة الرقة in a Kuwaiti
        # story is the Kuwaiti quarter, not Syria's province)
        s += 6.0 if c.kind == KIND_ADMIN1 and (not m.area_word or c.country in ctx.context) else 0.0
    elif m.trigger in ("town", "district", "near", "capital", "landmark"):
        s += 3.0 if c.kind in (KIND_CITY, KIND_SUBTOWN) else 0.0
    elif c.kind in (KIND_CITY, KIND_SUBTOWN):
        s += 0.6
        if any(o.kind == KIND_ADMIN1 and o.country == c.country for o in m.candidates):
            s += 1.0  # a bare إدلب or سنار is the town more often than the province
    if c.kind == KIND_SUBTOWN:
        s += 1.0
    if _province_namesake(m, c):
        s -= _NAMESAKE_TOWN_COST
    return s


def _province_namesake(m: Mention, c: GeoMatch) -> bool:
    """Whether ``c`` is a smaller town that shares its name with a province of its country
    but lies in another province, while no candidate town lies in the province itself: the
    name is the province's (``شمال صلاح الدين``: GeoNames also calls Pīrmām, Erbil,
    Salahaddin). A province's own seat of that name (إدلب, حلب), a town close to the province
    (GeoNames files al-Karak's town under Maan) and a great city (صنعاء, whose province GeoNames
    keeps apart) stay towns."""
    if c.kind != KIND_CITY or c.population >= _NAMESAKE_TOWN_POP:
        return False
    provinces = [o for o in m.candidates if o.kind == KIND_ADMIN1 and o.country == c.country]
    if not provinces or any(c.admin1 == o.admin1 or haversine_km(c.lat, c.lon, o.lat, o.lon) <= _NAMESAKE_TOWN_KM
                            for o in provinces):
        return False
    names = {o.admin1 for o in provinces}
    return not any(o.kind == KIND_CITY and o.country == c.country and o.admin1 in names for o in m.candidates)


def best_candidate(gaz: Gazetteer, ctx: Context, m: Mention, cands: list[GeoMatch], near_pts: NearPoints) -> GeoMatch:
    """The candidate of highest :func:`_score` (the first of equals; a lone one is not scored)."""
    top_pop = max(c.population for c in cands)
    return cands[0] if len(cands) == 1 else max(cands, key=lambda c: _score(gaz, ctx, m, c, near_pts, top_pop))


def place_score(gaz: Gazetteer, ctx: Context, m: Mention, c: GeoMatch, own: int = 0) -> float:
    """Evidence that a mention with no place word before it is the place ``c`` rather than a
    common word; negative: not a place. One sum: the gazetteer's prior (a country, a
    province, a town by its population), the context (a preposition before it, the entities
    stage calling it a location, a list with a place, the document's countries) against how
    often the word is an ordinary word in news text (:meth:`Gazetteer.commonness`: الشرطة,
    عبر) and, where the entities stage ran and did not call it a location, how frequent it is
    in running Arabic (:meth:`Gazetteer.zipf`: الخبر). A place word before the name weighs 3
    (حي الشرطة is still not Chwarta); an explicit qualifier settles it; countries are not
    doubted for being frequent.
    ``own``: the evidence for ``c``'s country that this mention itself gave."""
    if (m.qualifier_cc and m.qualifier_strong) or not m.form:
        return 1.0
    if c.kind == KIND_COUNTRY and gaz.is_common(m.form) and not (m.after_preposition or m.trigger or ctx.counts.get(c.country, 0) > own):
        return -1.0  # a country named by a common word (مورد مالي "a financial resource") needs its context
    # a place of a country outside the story's countries and their neighbours, or one that
    # nothing but the mention itself (``own``) points to and that does not border the story's
    # main countries
    supported = c.country in ctx.context and (
        ctx.counts.get(c.country, 0) - own > 0 or any(c.country in gaz.neighbours.get(cc, ()) for cc in ctx.core))
    foreign = bool(c.kind != KIND_COUNTRY and m.trigger is None and c.country and not supported)
    # a neighbour of the story's countries that the story itself never names is weaker support
    # than a named one (بخالص تعازيه in a Saudi story is no Iraqi town)
    unnamed = bool(c.kind != KIND_COUNTRY and m.trigger is None and supported and c.country not in ctx.core
                   and ctx.counts.get(c.country, 0) - own <= 0)
    if m.first != m.last and not foreign:
        return 1.0  # a name of several words in the story's countries is rarely an accident (رأس العين)
    # a name is an ordinary phrase only if each of its words is an ordinary word (الشيخ سعد)
    words = m.form.split(" ")
    # two views of one question, how often the name is an ordinary word: its uses in
    # annotated news, and how frequent another reading of it is (a small place only)
    # a country the story names nowhere but in this mention (مشهد "a scene" in a Saudi story)
    far = c.kind != KIND_COUNTRY and m.trigger is None and ctx.counts.get(c.country, 0) - own <= 0
    other, split = (0.0, False) if m.key in ctx.attested else _other_reading(gaz, m, c, far)
    common = max(_COMMON_WEIGHT * min(gaz.commonness(w) for w in words), _OTHER_WEIGHT * other)
    # a list of places of its region around it is the context a place word gives (الفلوجة وحديثة)
    in_list = c.index in m.listed_near
    if m.ner_silent and c.kind != KIND_COUNTRY and m.trigger is None and not in_list:
        # a word frequent in running Arabic that the entities stage did not call a location;
        # a far namesake is doubted from a tenfold rarer word on (هزة, Zipf 3.5: a tremor), so
        # is a neighbour's the story never names and a word right after another word, with no
        # preposition, comma or و before it (رابط الخبر "the link to the news", not Khobar)
        floor = _FREQUENT_ZIPF - (1.0 if foreign else 0.5 if unnamed or m.after_word else 0.0)
        common += _FREQUENT_WEIGHT * max(0.0, min(gaz.zipf(w) for w in words) - floor)
    # a place outside the document's countries and their neighbours that nothing but its
    # name supports (هزة in a Kuwaiti story is not Heze, China), or that the entities stage
    # called a person's name (الأحمدي, نزهة); a bigger town of a country named nowhere else whose
    # name is a frequent word weighs as a far one, and the location tag says nothing of it (مشهد "a scene")
    great_word = c.population >= _SMALL_PLACE and other > 0.0
    if (foreign or unnamed or great_word) and (not m.ner_loc or great_word):
        common += _FOREIGN_WEIGHT * (1.0 if foreign or great_word else 0.5)
    if foreign and m.ner_other:
        # the tagger's PER is noisy (بمدينتي أم درمان وبحري): it weighs only against a far reading
        common += _NER_OTHER_WEIGHT
    if common == 0.0:
        return 1.0
    if c.kind == KIND_COUNTRY:
        prior = 4.0
    elif c.kind == KIND_ADMIN1:
        prior = 3.0
    elif c.kind == KIND_SUBTOWN:
        prior = 2.5
    else:
        prior = min(3.0, max(0.0, math.log10(c.population + 10) - 3.0))
    # the entities stage reads its own name lists: its location tag says nothing of a word
    # with a frequent other reading; nor does a proclitic split off a word of its own (بادر)
    context = (1.5 * (m.after_preposition and not split) + 2.0 * (m.ner_loc and not other) + 1.0 * m.listed
               + _TRIGGER_WEIGHT * (m.trigger is not None or in_list))
    # the document's countries, not counting the evidence this mention gave itself (``own``)
    if ctx.counts.get(c.country, 0) - own > 0:
        context += 1.0 if c.country in ctx.core else 0.5 if c.country in ctx.context else 0.0
    return prior + context - common


def _other_reading(gaz: Gazetteer, m: Mention, c: GeoMatch, far: bool = False) -> tuple[float, bool]:
    """How far (in Zipf) above one word in a million the commonest other reading of a small
    place's one-word name is, where no place word stands before it (nor before the same name
    elsewhere in the document: ``منطقة المار ... في المار``) (:func:`other_reading_zipf`:
    ``التل`` "the hill", ``الوقف`` "the halt", ``سلميا`` "peacefully", ``بادر`` "he hastened");
    and whether that reading is the word as written with its proclitic. A definite key
    (``العند``) keeps its article: its bare form is no other reading of it. A bigger town of a
    country the story names nowhere else (``far``), written without the article, is weighed
    too when its definite form is a frequent word (``مشهد`` "a scene": ``المشهد`` is ten times
    commoner than the city); a name written with the article is not (``الرياض``: ``رياض`` is a
    man's name)."""
    if (m.first != m.last or m.trigger is not None or c.kind not in (KIND_CITY, KIND_SUBTOWN)
            or strip_article(m.key) != m.key):
        return 0.0, False
    if c.population >= _SMALL_PLACE:
        # the definite form only: the word as written is the town itself (بجدة); لل is ل + ال (للقاهرة)
        definite = m.form.startswith("ال") or m.written.endswith("لل" + m.form)
        z = other_reading_zipf(m.form) if far and not definite else 0.0
        if z < _GREAT_OTHER_ZIPF:
            return 0.0, False
    else:
        z = other_reading_zipf(m.form, m.written)
        if m.weak:  # written without the article the name has (قصير "short", not القصير): the word itself
            z = max(z, gaz.zipf(m.form))
    z -= _OTHER_ZIPF
    if z <= 0.0:
        return 0.0, False
    split = bool(m.written) and other_reading_zipf(m.form) - _OTHER_ZIPF < z
    return z + (_VILLAGE_WEIGHT / _OTHER_WEIGHT if c.population < _VILLAGE else 0.0), split


def acceptable(m: Mention, best: GeoMatch, ctx: Context, focus: bool, own: int = 0) -> bool:
    """Whether a resolved mention is strong enough to report. ``focus``: the place lies in
    the regions rasd is built for (Middle East, North Africa, Horn, Sahel, Afghanistan and
    Pakistan), where a namesake town of the document's country is accepted at any size.
    ``own``: the evidence for ``best``'s country that this mention itself gave."""
    if m.guess:
        return focus and best.country in ctx.core and best.population >= (0 if m.listed else 50_000)
    if (m.variant and best.kind != KIND_COUNTRY and best.country != m.qualifier_cc
            and (best.country not in ctx.context or ctx.counts.get(best.country, 0) - own <= 0)):
        return False  # بورما is not Borama, Somalia, in a story that names nothing else Somali
    if m.weak:
        if (m.article_added and m.after_word and best.kind == KIND_CITY
                and not (m.after_preposition or m.ner_loc or m.qualifier_cc)):
            return False  # أشجار العرعر "juniper trees": a definite noun after a noun, not the town عرعر
            # (a country's adjective, المدن الأسترالية, and a landmark, قصر المعاشيق, are left alone)
        if best.kind != KIND_CITY:
            return best.country in ctx.core
        return best.country in ctx.core and best.population >= (20_000 if focus else 300_000)
    if (best.kind == KIND_CITY and best.population == 0 and not m.qualifier_cc and best.country not in ctx.core
            and ctx.counts.get(best.country, 0) - own <= 0):
        # a hamlet of a country nothing else in the story names (الخالدية in an Iraqi story
        # is not Jordan's; المحلة in a Yemeni one not Anguilla's The Quarter)
        return False
    if m.contradicted == "admin" and m.trigger is not None and best.kind == KIND_CITY:
        # بلدة X في إقليم إيتوري: not a namesake town X of another country
        return False
    if m.trigger is not None and best.kind == KIND_CITY and best.country not in ctx.context and not m.qualifier_cc:
        # بلدة بيتا in a West Bank story is not Pietà in Malta; a town word and a qualifier
        # naming Pakistan do not make an Egyptian namesake town; after منطقة (an area word too)
        # not even a great city: منطقة الجزيرة in an Iraqi story is an area of Iraq
        return not m.area_word and best.population >= 100_000 and m.contradicted is None
    compass = "ال" + strip_article(m.key) in COMPASS_ADJECTIVES  # a bare الشرقية needs its country named
    if (best.kind == KIND_ADMIN1 and not m.qualifier_cc and (m.trigger == "area" or compass) and (
            best.country not in ctx.context
            or (compass and best.country not in ctx.core and ctx.counts.get(best.country, 0) - own <= 0))):
        return False  # (المنطقة) الغربية in an Iraqi story is the western region, not Egypt's Gharbia
    if (best.kind == KIND_ADMIN1 and not m.qualifier_cc
            and (best.country not in ctx.context or ctx.counts.get(best.country, 0) - own <= 0)
            and m.first != m.last and m.key.rsplit(" ", 1)[-1] in COMPASS_ADJECTIVES
            and generic_place_noun(m.key.split(" ", 1)[0])):
        return False  # الجهة الشرقية لمدينة زنجبار is its eastern side, not Morocco's Oriental region
    if best.kind != KIND_CITY or m.trigger is not None or (m.qualifier_cc and (focus or not m.qualifier_demonym)):
        return True
    if m.first != m.last:  # multiword names are rarely accidental
        return best.population >= 1000 or best.country in ctx.context
    if best.country in ctx.context and focus:
        return True
    # elsewhere a one-word town must be a big city: surnames name many small ones (Jackson)
    return best.population >= 300_000
