"""Where an event happened: the place of its clause, a list of places struck, the place
carried from an earlier sentence, or the dateline and the story's country as a fallback."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasd.document import Document, Location, Place, Sentence
from rasd.stages.events.actors import country_name
from rasd.stages.events.lexicon import Word, cue_set, words_of
from rasd.stages.events.list_items import between_ends, note_end
from rasd.stages.events.lookup import ordered_places, places_by_end, places_by_start
from rasd.stages.events.merge import Candidate
from rasd.stages.events.naming import RoleMention, nationality_of, role_name
from rasd.stages.events.numbers import tables
from rasd.stages.events.placenames import named_apart, opens_an_area, settlement_of_its_own
from rasd.stages.events.sides import actor_tables
from rasd.stages.places.direction import names_direction
from rasd.text import normalize_key

__all__ = ["at_home", "carried_place", "distinct_places", "fallback_location", "fronted_place", "home_location", "locative_before",
           "location_of", "main_country", "pick_place", "place_level", "place_list", "reference_point"]


# --------------------------------------------------------------------------- places
def location_of(p: Place, text: str, precision: int | None = None) -> Location:
    return Location(text=text[p.start:p.end], name=p.name, country=p.country, admin1=p.admin1,
                    lat=p.lat, lon=p.lon, precision=precision or p.precision)


def main_country(doc: Document) -> str | None:
    """The country the story is about: the dateline's, unless the body names the places of
    another country far more often (a Washington-datelined wire on strikes in Iraq)."""
    counts = Counter(p.country for p in doc.places if p.country)
    top = counts.most_common(1)[0] if counts else None
    if doc.dateline and doc.dateline.place:
        loc = _geocode_dateline(doc.dateline.place, ())
        if loc is not None:
            if top is not None and top[1] >= _ELSEWHERE and counts[loc.country] * 3 < top[1]:
                return top[0]
            return loc.country
    return top[0] if top else None


#: how many places of one other country make a story datelined abroad a story of that country
_ELSEWHERE = 4


def fronted_place(doc: Document, sent: Sentence) -> Place | None:
    """The place of a fronted locative (``وفي بغداد، ...``), which sets the scene for the
    whole sentence; also after the topic particle (``أما في محافظة أبين، فقد ...``, ``وأما في
    تعز فقد ...``), whose answer may follow with its ``ف`` and no comma."""
    for p in places_by_start(doc.places).among(sent.start, sent.start + 25 + _TOPIC_REACH):
        if not sent.start <= p.start:
            continue
        before = words_of(doc.text, sent.start, p.start)
        topic = bool(before) and before[0].key in _TOPIC_OPENERS
        if p.start >= sent.start + 25 + (_TOPIC_REACH if topic else 0):
            continue
        if topic:
            before = before[1:]
        if (before and before[0].key in ("في", "وفي") and _scene_closes(doc.text, p.end, topic)
                and (len(before) == 1 or (len(before) == 2 and cue_set("place_nouns").any_in(before, 1, 2)))):
            return p  # وفي بغداد، / وفي مدينة ود مدني، / أما في أبين فقد
    return None


def _scene_closes(text: str, end: int, topic: bool) -> bool:
    """Whether the fronted locative ends at ``end``: a comma, or after ``أما`` the ``ف`` that
    opens its answer (``فقد``, ``فإن``)."""
    after = text[end:end + 2].strip()
    if after.startswith(("،", ",")):
        return True
    return topic and text[end:end + 1] == " " and text[end + 1:end + 2] == "ف"


#: ``أما``, the topic particle that may open a fronted locative (normalised keys)
_TOPIC_OPENERS = frozenset({"اما", "واما"})
#: how much further a fronted place may start after ``أما`` / ``وأما``
_TOPIC_REACH = 5


def _cue_before(text: str, start: int, cue: str, reach: int) -> bool:
    """Whether a word of cue list ``cue`` stands among the two words before ``start`` (within
    ``reach`` characters)."""
    before = words_of(text, max(0, start - reach), start)
    return bool(before) and bool(cue_set(cue).find(before, max(0, len(before) - 2)))


def locative_before(text: str, start: int) -> bool:
    """Whether a locative word (في, قرب, شمال ...) introduces the place at ``start``."""
    return _cue_before(text, start, "locatives", 25)


def _destination(text: str, start: int) -> bool:
    """``نزوح واسعة نحو مدينة الأبيض``: a place people move towards is not where the event
    happened."""
    return _cue_before(text, start, "destinations", 20)


def reference_point(text: str, places: Sequence[Place], p: Place) -> bool:
    """``محافظة المنيا جنوب القاهرة``, ``مدينة أجدابيا بالقرب من ميناء البريقة``: a place after a
    direction (or ``قرب``) that follows another place only locates that place."""
    directions = cue_set("directions")
    head = words_of(text, p.start, p.end)
    before = words_of(text, max(0, p.start - 30), p.start)
    # (a place noun may stand between: قرب ميناء البريقة)
    nouns = cue_set("place_nouns")
    k = len(before)
    while k > 0 and nouns.any_in(before, k - 1, k) and len(before) - k < 2:
        k -= 1
    found = [m for m in directions.find(before, max(0, k - 3), k) if m.last == k - 1]
    if directions.find(head, 0, 1):
        start = p.start  # the direction is inside the place's span (جنوب القاهرة)
    elif found:
        start = before[found[-1].first].start
    else:
        return False
    gap = start  # the places that end right before start, with only spaces and commas between
    while gap > 0 and text[gap - 1] in " ،,":
        gap -= 1
    return any(q is not p and q.end <= start and not text[q.end:start].strip(" ،,")
               for q in places_by_end(places).among(gap, start + 1))


def _is_country(p: Place) -> bool:
    """Whether a place is a whole country."""
    return p.precision >= 3 and not p.admin1 and p.name == country_name(p.country)


def place_level(p: Place) -> int:
    """How wide a place is: its ``precision`` (1 a town, 2 a district, 3 a province), 4 for
    a whole country."""
    return 4 if _is_country(p) else p.precision


def pick_place(text: str, places: Sequence[Place], lo: int, hi: int, anchor: int,
                main_cc: str | None) -> Place | None:
    best: tuple[float, Place] | None = None
    for p in places_by_start(places).among(lo, hi + 1):
        if p.start < lo or p.end > hi or not p.country:
            continue  # (a region of no one country, بلاد الشام, is not where an incident happened)
        if reference_point(text, places, p) or _destination(text, p.start) or _in_comment(text, places, p, anchor):
            continue
        cost = float(abs(p.start - anchor))
        if p.precision >= 3:
            if main_cc and p.country != main_cc and (_is_country(p) or not locative_before(text, p.start)):
                continue  # a foreign country named in passing ("backed by the United States")
            cost += 400 if _is_country(p) else 200  # a province before its country
        if main_cc and p.country != main_cc:
            if not locative_before(text, p.start):
                continue
            cost += 100
        if _speakers_place(text, p, anchor):
            cost += 300
        if _area_of_another(text, places, p):
            cost += 150  # بريف حلب after the village: the village is the event's place
        if best is None or cost < best[0]:
            best = (cost, p)
    return best[1] if best else None


def _in_comment(text: str, places: Sequence[Place], p: Place, anchor: int) -> bool:
    """Whether ``p`` stands in a comment on what the act means, opened after its trigger
    (``سيطروا على مناطق في محافظة إب، الأمر الذي يقربهم من العاصمة صنعاء``), while the act's
    own words between the trigger and the comment name a place of another province."""
    if p.start <= anchor:
        return False
    words = words_of(text, anchor, p.start)
    found = cue_set("consequence_comments").find(words)
    if not found:
        return False
    cut = words[found[0].first].start
    return any(anchor <= q.start and q.end <= cut and (q.country, q.admin1) != (p.country, p.admin1)
               for q in places_by_start(places).among(anchor, cut))


_THAT = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه"})


def _speakers_place(text: str, p: Place, anchor: int) -> bool:
    """``قال مصدر في المقاومة بالضالع إن ...``: a place between a reporting verb and its
    ``إن``, before the event's trigger, is where the speaker is, not (first) the event."""
    if p.start > anchor:
        return False
    words = words_of(text, max(0, p.start - 80), anchor)
    at = next((i for i, w in enumerate(words) if w.start >= p.start), len(words))
    verbs = [m.last for m in cue_set("reporting_verbs").find(words, 0, at)]
    if not verbs:
        return False
    v = verbs[-1]
    if any(w.key in _THAT for w in words[v + 1:at]):
        return False
    return any(w.key in _THAT for w in words[at:])


#: What may stand between a place and the area it lies in (``قرية المنطار بريف حلب``).
_IN_AREA = frozenset({"ب", "في", "من", "،", ","})


def _key(text: str, p: Place) -> str:
    return normalize_key(text[p.start:p.end])


def _area_of_another(text: str, places: Sequence[Place], p: Place) -> bool:
    """Whether ``p`` is the area of a place named right before it (``قرية المنطار بريف
    حلب``, ``بلدة الطيبة في محافظة درعا``) or stands right against it."""
    gap = text[max(0, p.start - 12):p.start]
    cut = max(gap.rfind(ch) for ch in ".\n")
    gap = gap[cut + 1:]
    for q in places_by_end(places).among(p.start - len(gap), p.start + 1):
        if q is p or q.end > p.start:
            continue
        between = text[q.end:p.start].replace(" ", "")
        if all(ch in "،," for ch in between) or normalize_key(between) in _IN_AREA:
            return opens_an_area(text[p.start:p.end]) or not between
    return False


def distinct_places(text: str, places: Sequence[Place], lo: int, hi: int, main_cc: str | None) -> list[str]:
    """The places ``[lo, hi)`` names as where something happened, each once, as the text
    spells them (two villages the gazetteer puts at one town stay two): towns and districts
    of the story's country (or introduced by a locative), leaving out the area or the
    reference point a place is located by (``بريف حلب``, ``شمال حلب``)."""
    out: list[str] = []
    for p in places_by_start(places).among(lo, hi):
        if not (lo <= p.start < hi) or p.precision >= 3:
            continue
        if not (p.country == main_cc or locative_before(text, p.start)):
            continue
        if reference_point(text, places, p) or _area_of_another(text, places, p):
            continue  # (شمال حلب, بريف حلب)
        if text[max(0, p.start - 2):p.start] in (" ل", "ـ"):
            continue  # زيارة لبغداد, التابعة لمحافظة: a place things go to or belong to
        k = _key(text, p)
        if k not in out:
            out.append(k)
    return out


_LIST_GLUE = frozenset("،,«»\"'()")
#: How many characters may stand between a listed town and the province that locates it
#: (``زنجبار عاصمة محافظة أبين``) for the list to go on after the province.
_LOCATOR_GAP = 24
#: How many names the gazetteer does not know may stand between two listed places.
_UNKNOWN_ITEMS = 2


def _a_count(w: Word) -> bool:
    """A number in digits or words, or a word standing for the count just told (مثلها)."""
    t = tables()
    return (w.key.removeprefix("و").isdigit() or cue_set("list_count_likes").any_in([w], 0, 1)
            or any(s in t.units or s in t.ten_words or s in t.tens or s in t.hundreds for s in w.stems))


def _repeated_count(words: Sequence[Word], near_in_place: bool) -> bool:
    """``وثلاث قرب`` (شنت سبع غارات قرب هيت واثنتين قرب القائم), ``ومثلها قرب``: the count of
    strikes told again for the next place of the list, then the locative before that place
    (``near_in_place``: the place's own span opens with it)."""
    if not words or not words[0].key.startswith("و"):
        return False
    k = 1 if words[0].key == "و" else 0
    if k >= len(words) or not _a_count(words[k]):
        return False
    near = next((m.first for m in cue_set("list_near").find(words, k + 1) if m.last == len(words) - 1),
                len(words) if near_in_place else None)
    return near is not None and near - k - 1 <= 2 and all(
        cue_set("list_count_nouns").any_in(words, i, i + 1) for i in range(k + 1, near))


def place_list(text: str, places: Sequence[Place], first: Place,
               lo: int = 0, hi: int | None = None, anchor: int | None = None, mixed: bool = False,
               marched: bool = False) -> list[Place]:
    """The places listed with ``first`` (``على مديرية كتاف ومديرية ساقين``, ``في الموصل
    والفلوجة والرمادي``): places joined only by ``و``, commas and place nouns, each a town or
    district of the same country. ACLED codes one event per place: a list of towns struck
    on one day is one event per town. Only places inside ``[lo, hi)`` (the incident's part
    of its sentence) are listed; none where ``first`` is the speaker's place for the trigger
    at ``anchor`` (``قالت مصادر في لحج والضالع إن ...``: where the sources are). With ``mixed``
    (a list of targets struck from afar) towns and provinces joined by ``و`` list together, and
    so do places each given its own count of strikes (``غارتان قرب هيت وست قرب القائم``); with
    ``marched`` (a demonstration's places, :mod:`rasd.stages.events.protest_sites`) towns and
    provinces joined by ``و`` list together too."""
    if _is_country(first) or (anchor is not None and _speakers_place(text, first, anchor)):
        return [first]
    provinces = first.precision >= 3  # (a list of provinces: محافظة صعدة ومحافظة حجة)
    nouns = cue_set("place_nouns")
    joins = cue_set("list_joins")
    ordered, first_at = ordered_places(places)
    locators: set[int] = set()

    def glued(a: Place, b: Place) -> bool:
        a_end = note_end(text, a.end, b.start)  # (أضنة (جنوب) وقونية): the item's own note
        gap = text[a_end:b.start]
        if "\n" in gap or len(gap) > 30 or "." in gap:
            return False
        words = [w for w in words_of(text, a_end, b.start) if not (w.punct and w.key in _LIST_GLUE)]
        if len(words) > 1 and _nisba(words[0].key) and ("،" in gap or "," in gap):
            words = words[1:]  # (قاعدة العند الجوية، وفي الحوطة): the first item's adjective
        core = len(words)
        while core > 1 and nouns.any_in(words, core - 1, core):
            core -= 1  # (وأربع قرب مدينة كوباني)
        if mixed and _repeated_count(words[:core], cue_set("list_near").any_in(words_of(text, b.start, b.end), 0, 1)):
            return True
        joined = next((m for m in joins.find(words) if m.first == 0), None)
        if joined is not None:  # (زنجبار، إضافة إلى مدينة شقرة): a joining phrase, then place nouns
            return all(nouns.any_in(words, i, i + 1) for i in range(joined.last + 1, len(words)))
        # items the gazetteer does not know (بلدات طعوم وسرمين وتفتناز، في صنعاء وحجة ومأرب): a word
        # led by و or by a place noun, at most _UNKNOWN_ITEMS of them, and the next place joined by و
        noun_at = [not w.punct and nouns.any_in(words, i, i + 1) for i, w in enumerate(words)]
        unknown = [i for i, w in enumerate(words) if w.key != "و" and not noun_at[i]]
        # (the last unknown item may be followed by the place a direction locates the items by:
        # ناحية X وY شمال دهوك، وZ: the list goes on past it, the locator itself no item)
        last_ok = bool(unknown) and unknown[-1] == len(words) - 1 and names_direction(text[b.start:b.end].split(" ")[0])
        if last_ok:
            locators.add(id(b))
        if unknown and (len(unknown) > _UNKNOWN_ITEMS or (unknown[-1] == len(words) - 1 and not last_ok) or any(
                words[i].punct or not (words[i].key.startswith("و") or (i > 0 and noun_at[i - 1])) for i in unknown)):
            return False
        return bool(words) and all(
            w.key == "و" or i in unknown or (i > 0 or w.key.startswith("و"))
            for i, w in enumerate(words)) and (words[0].key.startswith("و") or "،" in gap or "," in gap)

    end = len(text) if hi is None else hi

    def alike(p: Place, prev: Place | None = None) -> bool:
        """``p`` is an item like the list's first: a town among towns, a province among
        provinces, or either right after ``و`` (``في صنعاء وحجة ومأرب وأبين``: a list of
        towns and provinces struck, one event each)."""
        if _is_country(p) or not (lo <= p.start and p.end <= end):
            return False
        if (p.precision >= 3) == provinces:
            return True
        return (mixed or marched) and prev is not None and (
            _bare_join(text, prev, p) if prev.start < p.start else _bare_join(text, p, prev))

    def located(a: Place, q: Place) -> bool:
        """``q`` only locates ``a`` (``زنجبار عاصمة أبين``): a province right after it."""
        gap = text[a.end:q.start]
        return (not provinces and q.precision >= 3 and not _is_country(q) and len(gap) <= _LOCATOR_GAP
                and not any(ch in gap for ch in "،,.\n")
                and not any(w.key.startswith("و") for w in words_of(text, a.end, q.start)))

    i = first_at[first]
    out = [first]
    k = i
    while k + 1 < len(ordered):
        if alike(ordered[k + 1], ordered[k]) and glued(ordered[k], ordered[k + 1]):
            out.append(ordered[k + 1])
            k += 1
        elif (k + 2 < len(ordered) and located(ordered[k], ordered[k + 1]) and alike(ordered[k + 2])
              and glued(ordered[k + 1], ordered[k + 2])):
            out.append(ordered[k + 2])  # (مدينة زنجبار عاصمة أبين، ومدينة شقرة)
            k += 2
        else:
            break
    k = i
    while k > 0 and alike(ordered[k - 1], ordered[k]) and glued(ordered[k - 1], ordered[k]):
        out.insert(0, ordered[k - 1])
        k -= 1
    out = [p for p in out if p is first or id(p) not in locators]

    def abroad(p: Place) -> bool:
        """(تظاهر الآلاف في باريس وبروكسل): towns of two countries after a locative."""
        return p.precision < 3 and first.precision < 3 and not _is_country(p) and locative_before(text, first.start)

    def settled(p: Place) -> bool:
        """``p`` is told as a village of its own, or is an item of a list of villages (``قرى
        الكوم وغمام``)."""
        return p.precision == 2 and (settlement_of_its_own(text, p.start, p.end)
                                     or settlement_of_its_own(text, out[0].start, out[0].end))

    if len(out) > 1 and out[0] is first and not mixed and between_ends(text, first.start, anchor):
        return [first]  # (الطريق الرابط بين مدينتي س وص): the two ends of one place
    # a province listed with a town of its own (في زنجبار وأبين) is that town's area, no item
    towns_in = {p.admin1 for p in out if p.precision < 3 and p.admin1}
    uniq: list[Place] = []
    for p in out:
        if p.precision >= 3 and not provinces and p.admin1 in towns_in:
            continue
        # (two villages the gazetteer puts at one town are two items; one place named twice, or
        # two quarters of one town, are one)
        if (p.country == first.country or abroad(p)) and not any(q.name == p.name and not (
                named_apart(text[q.start:q.end], text[p.start:p.end]) and settled(p)) for q in uniq):
            uniq.append(p)
    return uniq


def _bare_join(text: str, a: Place, b: Place) -> bool:
    """Whether ``b`` follows ``a`` with nothing but ``و`` (and a place noun: ``ومحافظة``)
    between them."""
    if "\n" in text[a.end:b.start]:
        return False
    words = words_of(text, a.end, b.start)
    if not words or not words[0].key.startswith("و") or len(words) > 2:
        return False
    nouns = cue_set("place_nouns")
    if len(words) == 2:
        return words[0].key == "و" and nouns.any_in(words, 1, 2)
    return words[0].key == "و" or nouns.any_in(words, 0, 1)


def _nisba(key: str) -> bool:
    """Whether the (normalized) word is a definite relative adjective (``الجويه``,
    ``الساحليه``, ``الشرقي``) that may follow a place's name."""
    return key.startswith("ال") and key.endswith(("يه", "ي")) and len(key) > 4


@lru_cache(maxsize=256)
def _geocode_dateline(place: str, context: tuple[str, ...]) -> Location | None:
    try:
        from rasd.stages.places.resolve import geocode
    except ImportError:
        return None
    try:
        g = geocode(place, context=context)
    except Exception:  # a broken gazetteer only costs the dateline fallback
        return None
    if g is None:
        return None
    return Location(text=place, name=g.name, country=g.country, admin1=g.admin1, lat=g.lat, lon=g.lon,
                    precision=max(2, g.precision))


def fallback_location(doc: Document, main_cc: str | None) -> Location | None:
    if doc.dateline and doc.dateline.place:
        loc = _geocode_dateline(doc.dateline.place, (main_cc,) if main_cc else ())
        if loc is not None and (main_cc is None or loc.country == main_cc):
            return loc  # (a Syrian story datelined Beirut is not placed in Lebanon)
    placed = [p for p in doc.places if p.country]  # (not a region of no one country: بلاد الشام)
    fine = [p for p in placed if p.precision < 3]
    pool = fine or placed
    if not pool:
        return None
    if main_cc:
        pool = [p for p in pool if p.country == main_cc] or pool
    counts = Counter(p.name for p in pool)
    name = counts.most_common(1)[0][0]
    p = next(p for p in pool if p.name == name)
    return location_of(p, doc.text, max(2, p.precision))


def carried_place(doc: Document, sentences: Sequence[Sentence], k: int, main_cc: str | None) -> Place | None:
    """The place named last in the sentence before sentence ``k`` of the same paragraph (a
    town or district, of the article's country, not a reference point)."""
    if k == 0:
        return None
    prev, sent = sentences[k - 1], sentences[k]
    if "\n" in doc.text[prev.end:sent.start]:
        return None
    named = [p for p in places_by_start(doc.places).among(prev.start, prev.end)
             if prev.start <= p.start < prev.end and p.precision < 3
             and (main_cc is None or p.country == main_cc) and not reference_point(doc.text, doc.places, p)]
    return named[-1] if named else None


#: Acts a state's own authorities do at home: told with no place of their own, they happened
#: in that state's country.
_HOME_ACTS = frozenset({"Arrests", "Disrupted weapons use"})


def _nisbas(doc: Document) -> dict[str, str]:
    """The nationality adjectives (normalized, with and without the article) of the countries
    the article names: الكويت -> الكويتي / الكويتيه, تركيا -> التركي, نيجيريا -> نيجيري."""
    out: dict[str, str] = {}
    for p in doc.places:
        if not _is_country(p):
            continue
        base = _key(doc.text, p)
        base = base[2:] if base.startswith("ال") else base
        base = base[:-2] if base.endswith("يا") else base[:-1] if base.endswith("ا") else base
        if len(base) < 2:
            continue
        for form in (base + "ي", base + "يه"):
            out.setdefault(form, p.country)
            out.setdefault("ال" + form, p.country)
    return out


def home_location(doc: Document, sub_event_type: str | None, lo: int, hi: int, trigger_span: tuple[int, int],
                  fallback: Location | None) -> Location | None:
    """Where a state's authority arrested or seized with no place of its own told
    (``أوقفت الشرطة البحرينية ثلاثة مطلوبين``): in that state's country, at the dateline,
    the town of that country the article names most, or the country, where the fallback
    place is another country's. Only an authority named before the trigger (``trigger_span``)
    or right after it (``مصادرة الشرطة الأردنية``) acts (further on, ``بمساعدة الشرطة
    الأردنية``, it helps), and not one after a preposition (``يعمل بالجيش الأردني``).
    ``None`` where ``[lo, hi)`` names no such authority, two of them, or the article names
    no place of that country."""
    if sub_event_type not in _HOME_ACTS:
        return None
    words = words_of(doc.text, lo, hi)
    nisbas: dict[str, str] | None = None
    found: set[str] = set()
    trigger = next((i for i, w in enumerate(words) if w.start >= trigger_span[0]), len(words))
    after = next((i for i, w in enumerate(words) if w.start >= trigger_span[1]), len(words))
    for m in cue_set("home_authorities").find(words, 0, min(len(words), after + 1)):
        at = m.last + 1
        if at >= len(words) or trigger <= m.first < after or (m.first >= after and m.first != after):
            continue
        head = words[m.first].key
        if (head[1:] if head[:1] in ("و", "ف") else head).startswith(("ب", "ل", "ك")):
            continue  # (بالجيش الأردني, للشرطة الأردنية): not the doer
        cc = nationality_of(words, m.last, m.last, 1)
        if cc is None:
            nisbas = _nisbas(doc) if nisbas is None else nisbas
            cc = nisbas.get(words[at].key)
        if cc is not None:
            found.add(cc)
    if len(found) != 1:
        return None
    cc = found.pop()
    if fallback is not None and (fallback.country == cc
                                 or actor_tables().get("military_of_territory", {}).get(fallback.country) == cc):
        return None  # (the state's forces hold that territory: Israeli arrests in Palestine stay there)
    if doc.dateline and doc.dateline.place:
        loc = _geocode_dateline(doc.dateline.place, (cc,))
        if loc is not None and loc.country == cc:
            return loc
    pool = [p for p in doc.places if p.country == cc]
    towns = [p for p in pool if p.precision < 3]
    if towns:
        name = Counter(p.name for p in towns).most_common(1)[0][0]
        p = next(p for p in towns if p.name == name)
        return location_of(p, doc.text, max(2, p.precision))
    country = next((p for p in pool if _is_country(p)), None)
    return location_of(country, doc.text) if country is not None else None


_STATE_FORCES = {"Police Forces of ": "police", "Military Forces of ": "military"}


def at_home(doc: Document, cand: Candidate, lo: int, hi: int, trigger_span: tuple[int, int]) -> Candidate | None:
    """``cand`` (placed at the fallback) moved to its authority's country by
    :func:`home_location`, the state forces named after the fallback's country renamed after
    that country (a Bahraini ministry's arrest is by the Police Forces of Bahrain); ``None``
    where it stays."""
    home = home_location(doc, cand.sub_event_type, lo, hi, trigger_span, cand.location)
    if home is None:
        return None
    was, now = country_name(cand.location.country) if cand.location else None, country_name(home.country)
    actor1 = cand.actor1
    for prefix, kind in _STATE_FORCES.items():
        if actor1 and was and now and actor1.removeprefix(prefix).removeprefix("the ") == was != actor1:
            actor1 = role_name(RoleMention(kind, prefix + "{country}", 0, 0, home.country), home.country)
    return replace(cand, location=home, actor1=actor1)
